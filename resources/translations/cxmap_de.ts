<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>cxmap</name>
    <message>
        <source>Segment: %1</source>
        <translation>Segment: %1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>all, %1 – %2</source>
        <translation>alle, %1 – %2</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Zeitraum: %1</translation>
    </message>
    <message>
        <source>Metric: %1</source>
        <translation>Kennzahl: %1</translation>
    </message>
    <message>
        <source>Metrics: %1, performance 0–100</source>
        <translation>Kennzahlen: %1, Leistung 0–100</translation>
    </message>
    <message>
        <source>Metric: all, performance 0–100</source>
        <translation>Kennzahl: alle, Leistung 0–100</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Zielgröße: %1</translation>
    </message>
    <message>
        <source>Outcome: %1 (default)</source>
        <translation>Zielgröße: %1 (Standard)</translation>
    </message>
    <message>
        <source>Outcome: none</source>
        <translation>Zielgröße: keine</translation>
    </message>
    <message>
        <source>%1 answers from %2 respondents</source>
        <translation>%1 Antworten von %2 Befragten</translation>
    </message>
    <message>
        <source>no answers</source>
        <translation>keine Antworten</translation>
    </message>
    <message>
        <source>badges: %1</source>
        <translation>Abzeichen: %1</translation>
    </message>
    <message>
        <source>Change journey properties</source>
        <translation>Eigenschaften der Journey ändern</translation>
    </message>
    <message>
        <source>Choose the outcome</source>
        <translation>Zielgröße wählen</translation>
    </message>
    <message>
        <source>Tidy layout</source>
        <translation>Layout aufräumen</translation>
    </message>
    <message>
        <source>Connect touchpoints</source>
        <translation>Touchpoints verbinden</translation>
    </message>
    <message>
        <source>Delete transition</source>
        <translation>Übergang löschen</translation>
    </message>
    <message>
        <source>Delete %1 transitions</source>
        <translation>%1 Übergänge löschen</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Take back a vote</source>
        <translation>Stimme zurücknehmen</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Schmerzpunkt</translation>
    </message>
    <message>
        <source>%1 of 100</source>
        <translation>%1 von 100</translation>
    </message>
    <message>
        <source>NPS %1</source>
        <translation>NPS %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>1 answer</source>
        <translation>1 Antwort</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 Antworten</translation>
    </message>
    <message>
        <source>lowest in the journey</source>
        <translation>niedrigster Wert der Journey</translation>
    </message>
    <message>
        <source>ranks %1 of %2, lowest first</source>
        <translation>Rang %1 von %2, niedrigster zuerst</translation>
    </message>
    <message>
        <source>every customer passes it</source>
        <translation>jeder Kunde kommt hier vorbei</translation>
    </message>
    <message>
        <source>%1% of customers pass it</source>
        <translation>%1 % der Kunden kommen hier vorbei</translation>
    </message>
    <message>
        <source>%1 points below what customers expect</source>
        <translation>%1 Punkte unter der Erwartung der Kunden</translation>
    </message>
    <message>
        <source>What the map rests on, before any number is shown.</source>
        <translation>Worauf die Map beruht, bevor eine Zahl gezeigt wird.</translation>
    </message>
    <message>
        <source>The whole journey</source>
        <translation>Die ganze Journey</translation>
    </message>
    <message>
        <source>%1 stages, %2 touchpoints: the curve below is how customers felt, stage by stage</source>
        <translation>%1 Phasen, %2 Touchpoints: Die Kurve unten zeigt, wie es den Kunden Phase für Phase erging</translation>
    </message>
    <message>
        <source>Stage %1 of %2 · %3 touchpoints · %4 answers</source>
        <translation>Phase %1 von %2 · %3 Touchpoints · %4 Antworten</translation>
    </message>
    <message>
        <source>Weakest link %1 of %2: %3</source>
        <translation>Schwächstes Glied %1 von %2: %3</translation>
    </message>
    <message>
        <source>Impact %1 = reach %2 × shortfall</source>
        <translation>Wirkung %1 = Reichweite %2 × Defizit</translation>
    </message>
    <message>
        <source>Moments of truth</source>
        <translation>Momente der Wahrheit</translation>
    </message>
    <message>
        <source>No journey-level outcome answers yet: only touchpoints flagged by hand</source>
        <translation>Noch keine Antworten zur Zielgröße der Journey: nur von Hand markierte Touchpoints</translation>
    </message>
    <message>
        <source>The touchpoints whose experience goes with %1 most (%2 found)</source>
        <translation>Die Touchpoints, deren Erlebnis am stärksten mit %1 zusammenhängt (%2 gefunden)</translation>
    </message>
    <message>
        <source>%1: flagged by hand</source>
        <translation>%1: von Hand markiert</translation>
    </message>
    <message>
        <source>Fix first</source>
        <translation>Zuerst beheben</translation>
    </message>
    <message>
        <source>High importance, low performance: where effort pays most</source>
        <translation>Hohe Wichtigkeit, niedrige Leistung: Hier lohnt sich der Aufwand am meisten</translation>
    </message>
    <message>
        <source>What the room said</source>
        <translation>Was der Raum gesagt hat</translation>
    </message>
    <message>
        <source>%1 votes · %2 notes</source>
        <translation>%1 Stimmen · %2 Notizen</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Erlebnis</translation>
    </message>
    <message>
        <source>performance 0–100, 95% band</source>
        <translation>Leistung 0–100, 95-%-Band</translation>
    </message>
    <message>
        <source>%1: a PNG of %2 × %3 pixels is too large (at most %4 a side); choose a smaller --width or --scale, or export a PDF, which tiles</source>
        <translation>%1: Ein PNG mit %2 × %3 Pixeln ist zu groß (höchstens %4 je Seite); wählen Sie ein kleineres --width oder --scale oder exportieren Sie ein PDF, das in Kacheln aufteilt</translation>
    </message>
    <message>
        <source>%1: not enough memory for a PNG of %2 × %3 pixels</source>
        <translation>%1: nicht genug Speicher für ein PNG mit %2 × %3 Pixeln</translation>
    </message>
    <message>
        <source>%1: cannot write the PNG (%2)</source>
        <translation>%1: Das PNG kann nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>Journey map exported by cxmap %1</source>
        <translation>Journey-Map, exportiert von cxmap %1</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Deckblatt</translation>
    </message>
    <message>
        <source>The journey map</source>
        <translation>Die Journey-Map</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Workshop notes and votes</source>
        <translation>Workshop-Notizen und -Stimmen</translation>
    </message>
    <message>
        <source>Data appendix</source>
        <translation>Datenanhang</translation>
    </message>
    <message>
        <source>unknown section &quot;%1&quot; (sections are cover, map, findings, charts, workshop, appendix)</source>
        <translation>unbekannter Abschnitt „%1“ (Abschnitte sind cover, map, findings, charts, workshop, appendix)</translation>
    </message>
    <message>
        <source>no section chosen (sections are cover, map, findings, charts, workshop, appendix)</source>
        <translation>kein Abschnitt gewählt (Abschnitte sind cover, map, findings, charts, workshop, appendix)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1 — customer journey report</source>
        <translation>%1 — Customer-Journey-Bericht</translation>
    </message>
    <message>
        <source>cannot start painting the report</source>
        <translation>Der Bericht kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>cxmap · %1 · %2</source>
        <translation>cxmap · %1 · %2</translation>
    </message>
    <message>
        <source>cannot start page %1 of the report</source>
        <translation>Seite %1 des Berichts kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>Customer journey map with its weakest links, moments of truth and data basis — %1</source>
        <translation>Customer-Journey-Map mit ihren schwächsten Gliedern, Momenten der Wahrheit und Datenbasis — %1</translation>
    </message>
    <message>
        <source>customer journey, CX, weakest links, moments of truth</source>
        <translation>Customer Journey, CX, schwächste Glieder, Momente der Wahrheit</translation>
    </message>
    <message>
        <source>Cut touchpoint</source>
        <translation>Touchpoint ausschneiden</translation>
    </message>
    <message>
        <source>Cut %1 touchpoints</source>
        <translation>%1 Touchpoints ausschneiden</translation>
    </message>
    <message>
        <source>Paste touchpoint</source>
        <translation>Touchpoint einfügen</translation>
    </message>
    <message>
        <source>Paste %1 touchpoints</source>
        <translation>%1 Touchpoints einfügen</translation>
    </message>
    <message>
        <source>Release to connect to “%1”</source>
        <translation>Loslassen, um mit „%1“ zu verbinden</translation>
    </message>
    <message>
        <source>Drag onto the card to connect to; Esc cancels</source>
        <translation>Auf die Zielkarte ziehen; Esc bricht ab</translation>
    </message>
    <message>
        <source>Move touchpoint</source>
        <translation>Touchpoint verschieben</translation>
    </message>
    <message>
        <source>Move %1 touchpoints</source>
        <translation>%1 Touchpoints verschieben</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Phase hinzufügen</translation>
    </message>
    <message>
        <source>Add lane</source>
        <translation>Bahn hinzufügen</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Phase löschen</translation>
    </message>
    <message>
        <source>Delete lane</source>
        <translation>Bahn löschen</translation>
    </message>
    <message>
        <source>Move stage</source>
        <translation>Phase verschieben</translation>
    </message>
    <message>
        <source>Move lane</source>
        <translation>Bahn verschieben</translation>
    </message>
    <message>
        <source>Add touchpoint</source>
        <translation>Touchpoint hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 touchpoints</source>
        <translation>%1 Touchpoints hinzufügen</translation>
    </message>
    <message>
        <source>Delete touchpoint</source>
        <translation>Touchpoint löschen</translation>
    </message>
    <message>
        <source>Delete %1 touchpoints</source>
        <translation>%1 Touchpoints löschen</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Pfeiltasten</translation>
    </message>
    <message>
        <source>Select the nearest touchpoint that way; past the edge, the stage or lane header</source>
        <translation>Den nächsten Touchpoint in dieser Richtung auswählen; über den Rand hinaus den Kopf der Phase oder Bahn</translation>
    </message>
    <message>
        <source>Ctrl+arrow keys</source>
        <translation>Strg+Pfeiltasten</translation>
    </message>
    <message>
        <source>Move the selected touchpoints to the next cell; move a selected stage or lane</source>
        <translation>Die gewählten Touchpoints in die nächste Zelle verschieben; eine gewählte Phase oder Bahn verschieben</translation>
    </message>
    <message>
        <source>Shift+arrow keys</source>
        <translation>Umschalt+Pfeiltasten</translation>
    </message>
    <message>
        <source>Nudge the selected touchpoints inside their cell</source>
        <translation>Die gewählten Touchpoints innerhalb ihrer Zelle rücken</translation>
    </message>
    <message>
        <source>Enter, F2</source>
        <translation>Eingabe, F2</translation>
    </message>
    <message>
        <source>Rename the selection in place (a transition: its label)</source>
        <translation>Die Auswahl an Ort und Stelle umbenennen (bei einem Übergang: seine Beschriftung)</translation>
    </message>
    <message>
        <source>Insert, Ctrl+Shift+T</source>
        <translation>Einfg, Strg+Umschalt+T</translation>
    </message>
    <message>
        <source>Add a touchpoint to the selected cell</source>
        <translation>Einen Touchpoint in der gewählten Zelle hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Strg+L</translation>
    </message>
    <message>
        <source>Connect the selected touchpoint to another</source>
        <translation>Den gewählten Touchpoint mit einem anderen verbinden</translation>
    </message>
    <message>
        <source>Ctrl+Alt+S, Ctrl+Alt+L</source>
        <translation>Strg+Alt+S, Strg+Alt+L</translation>
    </message>
    <message>
        <source>Add a stage, add a lane</source>
        <translation>Phase hinzufügen, Bahn hinzufügen</translation>
    </message>
    <message>
        <source>Delete, Backspace</source>
        <translation>Entf, Rücktaste</translation>
    </message>
    <message>
        <source>Delete the selection</source>
        <translation>Die Auswahl löschen</translation>
    </message>
    <message>
        <source>Ctrl+X, Ctrl+C, Ctrl+V</source>
        <translation>Strg+X, Strg+C, Strg+V</translation>
    </message>
    <message>
        <source>Cut, copy, paste touchpoints with the transitions among them</source>
        <translation>Touchpoints samt den Übergängen zwischen ihnen ausschneiden, kopieren, einfügen</translation>
    </message>
    <message>
        <source>Ctrl+A, Escape</source>
        <translation>Strg+A, Esc</translation>
    </message>
    <message>
        <source>Select every touchpoint; clear the selection or cancel a drag</source>
        <translation>Alle Touchpoints auswählen; Auswahl aufheben oder Ziehen abbrechen</translation>
    </message>
    <message>
        <source>Ctrl+Z, Ctrl+Shift+Z</source>
        <translation>Strg+Z, Strg+Umschalt+Z</translation>
    </message>
    <message>
        <source>Undo, redo</source>
        <translation>Rückgängig, Wiederholen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Strg+Umschalt+L</translation>
    </message>
    <message>
        <source>Tidy the layout</source>
        <translation>Layout aufräumen</translation>
    </message>
    <message>
        <source>Ctrl+F, F3, Shift+F3</source>
        <translation>Strg+F, F3, Umschalt+F3</translation>
    </message>
    <message>
        <source>Find touchpoints; next and previous match (Alt+Enter selects all)</source>
        <translation>Touchpoints suchen; nächster und vorheriger Treffer (Alt+Eingabe wählt alle aus)</translation>
    </message>
    <message>
        <source>V, C, T</source>
        <translation>V, C, T</translation>
    </message>
    <message>
        <source>Select, connect and add tools</source>
        <translation>Werkzeuge Auswählen, Verbinden und Hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+=, Ctrl+-, Ctrl+0, Ctrl+1</source>
        <translation>Strg+=, Strg+-, Strg+0, Strg+1</translation>
    </message>
    <message>
        <source>Zoom in, zoom out, fit to window, actual size</source>
        <translation>Vergrößern, Verkleinern, an Fenster anpassen, Originalgröße</translation>
    </message>
    <message>
        <source>Ctrl+wheel, Shift+wheel</source>
        <translation>Strg+Mausrad, Umschalt+Mausrad</translation>
    </message>
    <message>
        <source>Zoom at the mouse; scroll sideways</source>
        <translation>Am Mauszeiger zoomen; seitwärts blättern</translation>
    </message>
    <message>
        <source>Space+drag, middle drag</source>
        <translation>Leertaste+Ziehen, Ziehen mit mittlerer Maustaste</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschieben der Ansicht</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Strg+Umschalt+D</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Dunkles Farbschema</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Strg+Umschalt+I</translation>
    </message>
    <message>
        <source>Import survey data</source>
        <translation>Umfragedaten importieren</translation>
    </message>
    <message>
        <source>Alt+1, Alt+2, Alt+3, Alt+4</source>
        <translation>Alt+1, Alt+2, Alt+3, Alt+4</translation>
    </message>
    <message>
        <source>Spotlight weakest links, moments of truth, unavoidable touchpoints, the weakest path</source>
        <translation>Schwächste Glieder, Momente der Wahrheit, unvermeidbare Touchpoints, den schwächsten Pfad hervorheben</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Compute the findings again</source>
        <translation>Die Befunde neu berechnen</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>The user guide</source>
        <translation>Das Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Shift+F1</source>
        <translation>Umschalt+F1</translation>
    </message>
    <message>
        <source>What&apos;s this? Click a panel or a number to have it explained</source>
        <translation>Was ist das? Klicken Sie auf einen Bereich oder eine Zahl, um sie erklärt zu bekommen</translation>
    </message>
    <message>
        <source>F6, Shift+F6</source>
        <translation>F6, Umschalt+F6</translation>
    </message>
    <message>
        <source>Move between the map and the panels</source>
        <translation>Zwischen der Map und den Bereichen wechseln</translation>
    </message>
    <message>
        <source>Ctrl+N, Ctrl+O, Ctrl+S, Ctrl+Shift+S, Ctrl+W</source>
        <translation>Strg+N, Strg+O, Strg+S, Strg+Umschalt+S, Strg+W</translation>
    </message>
    <message>
        <source>New, open, save, save as, close</source>
        <translation>Neu, Öffnen, Speichern, Speichern unter, Schließen</translation>
    </message>
    <message>
        <source>nothing to print: the sections asked for have nothing to show for this map (a workshop section needs votes or notes)</source>
        <translation>nichts zu drucken: die gewählten Abschnitte haben für diese Map nichts zu zeigen (ein Workshop-Abschnitt braucht Stimmen oder Notizen)</translation>
    </message>
</context>
<context>
    <name>cxmap::AbstractTool</name>
    <message>
        <source>Drag to another card to connect them</source>
        <translation>Auf eine andere Karte ziehen, um beide zu verbinden</translation>
    </message>
    <message>
        <source>Drag to move; double-click or F2 to rename</source>
        <translation>Ziehen zum Verschieben; Doppelklick oder F2 zum Umbenennen</translation>
    </message>
    <message>
        <source>Drag to resize</source>
        <translation>Ziehen zum Ändern der Größe</translation>
    </message>
    <message>
        <source>Drag to reorder; double-click or F2 to rename</source>
        <translation>Ziehen zum Umordnen; Doppelklick oder F2 zum Umbenennen</translation>
    </message>
</context>
<context>
    <name>cxmap::AddTool</name>
    <message>
        <source>Add touchpoints</source>
        <translation>Touchpoints hinzufügen</translation>
    </message>
    <message>
        <source>Click in a cell to add a touchpoint there</source>
        <translation>In eine Zelle klicken, um dort einen Touchpoint hinzuzufügen</translation>
    </message>
</context>
<context>
    <name>cxmap::AnalysisRunner</name>
    <message>
        <source>cannot analyse it</source>
        <translation>kann nicht analysiert werden</translation>
    </message>
    <message>
        <source>%1: cannot analyse it: %2</source>
        <translation>%1: kann nicht analysiert werden: %2</translation>
    </message>
</context>
<context>
    <name>cxmap::Autosaver</name>
    <message>
        <source>%1: cannot write the recovery note</source>
        <translation>%1: die Wiederherstellungsnotiz kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>cxmap::BandInspector</name>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Phase umbenennen</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Bahn umbenennen</translation>
    </message>
    <message>
        <source>Resize stage</source>
        <translation>Phasenbreite ändern</translation>
    </message>
    <message>
        <source>Resize lane</source>
        <translation>Bahnhöhe ändern</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Channel lane</source>
        <translation>Kanalbahn</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Höhe:</translation>
    </message>
    <message>
        <source>Move &amp;Left</source>
        <translation>Nach &amp;links</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;Right</source>
        <translation>Nach &amp;rechts</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Stage name</source>
        <translation>Name der Phase</translation>
    </message>
    <message>
        <source>Lane name</source>
        <translation>Name der Bahn</translation>
    </message>
    <message>
        <source>Stage width</source>
        <translation>Breite der Phase</translation>
    </message>
    <message>
        <source>Lane height</source>
        <translation>Höhe der Bahn</translation>
    </message>
    <message>
        <source>Stage %1 of %2 · %3 touchpoints</source>
        <translation>Phase %1 von %2 · %3 Touchpoints</translation>
    </message>
    <message>
        <source>Lane %1 of %2 · %3 touchpoints</source>
        <translation>Bahn %1 von %2 · %3 Touchpoints</translation>
    </message>
</context>
<context>
    <name>cxmap::BatchesDialog</name>
    <message>
        <source>&amp;Remove Batch…</source>
        <translation>Stapel &amp;entfernen …</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Importstapel</translation>
    </message>
    <message>
        <source>Imported batches</source>
        <translation>Importierte Stapel</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Stapel</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Gelesene Zeilen</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Remove the selected batch and all its answers</source>
        <translation>Den gewählten Stapel mit allen seinen Antworten entfernen</translation>
    </message>
    <message>
        <source>Remove batch</source>
        <translation>Stapel entfernen</translation>
    </message>
    <message>
        <source>The map has no file yet: it has no imports.</source>
        <translation>Die Map hat noch keine Datei und daher keine Importe.</translation>
    </message>
    <message>
        <source>cannot read its batches</source>
        <translation>ihre Importstapel können nicht gelesen werden</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>Nothing has been imported into this map yet.</source>
        <translation>In diese Map wurde noch nichts importiert.</translation>
    </message>
    <message>
        <source>1 batch</source>
        <translation>1 Stapel</translation>
    </message>
    <message>
        <source>%1 batches</source>
        <translation>%1 Stapel</translation>
    </message>
    <message>
        <source>: the map was opened read-only, so none can be removed.</source>
        <translation>: Die Map ist schreibgeschützt geöffnet, daher kann keiner entfernt werden.</translation>
    </message>
    <message>
        <source>. Removing one removes all its answers, in one step.</source>
        <translation>. Das Entfernen eines Stapels entfernt alle seine Antworten in einem Schritt.</translation>
    </message>
    <message>
        <source>Remove batch %1 (%2, imported %3) and its %4? This cannot be undone.</source>
        <translation>Stapel %1 (%2, importiert am %3) und seine %4 entfernen? Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>1 answer</source>
        <translation>1 Antwort</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 Antworten</translation>
    </message>
    <message>
        <source>Removed batch %1: %2.</source>
        <translation>Stapel %1 entfernt: %2.</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
</context>
<context>
    <name>cxmap::CardPainter</name>
    <message>
        <source>☆ moment of truth</source>
        <translation>☆ Moment der Wahrheit</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
</context>
<context>
    <name>cxmap::Cardscore</name>
    <message>
        <source>solid evidence</source>
        <translation>solide Evidenz</translation>
    </message>
    <message>
        <source>thin evidence</source>
        <translation>dünne Evidenz</translation>
    </message>
    <message>
        <source>no evidence</source>
        <translation>keine Evidenz</translation>
    </message>
</context>
<context>
    <name>cxmap::ChartStyle</name>
    <message>
        <source>Performance (0–100)</source>
        <translation>Leistung (0–100)</translation>
    </message>
</context>
<context>
    <name>cxmap::ChartsPanel</name>
    <message>
        <source>Split by &amp;segment</source>
        <translation>Nach &amp;Segment aufteilen</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>One line per customer segment (respondent-level answers with a segment)</source>
        <translation>Eine Linie je Kundensegment (Antworten einzelner Befragter mit Segment)</translation>
    </message>
    <message>
        <source>Metric of the answer distribution</source>
        <translation>Kennzahl der Antwortverteilung</translation>
    </message>
    <message>
        <source>Mean of all answers at each stage&apos;s touchpoints, 95% interval shaded</source>
        <translation>Mittelwert aller Antworten an den Touchpoints jeder Phase, 95-%-Intervall schattiert</translation>
    </message>
    <message>
        <source>Experience curve</source>
        <translation>Erlebniskurve</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Importance × performance</source>
        <translation>Wichtigkeit × Leistung</translation>
    </message>
    <message>
        <source>No touchpoint selected</source>
        <translation>Kein Touchpoint ausgewählt</translation>
    </message>
    <message>
        <source>Select a touchpoint on the map to see its trend and answers.</source>
        <translation>Wählen Sie einen Touchpoint auf der Map, um Trend und Antworten zu sehen.</translation>
    </message>
    <message>
        <source>%1 has no answers in this selection.</source>
        <translation>%1 hat in dieser Auswahl keine Antworten.</translation>
    </message>
    <message>
        <source>Save the map and import answers to see trends.</source>
        <translation>Speichern Sie die Map und importieren Sie Antworten, um Trends zu sehen.</translation>
    </message>
    <message>
        <source>No answers for %1 in this selection.</source>
        <translation>Keine Antworten für %1 in dieser Auswahl.</translation>
    </message>
</context>
<context>
    <name>cxmap::CjmlFormat</name>
    <message>
        <source>an actor without an actorID</source>
        <translation>ein Akteur ohne actorID</translation>
    </message>
    <message>
        <source>touchpoint %1 has no initiator</source>
        <translation>Touchpoint %1 hat keinen Initiator</translation>
    </message>
    <message>
        <source>not a CJML file (its root element is &lt;%1&gt;, not &lt;CJML&gt;)</source>
        <translation>keine CJML-Datei (ihr Wurzelelement ist &lt;%1&gt;, nicht &lt;CJML&gt;)</translation>
    </message>
    <message>
        <source>the CJML file holds no planned or actual journey</source>
        <translation>die CJML-Datei enthält keine geplante oder tatsächliche Journey</translation>
    </message>
    <message>
        <source>%1 (a map holds one plan)</source>
        <translation>%1 (eine Map enthält einen Plan)</translation>
    </message>
    <message>
        <source>further planned journey</source>
        <translation>weitere geplante Journey</translation>
    </message>
    <message>
        <source>further planned journeys</source>
        <translation>weitere geplante Journeys</translation>
    </message>
    <message>
        <source>a phase without a phaseID or phaseName</source>
        <translation>eine Phase ohne phaseID oder phaseName</translation>
    </message>
    <message>
        <source>the channels of %1 that are not their lane (kept in their notes)</source>
        <translation>die Kanäle von %1, die nicht ihre Bahn sind (in ihren Notizen behalten)</translation>
    </message>
    <message>
        <source>the phase of %1 without one (each put in the phase before it)</source>
        <translation>die Phase von %1 ohne eine (jeweils in die Phase davor gelegt)</translation>
    </message>
</context>
<context>
    <name>cxmap::ColumnPlan</name>
    <message>
        <source>answers like &quot;%1&quot;</source>
        <translation>Antworten wie „%1“</translation>
    </message>
    <message>
        <source>whole numbers %1 to %2</source>
        <translation>ganze Zahlen von %1 bis %2</translation>
    </message>
    <message>
        <source>the mapping&apos;s %1 column &quot;%2&quot; is not in %3 (its header, line %4, has %5)</source>
        <translation>die Spalte %1 „%2“ der Zuordnung ist nicht in %3 (seine Kopfzeile, Zeile %4, hat %5)</translation>
    </message>
    <message>
        <source>%1: unknown metric &quot;%2&quot; (known: %3; define others under &quot;metrics&quot;)</source>
        <translation>%1: unbekannte Kennzahl „%2“ (bekannt: %3; definieren Sie weitere unter &quot;metrics&quot;)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; holds personal data and is never imported (not even as %2)</source>
        <translation>Spalte „%1“ enthält personenbezogene Daten und wird nie importiert (auch nicht als %2)</translation>
    </message>
    <message>
        <source>the outcome</source>
        <translation>die Zielgröße</translation>
    </message>
    <message>
        <source>the mapping rates column &quot;%1&quot; as touchpoint &quot;%2&quot;, which is not on the map</source>
        <translation>die Zuordnung wertet Spalte „%1“ als Touchpoint „%2“, der nicht auf der Map ist</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;</source>
        <translation>Spalte „%1“</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: unknown metric &quot;%2&quot; (known: %3)</source>
        <translation>Spalte „%1“: unbekannte Kennzahl „%2“ (bekannt: %3)</translation>
    </message>
    <message>
        <source>, expectation</source>
        <translation>, Erwartung</translation>
    </message>
</context>
<context>
    <name>cxmap::ConnectTool</name>
    <message>
        <source>Connect touchpoints</source>
        <translation>Touchpoints verbinden</translation>
    </message>
    <message>
        <source>Drag from one card to another to connect them</source>
        <translation>Von einer Karte auf eine andere ziehen, um sie zu verbinden</translation>
    </message>
</context>
<context>
    <name>cxmap::CsvReader</name>
    <message>
        <source>quoted field is longer than %1 bytes; is a quote left open?</source>
        <translation>Feld in Anführungszeichen ist länger als %1 Bytes; ist ein Anführungszeichen offen geblieben?</translation>
    </message>
    <message>
        <source>the field is longer than %1 bytes</source>
        <translation>das Feld ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>more than %1 fields; a row holds at most %1 columns</source>
        <translation>mehr als %1 Felder; eine Zeile hat höchstens %1 Spalten</translation>
    </message>
    <message>
        <source>quoted field is not closed within %1 bytes</source>
        <translation>Feld in Anführungszeichen ist nach %1 Bytes nicht geschlossen</translation>
    </message>
    <message>
        <source>record is longer than %1 bytes</source>
        <translation>Datensatz ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>quoted field is not closed</source>
        <translation>Feld in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>NUL byte: this is not a text file, or it is UTF-16; save it as UTF-8</source>
        <translation>NUL-Byte: Das ist keine Textdatei oder sie ist UTF-16; speichern Sie sie als UTF-8</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>a quote or line break cannot be the delimiter</source>
        <translation>ein Anführungszeichen oder Zeilenumbruch kann kein Trennzeichen sein</translation>
    </message>
    <message>
        <source>the file is UTF-32, which cxmap does not read; save it as UTF-8 or UTF-16</source>
        <translation>die Datei ist UTF-32, das cxmap nicht liest; speichern Sie sie als UTF-8 oder UTF-16</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not valid UTF-16 (a lone surrogate); save the file as UTF-8</source>
        <translation>kein gültiges UTF-16 (ein einzelnes Surrogat); speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>not valid UTF-8, though the text before it is; save the whole file as UTF-8</source>
        <translation>kein gültiges UTF-8, obwohl der Text davor es ist; speichern Sie die ganze Datei als UTF-8</translation>
    </message>
    <message>
        <source>byte 0x%1 is text neither in UTF-8 nor in Windows-1252; save the file as UTF-8</source>
        <translation>Byte 0x%1 ist weder in UTF-8 noch in Windows-1252 Text; speichern Sie die Datei als UTF-8</translation>
    </message>
</context>
<context>
    <name>cxmap::CsvWriter</name>
    <message>
        <source>cannot write: %1</source>
        <translation>kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>cxmap::CxmapFileFormat</name>
    <message>
        <source>cannot read it</source>
        <translation>kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>cxmap::CxmapJsonReader</name>
    <message>
        <source>the unknown key &quot;%1&quot;%2 (line %3), which was ignored</source>
        <translation>der unbekannte Schlüssel „%1“%2 (Zeile %3), der ignoriert wurde</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> in %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; muss eine Liste sein</translation>
    </message>
    <message>
        <source>must be an object {…}</source>
        <translation>muss ein Objekt {…} sein</translation>
    </message>
    <message>
        <source>has no &quot;%1&quot;</source>
        <translation>hat kein &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text</source>
        <translation>&quot;%1&quot; muss Text sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is empty</source>
        <translation>&quot;%1&quot; ist leer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number of at least %2</source>
        <translation>&quot;%1&quot; muss eine Zahl von mindestens %2 sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number from %2 to %3</source>
        <translation>&quot;%1&quot; muss eine Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; muss true oder false sein</translation>
    </message>
    <message>
        <source>&quot;id&quot; must be a whole number from 1</source>
        <translation>&quot;id&quot; muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>ID %1 is used twice</source>
        <translation>ID %1 wird doppelt verwendet</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: there is no %2 with ID %3</source>
        <translation>&quot;%1&quot;: Es gibt kein(e) %2 mit der ID %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: there is no %2 named &quot;%3&quot;%4</source>
        <translation>&quot;%1&quot;: Es gibt kein(e) %2 namens „%3“%4</translation>
    </message>
    <message>
        <source> (the list of %1s is empty)</source>
        <translation> (die Liste der %1s ist leer)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the %2 name &quot;%3&quot; appears %4 (refer to it by ID)</source>
        <translation>&quot;%1&quot;: Der Name „%3“ (%2) kommt %4 vor (verweisen Sie per ID darauf)</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1-mal</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must name a %2 or give its ID</source>
        <translation>&quot;%1&quot; muss ein(e) %2 benennen oder die ID angeben</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2: kein gültiges JSON: %3</translation>
    </message>
    <message>
        <source>%1:1: not a cxmap map (the JSON is not an object {…})</source>
        <translation>%1:1: keine cxmap-Map (das JSON ist kein Objekt {…})</translation>
    </message>
    <message>
        <source>not a cxmap map (it has no &quot;format&quot;: &quot;cxmap&quot;)</source>
        <translation>keine cxmap-Map (es fehlt &quot;format&quot;: &quot;cxmap&quot;)</translation>
    </message>
    <message>
        <source>not a cxmap map (its format is %1)</source>
        <translation>keine cxmap-Map (ihr Format ist %1)</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1</source>
        <translation>&quot;version&quot; muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>written by a newer cxmap (format version %1; this one reads %2)</source>
        <translation>von einem neueren cxmap geschrieben (Formatversion %1; dieses liest %2)</translation>
    </message>
    <message>
        <source>&quot;workshop&quot; must be an object {…}</source>
        <translation>&quot;workshop&quot; muss ein Objekt {…} sein</translation>
    </message>
    <message>
        <source>the unknown key &quot;%1&quot; in workshop, which was ignored</source>
        <translation>der unbekannte Schlüssel „%1“ in workshop, der ignoriert wurde</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be direct or indirect, not &quot;%1&quot;</source>
        <translation>&quot;kind&quot; muss direct oder indirect sein, nicht „%1“</translation>
    </message>
    <message>
        <source>&quot;position&quot; must be [x, y]</source>
        <translation>&quot;position&quot; muss [x, y] sein</translation>
    </message>
    <message>
        <source>a transition from a touchpoint to itself</source>
        <translation>ein Übergang von einem Touchpoint zu sich selbst</translation>
    </message>
    <message>
        <source>the transition from &quot;%1&quot; to &quot;%2&quot; is listed twice</source>
        <translation>der Übergang von „%1“ nach „%2“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a date and time like 2026-01-15T09:00:00Z</source>
        <translation>&quot;%1&quot; muss Datum und Uhrzeit sein, etwa 2026-01-15T09:00:00Z</translation>
    </message>
    <message>
        <source>&quot;session&quot; must be the ID of one of the workshop&apos;s sessions</source>
        <translation>&quot;session&quot; muss die ID einer der Sitzungen des Workshops sein</translation>
    </message>
    <message>
        <source>&quot;kind&quot; must be pain_point, idea or question, not &quot;%1&quot;</source>
        <translation>&quot;kind&quot; muss pain_point, idea oder question sein, nicht „%1“</translation>
    </message>
    <message>
        <source>&quot;next_id&quot; must be a whole number from 1</source>
        <translation>&quot;next_id&quot; muss eine ganze Zahl ab 1 sein</translation>
    </message>
    <message>
        <source>needs &quot;min&quot; and &quot;max&quot;, min below max</source>
        <translation>braucht &quot;min&quot; und &quot;max&quot;, min unter max</translation>
    </message>
    <message>
        <source>the metric &quot;%1&quot; is defined twice</source>
        <translation>die Kennzahl „%1“ ist doppelt definiert</translation>
    </message>
    <message>
        <source>the segment &quot;%1&quot; is listed twice</source>
        <translation>das Segment „%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>twice</source>
        <translation>zweimal</translation>
    </message>
</context>
<context>
    <name>cxmap::DataWorkspace</name>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>&amp;Import Survey Data…</source>
        <translation>Umfrage&amp;daten importieren …</translation>
    </message>
    <message>
        <source>&amp;Batches…</source>
        <translation>Import&amp;stapel …</translation>
    </message>
    <message>
        <source>&amp;Refresh Findings</source>
        <translation>Befunde &amp;aktualisieren</translation>
    </message>
    <message>
        <source>Import survey answers from a CSV export (Ctrl+Shift+I)</source>
        <translation>Umfrageantworten aus einem CSV-Export importieren (Strg+Umschalt+I)</translation>
    </message>
    <message>
        <source>Add survey answers from Qualtrics, SurveyMonkey or any CSV to this map</source>
        <translation>Umfrageantworten aus Qualtrics, SurveyMonkey oder einer beliebigen CSV-Datei zu dieser Map hinzufügen</translation>
    </message>
    <message>
        <source>Compute the findings again from the answers, ignoring the cache</source>
        <translation>Die Befunde ohne Zwischenspeicher neu aus den Antworten berechnen</translation>
    </message>
    <message>
        <source>1 answer</source>
        <translation>1 Antwort</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 Antworten</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>Imported %1 from %2</source>
        <translation>%1 aus %2 importiert</translation>
    </message>
</context>
<context>
    <name>cxmap::DialogPrompts</name>
    <message>
        <source>Journey maps (*.cxmap)</source>
        <translation>Journey-Maps (*.cxmap)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to “%1” before closing it?</source>
        <translation>Die Änderungen an „%1“ vor dem Schließen speichern?</translation>
    </message>
    <message>
        <source>Changes you do not save are lost.</source>
        <translation>Nicht gespeicherte Änderungen gehen verloren.</translation>
    </message>
    <message>
        <source>Open read-only?</source>
        <translation>Schreibgeschützt öffnen?</translation>
    </message>
    <message>
        <source>You can look at it read-only, or edit a copy that you save under another name.</source>
        <translation>Sie können die Datei schreibgeschützt ansehen oder eine Kopie bearbeiten, die Sie unter einem anderen Namen speichern.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>&amp;Edit a Copy</source>
        <translation>&amp;Kopie bearbeiten</translation>
    </message>
    <message>
        <source>Recover unsaved changes?</source>
        <translation>Ungespeicherte Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <source>cxmap was not closed properly. Recovered changes open as unsaved edits; discarded ones are gone for good.</source>
        <translation>cxmap wurde nicht ordnungsgemäß beendet. Wiederhergestellte Änderungen öffnen sich als ungespeicherte Bearbeitungen; verworfene sind endgültig verloren.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Save before importing?</source>
        <translation>Vor dem Import speichern?</translation>
    </message>
    <message>
        <source>Save “%1” before importing survey data?</source>
        <translation>„%1“ vor dem Import der Umfragedaten speichern?</translation>
    </message>
    <message>
        <source>Answers are matched to the touchpoints of the map as saved in its file, so the map&apos;s changes must be saved first.</source>
        <translation>Antworten werden den Touchpoints der Map so zugeordnet, wie sie in ihrer Datei gespeichert ist; die Änderungen an der Map müssen daher zuerst gespeichert werden.</translation>
    </message>
    <message>
        <source>Open Journey Map</source>
        <translation>Journey-Map öffnen</translation>
    </message>
    <message>
        <source>Save Journey Map As</source>
        <translation>Journey-Map speichern unter</translation>
    </message>
    <message>
        <source>cxmap</source>
        <translation>cxmap</translation>
    </message>
    <message>
        <source>Import Map</source>
        <translation>Map importieren</translation>
    </message>
    <message>
        <source>Export Map</source>
        <translation>Map exportieren</translation>
    </message>
</context>
<context>
    <name>cxmap::DistributionChart</name>
    <message>
        <source>Answer distribution of the selected touchpoint</source>
        <translation>Antwortverteilung des gewählten Touchpoints</translation>
    </message>
    <message>
        <source>Select a touchpoint on the map to see its answers.</source>
        <translation>Wählen Sie einen Touchpoint auf der Map, um seine Antworten zu sehen.</translation>
    </message>
    <message>
        <source>No %1 answers for %2 in this selection.</source>
        <translation>Keine %1-Antworten für %2 in dieser Auswahl.</translation>
    </message>
    <message>
        <source>%1 on %2–%3: mean %4, n %5</source>
        <translation>%1 auf %2–%3: Mittelwert %4, n %5</translation>
    </message>
    <message>
        <source> · NPS %1 (95% interval %2 to %3)</source>
        <translation> · NPS %1 (95-%-Intervall %2 bis %3)</translation>
    </message>
    <message>
        <source> · top box %1 (95% interval %2–%3)</source>
        <translation> · Top-Box %1 (95-%-Intervall %2–%3)</translation>
    </message>
    <message>
        <source>Detractors (0–6)</source>
        <translation>Kritiker (0–6)</translation>
    </message>
    <message>
        <source>Passives (7–8)</source>
        <translation>Passive (7–8)</translation>
    </message>
    <message>
        <source>Promoters (9–10)</source>
        <translation>Promotoren (9–10)</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>1 answer</source>
        <translation>1 Antwort</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 Antworten</translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4)</source>
        <translation>%1 %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Answer (%1)</source>
        <translation>Antwort (%1)</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>%1 answers at %2. %3. %4.</source>
        <translation>%1 Antworten bei %2. %3. %4.</translation>
    </message>
</context>
<context>
    <name>cxmap::DocumentController</name>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>A new map from %1: %2 touchpoints and %3 transitions in %4 stages and %5 lanes</source>
        <translation>Eine neue Map aus %1: %2 Touchpoints und %3 Übergänge in %4 Phasen und %5 Bahnen</translation>
    </message>
    <message>
        <source>Unsaved edits to the new map “%1” were autosaved at %2.</source>
        <translation>Ungespeicherte Änderungen an der neuen Map „%1“ wurden um %2 automatisch gesichert.</translation>
    </message>
    <message>
        <source>Unsaved edits to %1 were autosaved at %2.</source>
        <translation>Ungespeicherte Änderungen an %1 wurden um %2 automatisch gesichert.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>cxmap::DocumentFile</name>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>another program is using it</source>
        <translation>ein anderes Programm verwendet sie</translation>
    </message>
    <message>
        <source>it is read-only</source>
        <translation>sie ist schreibgeschützt</translation>
    </message>
    <message>
        <source>it is damaged (%1)</source>
        <translation>sie ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>it cannot be opened (%1)</source>
        <translation>sie kann nicht geöffnet werden (%1)</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>a read or write failed (%1)</source>
        <translation>ein Lese- oder Schreibvorgang ist fehlgeschlagen (%1)</translation>
    </message>
    <message>
        <source>the data breaks a rule of the format (%1)</source>
        <translation>die Daten verletzen eine Regel des Formats (%1)</translation>
    </message>
    <message>
        <source>a value in it is too large</source>
        <translation>ein Wert darin ist zu groß</translation>
    </message>
    <message>
        <source>is a link to %1, which does not exist</source>
        <translation>ist eine Verknüpfung auf %1, das nicht existiert</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>is a folder, not a cxmap document</source>
        <translation>ist ein Ordner, kein cxmap-Dokument</translation>
    </message>
    <message>
        <source>is larger than cxmap accepts (%1 GiB)</source>
        <translation>ist größer, als cxmap annimmt (%1 GiB)</translation>
    </message>
    <message>
        <source>not a cxmap document (it is not an SQLite database)</source>
        <translation>kein cxmap-Dokument (es ist keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>not a cxmap document (it is an SQLite database of another program)</source>
        <translation>kein cxmap-Dokument (es ist eine SQLite-Datenbank eines anderen Programms)</translation>
    </message>
    <message>
        <source>not a valid cxmap document: it uses a write-ahead log, which cxmap never does</source>
        <translation>kein gültiges cxmap-Dokument: Es verwendet ein Write-Ahead-Log, was cxmap nie tut</translation>
    </message>
    <message>
        <source>it is damaged (its header names an unknown SQLite file format)</source>
        <translation>sie ist beschädigt (ihr Kopf nennt ein unbekanntes SQLite-Dateiformat)</translation>
    </message>
    <message>
        <source>the file is read-only; open it read-only or save a copy</source>
        <translation>die Datei ist schreibgeschützt; öffnen Sie sie schreibgeschützt oder speichern Sie eine Kopie</translation>
    </message>
    <message>
        <source>it was made by a newer cxmap (format version %1; this one reads up to %2); update cxmap to open it</source>
        <translation>sie stammt von einem neueren cxmap (Formatversion %1; dieses liest bis %2); aktualisieren Sie cxmap, um sie zu öffnen</translation>
    </message>
    <message>
        <source>it has no valid format version</source>
        <translation>sie hat keine gültige Formatversion</translation>
    </message>
    <message>
        <source>not a valid cxmap document: %1</source>
        <translation>kein gültiges cxmap-Dokument: %1</translation>
    </message>
    <message>
        <source>it is damaged: %1</source>
        <translation>sie ist beschädigt: %1</translation>
    </message>
    <message>
        <source>cannot back it up to %1 before upgrading its format</source>
        <translation>vor der Aktualisierung ihres Formats kann keine Sicherung nach %1 angelegt werden</translation>
    </message>
    <message>
        <source>it belongs to another document</source>
        <translation>sie gehört zu einem anderen Dokument</translation>
    </message>
    <message>
        <source>an interrupted save left a journal beside it (%1); open it in cxmap to recover it</source>
        <translation>ein unterbrochenes Speichern hat ein Journal daneben hinterlassen (%1); öffnen Sie die Datei in cxmap, um sie wiederherzustellen</translation>
    </message>
    <message>
        <source>cannot open it</source>
        <translation>kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot read the map</source>
        <translation>die Map kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot save: it was opened read-only</source>
        <translation>kann nicht gespeichert werden: schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>cannot save; the file was not changed</source>
        <translation>kann nicht gespeichert werden; die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <source>already exists; choose another name</source>
        <translation>existiert bereits; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>ist ein Ordner</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot create it: the folder is read-only</source>
        <translation>kann nicht angelegt werden: Der Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>cannot replace it: the file is read-only</source>
        <translation>kann nicht ersetzt werden: Die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>cannot create it: %1</source>
        <translation>kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>cannot save there: the folder is read-only</source>
        <translation>dort kann nicht gespeichert werden: Der Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>cannot save: %1</source>
        <translation>kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>cxmap::EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>E&amp;infügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Alles &amp;markieren</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Add &amp;Touchpoint</source>
        <translation>&amp;Touchpoint hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Connect To…</source>
        <translation>&amp;Verbinden mit …</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>&amp;Phase hinzufügen</translation>
    </message>
    <message>
        <source>Add &amp;Lane</source>
        <translation>&amp;Bahn hinzufügen</translation>
    </message>
    <message>
        <source>T&amp;idy Layout</source>
        <translation>Layout au&amp;fräumen</translation>
    </message>
    <message>
        <source>Flag as &amp;Moment of Truth</source>
        <translation>Als &amp;Moment der Wahrheit markieren</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>I&amp;nspizieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>W&amp;eitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>Rückwärts su&amp;chen</translation>
    </message>
    <message>
        <source>Add a touchpoint to the selected cell (Insert)</source>
        <translation>Einen Touchpoint in der gewählten Zelle hinzufügen (Einfg)</translation>
    </message>
    <message>
        <source>Line the cards up inside their cells (Ctrl+Shift+L)</source>
        <translation>Die Karten in ihren Zellen ausrichten (Strg+Umschalt+L)</translation>
    </message>
    <message>
        <source>Find touchpoints (Ctrl+F)</source>
        <translation>Touchpoints suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Mark the selected touchpoints as moments of truth by hand, whatever the data says</source>
        <translation>Die gewählten Touchpoints von Hand als Momente der Wahrheit markieren, unabhängig von den Daten</translation>
    </message>
    <message>
        <source>Show every property of the selection in the inspector</source>
        <translation>Alle Eigenschaften der Auswahl im Inspektor zeigen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 &amp;wiederholen</translation>
    </message>
    <message>
        <source>Connect To</source>
        <translation>Verbinden mit</translation>
    </message>
    <message>
        <source>Customers go from “%1” on to:</source>
        <translation>Kunden gehen von „%1“ weiter zu:</translation>
    </message>
    <message>
        <source>Flag as moment of truth</source>
        <translation>Als Moment der Wahrheit markieren</translation>
    </message>
    <message>
        <source>Unflag moment of truth</source>
        <translation>Markierung als Moment der Wahrheit aufheben</translation>
    </message>
</context>
<context>
    <name>cxmap::ExperienceCurveChart</name>
    <message>
        <source>Experience curve across stages</source>
        <translation>Erlebniskurve über die Phasen</translation>
    </message>
    <message>
        <source>All respondents</source>
        <translation>Alle Befragten</translation>
    </message>
    <message>
        <source>The map has no stages yet.</source>
        <translation>Die Map hat noch keine Phasen.</translation>
    </message>
    <message>
        <source>No answers in this selection: import survey answers to draw the experience curve.</source>
        <translation>Keine Antworten in dieser Auswahl: Importieren Sie Umfrageantworten, um die Erlebniskurve zu zeichnen.</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>%1 (no answers)</source>
        <translation>%1 (keine Antworten)</translation>
    </message>
    <message>
        <source>Mean performance per stage, %1: %2.</source>
        <translation>Mittlere Leistung je Phase, %1: %2.</translation>
    </message>
    <message>
        <source> (95% interval %1–%2)</source>
        <translation> (95-%-Intervall %1–%2)</translation>
    </message>
    <message>
        <source>, %1 answers at %2 touchpoints</source>
        <translation>, %1 Antworten an %2 Touchpoints</translation>
    </message>
</context>
<context>
    <name>cxmap::Explanation</name>
    <message>
        <source>solid: a reliable score from respondent-level answers, the newest within six months of the latest data</source>
        <translation>solide: ein belastbarer Wert aus Antworten einzelner Befragter, die neueste höchstens sechs Monate vor den jüngsten Daten</translation>
    </message>
    <message>
        <source>thin: only published figures that do not say how many answered (n unknown)</source>
        <translation>dünn: nur veröffentlichte Werte, die nicht sagen, wie viele geantwortet haben (n unbekannt)</translation>
    </message>
    <message>
        <source>thin: the score is not reliable yet</source>
        <translation>dünn: Der Wert ist noch nicht belastbar</translation>
    </message>
    <message>
        <source>thin: only aggregated figures, no respondent-level answers</source>
        <translation>dünn: nur aggregierte Werte, keine Antworten einzelner Befragter</translation>
    </message>
    <message>
        <source>thin: no answers in the six months before the latest data</source>
        <translation>dünn: keine Antworten in den sechs Monaten vor den jüngsten Daten</translation>
    </message>
    <message>
        <source>none: no answers</source>
        <translation>keine: keine Antworten</translation>
    </message>
    <message>
        <source>No answers for %1 in this selection.</source>
        <translation>Keine Antworten für %1 in dieser Auswahl.</translation>
    </message>
    <message>
        <source>Reliable: n = %1 ≥ 30 and the interval is ±%2, within ±10.</source>
        <translation>Belastbar: n = %1 ≥ 30 und das Intervall ist ±%2, innerhalb von ±10.</translation>
    </message>
    <message>
        <source>Unreliable: n = %1, fewer than 30 answers.</source>
        <translation>Unsicher: n = %1, weniger als 30 Antworten.</translation>
    </message>
    <message>
        <source>Unreliable: the interval is ±%1, wider than ±10.</source>
        <translation>Unsicher: Das Intervall ist ±%1, breiter als ±10.</translation>
    </message>
    <message>
        <source>The interval is approximate: some aggregated rows came without a standard deviation.</source>
        <translation>Das Intervall ist genähert: Einige aggregierte Zeilen kamen ohne Standardabweichung.</translation>
    </message>
    <message>
        <source>%1 (scale %2–%3): mean %4 of %5 answers; answers per value %6.</source>
        <translation>%1 (Skala %2–%3): Mittelwert %4 aus %5 Antworten; Antworten je Wert %6.</translation>
    </message>
    <message>
        <source> Top box %1 (Wilson 95% interval %2–%3).</source>
        <translation> Top-Box %1 (95-%-Wilson-Intervall %2–%3).</translation>
    </message>
    <message>
        <source> NPS %1 = % promoters (9–10) − % detractors (0–6), adjusted-Wald 95% interval %2 to %3.</source>
        <translation> NPS %1 = % Promotoren (9–10) − % Kritiker (0–6), 95-%-Intervall nach angepasstem Wald %2 bis %3.</translation>
    </message>
    <message>
        <source>Expectation %1 is the touchpoint&apos;s target (no expectation answers).</source>
        <translation>Erwartung %1 ist der Zielwert des Touchpoints (keine Erwartungsantworten).</translation>
    </message>
    <message>
        <source>Expectation %1 is the mean of the expectation answers on 0–100.</source>
        <translation>Erwartung %1 ist der Mittelwert der Erwartungsantworten auf 0–100.</translation>
    </message>
    <message>
        <source>Gap %1 = performance − expectation.</source>
        <translation>Lücke %1 = Leistung − Erwartung.</translation>
    </message>
    <message>
        <source>CX ratio %1 = performance / expectation.</source>
        <translation>CX-Quote %1 = Leistung / Erwartung.</translation>
    </message>
    <message>
        <source> Observed: %1 of %2 respondents rated it.</source>
        <translation> Beobachtet: %1 von %2 Befragten haben ihn bewertet.</translation>
    </message>
    <message>
        <source>Unavoidable: every path from an entry to an exit passes it.</source>
        <translation>Unvermeidbar: Jeder Pfad von einem Einstieg zu einem Ausstieg führt hier vorbei.</translation>
    </message>
    <message>
        <source>Impact %1 = reach × %2.</source>
        <translation>Wirkung %1 = Reichweite × %2.</translation>
    </message>
    <message>
        <source>(expectation − performance)</source>
        <translation>(Erwartung − Leistung)</translation>
    </message>
    <message>
        <source>(100 − performance)</source>
        <translation>(100 − Leistung)</translation>
    </message>
    <message>
        <source>Moment of truth: flagged by hand.</source>
        <translation>Moment der Wahrheit: von Hand markiert.</translation>
    </message>
    <message>
        <source>Moment of truth: importance significantly above zero and in the top quartile%1.</source>
        <translation>Moment der Wahrheit: Wichtigkeit signifikant über null und im obersten Quartil%1.</translation>
    </message>
    <message>
        <source>, and flagged by hand</source>
        <translation>, und von Hand markiert</translation>
    </message>
    <message>
        <source>Trend %1 points a month (95% interval %2 to %3) over %4 months%5.</source>
        <translation>Trend %1 Punkte pro Monat (95-%-Intervall %2 bis %3) über %4 Monate%5.</translation>
    </message>
    <message>
        <source>: declining</source>
        <translation>: rückläufig</translation>
    </message>
    <message>
        <source>Evidence %1.</source>
        <translation>Evidenz %1.</translation>
    </message>
</context>
<context>
    <name>cxmap::ExportActions</name>
    <message>
        <source>unsaved map</source>
        <translation>ungespeicherte Map</translation>
    </message>
    <message>
        <source>Export Repor&amp;t…</source>
        <translation>Be&amp;richt exportieren …</translation>
    </message>
    <message>
        <source>Export Ima&amp;ge…</source>
        <translation>Als Bild ex&amp;portieren …</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Druc&amp;ken …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Write the map, its findings, charts and data basis as a PDF report</source>
        <translation>Die Map, ihre Befunde, Diagramme und Datenbasis als PDF-Bericht schreiben</translation>
    </message>
    <message>
        <source>Write the map as a PNG or SVG image</source>
        <translation>Die Map als PNG- oder SVG-Bild schreiben</translation>
    </message>
    <message>
        <source>Print the report, with a preview first</source>
        <translation>Den Bericht drucken, zuerst mit Vorschau</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>No map is open.</source>
        <translation>Keine Map geöffnet.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <source>Export Image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Der Bericht wird geschrieben …</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n page(s).</source>
        <translation>
            <numerusform>%1 geschrieben: %n Seite.</numerusform>
            <numerusform>%1 geschrieben: %n Seiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the image…</source>
        <translation>Das Bild wird geschrieben …</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Print Preview — %1</source>
        <translation>Druckvorschau — %1</translation>
    </message>
</context>
<context>
    <name>cxmap::ExportDialog</name>
    <message>
        <source>Export Image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Filters&lt;/b&gt; (as the map shows them; change them in the tool bar):&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Filter&lt;/b&gt; (wie die Map sie zeigt; ändern Sie sie in der Werkzeugleiste):&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>&amp;Querformat</translation>
    </message>
    <message>
        <source>%1× the 100% size</source>
        <translation>%1-fache Größe von 100 %</translation>
    </message>
    <message>
        <source>PNG &amp;size:</source>
        <translation>PNG-&amp;Größe:</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>from the size above</source>
        <translation>aus der Größe oben</translation>
    </message>
    <message>
        <source>or PNG &amp;width:</source>
        <translation>oder PNG-&amp;Breite:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Map &amp;spotlight:</source>
        <translation>&amp;Spotlight der Map:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Vorschau …</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
</context>
<context>
    <name>cxmap::FileActions</name>
    <message>
        <source>&amp;New Journey</source>
        <translation>&amp;Neue Journey</translation>
    </message>
    <message>
        <source>New &amp;Empty Journey</source>
        <translation>Neue &amp;leere Journey</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Close Map</source>
        <translation>Map s&amp;chließen</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Journey</source>
        <translation>&amp;Demo-Journey öffnen</translation>
    </message>
    <message>
        <source>New Map from &amp;Inventory…</source>
        <translation>Neue Map aus &amp;Inventar …</translation>
    </message>
    <message>
        <source>I&amp;mport Map…</source>
        <translation>Map i&amp;mportieren …</translation>
    </message>
    <message>
        <source>E&amp;xport Map…</source>
        <translation>Map e&amp;xportieren …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>A new journey with the default stages and channel lanes</source>
        <translation>Eine neue Journey mit den Standardphasen und -kanalbahnen</translation>
    </message>
    <message>
        <source>A new journey without stages or lanes</source>
        <translation>Eine neue Journey ohne Phasen oder Bahnen</translation>
    </message>
    <message>
        <source>Close the map and show the start page</source>
        <translation>Die Map schließen und die Startseite zeigen</translation>
    </message>
    <message>
        <source>A sample journey with 5,000 respondents&apos; answers, to explore</source>
        <translation>Eine Beispiel-Journey mit Antworten von 5.000 Befragten zum Erkunden</translation>
    </message>
    <message>
        <source>A new map from a spreadsheet of touchpoints and transitions (CSV)</source>
        <translation>Eine neue Map aus einer Tabelle von Touchpoints und Übergängen (CSV)</translation>
    </message>
    <message>
        <source>A new map from cxmap JSON, CJML, GraphML, Mermaid or a touchpoint inventory</source>
        <translation>Eine neue Map aus cxmap-JSON, CJML, GraphML, Mermaid oder einem Touchpoint-Inventar</translation>
    </message>
    <message>
        <source>The map as cxmap JSON, CJML, GraphML (yEd) or Mermaid</source>
        <translation>Die Map als cxmap-JSON, CJML, GraphML (yEd) oder Mermaid</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>cxmap::FilePage</name>
    <message>
        <source>Choose a survey export</source>
        <translation>Einen Umfrageexport wählen</translation>
    </message>
    <message>
        <source>A CSV file: long (one answer per row), wide (one row per respondent), a Qualtrics or SurveyMonkey export, or aggregated figures. The format is detected from its first rows.</source>
        <translation>Eine CSV-Datei: lang (eine Antwort je Zeile), breit (eine Zeile je Befragtem), ein Qualtrics- oder SurveyMonkey-Export oder aggregierte Werte. Das Format wird an den ersten Zeilen erkannt.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <source>Path of a .csv file</source>
        <translation>Pfad einer .csv-Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Browse for a file</source>
        <translation>Nach einer Datei suchen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&lt;p&gt;Each import becomes one batch of answers, which can be removed as a whole later. The import is all or nothing: a file with an error changes nothing, and the error names its line and column.&lt;/p&gt;&lt;p&gt;Personal data (names, e-mail and IP addresses, phone numbers) is never imported.&lt;/p&gt;&lt;p&gt;Tip: you can also drop a CSV file on the map window.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jeder Import wird ein Stapel von Antworten, der später als Ganzes entfernt werden kann. Der Import gilt ganz oder gar nicht: Eine Datei mit einem Fehler ändert nichts, und der Fehler nennt Zeile und Spalte.&lt;/p&gt;&lt;p&gt;Personenbezogene Daten (Namen, E-Mail- und IP-Adressen, Telefonnummern) werden nie importiert.&lt;/p&gt;&lt;p&gt;Tipp: Sie können eine CSV-Datei auch auf das Map-Fenster ziehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The map has no file yet. Save it first: the answers are stored in the map&apos;s file.</source>
        <translation>Die Map hat noch keine Datei. Speichern Sie sie zuerst: Die Antworten werden in der Datei der Map gespeichert.</translation>
    </message>
    <message>
        <source>The map was opened read-only, so no answers can be added to it.</source>
        <translation>Die Map ist schreibgeschützt geöffnet, daher können keine Antworten hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The map has unsaved changes. Save it first: the import matches columns against the saved map.</source>
        <translation>Die Map hat ungespeicherte Änderungen. Speichern Sie sie zuerst: Der Import ordnet Spalten der gespeicherten Map zu.</translation>
    </message>
    <message>
        <source>Import survey answers</source>
        <translation>Umfrageantworten importieren</translation>
    </message>
    <message>
        <source>Survey exports (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Umfrageexporte (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>cxmap::FilterBar</name>
    <message>
        <source>Segment filter</source>
        <translation>Segmentfilter</translation>
    </message>
    <message>
        <source>Score only the answers of one customer segment</source>
        <translation>Nur die Antworten eines Kundensegments auswerten</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Zeitraum von</translation>
    </message>
    <message>
        <source>First month of the period (included whole)</source>
        <translation>Erster Monat des Zeitraums (ganz eingeschlossen)</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Zeitraum bis</translation>
    </message>
    <message>
        <source>Last month of the period (included whole)</source>
        <translation>Letzter Monat des Zeitraums (ganz eingeschlossen)</translation>
    </message>
    <message>
        <source>Metric filter</source>
        <translation>Kennzahlfilter</translation>
    </message>
    <message>
        <source>Performance from all metrics answered at touchpoints, or from one</source>
        <translation>Leistung aus allen an Touchpoints beantworteten Kennzahlen oder aus einer</translation>
    </message>
    <message>
        <source>Outcome for moments of truth</source>
        <translation>Zielgröße für Momente der Wahrheit</translation>
    </message>
    <message>
        <source>The journey-level answer the moments of truth are measured against; kept in the map</source>
        <translation>Die Antwort auf Ebene der Journey, an der die Momente der Wahrheit gemessen werden; wird in der Map gespeichert</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Show every segment, month and metric</source>
        <translation>Jedes Segment, jeden Monat und jede Kennzahl zeigen</translation>
    </message>
    <message>
        <source>Se&amp;gment</source>
        <translation>Se&amp;gment</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>Me&amp;tric</source>
        <translation>&amp;Kennzahl</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation>Ziel&amp;größe</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Alle Segmente</translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation>Alle Kennzahlen</translation>
    </message>
    <message>
        <source>earliest</source>
        <translation>frühester</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>neuester</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Default (%1)</source>
        <translation>Standard (%1)</translation>
    </message>
</context>
<context>
    <name>cxmap::FindBar</name>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Vorheriger Treffer (Umschalt+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Nächster Treffer (F3)</translation>
    </message>
    <message>
        <source>Select all matches (Alt+Enter)</source>
        <translation>Alle Treffer auswählen (Alt+Eingabe)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Find touchpoints</source>
        <translation>Touchpoints suchen</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Touchpoint name, owner, description or notes</source>
        <translation>Name, Verantwortliche, Beschreibung oder Notizen eines Touchpoints</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>cxmap::FindingText</name>
    <message>
        <source>How each number is computed:</source>
        <translation>Wie jede Zahl berechnet wird:</translation>
    </message>
    <message>
        <source>Select a finding to see how its numbers are computed.</source>
        <translation>Wählen Sie einen Befund, um zu sehen, wie seine Zahlen berechnet werden.</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>Vorbehalte</translation>
    </message>
</context>
<context>
    <name>cxmap::FindingWording</name>
    <message>
        <source>no answers</source>
        <translation>keine Antworten</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <source>No findings yet.</source>
        <translation>Noch keine Befunde.</translation>
    </message>
    <message>
        <source>No answers in this selection: reach and unavoidable touchpoints come from the map alone.</source>
        <translation>Keine Antworten in dieser Auswahl: Reichweite und unvermeidbare Touchpoints ergeben sich allein aus der Map.</translation>
    </message>
    <message>
        <source>%1 answers from %2 respondents</source>
        <translation>%1 Antworten von %2 Befragten</translation>
    </message>
    <message>
        <source>all segments</source>
        <translation>alle Segmente</translation>
    </message>
    <message>
        <source>segment %1</source>
        <translation>Segment %1</translation>
    </message>
    <message>
        <source>Performance from %1</source>
        <translation>Leistung aus %1</translation>
    </message>
    <message>
        <source>importance against %1</source>
        <translation>Wichtigkeit gegenüber %1</translation>
    </message>
    <message>
        <source>impact %1 · %2 · reach %3</source>
        <translation>Wirkung %1 · %2 · Reichweite %3</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>erwartet %1</translation>
    </message>
    <message>
        <source>flagged by hand · no importance measured · %1</source>
        <translation>von Hand markiert · keine Wichtigkeit gemessen · %1</translation>
    </message>
    <message>
        <source>r %1 %2 n %3 · performance %4</source>
        <translation>r %1 %2 n %3 · Leistung %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 points a month %2 over %3 months · now %4</source>
        <translation>%1 Punkte pro Monat %2 über %3 Monate · jetzt %4</translation>
    </message>
    <message>
        <source>%1 vs %2 · difference %3 %4 · n %5 / %6</source>
        <translation>%1 vs. %2 · Differenz %3 %4 · n %5 / %6</translation>
    </message>
    <message>
        <source>At %1, %2 scores %3 (n %4) and %5 scores %6 (n %7). Welch&apos;s t-test: difference %8, 95% interval %9, t = %10 with %11 df, p = %12 — real at 95%.</source>
        <translation>Bei %1 erreicht %2 den Wert %3 (n %4) und %5 den Wert %6 (n %7). Welch-t-Test: Differenz %8, 95-%-Intervall %9, t = %10 bei %11 Freiheitsgraden, p = %12 — echt auf dem 95-%-Niveau.</translation>
    </message>
    <message>
        <source>Weakest link %1 of %2: impact %3 = reach %4 × shortfall %5 against %6.</source>
        <translation>Schwächstes Glied %1 von %2: Wirkung %3 = Reichweite %4 × Defizit %5 gegenüber %6.</translation>
    </message>
    <message>
        <source>its expectation</source>
        <translation>seiner Erwartung</translation>
    </message>
    <message>
        <source>a perfect 100</source>
        <translation>perfekten 100</translation>
    </message>
    <message>
        <source>Every customer passes it, so it is ranked before the avoidable ones.</source>
        <translation>Jeder Kunde kommt hier vorbei, daher steht er vor den vermeidbaren.</translation>
    </message>
    <message>
        <source>A moment of truth because it is flagged by hand; the data does not single it out.</source>
        <translation>Ein Moment der Wahrheit, weil er von Hand markiert ist; die Daten heben ihn nicht hervor.</translation>
    </message>
    <message>
        <source>A moment of truth: customers&apos; experience here goes with their %1 answers (r %2, 95% interval %3, n %4), significantly above zero and in the top quartile of all touchpoints.%5</source>
        <translation>Ein Moment der Wahrheit: Das Erlebnis der Kunden hier hängt mit ihren Antworten zu %1 zusammen (r %2, 95-%-Intervall %3, n %4), signifikant über null und im obersten Quartil aller Touchpoints.%5</translation>
    </message>
    <message>
        <source>It is also flagged by hand.</source>
        <translation>Er ist außerdem von Hand markiert.</translation>
    </message>
    <message>
        <source>On the weakest path: among entry-to-exit paths, the one whose lowest reliable score is lowest (%1).</source>
        <translation>Auf dem schwächsten Pfad: unter den Pfaden vom Einstieg zum Ausstieg der, dessen niedrigster belastbarer Wert am niedrigsten ist (%1).</translation>
    </message>
    <message>
        <source>On the best path: the entry-to-exit path whose lowest reliable score is highest (%1).</source>
        <translation>Auf dem besten Pfad: der Pfad vom Einstieg zum Ausstieg, dessen niedrigster belastbarer Wert am höchsten ist (%1).</translation>
    </message>
    <message>
        <source>Unavoidable: every path from an entry to an exit passes it, so every customer meets it.</source>
        <translation>Unvermeidbar: Jeder Pfad von einem Einstieg zu einem Ausstieg führt hier vorbei, also trifft jeder Kunde auf ihn.</translation>
    </message>
    <message>
        <source>Declining: the least-squares slope of its monthly means is %1 points a month, and its whole 95% interval %2 lies below zero.</source>
        <translation>Rückläufig: Die Steigung der Kleinste-Quadrate-Geraden seiner Monatsmittel beträgt %1 Punkte pro Monat, und ihr ganzes 95-%-Intervall %2 liegt unter null.</translation>
    </message>
</context>
<context>
    <name>cxmap::FindingsPanel</name>
    <message>
        <source>Weakest links</source>
        <translation>Schwächste Glieder</translation>
    </message>
    <message>
        <source>Touchpoints ranked by impact = reach × how far performance falls short of expectation; reliable scores only, unavoidable ones first.</source>
        <translation>Touchpoints nach Wirkung geordnet = Reichweite × wie weit die Leistung hinter der Erwartung zurückbleibt; nur belastbare Werte, unvermeidbare zuerst.</translation>
    </message>
    <message>
        <source>Moments of truth</source>
        <translation>Momente der Wahrheit</translation>
    </message>
    <message>
        <source>Touchpoints whose experience goes with the journey&apos;s outcome: importance significantly above zero and in the top quartile, or flagged by hand.</source>
        <translation>Touchpoints, deren Erlebnis mit der Zielgröße der Journey zusammenhängt: Wichtigkeit signifikant über null und im obersten Quartil, oder von Hand markiert.</translation>
    </message>
    <message>
        <source>Weakest and best path</source>
        <translation>Schwächster und bester Pfad</translation>
    </message>
    <message>
        <source>The entry-to-exit paths whose lowest reliable score is the lowest and the highest.</source>
        <translation>Die Pfade vom Einstieg zum Ausstieg, deren niedrigster belastbarer Wert am niedrigsten bzw. am höchsten ist.</translation>
    </message>
    <message>
        <source>Unavoidable</source>
        <translation>Unvermeidbar</translation>
    </message>
    <message>
        <source>Touchpoints every path from an entry to an exit passes through.</source>
        <translation>Touchpoints, durch die jeder Pfad von einem Einstieg zu einem Ausstieg führt.</translation>
    </message>
    <message>
        <source>Declining</source>
        <translation>Rückläufig</translation>
    </message>
    <message>
        <source>Touchpoints whose monthly performance falls, with the slope&apos;s whole 95% interval below zero.</source>
        <translation>Touchpoints, deren monatliche Leistung sinkt, mit dem ganzen 95-%-Intervall der Steigung unter null.</translation>
    </message>
    <message>
        <source>Segment differences</source>
        <translation>Segmentunterschiede</translation>
    </message>
    <message>
        <source>Differences between two segments at a touchpoint that Welch&apos;s t-test calls real at 95%.</source>
        <translation>Unterschiede zwischen zwei Segmenten an einem Touchpoint, die der Welch-t-Test auf dem 95-%-Niveau als echt ausweist.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>What the answers and the map say, each with what it is based on.</source>
        <translation>Was die Antworten und die Map aussagen, jeweils mit der Grundlage.</translation>
    </message>
    <message>
        <source>Spotlight the weakest links on the map: the top 5 by impact (reach × shortfall), numbered; reliable scores only</source>
        <translation>Die schwächsten Glieder auf der Map hervorheben: die 5 mit der größten Wirkung (Reichweite × Defizit), nummeriert; nur belastbare Werte</translation>
    </message>
    <message>
        <source>Spotlight the moments of truth: the touchpoints that decide the outcome</source>
        <translation>Die Momente der Wahrheit hervorheben: die Touchpoints, die über die Zielgröße entscheiden</translation>
    </message>
    <message>
        <source>Spotlight the touchpoints every customer passes</source>
        <translation>Die Touchpoints hervorheben, an denen jeder Kunde vorbeikommt</translation>
    </message>
    <message>
        <source>Weakest path</source>
        <translation>Schwächster Pfad</translation>
    </message>
    <message>
        <source>Spotlight the path whose weakest link is the weakest</source>
        <translation>Den Pfad hervorheben, dessen schwächstes Glied am schwächsten ist</translation>
    </message>
    <message>
        <source>What the findings are based on</source>
        <translation>Worauf die Befunde beruhen</translation>
    </message>
    <message>
        <source>Analysis error</source>
        <translation>Analysefehler</translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation>Analyse läuft</translation>
    </message>
    <message>
        <source>Findings list</source>
        <translation>Liste der Befunde</translation>
    </message>
    <message>
        <source>Finding explained</source>
        <translation>Befund erklärt</translation>
    </message>
    <message>
        <source>The answers and respondents in the current selection (segment, period), the metrics performance is computed from and the outcome importance is measured against.</source>
        <translation>Die Antworten und Befragten der aktuellen Auswahl (Segment, Zeitraum), die Kennzahlen, aus denen die Leistung berechnet wird, und die Zielgröße, an der die Wichtigkeit gemessen wird.</translation>
    </message>
    <message>
        <source>Every number of the selected finding with the formula that produced it.</source>
        <translation>Jede Zahl des gewählten Befunds mit der Formel, die sie ergeben hat.</translation>
    </message>
    <message>
        <source>unavoidable</source>
        <translation>unvermeidbar</translation>
    </message>
    <message>
        <source>Show all %1 weakest links</source>
        <translation>Alle %1 schwächsten Glieder zeigen</translation>
    </message>
    <message>
        <source>The ranking goes on with smaller impacts</source>
        <translation>Die Rangfolge setzt sich mit kleineren Wirkungen fort</translation>
    </message>
    <message>
        <source>No answers yet</source>
        <translation>Noch keine Antworten</translation>
    </message>
    <message>
        <source>Import survey answers to rank the weakest links</source>
        <translation>Importieren Sie Umfrageantworten, um die schwächsten Glieder zu ordnen</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
    <message>
        <source>Best path</source>
        <translation>Bester Pfad</translation>
    </message>
    <message>
        <source>The entry-to-exit path whose lowest reliable score is the lowest: a chain is no stronger than its weakest link</source>
        <translation>Der Pfad vom Einstieg zum Ausstieg, dessen niedrigster belastbarer Wert am niedrigsten ist: Eine Kette ist nur so stark wie ihr schwächstes Glied</translation>
    </message>
    <message>
        <source>The entry-to-exit path whose lowest reliable score is the highest</source>
        <translation>Der Pfad vom Einstieg zum Ausstieg, dessen niedrigster belastbarer Wert am höchsten ist</translation>
    </message>
    <message>
        <source>lowest on the path</source>
        <translation>niedrigster auf dem Pfad</translation>
    </message>
    <message>
        <source>Every path from an entry to an exit passes these touchpoints</source>
        <translation>Jeder Pfad von einem Einstieg zu einem Ausstieg führt an diesen Touchpoints vorbei</translation>
    </message>
    <message>
        <source>Differences Welch&apos;s t-test calls real at 95%</source>
        <translation>Unterschiede, die der Welch-t-Test auf dem 95-%-Niveau als echt ausweist</translation>
    </message>
    <message>
        <source>%1: %2 vs %3</source>
        <translation>%1: %2 vs. %3</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>What these numbers mean, in the user guide</source>
        <translation>Was diese Zahlen bedeuten, im Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>cxmap::GraphMlReader</name>
    <message>
        <source>data for the key &quot;%1&quot;, which the file does not declare</source>
        <translation>Daten zum Schlüssel „%1“, den die Datei nicht deklariert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number from %2 to %3, not &quot;%4&quot;</source>
        <translation>&quot;%1&quot; muss eine Zahl von %2 bis %3 sein, nicht „%4“</translation>
    </message>
    <message>
        <source>hyperedges (line %1 and others), which a journey has no place for</source>
        <translation>Hyperkanten (Zeile %1 und weitere), für die eine Journey keinen Platz hat</translation>
    </message>
    <message>
        <source>the graph&apos;s &quot;%1&quot; attribute is not a JSON list</source>
        <translation>das Attribut „%1“ des Graphen ist keine JSON-Liste</translation>
    </message>
    <message>
        <source>not a GraphML file (its root element is &lt;%1&gt;)</source>
        <translation>keine GraphML-Datei (ihr Wurzelelement ist &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>a &lt;key&gt; without an id</source>
        <translation>ein &lt;key&gt; ohne id</translation>
    </message>
    <message>
        <source>the GraphML file holds no &lt;graph&gt;</source>
        <translation>die GraphML-Datei enthält keinen &lt;graph&gt;</translation>
    </message>
    <message>
        <source>the graphs after the first (a map is one graph)</source>
        <translation>die Graphen nach dem ersten (eine Map ist ein Graph)</translation>
    </message>
    <message>
        <source>%1 (their nodes were read, the groups themselves are no touchpoints)</source>
        <translation>%1 (ihre Knoten wurden gelesen, die Gruppen selbst sind keine Touchpoints)</translation>
    </message>
    <message>
        <source>group node</source>
        <translation>Gruppenknoten</translation>
    </message>
    <message>
        <source>group nodes</source>
        <translation>Gruppenknoten</translation>
    </message>
    <message>
        <source>a node without an id</source>
        <translation>ein Knoten ohne id</translation>
    </message>
    <message>
        <source>the node id &quot;%1&quot; is used twice</source>
        <translation>die Knoten-id „%1“ wird doppelt verwendet</translation>
    </message>
    <message>
        <source>node %1: &quot;kind&quot; must be direct or indirect, not &quot;%2&quot;</source>
        <translation>Knoten %1: &quot;kind&quot; muss direct oder indirect sein, nicht „%2“</translation>
    </message>
    <message>
        <source>node %1: &quot;moment_of_truth&quot; must be true or false</source>
        <translation>Knoten %1: &quot;moment_of_truth&quot; muss true oder false sein</translation>
    </message>
    <message>
        <source>node %1: its geometry has no proper x and y</source>
        <translation>Knoten %1: Seine Geometrie hat kein gültiges x und y</translation>
    </message>
    <message>
        <source>the stage or lane of %1 without them (put in “Unassigned”)</source>
        <translation>die Phase oder Bahn von %1 ohne solche (in „Unassigned“ gelegt)</translation>
    </message>
    <message>
        <source>the node %1 %2</source>
        <translation>Knoten-%1 %2</translation>
    </message>
    <message>
        <source>an edge from &quot;%1&quot; to &quot;%2&quot;: no node has that id</source>
        <translation>eine Kante von „%1“ nach „%2“: Kein Knoten hat diese id</translation>
    </message>
    <message>
        <source>edge from a node to itself</source>
        <translation>Kante von einem Knoten zu sich selbst</translation>
    </message>
    <message>
        <source>edges from a node to themselves</source>
        <translation>Kanten von Knoten zu sich selbst</translation>
    </message>
    <message>
        <source>repeated edge</source>
        <translation>wiederholte Kante</translation>
    </message>
    <message>
        <source>repeated edges</source>
        <translation>wiederholte Kanten</translation>
    </message>
    <message>
        <source> (one transition per pair is kept)</source>
        <translation> (je Paar wird ein Übergang behalten)</translation>
    </message>
    <message>
        <source>the edge %1 %2</source>
        <translation>Kanten-%1 %2</translation>
    </message>
    <message>
        <source>the undirectedness of %1 (read from source to target)</source>
        <translation>die Ungerichtetheit von %1 (von Quelle zu Ziel gelesen)</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>attributes</source>
        <translation>Attribute</translation>
    </message>
</context>
<context>
    <name>cxmap::Guide</name>
    <message>
        <source>en</source>
        <extracomment>The folder of the user guide in this language, under ui/help/guide/ (&quot;de&quot;); &quot;en&quot; is the English guide at the top.</extracomment>
        <translation>de</translation>
    </message>
</context>
<context>
    <name>cxmap::HeaderInteraction</name>
    <message>
        <source>Resize stage</source>
        <translation>Phasenbreite ändern</translation>
    </message>
    <message>
        <source>Resize lane</source>
        <translation>Bahnhöhe ändern</translation>
    </message>
</context>
<context>
    <name>cxmap::HelpActions</name>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About cxmap</source>
        <translation>&amp;Über cxmap</translation>
    </message>
    <message>
        <source>How to build a map, import answers, read the findings, present and export, and what every number means</source>
        <translation>Wie Sie eine Map aufbauen, Antworten importieren, die Befunde lesen, präsentieren und exportieren, und was jede Zahl bedeutet</translation>
    </message>
    <message>
        <source>&amp;What&apos;s This?</source>
        <translation>&amp;Was ist das?</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About cxmap</source>
        <translation>Über cxmap</translation>
    </message>
    <message>
        <source>&lt;h3&gt;cxmap %1&lt;/h3&gt;&lt;p&gt;Customer journey maps backed by measured experience.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;cxmap %1&lt;/h3&gt;&lt;p&gt;Customer-Journey-Maps, gestützt auf gemessenes Erleben.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cxmap::HelpWindow</name>
    <message>
        <source>Nothing in the guide holds all these words.</source>
        <translation>Kein Abschnitt des Handbuchs enthält alle diese Wörter.</translation>
    </message>
    <message>
        <source>cxmap User Guide</source>
        <translation>cxmap-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Im Handbuch suchen</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Handbuchseite</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back (Alt+Left)</source>
        <translation>Zurück (Alt+Links)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Forward (Alt+Right)</source>
        <translation>Vor (Alt+Rechts)</translation>
    </message>
    <message>
        <source>The guide&apos;s first page</source>
        <translation>Die erste Seite des Handbuchs</translation>
    </message>
</context>
<context>
    <name>cxmap::ImportContext</name>
    <message>
        <source> (column &quot;</source>
        <translation> (Spalte „</translation>
    </message>
    <message>
        <source>unknown touchpoint &quot;%1&quot;: it is not on the map</source>
        <translation>unbekannter Touchpoint „%1“: Er ist nicht auf der Map</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot; (define it under &quot;metrics&quot; in a mapping file)</source>
        <translation>unbekannte Kennzahl „%1“ (definieren Sie sie unter &quot;metrics&quot; in einer Zuordnungsdatei)</translation>
    </message>
    <message>
        <source>%1: unknown metric &quot;%2&quot;</source>
        <translation>%1: unbekannte Kennzahl „%2“</translation>
    </message>
    <message>
        <source>; for day/month/year set &quot;date_format&quot;: &quot;dd/mm/yyyy&quot; in a mapping file</source>
        <translation>; für Tag/Monat/Jahr setzen Sie &quot;date_format&quot;: &quot;dd/mm/yyyy&quot; in einer Zuordnungsdatei</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date cxmap can read (use 2026-03-14 or 2026-03-14T09:30:00Z%2)</source>
        <translation>„%1“ ist kein Datum, das cxmap lesen kann (verwenden Sie 2026-03-14 oder 2026-03-14T09:30:00Z%2)</translation>
    </message>
    <message>
        <source>kind must be &quot;experience&quot; or &quot;expectation&quot;, not &quot;%1&quot;</source>
        <translation>kind muss &quot;experience&quot; oder &quot;expectation&quot; sein, nicht „%1“</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number; say what it means under &quot;values&quot; in a mapping file</source>
        <translation>„%1“ ist keine Zahl; geben Sie unter &quot;values&quot; in einer Zuordnungsdatei an, was sie bedeutet</translation>
    </message>
    <message>
        <source>; if 0 means not rated, add &quot;not_rated&quot;: [&quot;0&quot;] to a mapping file</source>
        <translation>; wenn 0 „nicht bewertet“ bedeutet, fügen Sie &quot;not_rated&quot;: [&quot;0&quot;] einer Zuordnungsdatei hinzu</translation>
    </message>
    <message>
        <source>%1 is outside the %2 scale (%3 to %4)%5</source>
        <translation>%1 liegt außerhalb der Skala von %2 (%3 bis %4)%5</translation>
    </message>
    <message>
        <source>%1 must be a number, not &quot;%2&quot;</source>
        <translation>%1 muss eine Zahl sein, nicht „%2“</translation>
    </message>
</context>
<context>
    <name>cxmap::ImportMapping</name>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>&quot;%1&quot; muss ein Text sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; muss true oder false sein</translation>
    </message>
    <message>
        <source>%1 needs a number &quot;%2&quot;</source>
        <translation>%1 braucht eine Zahl &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object, like %2</source>
        <translation>&quot;%1&quot; muss ein Objekt sein, etwa %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list, like %2</source>
        <translation>&quot;%1&quot; muss eine Liste sein, etwa %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold texts, like %2</source>
        <translation>&quot;%1&quot; muss Texte enthalten, etwa %2</translation>
    </message>
    <message>
        <source>%1 must map answers to numbers, like {&quot;satisfied&quot;: 1}</source>
        <translation>%1 muss Antworten Zahlen zuordnen, etwa {&quot;satisfied&quot;: 1}</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must map to a number</source>
        <translation>%1: &quot;%2&quot; muss einer Zahl zugeordnet sein</translation>
    </message>
    <message>
        <source>%1: &quot;not_rated&quot; must be a list, like [&quot;0&quot;]</source>
        <translation>%1: &quot;not_rated&quot; muss eine Liste sein, etwa [&quot;0&quot;]</translation>
    </message>
    <message>
        <source>%1: &quot;not_rated&quot; must hold texts or numbers</source>
        <translation>%1: &quot;not_rated&quot; muss Texte oder Zahlen enthalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;%2&quot; must map to a name, like %3</source>
        <translation>&quot;%1&quot;: &quot;%2&quot; muss einem Namen zugeordnet sein, etwa %3</translation>
    </message>
    <message>
        <source>%1: kind must be &quot;experience&quot; or &quot;expectation&quot;, not &quot;%2&quot;</source>
        <translation>%1: kind muss &quot;experience&quot; oder &quot;expectation&quot; sein, nicht „%2“</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON (%3)</source>
        <translation>%1:%2: kein gültiges JSON (%3)</translation>
    </message>
    <message>
        <source>%1:1:1: a mapping must be a JSON object, like {&quot;format&quot;: &quot;wide&quot;}</source>
        <translation>%1:1:1: Eine Zuordnung muss ein JSON-Objekt sein, etwa {&quot;format&quot;: &quot;wide&quot;}</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (known: %2)</source>
        <translation>unbekannter Schlüssel „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot; (long, wide, qualtrics, surveymonkey or aggregated)</source>
        <translation>unbekanntes Format „%1“ (long, wide, qualtrics, surveymonkey oder aggregated)</translation>
    </message>
    <message>
        <source>the mapping</source>
        <translation>die Zuordnung</translation>
    </message>
    <message>
        <source>&quot;skip_lines&quot; must be a whole number from 0 to 1000</source>
        <translation>&quot;skip_lines&quot; muss eine ganze Zahl von 0 bis 1000 sein</translation>
    </message>
    <message>
        <source>&quot;date_format&quot; must be dd/mm/yyyy, mm/dd/yyyy, dd.mm.yyyy or yyyy-mm-dd</source>
        <translation>&quot;date_format&quot; muss dd/mm/yyyy, mm/dd/yyyy, dd.mm.yyyy oder yyyy-mm-dd sein</translation>
    </message>
    <message>
        <source>{&quot;satisfied&quot;: {&quot;min&quot;: 0, &quot;max&quot;: 1}}</source>
        <translation>{&quot;satisfied&quot;: {&quot;min&quot;: 0, &quot;max&quot;: 1}}</translation>
    </message>
    <message>
        <source>metric &quot;%1&quot;</source>
        <translation>Kennzahl „%1“</translation>
    </message>
    <message>
        <source>%1 must be an object with &quot;min&quot; and &quot;max&quot;</source>
        <translation>%1 muss ein Objekt mit &quot;min&quot; und &quot;max&quot; sein</translation>
    </message>
    <message>
        <source>a metric needs a name</source>
        <translation>eine Kennzahl braucht einen Namen</translation>
    </message>
    <message>
        <source>%1: &quot;max&quot; must be above &quot;min&quot;</source>
        <translation>%1: &quot;max&quot; muss über &quot;min&quot; liegen</translation>
    </message>
    <message>
        <source>not_rated &quot;%1&quot;</source>
        <translation>not_rated „%1“</translation>
    </message>
    <message>
        <source>{&quot;column&quot;: &quot;satisfaction&quot;, &quot;metric&quot;: &quot;satisfied&quot;}</source>
        <translation>{&quot;column&quot;: &quot;satisfaction&quot;, &quot;metric&quot;: &quot;satisfied&quot;}</translation>
    </message>
    <message>
        <source>&quot;outcome&quot; needs &quot;column&quot; and &quot;metric&quot;</source>
        <translation>&quot;outcome&quot; braucht &quot;column&quot; und &quot;metric&quot;</translation>
    </message>
    <message>
        <source>outcome values</source>
        <translation>Werte der Zielgröße</translation>
    </message>
    <message>
        <source>the outcome</source>
        <translation>die Zielgröße</translation>
    </message>
    <message>
        <source>{&quot;Online boarding&quot;: {&quot;touchpoint&quot;: &quot;Online boarding&quot;, &quot;metric&quot;: &quot;csat&quot;}}</source>
        <translation>{&quot;Online boarding&quot;: {&quot;touchpoint&quot;: &quot;Online boarding&quot;, &quot;metric&quot;: &quot;csat&quot;}}</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;</source>
        <translation>Spalte „%1“</translation>
    </message>
    <message>
        <source>%1 must name a touchpoint, like {&quot;touchpoint&quot;: &quot;Online boarding&quot;, &quot;metric&quot;: &quot;csat&quot;}</source>
        <translation>%1 muss einen Touchpoint nennen, etwa {&quot;touchpoint&quot;: &quot;Online boarding&quot;, &quot;metric&quot;: &quot;csat&quot;}</translation>
    </message>
    <message>
        <source>%1 needs a &quot;touchpoint&quot;</source>
        <translation>%1 braucht einen &quot;touchpoint&quot;</translation>
    </message>
    <message>
        <source>[&quot;Gender&quot;, &quot;Age&quot;]</source>
        <translation>[&quot;Gender&quot;, &quot;Age&quot;]</translation>
    </message>
    <message>
        <source>{&quot;Web chat&quot;: &quot;Support chat&quot;}</source>
        <translation>{&quot;Web chat&quot;: &quot;Support chat&quot;}</translation>
    </message>
    <message>
        <source>{&quot;Satisfaction&quot;: &quot;csat&quot;}</source>
        <translation>{&quot;Satisfaction&quot;: &quot;csat&quot;}</translation>
    </message>
</context>
<context>
    <name>cxmap::ImportPage</name>
    <message>
        <source>&amp;Cancel import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Stop now; nothing is imported</source>
        <translation>Jetzt anhalten; nichts wird importiert</translation>
    </message>
    <message>
        <source>Cancelling… the answers read so far are being rolled back.</source>
        <translation>Wird abgebrochen … Die bisher gelesenen Antworten werden zurückgenommen.</translation>
    </message>
    <message>
        <source>Importing %1 into the map&apos;s file. The window stays usable; Cancel stops and writes nothing.</source>
        <translation>%1 wird in die Datei der Map importiert. Das Fenster bleibt benutzbar; Abbrechen hält an und schreibt nichts.</translation>
    </message>
    <message>
        <source>Another import is still running.</source>
        <translation>Ein anderer Import läuft noch.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Imported %1&lt;/b&gt; from %2 of %3 (%4 format) as batch %5. The map&apos;s scores and findings are brought up to date.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1 importiert&lt;/b&gt; aus %2 von %3 (Format %4) als Stapel %5. Werte und Befunde der Map werden aktualisiert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Nothing was imported.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Es wurde nichts importiert.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cxmap::ImportSource</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: die Datei ist leer</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Long: one answer per row (respondent, timestamp, segment, touchpoint, metric, value)</source>
        <translation>Lang: eine Antwort je Zeile (Befragte, Zeitstempel, Segment, Touchpoint, Kennzahl, Wert)</translation>
    </message>
    <message>
        <source>Wide: one row per respondent, one column per touchpoint</source>
        <translation>Breit: eine Zeile je Befragtem, eine Spalte je Touchpoint</translation>
    </message>
    <message>
        <source>Qualtrics export: one row per respondent, three header rows</source>
        <translation>Qualtrics-Export: eine Zeile je Befragtem, drei Kopfzeilen</translation>
    </message>
    <message>
        <source>SurveyMonkey export: one row per respondent, two header rows</source>
        <translation>SurveyMonkey-Export: eine Zeile je Befragtem, zwei Kopfzeilen</translation>
    </message>
    <message>
        <source>Aggregated: n and mean per touchpoint, metric, period and segment</source>
        <translation>Aggregiert: n und Mittelwert je Touchpoint, Kennzahl, Zeitraum und Segment</translation>
    </message>
</context>
<context>
    <name>cxmap::ImportWizard</name>
    <message>
        <source>Import survey answers</source>
        <translation>Umfrageantworten importieren</translation>
    </message>
    <message>
        <source>The map has no lanes to put new touchpoints in; add a lane first.</source>
        <translation>Die Map hat keine Bahnen für neue Touchpoints; fügen Sie zuerst eine Bahn hinzu.</translation>
    </message>
    <message>
        <source>Add a touchpoint for the import</source>
        <translation>Einen Touchpoint für den Import hinzufügen</translation>
    </message>
    <message>
        <source>Add %1 touchpoints for the import</source>
        <translation>%1 Touchpoints für den Import hinzufügen</translation>
    </message>
    <message>
        <source>Widen stage</source>
        <translation>Phase verbreitern</translation>
    </message>
    <message>
        <source>Heighten lane</source>
        <translation>Bahn erhöhen</translation>
    </message>
</context>
<context>
    <name>cxmap::ImportanceMatrixChart</name>
    <message>
        <source>Importance–performance matrix</source>
        <translation>Wichtigkeit-Leistungs-Matrix</translation>
    </message>
    <message>
        <source>The matrix needs importance: journey-level outcome answers (overall satisfaction or NPS) from the same respondents who rated the touchpoints.</source>
        <translation>Die Matrix braucht Wichtigkeit: Antworten zur Zielgröße der Journey (Gesamtzufriedenheit oder NPS) von denselben Befragten, die die Touchpoints bewertet haben.</translation>
    </message>
    <message>
        <source>No touchpoint has both a reliable score and a measured importance in this selection.</source>
        <translation>Kein Touchpoint hat in dieser Auswahl sowohl einen belastbaren Wert als auch eine gemessene Wichtigkeit.</translation>
    </message>
    <message>
        <source>Fix first</source>
        <translation>Zuerst beheben</translation>
    </message>
    <message>
        <source>Keep up the good work</source>
        <translation>Weiter so</translation>
    </message>
    <message>
        <source>Possible overkill</source>
        <translation>Möglicher Overkill</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Niedrige Priorität</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>%1: performance %2, importance %3 (%4)</source>
        <translation>%1: Leistung %2, Wichtigkeit %3 (%4)</translation>
    </message>
    <message>
        <source>%1
performance %2 · importance r %3 with %4</source>
        <translation>%1
Leistung %2 · Wichtigkeit r %3 mit %4</translation>
    </message>
    <message>
        <source>Performance (0–100)</source>
        <translation>Leistung (0–100)</translation>
    </message>
    <message>
        <source>Importance (r with %1)</source>
        <translation>Wichtigkeit (r mit %1)</translation>
    </message>
    <message>
        <source>Importance against performance, split at the medians. %1.</source>
        <translation>Wichtigkeit gegen Leistung, an den Medianen geteilt. %1.</translation>
    </message>
</context>
<context>
    <name>cxmap::Importer</name>
    <message>
        <source>%1: metric &quot;%2&quot; already exists in the document with the scale %3 to %4, not %5 to %6</source>
        <translation>%1: Die Kennzahl „%2“ existiert im Dokument bereits mit der Skala %3 bis %4, nicht %5 bis %6</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: import cancelled; nothing was imported</source>
        <translation>%1: Import abgebrochen; nichts wurde importiert</translation>
    </message>
    <message>
        <source>%1: a sheet (&quot;%2&quot;) was asked for, but this is a CSV file, not an Excel workbook</source>
        <translation>%1: Ein Tabellenblatt („%2“) wurde verlangt, aber dies ist eine CSV-Datei, keine Excel-Arbeitsmappe</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: die Datei ist leer</translation>
    </message>
    <message>
        <source>%1:%2: no column matches a touchpoint on the map; name them in a mapping file (&quot;columns&quot;)</source>
        <translation>%1:%2: Keine Spalte passt zu einem Touchpoint auf der Map; nennen Sie sie in einer Zuordnungsdatei (&quot;columns&quot;)</translation>
    </message>
    <message>
        <source>%1:%2: there are no data rows below the header</source>
        <translation>%1:%2: Unter der Kopfzeile stehen keine Datenzeilen</translation>
    </message>
    <message>
        <source>%1: cannot import into it: it was opened read-only</source>
        <translation>%1: Import nicht möglich: schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>cannot import %1; nothing was imported</source>
        <translation>%1 kann nicht importiert werden; nichts wurde importiert</translation>
    </message>
    <message>
        <source>%1: cannot remove a batch: it was opened read-only</source>
        <translation>%1: kein Stapel kann entfernt werden: schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>%1: there is no batch %2 (cxmap info lists them)</source>
        <translation>%1: Es gibt keinen Stapel %2 (cxmap info listet sie auf)</translation>
    </message>
    <message>
        <source>cannot remove batch %1</source>
        <translation>Stapel %1 kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>cxmap::Importsummary</name>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Imported %1 as batch %2 (%3 format%4) in %5 s: %6 read, %7 stored%8.</source>
        <translation>%1 als Stapel %2 importiert (Format %3%4) in %5 s: %6 gelesen, %7 gespeichert%8.</translation>
    </message>
    <message>
        <source>row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>aggregated row</source>
        <translation>aggregierte Zeile</translation>
    </message>
    <message>
        <source>aggregated rows</source>
        <translation>aggregierte Zeilen</translation>
    </message>
    <message>
        <source>No respondent column: each of the %1 is one respondent.</source>
        <translation>Keine Befragten-Spalte: Jede der %1 ist ein Befragter.</translation>
    </message>
    <message>
        <source>%1 without n: kept as &quot;n unknown&quot;, scored and shown, never reliable.</source>
        <translation>%1 ohne n: als „n unbekannt“ behalten, bewertet und gezeigt, nie belastbar.</translation>
    </message>
    <message>
        <source>Skipped cells: %1.</source>
        <translation>Übersprungene Zellen: %1.</translation>
    </message>
    <message>
        <source>Matched by name (check them):</source>
        <translation>Nach Namen zugeordnet (bitte prüfen):</translation>
    </message>
    <message>
        <source>Text answers read as: %1.</source>
        <translation>Textantworten gelesen als: %1.</translation>
    </message>
    <message>
        <source>New segments: %1.</source>
        <translation>Neue Segmente: %1.</translation>
    </message>
    <message>
        <source>Never imported (personal data): %1.</source>
        <translation>Nie importiert (personenbezogene Daten): %1.</translation>
    </message>
    <message>
        <source>Not imported (no touchpoint matches; map them in a mapping file): %1.</source>
        <translation>Nicht importiert (kein passender Touchpoint; ordnen Sie sie in einer Zuordnungsdatei zu): %1.</translation>
    </message>
    <message>
        <source>%1 found.</source>
        <translation>%1 gefunden.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>cxmap::InlineEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>cxmap::InspectorDock</name>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
</context>
<context>
    <name>cxmap::Inventory</name>
    <message>
        <source>%1:%2: no header row naming the columns %3</source>
        <translation>%1:%2: keine Kopfzeile, die die Spalten %3 benennt</translation>
    </message>
    <message>
        <source>stage, lane and name (and kind, owner, description, target)</source>
        <translation>stage, lane und name (und kind, owner, description, target)</translation>
    </message>
    <message>
        <source>a touchpoint needs a name</source>
        <translation>ein Touchpoint braucht einen Namen</translation>
    </message>
    <message>
        <source>touchpoint &quot;%1&quot; is already on line %2</source>
        <translation>Touchpoint „%1“ steht bereits in Zeile %2</translation>
    </message>
    <message>
        <source>touchpoint &quot;%1&quot; is already on the map</source>
        <translation>Touchpoint „%1“ ist bereits auf der Map</translation>
    </message>
    <message>
        <source>touchpoint &quot;%1&quot; needs a stage</source>
        <translation>Touchpoint „%1“ braucht eine Phase</translation>
    </message>
    <message>
        <source>touchpoint &quot;%1&quot; needs a lane</source>
        <translation>Touchpoint „%1“ braucht eine Bahn</translation>
    </message>
    <message>
        <source>kind must be direct or indirect, not &quot;%1&quot;</source>
        <translation>kind muss direct oder indirect sein, nicht „%1“</translation>
    </message>
    <message>
        <source>target must be a score from 0 to 100, not &quot;%1&quot;</source>
        <translation>target muss ein Wert von 0 bis 100 sein, nicht „%1“</translation>
    </message>
    <message>
        <source>from and to (and share, label)</source>
        <translation>from und to (und share, label)</translation>
    </message>
    <message>
        <source>a transition needs a touchpoint in &quot;%1&quot;</source>
        <translation>ein Übergang braucht einen Touchpoint in „%1“</translation>
    </message>
    <message>
        <source>unknown touchpoint &quot;%1&quot; (it is neither in %2 nor on the map)</source>
        <translation>unbekannter Touchpoint „%1“ (er ist weder in %2 noch auf der Map)</translation>
    </message>
    <message>
        <source>a transition from &quot;%1&quot; to itself</source>
        <translation>ein Übergang von „%1“ zu sich selbst</translation>
    </message>
    <message>
        <source>the transition from &quot;%1&quot; to &quot;%2&quot; is already on line %3</source>
        <translation>der Übergang von „%1“ nach „%2“ steht bereits in Zeile %3</translation>
    </message>
    <message>
        <source>the transition from &quot;%1&quot; to &quot;%2&quot; is already on the map</source>
        <translation>der Übergang von „%1“ nach „%2“ ist bereits auf der Map</translation>
    </message>
    <message>
        <source>share must be a fraction from 0 to 1 (0.6) or a percentage (60%), not &quot;%1&quot;</source>
        <translation>share muss ein Bruch von 0 bis 1 (0.6) oder ein Prozentwert (60%) sein, nicht „%1“</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>cxmap::InventoryDialog</name>
    <message>
        <source>Import a Touchpoint Inventory</source>
        <translation>Touchpoint-Inventar importieren</translation>
    </message>
    <message>
        <source>&lt;p&gt;A new map is built from the touchpoint list your team keeps in a spreadsheet, saved as CSV. Stages and lanes are created in the order they first appear.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Touchpoints&lt;/b&gt;: a header row with &lt;i&gt;stage&lt;/i&gt;, &lt;i&gt;lane&lt;/i&gt; and &lt;i&gt;name&lt;/i&gt;, and optionally &lt;i&gt;kind&lt;/i&gt; (direct or indirect), &lt;i&gt;owner&lt;/i&gt;, &lt;i&gt;description&lt;/i&gt;, &lt;i&gt;target&lt;/i&gt; (0–100).&lt;br&gt;&lt;b&gt;Transitions&lt;/b&gt; (optional): &lt;i&gt;from&lt;/i&gt; and &lt;i&gt;to&lt;/i&gt; (touchpoint names), and optionally &lt;i&gt;share&lt;/i&gt; (0–1 or a percentage) and &lt;i&gt;label&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine neue Map entsteht aus der Touchpoint-Liste, die Ihr Team in einer Tabelle führt, gespeichert als CSV. Phasen und Bahnen werden in der Reihenfolge ihres ersten Auftretens angelegt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Touchpoints&lt;/b&gt;: eine Kopfzeile mit &lt;i&gt;stage&lt;/i&gt;, &lt;i&gt;lane&lt;/i&gt; und &lt;i&gt;name&lt;/i&gt;, wahlweise auch &lt;i&gt;kind&lt;/i&gt; (direct oder indirect), &lt;i&gt;owner&lt;/i&gt;, &lt;i&gt;description&lt;/i&gt;, &lt;i&gt;target&lt;/i&gt; (0–100).&lt;br&gt;&lt;b&gt;Übergänge&lt;/b&gt; (optional): &lt;i&gt;from&lt;/i&gt; und &lt;i&gt;to&lt;/i&gt; (Namen von Touchpoints), wahlweise auch &lt;i&gt;share&lt;/i&gt; (0–1 oder ein Prozentwert) und &lt;i&gt;label&lt;/i&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Nach %1 suchen</translation>
    </message>
    <message>
        <source>Touchpoints file</source>
        <translation>Touchpoint-Datei</translation>
    </message>
    <message>
        <source>Transitions file</source>
        <translation>Übergangsdatei</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>&amp;Touchpoints:</source>
        <translation>&amp;Touchpoints:</translation>
    </message>
    <message>
        <source>the touchpoints file</source>
        <translation>die Touchpoint-Datei</translation>
    </message>
    <message>
        <source>T&amp;ransitions:</source>
        <translation>Ü&amp;bergänge:</translation>
    </message>
    <message>
        <source>the transitions file</source>
        <translation>die Übergangsdatei</translation>
    </message>
    <message>
        <source>Build the Map</source>
        <translation>Map aufbauen</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>%1 wählen</translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Als CSV gespeicherte Tabellen (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>cxmap::Journey</name>
    <message>
        <source>stage %1 has an ID outside the allocated range</source>
        <translation>Phase %1 hat eine ID außerhalb des vergebenen Bereichs</translation>
    </message>
    <message>
        <source>lane %1 has an ID outside the allocated range</source>
        <translation>Bahn %1 hat eine ID außerhalb des vergebenen Bereichs</translation>
    </message>
    <message>
        <source>touchpoint %1 has an ID outside the allocated range</source>
        <translation>Touchpoint %1 hat eine ID außerhalb des vergebenen Bereichs</translation>
    </message>
    <message>
        <source>touchpoint &quot;%1&quot; is in stage %2, which does not exist</source>
        <translation>Touchpoint „%1“ liegt in Phase %2, die nicht existiert</translation>
    </message>
    <message>
        <source>touchpoint &quot;%1&quot; is in lane %2, which does not exist</source>
        <translation>Touchpoint „%1“ liegt in Bahn %2, die nicht existiert</translation>
    </message>
    <message>
        <source>transition %1 has an ID outside the allocated range</source>
        <translation>Übergang %1 hat eine ID außerhalb des vergebenen Bereichs</translation>
    </message>
    <message>
        <source>transition %1 connects a touchpoint that does not exist</source>
        <translation>Übergang %1 verbindet einen Touchpoint, der nicht existiert</translation>
    </message>
    <message>
        <source>transition %1 has a share outside 0–1</source>
        <translation>Übergang %1 hat einen Anteil außerhalb von 0–1</translation>
    </message>
</context>
<context>
    <name>cxmap::JourneyFormat</name>
    <message>
        <source>%1: %2 files cannot be read</source>
        <translation>%1: %2-Dateien können nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: %2 files cannot be written</source>
        <translation>%1: %2-Dateien können nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2 MB is too large for a journey map</source>
        <translation>%1: %2 MB ist zu groß für eine Journey-Map</translation>
    </message>
    <message>
        <source>%1: cannot write it: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 files cannot be written</source>
        <translation>%1-Dateien können nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>cxmap::JourneyInspector</name>
    <message>
        <source>Journey</source>
        <translation>Journey</translation>
    </message>
    <message>
        <source>Whose journey, from where to where</source>
        <translation>Wessen Journey, von wo nach wo</translation>
    </message>
    <message>
        <source>Select a touchpoint, transition, stage or lane to edit it here.</source>
        <translation>Wählen Sie einen Touchpoint, Übergang, eine Phase oder Bahn, um sie hier zu bearbeiten.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Journey name</source>
        <translation>Name der Journey</translation>
    </message>
    <message>
        <source>Journey description</source>
        <translation>Beschreibung der Journey</translation>
    </message>
    <message>
        <source>%1 stages · %2 lanes · %3 touchpoints · %4 transitions</source>
        <translation>%1 Phasen · %2 Bahnen · %3 Touchpoints · %4 Übergänge</translation>
    </message>
</context>
<context>
    <name>cxmap::JourneyView</name>
    <message>
        <source>Journey map</source>
        <translation>Journey-Map</translation>
    </message>
    <message>
        <source>Stages are columns and channel lanes are rows. Arrow keys move between touchpoints, F2 renames, Delete deletes, Ctrl+arrows move a touchpoint to the next cell.</source>
        <translation>Phasen sind Spalten, Kanalbahnen sind Zeilen. Pfeiltasten wechseln zwischen Touchpoints, F2 benennt um, Entf löscht, Strg+Pfeiltasten verschieben einen Touchpoint in die nächste Zelle.</translation>
    </message>
    <message>
        <source>This journey has no stages yet.
Add one with Map ▸ Add Stage (Ctrl+Alt+S).</source>
        <translation>Diese Journey hat noch keine Phasen.
Fügen Sie eine mit Map ▸ Phase hinzufügen (Strg+Alt+S) hinzu.</translation>
    </message>
    <message>
        <source>This journey has no lanes yet.
Add one with Map ▸ Add Lane (Ctrl+Alt+L).</source>
        <translation>Diese Journey hat noch keine Bahnen.
Fügen Sie eine mit Map ▸ Bahn hinzufügen (Strg+Alt+L) hinzu.</translation>
    </message>
</context>
<context>
    <name>cxmap::LockFile</name>
    <message>
        <source>this or another computer</source>
        <translation>dieser oder ein anderer Computer</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source> (process %1)</source>
        <translation> (Prozess %1)</translation>
    </message>
    <message>
        <source>%1: cannot lock it for writing: cannot create %2 (%3)</source>
        <translation>%1: kann nicht zum Schreiben gesperrt werden: %2 kann nicht angelegt werden (%3)</translation>
    </message>
    <message>
        <source>%1: cannot lock it for writing: %2</source>
        <translation>%1: kann nicht zum Schreiben gesperrt werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the lock file %2</source>
        <translation>%1: die Sperrdatei %2 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>cxmap::MainWindow</name>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Map</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>Da&amp;ten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Data tool bar: import, filters and spotlights</source>
        <translation>Daten-Werkzeugleiste: Import, Filter und Spotlights</translation>
    </message>
    <message>
        <source>The map is read-only</source>
        <translation>Die Map ist schreibgeschützt</translation>
    </message>
    <message>
        <source>Map size</source>
        <translation>Map-Größe</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1 stages · %2 lanes · %3 touchpoints · %4 transitions</source>
        <translation>%1 Phasen · %2 Bahnen · %3 Touchpoints · %4 Übergänge</translation>
    </message>
</context>
<context>
    <name>cxmap::MapFooter</name>
    <message>
        <source>Map key</source>
        <translation>Legende</translation>
    </message>
</context>
<context>
    <name>cxmap::MapInterchange</name>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1: not a map format cxmap reads (%2)</source>
        <translation>%1: kein Map-Format, das cxmap liest (%2)</translation>
    </message>
    <message>
        <source>Imported %1 (%2) into %3</source>
        <translation>%1 (%2) in %3 importiert</translation>
    </message>
    <message>
        <source>Map imported</source>
        <translation>Map importiert</translation>
    </message>
    <message>
        <source>%1 was imported. It held what the map cannot keep:</source>
        <translation>%1 wurde importiert. Die Datei enthielt, was die Map nicht aufnehmen kann:</translation>
    </message>
    <message>
        <source>%1: choose a map format to export to (%2)</source>
        <translation>%1: Wählen Sie ein Map-Format für den Export (%2)</translation>
    </message>
    <message>
        <source>cannot read it</source>
        <translation>kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Exported the map to %1 (%2)</source>
        <translation>Map nach %1 exportiert (%2)</translation>
    </message>
    <message>
        <source>Map exported</source>
        <translation>Map exportiert</translation>
    </message>
    <message>
        <source>The map was exported to %1. %2 cannot keep:</source>
        <translation>Die Map wurde nach %1 exportiert. %2 kann nicht aufnehmen:</translation>
    </message>
</context>
<context>
    <name>cxmap::MapKeyPainter</name>
    <message>
        <source>performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>unreliable (n &lt; 30 or ± &gt; 10)</source>
        <translation>unsicher (n &lt; 30 oder ± &gt; 10)</translation>
    </message>
    <message>
        <source>no answers yet: cards show no score</source>
        <translation>noch keine Antworten: Karten zeigen keinen Wert</translation>
    </message>
    <message>
        <source>weakest link, by rank</source>
        <translation>schwächstes Glied, nach Rang</translation>
    </message>
    <message>
        <source>moment of truth, from the data</source>
        <translation>Moment der Wahrheit, aus den Daten</translation>
    </message>
    <message>
        <source>flagged by hand</source>
        <translation>von Hand markiert</translation>
    </message>
    <message>
        <source>unavoidable: every customer passes it</source>
        <translation>unvermeidbar: jeder Kunde kommt vorbei</translation>
    </message>
    <message>
        <source>weakest path, step by step</source>
        <translation>schwächster Pfad, Schritt für Schritt</translation>
    </message>
</context>
<context>
    <name>cxmap::MappingPage</name>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <source>Rating of a touchpoint</source>
        <translation>Bewertung eines Touchpoints</translation>
    </message>
    <message>
        <source>Respondent ID</source>
        <translation>Befragten-ID</translation>
    </message>
    <message>
        <source>Date answered</source>
        <translation>Antwortdatum</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Journey outcome</source>
        <translation>Zielgröße der Journey</translation>
    </message>
    <message>
        <source>Survey metadata (skipped)</source>
        <translation>Umfrage-Metadaten (übersprungen)</translation>
    </message>
    <message>
        <source>Map the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <source>Columns named like a touchpoint on the map were matched automatically. Confirm or change what each column rates; unmatched columns are not imported, and personal data never is.</source>
        <translation>Spalten, die wie ein Touchpoint auf der Map heißen, wurden automatisch zugeordnet. Bestätigen oder ändern Sie, was jede Spalte bewertet; nicht zugeordnete Spalten werden nicht importiert, personenbezogene Daten nie.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Sample answers</source>
        <translation>Beispielantworten</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Values that mean “not rated”:</source>
        <translation>&amp;Werte für „nicht bewertet“:</translation>
    </message>
    <message>
        <source>Values that mean not rated</source>
        <translation>Werte für nicht bewertet</translation>
    </message>
    <message>
        <source>for example 0, N/A (comma-separated; empty cells always count)</source>
        <translation>zum Beispiel 0, N/A (durch Kommas getrennt; leere Zellen zählen immer)</translation>
    </message>
    <message>
        <source>&amp;Load mapping file…</source>
        <translation>Zuordnungsdatei &amp;laden …</translation>
    </message>
    <message>
        <source>A JSON mapping as `cxmap import --mapping` reads it: columns, outcome, text answers</source>
        <translation>Eine JSON-Zuordnung, wie `cxmap import --mapping` sie liest: Spalten, Zielgröße, Textantworten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;These columns look like ratings but match no touchpoint&lt;/b&gt;; map them below, or they are not imported: %1.</source>
        <translation>&lt;b&gt;Diese Spalten sehen wie Bewertungen aus, passen aber zu keinem Touchpoint&lt;/b&gt;; ordnen Sie sie unten zu, sonst werden sie nicht importiert: %1.</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(ausgeblendet)</translation>
    </message>
    <message>
        <source>%1 is imported as</source>
        <translation>%1 wird importiert als</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <source>Touchpoint %1 rates</source>
        <translation>Touchpoint, den %1 bewertet</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(wählen)</translation>
    </message>
    <message>
        <source>Metric of %1</source>
        <translation>Kennzahl von %1</translation>
    </message>
    <message>
        <source>Kind of %1</source>
        <translation>Art von %1</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Erlebnis</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>Erwartung</translation>
    </message>
    <message>
        <source>personal data</source>
        <translation>personenbezogene Daten</translation>
    </message>
    <message>
        <source>Names, e-mail and IP addresses, phone numbers and locations are never imported.</source>
        <translation>Namen, E-Mail- und IP-Adressen, Telefonnummern und Standorte werden nie importiert.</translation>
    </message>
    <message>
        <source>choose a touchpoint</source>
        <translation>Touchpoint wählen</translation>
    </message>
    <message>
        <source>Which touchpoint on the map does this column rate?</source>
        <translation>Welchen Touchpoint auf der Map bewertet diese Spalte?</translation>
    </message>
    <message>
        <source>matched</source>
        <translation>zugeordnet</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>von Ihnen gesetzt</translation>
    </message>
    <message>
        <source>The column&apos;s name matches a touchpoint on the map.</source>
        <translation>Der Name der Spalte passt zu einem Touchpoint auf der Map.</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>keine Entsprechung</translation>
    </message>
    <message>
        <source>not imported</source>
        <translation>nicht importiert</translation>
    </message>
    <message>
        <source>No touchpoint on the map has this name: the column is not imported unless you map it.</source>
        <translation>Kein Touchpoint auf der Map hat diesen Namen: Die Spalte wird nur importiert, wenn Sie sie zuordnen.</translation>
    </message>
    <message>
        <source>You chose to leave this column out.</source>
        <translation>Sie haben diese Spalte ausgelassen.</translation>
    </message>
    <message>
        <source>looks like ratings</source>
        <translation>sieht wie Bewertungen aus</translation>
    </message>
    <message>
        <source>Its answers are %1, but no touchpoint on the map has this name: map it, or it is not imported.</source>
        <translation>Ihre Antworten sind %1, aber kein Touchpoint auf der Map hat diesen Namen: Ordnen Sie sie zu, sonst wird sie nicht importiert.</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Survey-tool bookkeeping, read past.</source>
        <translation>Verwaltungsdaten des Umfragewerkzeugs, überlesen.</translation>
    </message>
    <message>
        <source>recognised</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;, %3, %4 not imported, %5 personal data (never imported).</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt;, %3, %4 nicht importiert, %5 personenbezogene Daten (nie importiert).</translation>
    </message>
    <message>
        <source>1 column</source>
        <translation>1 Spalte</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 Spalten</translation>
    </message>
    <message>
        <source>1 rates a touchpoint</source>
        <translation>1 bewertet einen Touchpoint</translation>
    </message>
    <message>
        <source>%1 rate touchpoints</source>
        <translation>%1 bewerten Touchpoints</translation>
    </message>
    <message>
        <source>1 journey outcome</source>
        <translation>1 Zielgröße der Journey</translation>
    </message>
    <message>
        <source>%1 journey outcomes</source>
        <translation>%1 Zielgrößen der Journey</translation>
    </message>
    <message>
        <source>Load a mapping file</source>
        <translation>Eine Zuordnungsdatei laden</translation>
    </message>
    <message>
        <source>Mapping files (*.json);;All files (*)</source>
        <translation>Zuordnungsdateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>cxmap::MeasurementWriter</name>
    <message>
        <source>unknown metric &quot;%1&quot;</source>
        <translation>unbekannte Kennzahl „%1“</translation>
    </message>
    <message>
        <source>value %1 is outside the %2 scale (%3 to %4)</source>
        <translation>Wert %1 liegt außerhalb der Skala von %2 (%3 bis %4)</translation>
    </message>
</context>
<context>
    <name>cxmap::MermaidFormat</name>
    <message>
        <source>a score for %1 without answers or target (written as 3)</source>
        <translation>ein Wert für %1 ohne Antworten oder Zielwert (als 3 geschrieben)</translation>
    </message>
    <message>
        <source>a section without a name</source>
        <translation>ein Abschnitt ohne Namen</translation>
    </message>
    <message>
        <source>task &quot;%1&quot;: the score &quot;%2&quot; is not a number from 1 to 5</source>
        <translation>Aufgabe „%1“: Der Wert „%2“ ist keine Zahl von 1 bis 5</translation>
    </message>
    <message>
        <source>%1:1: not a Mermaid journey (it has no &quot;journey&quot; line)</source>
        <translation>%1:1: keine Mermaid-Journey (es fehlt die Zeile &quot;journey&quot;)</translation>
    </message>
    <message>
        <source>the further actors of %1 (the first is its lane; all are in its notes)</source>
        <translation>die weiteren Akteure von %1 (der erste ist seine Bahn; alle stehen in seinen Notizen)</translation>
    </message>
    <message>
        <source>the lane of %1 without an actor (put in “Unassigned”)</source>
        <translation>die Bahn von %1 ohne Akteur (in „Unassigned“ gelegt)</translation>
    </message>
</context>
<context>
    <name>cxmap::NameScan</name>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>cxmap::NamesPage</name>
    <message>
        <source>Match the names</source>
        <translation>Namen abgleichen</translation>
    </message>
    <message>
        <source>Touchpoints and metrics the file names that the map does not have: map each to one it has (the closest name first), create it, or skip its rows.</source>
        <translation>Touchpoints und Kennzahlen, die die Datei nennt, die Map aber nicht hat: Ordnen Sie jede einer vorhandenen zu (der ähnlichste Name zuerst), legen Sie sie an oder überspringen Sie ihre Zeilen.</translation>
    </message>
    <message>
        <source>Names in the file</source>
        <translation>Namen in der Datei</translation>
    </message>
    <message>
        <source>Names not on the map</source>
        <translation>Namen, die nicht auf der Map sind</translation>
    </message>
    <message>
        <source>Name in the file</source>
        <translation>Name in der Datei</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Reading the names in %1…</source>
        <translation>Die Namen in %1 werden gelesen …</translation>
    </message>
    <message>
        <source>%1, first on line %2</source>
        <translation>%1, zuerst in Zeile %2</translation>
    </message>
    <message>
        <source>A metric</source>
        <translation>Eine Kennzahl</translation>
    </message>
    <message>
        <source>A touchpoint</source>
        <translation>Ein Touchpoint</translation>
    </message>
    <message>
        <source>What to do with %1</source>
        <translation>Was mit %1 geschehen soll</translation>
    </message>
    <message>
        <source>Map to the metric</source>
        <translation>Der Kennzahl zuordnen</translation>
    </message>
    <message>
        <source>Map to the touchpoint</source>
        <translation>Dem Touchpoint zuordnen</translation>
    </message>
    <message>
        <source>Create the metric, scale</source>
        <translation>Kennzahl anlegen, Skala</translation>
    </message>
    <message>
        <source>Create it in the stage</source>
        <translation>In der Phase anlegen</translation>
    </message>
    <message>
        <source>Skip its rows</source>
        <translation>Zeilen überspringen</translation>
    </message>
    <message>
        <source>Target of %1</source>
        <translation>Ziel von %1</translation>
    </message>
    <message>
        <source>%1 names %2 and %3 in %4 rows.</source>
        <translation>%1 nennt %2 und %3 in %4 Zeilen.</translation>
    </message>
    <message>
        <source>1 touchpoint</source>
        <translation>1 Touchpoint</translation>
    </message>
    <message>
        <source>%1 touchpoints</source>
        <translation>%1 Touchpoints</translation>
    </message>
    <message>
        <source>1 metric</source>
        <translation>1 Kennzahl</translation>
    </message>
    <message>
        <source>%1 metrics</source>
        <translation>%1 Kennzahlen</translation>
    </message>
    <message>
        <source>Every one of them is on the map.</source>
        <translation>Alle sind auf der Map.</translation>
    </message>
    <message>
        <source>&lt;b&gt;1 is not on the map&lt;/b&gt;: say what to do with it.</source>
        <translation>&lt;b&gt;1 ist nicht auf der Map&lt;/b&gt;: Legen Sie fest, was damit geschehen soll.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 are not on the map&lt;/b&gt;: say what to do with each.</source>
        <translation>&lt;b&gt;%1 sind nicht auf der Map&lt;/b&gt;: Legen Sie für jeden fest, was geschehen soll.</translation>
    </message>
    <message>
        <source>The first %1 are listed; the rows of the others are skipped.</source>
        <translation>Die ersten %1 sind aufgeführt; die Zeilen der übrigen werden übersprungen.</translation>
    </message>
</context>
<context>
    <name>cxmap::NoteOverlay</name>
    <message>
        <source>Note on %1</source>
        <translation>Notiz zu %1</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>What the room says… (Enter keeps it, Esc drops it)</source>
        <translation>Was der Raum sagt … (Eingabe behält es, Esc verwirft es)</translation>
    </message>
    <message>
        <source>Note text</source>
        <translation>Notiztext</translation>
    </message>
</context>
<context>
    <name>cxmap::OpenCheck</name>
    <message>
        <source>its integrity check failed</source>
        <translation>ihre Integritätsprüfung ist fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>cxmap::OutputFile</name>
    <message>
        <source>%1: is a folder, not a file to write</source>
        <translation>%1: ist ein Ordner, keine Datei zum Schreiben</translation>
    </message>
    <message>
        <source>%1: cannot write it (the folder %2 does not exist)</source>
        <translation>%1: kann nicht geschrieben werden (der Ordner %2 existiert nicht)</translation>
    </message>
    <message>
        <source>%1: cannot write it (%2)</source>
        <translation>%1: kann nicht geschrieben werden (%2)</translation>
    </message>
</context>
<context>
    <name>cxmap::PaneNavigation</name>
    <message>
        <source>Next &amp;Pane</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next panel</source>
        <translation>Den Tastaturfokus in den nächsten Bereich setzen</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the previous panel</source>
        <translation>Den Tastaturfokus in den vorherigen Bereich setzen</translation>
    </message>
</context>
<context>
    <name>cxmap::PresentActions</name>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Präsentieren</translation>
    </message>
    <message>
        <source>Walk a workshop through the map, full screen, step by step (Esc returns)</source>
        <translation>Einen Workshop Schritt für Schritt im Vollbild durch die Map führen (Esc kehrt zurück)</translation>
    </message>
    <message>
        <source>Present the map full screen (F5)</source>
        <translation>Die Map im Vollbild präsentieren (F5)</translation>
    </message>
    <message>
        <source>Present &amp;On</source>
        <translation>Präsentieren &amp;auf</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
</context>
<context>
    <name>cxmap::PresentationSlides</name>
    <message>
        <source>→  to begin</source>
        <translation>→  zum Beginnen</translation>
    </message>
    <message>
        <source>The matrix needs importance for at least four reliable touchpoints: journey-level outcome answers from the same respondents.</source>
        <translation>Die Matrix braucht die Wichtigkeit für mindestens vier belastbare Touchpoints: Antworten zur Zielgröße der Journey von denselben Befragten.</translation>
    </message>
    <message>
        <source>Fix first</source>
        <translation>Zuerst beheben</translation>
    </message>
    <message>
        <source>Keep it up</source>
        <translation>Weiter so</translation>
    </message>
    <message>
        <source>Performance →</source>
        <translation>Leistung →</translation>
    </message>
    <message>
        <source>Importance (r with %1) →</source>
        <translation>Wichtigkeit (r mit %1) →</translation>
    </message>
    <message>
        <source>Nothing important performs below the middle.</source>
        <translation>Nichts Wichtiges liegt in der Leistung unter der Mitte.</translation>
    </message>
    <message>
        <source>No votes or notes yet. Tab to a card, V to vote, N to note what the room says.</source>
        <translation>Noch keine Stimmen oder Notizen. Tab zu einer Karte, V für eine Stimme, N für eine Notiz dessen, was der Raum sagt.</translation>
    </message>
    <message>
        <source>%1 votes · %2 notes</source>
        <translation>%1 Stimmen · %2 Notizen</translation>
    </message>
    <message>
        <source>%1 votes</source>
        <translation>%1 Stimmen</translation>
    </message>
</context>
<context>
    <name>cxmap::PresentationWindow</name>
    <message>
        <source>%1 — presentation</source>
        <translation>%1 — Präsentation</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Präsentation</translation>
    </message>
    <message>
        <source>Workshop of %1</source>
        <translation>Workshop vom %1</translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation>1 Stimme</translation>
    </message>
    <message>
        <source>%1 votes</source>
        <translation>%1 Stimmen</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 Notiz</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 Notizen</translation>
    </message>
</context>
<context>
    <name>cxmap::PresenterView</name>
    <message>
        <source>Presenter view</source>
        <translation>Referentenansicht</translation>
    </message>
    <message>
        <source>%1 / %2 · %3</source>
        <translation>%1 / %2 · %3</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Nächstes: %1</translation>
    </message>
    <message>
        <source>Next: the end — Esc returns to the editor</source>
        <translation>Nächstes: das Ende — Esc kehrt zum Editor zurück</translation>
    </message>
</context>
<context>
    <name>cxmap::PreviewPage</name>
    <message>
        <source>Check the format</source>
        <translation>Format prüfen</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Tabellenblatt</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>Tabellen&amp;blatt:</translation>
    </message>
    <message>
        <source>Detected &lt;b&gt;%1&lt;/b&gt; in %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; in %2 erkannt.</translation>
    </message>
    <message>
        <source>Detected &lt;b&gt;%1&lt;/b&gt;, %2-separated, %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; erkannt, getrennt durch %2, %3.</translation>
    </message>
    <message>
        <source>%1 The header ends on line %2%3.</source>
        <translation>%1 Die Kopfzeilen enden in Zeile %2%3.</translation>
    </message>
    <message>
        <source>; the answers start on line %1</source>
        <translation>; die Antworten beginnen in Zeile %1</translation>
    </message>
</context>
<context>
    <name>cxmap::ReportCharts</name>
    <message>
        <source>No answers: no experience curve.</source>
        <translation>Keine Antworten: keine Erlebniskurve.</translation>
    </message>
    <message>
        <source>importance: correlation with %1 →</source>
        <translation>Wichtigkeit: Korrelation mit %1 →</translation>
    </message>
    <message>
        <source>Possible overkill</source>
        <translation>Möglicher Overkill</translation>
    </message>
    <message>
        <source>Keep up the good work</source>
        <translation>Weiter so</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>Niedrige Priorität</translation>
    </message>
    <message>
        <source>Fix first</source>
        <translation>Zuerst beheben</translation>
    </message>
    <message>
        <source>Fewer than two months with answers.</source>
        <translation>Weniger als zwei Monate mit Antworten.</translation>
    </message>
    <message>
        <source>%1, scale %2–%3: %4 answers</source>
        <translation>%1, Skala %2–%3: %4 Antworten</translation>
    </message>
    <message>
        <source>Too few reliable touchpoints with a measured importance to draw the matrix: it needs four, with an outcome metric answered by the same respondents (%1 here).</source>
        <translation>Zu wenige belastbare Touchpoints mit gemessener Wichtigkeit für die Matrix: Sie braucht vier, mit einer Ergebnis-Kennzahl, die dieselben Befragten beantwortet haben (hier %1).</translation>
    </message>
</context>
<context>
    <name>cxmap::ReportData</name>
    <message>
        <source>cannot read it for the report</source>
        <translation>kann für den Bericht nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot analyse it</source>
        <translation>kann nicht analysiert werden</translation>
    </message>
</context>
<context>
    <name>cxmap::ReportSections</name>
    <message>
        <source>NPS: % promoters (9–10) − % detractors (0–6)</source>
        <translation>NPS: % Promotoren (9–10) − % Kritiker (0–6)</translation>
    </message>
    <message>
        <source>share of answers %1 or higher (top box)</source>
        <translation>Anteil der Antworten %1 oder höher (Top-Box)</translation>
    </message>
    <message>
        <source>top-box share</source>
        <translation>Top-Box-Anteil</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Normalised value</source>
        <translation>Normierter Wert</translation>
    </message>
    <message>
        <source>100 × (v − min) / (max − min), inverted (100 − …) where lower is better.</source>
        <translation>100 × (v − min) / (max − min), umgekehrt (100 − …), wo niedriger besser ist.</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>The mean normalised experience answer over the selected metrics, segment and period, with n and a 95% t interval: mean ± t(0.975, n − 1) · sd / √n.</source>
        <translation>Die mittlere normierte Erlebnisantwort über die gewählten Kennzahlen, das Segment und den Zeitraum, mit n und einem 95-%-t-Intervall: Mittelwert ± t(0,975, n − 1) · sd / √n.</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>% promoters (9–10) − % detractors (0–6), with an adjusted-Wald 95% interval.</source>
        <translation>% Promotoren (9–10) − % Kritiker (0–6), mit einem 95-%-Intervall nach angepasstem Wald.</translation>
    </message>
    <message>
        <source>Top box</source>
        <translation>Top-Box</translation>
    </message>
    <message>
        <source>The share of answers at or above the scale&apos;s top box (CSAT 4–5), with a Wilson 95% interval.</source>
        <translation>Der Anteil der Antworten in oder über der Top-Box der Skala (CSAT 4–5), mit einem 95-%-Wilson-Intervall.</translation>
    </message>
    <message>
        <source>Expectation</source>
        <translation>Erwartung</translation>
    </message>
    <message>
        <source>The mean normalised expectation answer; the touchpoint&apos;s target when there are none.</source>
        <translation>Die mittlere normierte Erwartungsantwort; ohne solche das Ziel des Touchpoints.</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>performance − expectation.</source>
        <translation>Leistung − Erwartung.</translation>
    </message>
    <message>
        <source>CX ratio</source>
        <translation>CX-Quote</translation>
    </message>
    <message>
        <source>performance / expectation.</source>
        <translation>Leistung / Erwartung.</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Reichweite</translation>
    </message>
    <message>
        <source>The chance a customer passes the touchpoint at least once: customers start equally at the entries and follow the transitions by their shares (equal where missing, normalised where they do not sum to 1); loops are solved exactly as an absorbing Markov chain.</source>
        <translation>Die Wahrscheinlichkeit, dass ein Kunde mindestens einmal am Touchpoint vorbeikommt: Kunden beginnen gleich verteilt an den Einstiegen und folgen den Übergängen nach ihren Anteilen (gleich, wo sie fehlen, normiert, wo sie nicht 1 ergeben); Schleifen werden exakt als absorbierende Markow-Kette gelöst.</translation>
    </message>
    <message>
        <source>Observed reach</source>
        <translation>Beobachtete Reichweite</translation>
    </message>
    <message>
        <source>Respondents who rated the touchpoint / all respondents in scope.</source>
        <translation>Befragte, die den Touchpoint bewertet haben / alle Befragten im Umfang.</translation>
    </message>
    <message>
        <source>Unavoidable</source>
        <translation>Unvermeidbar</translation>
    </message>
    <message>
        <source>Every entry-to-exit path passes the touchpoint (dominators over the graph with a virtual source and sink).</source>
        <translation>Jeder Pfad vom Einstieg zum Ausstieg führt am Touchpoint vorbei (Dominatoren im Graphen mit virtueller Quelle und Senke).</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>reach × max(0, expectation − performance), or reach × (100 − performance) without an expectation; reliable scores only. Unavoidable weak touchpoints are ranked first.</source>
        <translation>Reichweite × max(0, Erwartung − Leistung), oder Reichweite × (100 − Leistung) ohne Erwartung; nur belastbare Werte. Unvermeidbare schwache Touchpoints stehen zuerst.</translation>
    </message>
    <message>
        <source>Weakest and best path</source>
        <translation>Schwächster und bester Pfad</translation>
    </message>
    <message>
        <source>The entry-to-exit path whose lowest reliable score is lowest (highest).</source>
        <translation>Der Pfad vom Einstieg zum Ausstieg, dessen niedrigster belastbarer Wert am niedrigsten (höchsten) ist.</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Wichtigkeit</translation>
    </message>
    <message>
        <source>Pearson&apos;s r (Spearman&apos;s rho on request) across respondents between the touchpoint&apos;s score and the outcome, with a 95% Fisher-z interval; at least 30 paired answers.</source>
        <translation>Pearsons r (auf Wunsch Spearmans Rho) über die Befragten zwischen dem Wert des Touchpoints und der Zielgröße, mit einem 95-%-Fisher-z-Intervall; mindestens 30 gepaarte Antworten.</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Moment der Wahrheit</translation>
    </message>
    <message>
        <source>Importance significantly above zero and in the top quartile of all touchpoints, or flagged by hand.</source>
        <translation>Wichtigkeit signifikant über null und im obersten Quartil aller Touchpoints, oder von Hand markiert.</translation>
    </message>
    <message>
        <source>Quadrants</source>
        <translation>Quadranten</translation>
    </message>
    <message>
        <source>Importance × performance split at the medians; fix first = above the median importance, below the median performance.</source>
        <translation>Wichtigkeit × Leistung, an den Medianen geteilt; zuerst beheben = Wichtigkeit über dem Median, Leistung unter dem Median.</translation>
    </message>
    <message>
        <source>Segment difference</source>
        <translation>Segmentunterschied</translation>
    </message>
    <message>
        <source>Real when Welch&apos;s t-test rejects equal means at 95%.</source>
        <translation>Echt, wenn der Welch-t-Test gleiche Mittelwerte auf dem 95-%-Niveau verwirft.</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>The least-squares slope of the monthly means (months with enough answers); declining when its whole 95% interval lies below zero.</source>
        <translation>Die Kleinste-Quadrate-Steigung der Monatsmittel (Monate mit genug Antworten); rückläufig, wenn ihr ganzes 95-%-Intervall unter null liegt.</translation>
    </message>
    <message>
        <source>Experience curve</source>
        <translation>Erlebniskurve</translation>
    </message>
    <message>
        <source>Per stage, the pooled mean of every answer at its touchpoints, with its 95% t interval.</source>
        <translation>Je Phase der gepoolte Mittelwert aller Antworten an ihren Touchpoints, mit 95-%-t-Intervall.</translation>
    </message>
    <message>
        <source>Analysed on %1 with cxmap %2, from %3. %4</source>
        <translation>Analysiert am %1 mit cxmap %2, aus %3. %4</translation>
    </message>
    <message>
        <source>Metrics and scales</source>
        <translation>Kennzahlen und Skalen</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Besser</translation>
    </message>
    <message>
        <source>Reported as</source>
        <translation>Berichtet als</translation>
    </message>
    <message>
        <source>In this report</source>
        <translation>In diesem Bericht</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>höher</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>niedriger</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Zielgröße</translation>
    </message>
    <message>
        <source>performance</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>nicht verwendet</translation>
    </message>
    <message>
        <source>Reliability rules</source>
        <translation>Regeln für Belastbarkeit</translation>
    </message>
    <message>
        <source>A score is reliable when n ≥ %1 and its 95% interval is ±%2 points or narrower. Unreliable scores are shown, hatched on the map and marked in the tables, and left out of every ranking. Importance needs at least 30 paired answers. Evidence is solid for a reliable score from respondent-level answers whose newest answer is within six months of the latest data, thin otherwise.</source>
        <translation>Ein Wert ist belastbar, wenn n ≥ %1 und sein 95-%-Intervall ±%2 Punkte oder schmaler ist. Unsichere Werte werden gezeigt, auf der Map schraffiert und in den Tabellen markiert und aus jeder Rangfolge herausgelassen. Wichtigkeit braucht mindestens 30 gepaarte Antworten. Die Evidenz ist solide für einen belastbaren Wert aus Antworten einzelner Befragter, deren neueste Antwort höchstens sechs Monate vor den jüngsten Daten liegt, sonst dünn.</translation>
    </message>
    <message>
        <source>How each number is computed</source>
        <translation>Wie jede Zahl berechnet wird</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Formula</source>
        <translation>Formel</translation>
    </message>
    <message>
        <source>The spotlit weakest links, number by number</source>
        <translation>Die hervorgehobenen schwächsten Glieder, Zahl für Zahl</translation>
    </message>
    <message>
        <source>Import batches</source>
        <translation>Importstapel</translation>
    </message>
    <message>
        <source>No answers have been imported.</source>
        <translation>Es wurden keine Antworten importiert.</translation>
    </message>
    <message>
        <source>Batch %1: %2, imported %3, format %4; %5 rows read, %6 stored</source>
        <translation>Stapel %1: %2, importiert am %3, Format %4; %5 Zeilen gelesen, %6 gespeichert</translation>
    </message>
    <message>
        <source> (skipped: %1)</source>
        <translation> (übersprungen: %1)</translation>
    </message>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>SHA-256: none (not read from a file)</source>
        <translation>SHA-256: keiner (nicht aus einer Datei gelesen)</translation>
    </message>
    <message>
        <source>The experience curve</source>
        <translation>Die Erlebniskurve</translation>
    </message>
    <message>
        <source>Mean performance (0–100) of every answer given at each stage&apos;s touchpoints, with its 95% band.</source>
        <translation>Mittlere Leistung (0–100) aller Antworten an den Touchpoints jeder Phase, mit 95-%-Band.</translation>
    </message>
    <message>
        <source>Importance and performance</source>
        <translation>Wichtigkeit und Leistung</translation>
    </message>
    <message>
        <source>Each reliable touchpoint with a measured importance, split at the medians: important touchpoints that perform below the median are to be fixed first.</source>
        <translation>Jeder belastbare Touchpoint mit gemessener Wichtigkeit, an den Medianen geteilt: Wichtige Touchpoints mit Leistung unter dem Median sind zuerst zu beheben.</translation>
    </message>
    <message>
        <source>Trends of the top findings</source>
        <translation>Trends der wichtigsten Befunde</translation>
    </message>
    <message>
        <source>No findings with monthly answers to chart.</source>
        <translation>Keine Befunde mit monatlichen Antworten für ein Diagramm.</translation>
    </message>
    <message>
        <source>Monthly performance with 95% whiskers; the dashed line is the least-squares trend.</source>
        <translation>Monatliche Leistung mit 95-%-Fehlerbalken; die gestrichelte Linie ist der Kleinste-Quadrate-Trend.</translation>
    </message>
    <message>
        <source>Answer distribution of each weakest link</source>
        <translation>Antwortverteilung jedes schwächsten Glieds</translation>
    </message>
    <message>
        <source>No weakest links.</source>
        <translation>Keine schwächsten Glieder.</translation>
    </message>
    <message>
        <source>Answers per value on each metric&apos;s own scale, coloured as the map colours the value.</source>
        <translation>Antworten je Wert auf der eigenen Skala jeder Kennzahl, gefärbt wie die Map den Wert färbt.</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>no dated answers</source>
        <translation>keine datierten Antworten</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Befragte</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>all segments</source>
        <translation>alle Segmente</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Zielgröße</translation>
    </message>
    <message>
        <source>none (no journey-level answers)</source>
        <translation>keine (keine Antworten auf Ebene der Journey)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Performance from</source>
        <translation>Leistung aus</translation>
    </message>
    <message>
        <source>no metric answered</source>
        <translation>keine Kennzahl beantwortet</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>%1 stages, %2 lanes, %3 touchpoints, %4 transitions</source>
        <translation>%1 Phasen, %2 Bahnen, %3 Touchpoints, %4 Übergänge</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Customer journey report</source>
        <translation>Customer-Journey-Bericht</translation>
    </message>
    <message>
        <source>What this report rests on</source>
        <translation>Worauf dieser Bericht beruht</translation>
    </message>
    <message>
        <source>In short</source>
        <translation>Kurz gesagt</translation>
    </message>
    <message>
        <source>Weakest links: %1.</source>
        <translation>Schwächste Glieder: %1.</translation>
    </message>
    <message>
        <source>Moments of truth: %1.</source>
        <translation>Momente der Wahrheit: %1.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Made with cxmap %1. Every number in this report is explained in its data appendix.</source>
        <translation>Erstellt mit cxmap %1. Jede Zahl in diesem Bericht wird in seinem Datenanhang erklärt.</translation>
    </message>
    <message>
        <source> (unreliable)</source>
        <translation> (unsicher)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>95% CI</source>
        <translation>95-%-KI</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>The weakest path</source>
        <translation>Der schwächste Pfad</translation>
    </message>
    <message>
        <source>The best path</source>
        <translation>Der beste Pfad</translation>
    </message>
    <message>
        <source>No entry-to-exit path with reliable scores.</source>
        <translation>Kein Pfad vom Einstieg zum Ausstieg mit belastbaren Werten.</translation>
    </message>
    <message>
        <source>Weakest links</source>
        <translation>Schwächste Glieder</translation>
    </message>
    <message>
        <source>Ranked by impact = reach × shortfall against expectation (or against 100 without one); reliable scores only, unavoidable touchpoints first.</source>
        <translation>Geordnet nach Wirkung = Reichweite × Defizit gegenüber der Erwartung (oder gegenüber 100 ohne Erwartung); nur belastbare Werte, unvermeidbare Touchpoints zuerst.</translation>
    </message>
    <message>
        <source>No answers yet: nothing to rank.</source>
        <translation>Noch keine Antworten: nichts zu ordnen.</translation>
    </message>
    <message>
        <source>None among the reliable scores.</source>
        <translation>Keine unter den belastbaren Werten.</translation>
    </message>
    <message>
        <source>Moments of truth</source>
        <translation>Momente der Wahrheit</translation>
    </message>
    <message>
        <source>Importance = %1 correlation between a respondent&apos;s score at the touchpoint and their %2 answer; a moment of truth is significantly above zero and in the top quartile, or flagged by hand.</source>
        <translation>Wichtigkeit = %1-Korrelation zwischen dem Wert eines Befragten am Touchpoint und seiner Antwort zu %2; ein Moment der Wahrheit liegt signifikant über null und im obersten Quartil oder ist von Hand markiert.</translation>
    </message>
    <message>
        <source>Spearman</source>
        <translation>Spearman</translation>
    </message>
    <message>
        <source>Pearson</source>
        <translation>Pearson</translation>
    </message>
    <message>
        <source>None: no journey-level outcome answers to measure importance against.</source>
        <translation>Keine: keine Antworten zur Zielgröße der Journey, an denen die Wichtigkeit zu messen wäre.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Unavoidable touchpoints</source>
        <translation>Unvermeidbare Touchpoints</translation>
    </message>
    <message>
        <source>Every path from an entry to an exit passes these, so every customer meets them.</source>
        <translation>Jeder Pfad von einem Einstieg zu einem Ausstieg führt an ihnen vorbei, also trifft jeder Kunde auf sie.</translation>
    </message>
    <message>
        <source>Declining touchpoints</source>
        <translation>Rückläufige Touchpoints</translation>
    </message>
    <message>
        <source>None: no touchpoint&apos;s monthly trend has its whole 95% interval below zero.</source>
        <translation>Keine: Bei keinem Touchpoint liegt das ganze 95-%-Intervall des Monatstrends unter null.</translation>
    </message>
    <message>
        <source>Segment differences</source>
        <translation>Segmentunterschiede</translation>
    </message>
    <message>
        <source>None that Welch&apos;s t-test calls real at 95%.</source>
        <translation>Keine, die der Welch-t-Test auf dem 95-%-Niveau als echt ausweist.</translation>
    </message>
    <message>
        <source>Not compared: the report is for one segment.</source>
        <translation>Nicht verglichen: Der Bericht gilt für ein Segment.</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 vs. %2</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>Vorbehalte</translation>
    </message>
    <message>
        <source>Every touchpoint</source>
        <translation>Alle Touchpoints</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <source>unavoidable</source>
        <translation>unvermeidbar</translation>
    </message>
    <message>
        <source>moment of truth</source>
        <translation>Moment der Wahrheit</translation>
    </message>
    <message>
        <source>declining</source>
        <translation>rückläufig</translation>
    </message>
    <message>
        <source>unreliable</source>
        <translation>unsicher</translation>
    </message>
    <message>
        <source>The map is printed on %1 pages (%2 across, %3 down) at a size its names can be read at; this overview shows which page holds which part. Each page repeats the stage and lane headers and shows a veiled strip of its neighbours past the dashed cut lines.</source>
        <translation>Die Map wird auf %1 Seiten gedruckt (%2 nebeneinander, %3 untereinander), in einer Größe, in der ihre Namen lesbar sind; diese Übersicht zeigt, welche Seite welchen Teil enthält. Jede Seite wiederholt die Köpfe der Phasen und Bahnen und zeigt hinter den gestrichelten Schnittlinien einen blassen Streifen ihrer Nachbarn.</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>S. %1</translation>
    </message>
    <message>
        <source>The journey map, part %1 of %2</source>
        <translation>Die Journey-Map, Teil %1 von %2</translation>
    </message>
    <message>
        <source>left: page %1</source>
        <translation>links: Seite %1</translation>
    </message>
    <message>
        <source>right: page %1</source>
        <translation>rechts: Seite %1</translation>
    </message>
    <message>
        <source>above: page %1</source>
        <translation>oben: Seite %1</translation>
    </message>
    <message>
        <source>below: page %1</source>
        <translation>unten: Seite %1</translation>
    </message>
    <message>
        <source>Printed at %1% of its on-screen size.</source>
        <translation>Gedruckt mit %1 % der Bildschirmgröße.</translation>
    </message>
    <message>
        <source>The map continues — %1.</source>
        <translation>Die Map geht weiter — %1.</translation>
    </message>
    <message>
        <source>none named</source>
        <translation>keine benannt</translation>
    </message>
    <message>
        <source>Dot votes</source>
        <translation>Punktabstimmung</translation>
    </message>
    <message>
        <source>No votes.</source>
        <translation>Keine Stimmen.</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No notes.</source>
        <translation>Keine Notizen.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>A larger or landscape page gives fewer pages (cxmap export --page A3 --landscape, or the export dialog&apos;s page choice).</source>
        <translation>Ein größeres Format oder Querformat ergibt weniger Seiten (cxmap export --page A3 --landscape oder die Seitenwahl im Exportdialog).</translation>
    </message>
    <message>
        <source>no votes or notes recorded on this map</source>
        <translation>auf dieser Map sind keine Stimmen oder Notizen erfasst</translation>
    </message>
    <message>
        <source>%1 votes and %2 notes from %3 session(s)</source>
        <translation>%1 Stimmen und %2 Notizen aus %3 Sitzung(en)</translation>
    </message>
</context>
<context>
    <name>cxmap::RowReaders</name>
    <message>
        <source>ragged row: %1 fields where the header has %2</source>
        <translation>ungleichmäßige Zeile: %1 Felder, wo die Kopfzeile %2 hat</translation>
    </message>
    <message>
        <source>%1: the mapping&apos;s %2 column &quot;%3&quot; is not in %4 (line %5)</source>
        <translation>%1: Die Spalte %2 „%3“ der Zuordnung ist nicht in %4 (Zeile %5)</translation>
    </message>
    <message>
        <source>%1:%2: missing column %3; </source>
        <translation>%1:%2: Spalte %3 fehlt; </translation>
    </message>
    <message>
        <source>the long format needs respondent, timestamp, segment, touchpoint, metric, value[, kind]</source>
        <translation>das lange Format braucht respondent, timestamp, segment, touchpoint, metric, value[, kind]</translation>
    </message>
    <message>
        <source>rows of a skipped metric</source>
        <translation>Zeilen einer übersprungenen Kennzahl</translation>
    </message>
    <message>
        <source>rows of a skipped touchpoint</source>
        <translation>Zeilen eines übersprungenen Touchpoints</translation>
    </message>
    <message>
        <source>n must be a whole number of at least 1</source>
        <translation>n muss eine ganze Zahl von mindestens 1 sein</translation>
    </message>
    <message>
        <source>mean %1 is outside the %2 scale (%3 to %4)</source>
        <translation>mean %1 liegt außerhalb der Skala von %2 (%3 bis %4)</translation>
    </message>
    <message>
        <source>sd cannot be negative</source>
        <translation>sd kann nicht negativ sein</translation>
    </message>
    <message>
        <source>top_box must be a share (0.62) or a percentage (62%)</source>
        <translation>top_box muss ein Anteil (0.62) oder ein Prozentwert (62%) sein</translation>
    </message>
    <message>
        <source>top_box must lie between 0% and 100%</source>
        <translation>top_box muss zwischen 0% und 100% liegen</translation>
    </message>
    <message>
        <source>a row needs a mean or a top_box</source>
        <translation>eine Zeile braucht einen mean oder einen top_box</translation>
    </message>
    <message>
        <source>the period start and end are not dates in order</source>
        <translation>Beginn und Ende des Zeitraums sind keine Daten in richtiger Reihenfolge</translation>
    </message>
</context>
<context>
    <name>cxmap::SafeFile</name>
    <message>
        <source>%1: cannot open %2 to flush it: %3</source>
        <translation>%1: %2 kann zum Schreiben auf den Datenträger nicht geöffnet werden: %3</translation>
    </message>
    <message>
        <source>%1: cannot flush it to disk: %2</source>
        <translation>%1: kann nicht auf den Datenträger geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot create a file beside it: %2</source>
        <translation>%1: daneben kann keine Datei angelegt werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot create a file beside it</source>
        <translation>%1: daneben kann keine Datei angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot copy %2: %3</source>
        <translation>%1: %2 kann nicht kopiert werden: %3</translation>
    </message>
    <message>
        <source>%1: cannot replace it: %2</source>
        <translation>%1: kann nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>it is a link that leads back to itself</source>
        <translation>sie ist eine Verknüpfung, die auf sich selbst zurückführt</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>is a named pipe (FIFO), not a file; save the data to a file first</source>
        <translation>ist eine benannte Pipe (FIFO), keine Datei; speichern Sie die Daten zuerst in eine Datei</translation>
    </message>
    <message>
        <source>is a device, not a file</source>
        <translation>ist ein Gerät, keine Datei</translation>
    </message>
    <message>
        <source>is a socket, not a file</source>
        <translation>ist ein Socket, keine Datei</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine reguläre Datei</translation>
    </message>
</context>
<context>
    <name>cxmap::Schema</name>
    <message>
        <source>it contains an unexpected %1 %2</source>
        <translation>sie enthält unerwartet %1 %2</translation>
    </message>
    <message>
        <source>its %1 %2 is not what cxmap creates</source>
        <translation>ihr(e) %1 %2 ist nicht, was cxmap anlegt</translation>
    </message>
    <message>
        <source>%1 of its tables or indexes are missing</source>
        <translation>%1 ihrer Tabellen oder Indizes fehlen</translation>
    </message>
</context>
<context>
    <name>cxmap::SelectTool</name>
    <message>
        <source>Select and move</source>
        <translation>Auswählen und verschieben</translation>
    </message>
</context>
<context>
    <name>cxmap::SequenceMap</name>
    <message>
        <source>the layout (card positions, stage widths and lane heights)</source>
        <translation>das Layout (Kartenpositionen, Phasenbreiten und Bahnhöhen)</translation>
    </message>
    <message>
        <source>%1 (the touchpoints are written as one sequence)</source>
        <translation>%1 (die Touchpoints werden als eine Folge geschrieben)</translation>
    </message>
    <message>
        <source>1 transition with its share and label</source>
        <translation>1 Übergang mit Anteil und Beschriftung</translation>
    </message>
    <message>
        <source>%1 transitions with their shares and labels</source>
        <translation>%1 Übergänge mit ihren Anteilen und Beschriftungen</translation>
    </message>
    <message>
        <source>the owners of %1</source>
        <translation>die Verantwortlichen von %1</translation>
    </message>
    <message>
        <source>the notes of %1</source>
        <translation>die Notizen von %1</translation>
    </message>
    <message>
        <source>the descriptions of %1</source>
        <translation>die Beschreibungen von %1</translation>
    </message>
    <message>
        <source>that %1 indirect</source>
        <translation>die Angabe „indirekt“ bei %1</translation>
    </message>
    <message>
        <source>1 touchpoint is</source>
        <translation>1 Touchpoint</translation>
    </message>
    <message>
        <source>%1 touchpoints are</source>
        <translation>%1 Touchpoints</translation>
    </message>
    <message>
        <source>the moment-of-truth flags of %1</source>
        <translation>die Markierungen als Moment der Wahrheit von %1</translation>
    </message>
    <message>
        <source>the targets of %1</source>
        <translation>die Zielwerte von %1</translation>
    </message>
    <message>
        <source>the %1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the outcome metric (%1) that moments of truth are measured against</source>
        <translation>die Kennzahl der Zielgröße (%1), an der Momente der Wahrheit gemessen werden</translation>
    </message>
    <message>
        <source>the workshop input (%1 and %2 in %3)</source>
        <translation>die Workshop-Beiträge (%1 und %2 in %3)</translation>
    </message>
    <message>
        <source>%1, which only a .cxmap file holds (they stay in the source)</source>
        <translation>%1, die nur eine .cxmap-Datei aufnimmt (sie bleiben in der Quelle)</translation>
    </message>
    <message>
        <source>survey answer</source>
        <translation>Umfrageantwort</translation>
    </message>
    <message>
        <source>survey answers</source>
        <translation>Umfrageantworten</translation>
    </message>
    <message>
        <source>%1, which only a .cxmap file holds as answers</source>
        <translation>%1, die nur eine .cxmap-Datei als Antworten aufnimmt</translation>
    </message>
    <message>
        <source>experience rating</source>
        <translation>Erlebnisbewertung</translation>
    </message>
    <message>
        <source>experience ratings</source>
        <translation>Erlebnisbewertungen</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>Segmente</translation>
    </message>
</context>
<context>
    <name>cxmap::Spotlight</name>
    <message>
        <source>Weakest links</source>
        <translation>Schwächste Glieder</translation>
    </message>
    <message>
        <source>Moments of truth</source>
        <translation>Momente der Wahrheit</translation>
    </message>
    <message>
        <source>Unavoidable</source>
        <translation>Unvermeidbar</translation>
    </message>
    <message>
        <source>Weakest path</source>
        <translation>Schwächster Pfad</translation>
    </message>
    <message>
        <source>No spotlight</source>
        <translation>Kein Spotlight</translation>
    </message>
</context>
<context>
    <name>cxmap::StartPage</name>
    <message>
        <source>cxmap</source>
        <translation>cxmap</translation>
    </message>
    <message>
        <source>Customer journey maps backed by measured experience</source>
        <translation>Customer-Journey-Maps, gestützt auf gemessenes Erleben</translation>
    </message>
    <message>
        <source>Explore the &amp;demo journey</source>
        <translation>&amp;Demo-Journey erkunden</translation>
    </message>
    <message>
        <source>A customer switching mobile phone contract: 25 touchpoints, 5,000 sample respondents over 12 months, with its findings</source>
        <translation>Ein Kunde wechselt seinen Mobilfunkvertrag: 25 Touchpoints, 5.000 Beispielbefragte über 12 Monate, mit ihren Befunden</translation>
    </message>
    <message>
        <source>&amp;New map</source>
        <translation>&amp;Neue Map</translation>
    </message>
    <message>
        <source>Seven stages from Discover to Renew or leave, and seven channel lanes</source>
        <translation>Sieben Phasen von Entdecken bis Verlängern oder Kündigen und sieben Kanalbahnen</translation>
    </message>
    <message>
        <source>New &amp;empty map</source>
        <translation>Neue &amp;leere Map</translation>
    </message>
    <message>
        <source>No stages or lanes: draw your own</source>
        <translation>Keine Phasen oder Bahnen: Zeichnen Sie Ihre eigenen</translation>
    </message>
    <message>
        <source>&amp;Open a map…</source>
        <translation>Eine Map ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>A .cxmap file from your computer</source>
        <translation>Eine .cxmap-Datei von Ihrem Computer</translation>
    </message>
    <message>
        <source>&amp;Import a touchpoint inventory…</source>
        <translation>Touchpoint-Inventar &amp;importieren …</translation>
    </message>
    <message>
        <source>Build a map from the spreadsheet of touchpoints your team keeps (CSV: stage, lane, name), and its transitions</source>
        <translation>Eine Map aus der Touchpoint-Tabelle Ihres Teams (CSV: stage, lane, name) und ihren Übergängen aufbauen</translation>
    </message>
    <message>
        <source>Recent maps</source>
        <translation>Zuletzt geöffnete Maps</translation>
    </message>
    <message>
        <source>Maps you open or save appear here.</source>
        <translation>Maps, die Sie öffnen oder speichern, erscheinen hier.</translation>
    </message>
    <message>
        <source>Start page</source>
        <translation>Startseite</translation>
    </message>
    <message>
        <source>New to cxmap? The &lt;a href=&quot;guide&quot;&gt;User Guide&lt;/a&gt; (F1) walks through building a map, importing answers and reading the findings, and explains every number.</source>
        <translation>Neu bei cxmap? Das &lt;a href=&quot;guide&quot;&gt;Benutzerhandbuch&lt;/a&gt; (F1) führt durch den Aufbau einer Map, den Import von Antworten und das Lesen der Befunde und erklärt jede Zahl.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>%1 (double-click or Enter to open)</source>
        <translation>%1 (Doppelklick oder Eingabe zum Öffnen)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
</context>
<context>
    <name>cxmap::SummaryText</name>
    <message>
        <source>1 answer</source>
        <translation>1 Antwort</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 Antworten</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>1 aggregated row</source>
        <translation>1 aggregierte Zeile</translation>
    </message>
    <message>
        <source>%1 aggregated rows</source>
        <translation>%1 aggregierte Zeilen</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>Look at these first:</source>
        <translation>Sehen Sie sich zuerst diese an:</translation>
    </message>
    <message>
        <source>No respondent column: each row is one respondent.</source>
        <translation>Keine Befragten-Spalte: Jede Zeile ist ein Befragter.</translation>
    </message>
    <message>
        <source>%1 without n: kept as “n unknown”, scored and shown, never reliable.</source>
        <translation>%1 ohne n: als „n unbekannt“ behalten, bewertet und gezeigt, nie belastbar.</translation>
    </message>
    <message>
        <source>Matched by name: %1.</source>
        <translation>Nach Namen zugeordnet: %1.</translation>
    </message>
    <message>
        <source>Text answers read as: %1.</source>
        <translation>Textantworten gelesen als: %1.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cells skipped: %1.</source>
        <translation>Übersprungene Zellen: %1.</translation>
    </message>
    <message>
        <source>New segments: %1.</source>
        <translation>Neue Segmente: %1.</translation>
    </message>
    <message>
        <source>Not imported (no touchpoint): %1.</source>
        <translation>Nicht importiert (kein Touchpoint): %1.</translation>
    </message>
    <message>
        <source>Never imported (personal data): %1.</source>
        <translation>Nie importiert (personenbezogene Daten): %1.</translation>
    </message>
</context>
<context>
    <name>cxmap::SurveyHeader</name>
    <message>
        <source>(column %1)</source>
        <translation>(Spalte %1)</translation>
    </message>
    <message>
        <source>%1:%2: no header row found (a row naming the columns)</source>
        <translation>%1:%2: keine Kopfzeile gefunden (eine Zeile, die die Spalten benennt)</translation>
    </message>
    <message>
        <source>%1:%2: not a Qualtrics export: the third header row should hold {&quot;ImportId&quot;: …} cells</source>
        <translation>%1:%2: kein Qualtrics-Export: Die dritte Kopfzeile sollte Zellen {&quot;ImportId&quot;: …} enthalten</translation>
    </message>
</context>
<context>
    <name>cxmap::TouchpointInspector</name>
    <message>
        <source>Moment of truth (set by hand)</source>
        <translation>Moment der Wahrheit (von Hand gesetzt)</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Indirect</source>
        <translation>Indirekt</translation>
    </message>
    <message>
        <source>Department responsible</source>
        <translation>Verantwortliche Abteilung</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source> / 100</source>
        <translation> / 100</translation>
    </message>
    <message>
        <source>Direct: the customer deals with us. Indirect: reviews, friends, competitors — we influence it only through everything else.</source>
        <translation>Direkt: Der Kunde hat mit uns zu tun. Indirekt: Bewertungen, Freunde, Wettbewerber — wir beeinflussen es nur über alles andere.</translation>
    </message>
    <message>
        <source>The score this touchpoint should reach (0–100); used as the expectation when no answers give one</source>
        <translation>Der Wert, den dieser Touchpoint erreichen soll (0–100); dient als Erwartung, wenn keine Antworten eine liefern</translation>
    </message>
    <message>
        <source>Target score</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Moment der Wahrheit</translation>
    </message>
    <message>
        <source>Set by hand, the touchpoint counts as a moment of truth whatever the data says; the data names its own.</source>
        <translation>Von Hand gesetzt, zählt der Touchpoint als Moment der Wahrheit, unabhängig von den Daten; die Daten benennen ihre eigenen.</translation>
    </message>
    <message>
        <source>What happens here, from the customer&apos;s side</source>
        <translation>Was hier aus Sicht des Kunden geschieht</translation>
    </message>
    <message>
        <source>Anything else worth keeping</source>
        <translation>Alles andere, was festgehalten werden sollte</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>&amp;Lane:</source>
        <translation>&amp;Bahn:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Target score:</source>
        <translation>&amp;Zielwert:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Touchpoint name</source>
        <translation>Name des Touchpoints</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Bahn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Rename touchpoint</source>
        <translation>Touchpoint umbenennen</translation>
    </message>
    <message>
        <source>Move touchpoint</source>
        <translation>Touchpoint verschieben</translation>
    </message>
    <message>
        <source>Change touchpoint kind</source>
        <translation>Art des Touchpoints ändern</translation>
    </message>
    <message>
        <source>Change touchpoint owner</source>
        <translation>Verantwortliche des Touchpoints ändern</translation>
    </message>
    <message>
        <source>Change target score</source>
        <translation>Zielwert ändern</translation>
    </message>
    <message>
        <source>Change moment of truth</source>
        <translation>Moment der Wahrheit ändern</translation>
    </message>
    <message>
        <source>Change touchpoint description</source>
        <translation>Beschreibung des Touchpoints ändern</translation>
    </message>
    <message>
        <source>Change touchpoint notes</source>
        <translation>Notizen des Touchpoints ändern</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>%1 touchpoints</source>
        <translation>%1 Touchpoints</translation>
    </message>
    <message>
        <source>Several names</source>
        <translation>Mehrere Namen</translation>
    </message>
    <message>
        <source>Several owners</source>
        <translation>Mehrere Verantwortliche</translation>
    </message>
    <message>
        <source>%1 incoming and %2 outgoing transitions · ID %3</source>
        <translation>%1 eingehende und %2 ausgehende Übergänge · ID %3</translation>
    </message>
    <message>
        <source>Changes here apply to all %1 selected touchpoints.</source>
        <translation>Änderungen hier gelten für alle %1 gewählten Touchpoints.</translation>
    </message>
</context>
<context>
    <name>cxmap::TransitionInspector</name>
    <message>
        <source>&amp;Reverse Direction</source>
        <translation>Richtung &amp;umkehren</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>Übergang</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>The share of customers leaving the source who take this transition. Unknown shares split what the known ones leave equally.</source>
        <translation>Der Anteil der Kunden, die die Quelle über diesen Übergang verlassen. Unbekannte Anteile teilen sich zu gleichen Teilen, was die bekannten übrig lassen.</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Why customers go this way</source>
        <translation>Warum Kunden diesen Weg gehen</translation>
    </message>
    <message>
        <source>&amp;Share:</source>
        <translation>&amp;Anteil:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Beschriftung:</translation>
    </message>
    <message>
        <source>Share of customers</source>
        <translation>Anteil der Kunden</translation>
    </message>
    <message>
        <source>Transition label</source>
        <translation>Beschriftung des Übergangs</translation>
    </message>
    <message>
        <source>Reverse direction</source>
        <translation>Richtung umkehren</translation>
    </message>
    <message>
        <source>Change transition share</source>
        <translation>Anteil des Übergangs ändern</translation>
    </message>
    <message>
        <source>Change transition label</source>
        <translation>Beschriftung des Übergangs ändern</translation>
    </message>
    <message>
        <source>Reverse transition</source>
        <translation>Übergang umkehren</translation>
    </message>
    <message>
        <source>From “%1”
to “%2”</source>
        <translation>Von „%1“
nach „%2“</translation>
    </message>
</context>
<context>
    <name>cxmap::TrendChart</name>
    <message>
        <source>Trend of the selected touchpoint by month</source>
        <translation>Trend des gewählten Touchpoints nach Monat</translation>
    </message>
    <message>
        <source>Select a touchpoint on the map to see its trend.</source>
        <translation>Wählen Sie einen Touchpoint auf der Map, um seinen Trend zu sehen.</translation>
    </message>
    <message>
        <source>No dated answers for %1 in this selection.</source>
        <translation>Keine datierten Antworten für %1 in dieser Auswahl.</translation>
    </message>
    <message>
        <source>Monthly mean</source>
        <translation>Monatsmittel</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Trend %1 a month (declining)</source>
        <translation>Trend %1 pro Monat (rückläufig)</translation>
    </message>
    <message>
        <source>Trend %1 a month</source>
        <translation>Trend %1 pro Monat</translation>
    </message>
    <message>
        <source>Monthly performance of %1: %2.</source>
        <translation>Monatliche Leistung von %1: %2.</translation>
    </message>
</context>
<context>
    <name>cxmap::UndoDock</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Bearbeitungsverlauf</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
</context>
<context>
    <name>cxmap::ValidationPage</name>
    <message>
        <source>Import this file &amp;again anyway</source>
        <translation>Diese Datei trotzdem &amp;erneut importieren</translation>
    </message>
    <message>
        <source>Check the answers</source>
        <translation>Antworten prüfen</translation>
    </message>
    <message>
        <source>Every row is read and checked as the import will do it; nothing is written yet.</source>
        <translation>Jede Zeile wird so gelesen und geprüft, wie der Import es tun wird; noch wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Validation report</source>
        <translation>Prüfbericht</translation>
    </message>
    <message>
        <source>Checking progress</source>
        <translation>Prüffortschritt</translation>
    </message>
    <message>
        <source>The same content was imported before; importing it again doubles its answers</source>
        <translation>Derselbe Inhalt wurde schon importiert; ein erneuter Import verdoppelt seine Antworten</translation>
    </message>
    <message>
        <source>Errors found</source>
        <translation>Fehler gefunden</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Another import is still running.</source>
        <translation>Ein anderer Import läuft noch.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Ready to import.&lt;/b&gt; %1 read from %2, giving &lt;b&gt;%3&lt;/b&gt; (%4 format, %5).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bereit zum Import.&lt;/b&gt; %1 aus %2 gelesen, ergibt &lt;b&gt;%3&lt;/b&gt; (Format %4, %5).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing has been written yet. &lt;b&gt;Import&lt;/b&gt; adds these answers as one batch, which can be removed as a whole.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch wurde nichts geschrieben. &lt;b&gt;Importieren&lt;/b&gt; fügt diese Antworten als einen Stapel hinzu, der als Ganzes entfernt werden kann.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color: #d73027;&quot;&gt;&lt;b&gt;This file cannot be imported as it is: %1.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color: #d73027;&quot;&gt;&lt;b&gt;Diese Datei kann so nicht importiert werden: %1.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>1 error</source>
        <translation>1 Fehler</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 Fehler</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;The first %1 are listed below. In all:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;p&gt;Die ersten %1 sind unten aufgeführt. Insgesamt:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;%2&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing was written. Correct the file, or go back and change the format or the mapping, then try again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Es wurde nichts geschrieben. Korrigieren Sie die Datei oder gehen Sie zurück und ändern Sie das Format oder die Zuordnung; versuchen Sie es dann erneut.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;If that value means “not rated”, go &lt;b&gt;Back&lt;/b&gt; and enter it under &lt;i&gt;Values that mean “not rated”&lt;/i&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wenn dieser Wert „nicht bewertet“ bedeutet, gehen Sie &lt;b&gt;Zurück&lt;/b&gt; und tragen Sie ihn unter &lt;i&gt;Werte für „nicht bewertet“&lt;/i&gt; ein.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color: #d73027;&quot;&gt;&lt;b&gt;This file cannot be imported as it is.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;%2&lt;p&gt;Nothing was written. Correct the file, or go back and change the format or the mapping, then try again.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color: #d73027;&quot;&gt;&lt;b&gt;Diese Datei kann so nicht importiert werden.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;%2&lt;p&gt;Es wurde nichts geschrieben. Korrigieren Sie die Datei oder gehen Sie zurück und ändern Sie das Format oder die Zuordnung; versuchen Sie es dann erneut.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>cxmap::ViewActions</name>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;All Arrows</source>
        <translation>&amp;Alle Pfeile</translation>
    </message>
    <message>
        <source>Arrows of &amp;%1% or More</source>
        <translation>Pfeile ab &amp;%1 %</translation>
    </message>
    <message>
        <source>Draw every transition</source>
        <translation>Jeden Übergang zeichnen</translation>
    </message>
    <message>
        <source>Hide transitions taken by fewer than %1% of the customers leaving their touchpoint (arrows without a share always show)</source>
        <translation>Übergänge ausblenden, die weniger als %1 % der Kunden nehmen, die ihren Touchpoint verlassen (Pfeile ohne Anteil werden immer gezeigt)</translation>
    </message>
    <message>
        <source>Smallest share shown</source>
        <translation>Kleinster gezeigter Anteil</translation>
    </message>
    <message>
        <source>Hide thin arrows: the smallest share of customers an arrow must carry</source>
        <translation>Dünne Pfeile ausblenden: der kleinste Anteil an Kunden, den ein Pfeil tragen muss</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Vergrößern (Strg++)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Verkleinern (Strg+-)</translation>
    </message>
    <message>
        <source>Fit the map to the window (Ctrl+0)</source>
        <translation>Die Map an das Fenster anpassen (Strg+0)</translation>
    </message>
    <message>
        <source>Arrows ≥ %1%</source>
        <translation>Pfeile ≥ %1 %</translation>
    </message>
    <message>
        <source>All arrows</source>
        <translation>Alle Pfeile</translation>
    </message>
    <message>
        <source>A&amp;rrows</source>
        <translation>Pfei&amp;le</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>Farb&amp;schema</translation>
    </message>
    <message>
        <source>&amp;Experience Lane</source>
        <translation>&amp;Erlebnisbahn</translation>
    </message>
    <message>
        <source>Show the experience curve under the lanes: each stage&apos;s mean with its 95% band</source>
        <translation>Die Erlebniskurve unter den Bahnen zeigen: der Mittelwert jeder Phase mit ihrem 95-%-Band</translation>
    </message>
</context>
<context>
    <name>cxmap::WhatsThis</name>
    <message>
        <source>How it is computed, in the user guide</source>
        <translation>Wie es berechnet wird, im Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>cxmap::WorkshopDock</name>
    <message>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Card and note</source>
        <translation>Karte und Notiz</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Workshop notes and votes</source>
        <translation>Workshop-Notizen und -Stimmen</translation>
    </message>
    <message>
        <source>No map is open.</source>
        <translation>Keine Map geöffnet.</translation>
    </message>
    <message>
        <source>No workshop input yet. Present the map (F5) and capture the room&apos;s dot votes (V) and notes (N) on the focused card (Tab).</source>
        <translation>Noch keine Workshop-Beiträge. Präsentieren Sie die Map (F5) und halten Sie die Klebepunkte (V) und Notizen (N) des Raums auf der fokussierten Karte (Tab) fest.</translation>
    </message>
    <message>
        <source>%1 and %2 from %3</source>
        <translation>%1 und %2 aus %3</translation>
    </message>
    <message>
        <source>1 vote</source>
        <translation>1 Stimme</translation>
    </message>
    <message>
        <source>%1 votes</source>
        <translation>%1 Stimmen</translation>
    </message>
    <message>
        <source>1 note</source>
        <translation>1 Notiz</translation>
    </message>
    <message>
        <source>%1 notes</source>
        <translation>%1 Notizen</translation>
    </message>
    <message>
        <source>1 session</source>
        <translation>1 Sitzung</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 Sitzungen</translation>
    </message>
    <message>
        <source>Dot votes (%1)</source>
        <translation>Klebepunkte (%1)</translation>
    </message>
    <message>
        <source>%1: 1 vote</source>
        <translation>%1: 1 Stimme</translation>
    </message>
    <message>
        <source>%1: %2 votes</source>
        <translation>%1: %2 Stimmen</translation>
    </message>
</context>
<context>
    <name>cxmap::XlsxReader</name>
    <message>
        <source>%1: not a readable Excel workbook: %2</source>
        <translation>%1: keine lesbare Excel-Arbeitsmappe: %2</translation>
    </message>
    <message>
        <source>it has no workbook part (is it a Word or PowerPoint file?)</source>
        <translation>sie hat keinen Arbeitsmappenteil (ist es eine Word- oder PowerPoint-Datei?)</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>it has no sheets</source>
        <translation>sie hat keine Tabellenblätter</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheet &quot;%2&quot; (its sheets: %3)</source>
        <translation>%1: Die Arbeitsmappe hat kein Tabellenblatt „%2“ (ihre Tabellenblätter: %3)</translation>
    </message>
    <message>
        <source>Excel workbook, sheet &quot;%1&quot;</source>
        <translation>Excel-Arbeitsmappe, Tabellenblatt „%1“</translation>
    </message>
    <message>
        <source>the sheet cannot be read: %1</source>
        <translation>das Tabellenblatt kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>a cell out of order in the sheet</source>
        <translation>eine Zelle außer der Reihe im Tabellenblatt</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>mehr als %1 Spalten</translation>
    </message>
    <message>
        <source>the cell refers to shared string %1, which the workbook does not have</source>
        <translation>die Zelle verweist auf die gemeinsame Zeichenkette %1, die die Arbeitsmappe nicht hat</translation>
    </message>
    <message>
        <source>the cell is longer than %1 bytes</source>
        <translation>die Zelle ist länger als %1 Bytes</translation>
    </message>
</context>
<context>
    <name>cxmap::XmlTree</name>
    <message>
        <source>elements nested more than %1 deep</source>
        <translation>Elemente, die tiefer als %1 verschachtelt sind</translation>
    </message>
    <message>
        <source>more than %1 elements</source>
        <translation>mehr als %1 Elemente</translation>
    </message>
    <message>
        <source>the entity &amp;%1; is not defined</source>
        <translation>die Entität &amp;%1; ist nicht definiert</translation>
    </message>
    <message>
        <source>not well-formed XML: %1</source>
        <translation>kein wohlgeformtes XML: %1</translation>
    </message>
    <message>
        <source>%1:1: not XML (no element found)</source>
        <translation>%1:1: kein XML (kein Element gefunden)</translation>
    </message>
</context>
<context>
    <name>cxmap::ZipArchive</name>
    <message>
        <source>it expands beyond the size it declares</source>
        <translation>sie wird größer, als sie angibt</translation>
    </message>
    <message>
        <source>%1: not a readable Excel workbook (%2)</source>
        <translation>%1: keine lesbare Excel-Arbeitsmappe (%2)</translation>
    </message>
    <message>
        <source>%1: not an Excel workbook: it has no %2</source>
        <translation>%1: keine Excel-Arbeitsmappe: Ihr fehlt %2</translation>
    </message>
    <message>
        <source>%1: a damaged workbook: the size of %2 is unknown</source>
        <translation>%1: eine beschädigte Arbeitsmappe: Die Größe von %2 ist unbekannt</translation>
    </message>
    <message>
        <source>%1: refused: its part %2 would expand to %3 MB, more than the %4 MB a workbook part may have</source>
        <translation>%1: abgelehnt: Ihr Teil %2 würde auf %3 MB anwachsen, mehr als die %4 MB, die ein Teil einer Arbeitsmappe haben darf</translation>
    </message>
    <message>
        <source>%1: refused: its part %2 would expand %3 times (to %4 MB), as zip bombs do; real workbooks expand less than %5 times</source>
        <translation>%1: abgelehnt: Ihr Teil %2 würde auf das %3-Fache anwachsen (auf %4 MB), wie es Zip-Bomben tun; echte Arbeitsmappen wachsen um weniger als das %5-Fache</translation>
    </message>
    <message>
        <source>%1: cannot read its part %2 (%3)</source>
        <translation>%1: ihr Teil %2 kann nicht gelesen werden (%3)</translation>
    </message>
</context>
<context>
    <name>cxmap::cli</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Based on %1</source>
        <translation>Grundlage: %1</translation>
    </message>
    <message>
        <source>Performance: mean of %1 answers on a 0–100 scale, 95% t interval; reliable when n ≥ 30 and ±10 or narrower.</source>
        <translation>Leistung: Mittelwert der Antworten zu %1 auf einer Skala von 0–100, 95-%-t-Intervall; belastbar bei n ≥ 30 und ±10 oder schmaler.</translation>
    </message>
    <message>
        <source>Importance: %1 correlation with the journey-level %2 answers (≥ 30 respondents).</source>
        <translation>Wichtigkeit: %1-Korrelation mit den Antworten zu %2 auf Ebene der Journey (≥ 30 Befragte).</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source> perf</source>
        <translation>Leist</translation>
    </message>
    <message>
        <source>  95% CI</source>
        <translation>  95-%-KI</translation>
    </message>
    <message>
        <source>expect</source>
        <translation>Erwart</translation>
    </message>
    <message>
        <source>   gap</source>
        <translation> Lücke</translation>
    </message>
    <message>
        <source>reach</source>
        <translation>Reich</translation>
    </message>
    <message>
        <source>importance</source>
        <translation>Wichtigkeit</translation>
    </message>
    <message>
        <source> unreliable (n unknown)</source>
        <translation> unsicher (n unbekannt)</translation>
    </message>
    <message>
        <source> unreliable</source>
        <translation> unsicher</translation>
    </message>
    <message>
        <source> unavoidable</source>
        <translation> unvermeidbar</translation>
    </message>
    <message>
        <source> declining</source>
        <translation> rückläufig</translation>
    </message>
    <message>
        <source> moment-of-truth</source>
        <translation> Moment-der-Wahrheit</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbek.</translation>
    </message>
    <message>
        <source>Weakest links (impact = reach × shortfall against expectation; unavoidable first):</source>
        <translation>Schwächste Glieder (Wirkung = Reichweite × Defizit gegenüber der Erwartung; unvermeidbare zuerst):</translation>
    </message>
    <message>
        <source>  %1. %2%3 — performance %4 (n %5, CI %6–%7) vs expectation %8 (%9); reach %10; impact %11</source>
        <translation>  %1. %2%3 — Leistung %4 (n %5, KI %6–%7) vs. Erwartung %8 (%9); Reichweite %10; Wirkung %11</translation>
    </message>
    <message>
        <source>none: 100 used</source>
        <translation>keine: 100 verwendet</translation>
    </message>
    <message>
        <source>  none among the reliable scores</source>
        <translation>  keine unter den belastbaren Werten</translation>
    </message>
    <message>
        <source>Moments of truth (importance significantly above zero and in the top quartile, or flagged by hand):</source>
        <translation>Momente der Wahrheit (Wichtigkeit signifikant über null und im obersten Quartil, oder von Hand markiert):</translation>
    </message>
    <message>
        <source>  %1. %2 — r %3 (95% CI %4–%5, n %6)%7</source>
        <translation>  %1. %2 — r %3 (95-%-KI %4–%5, n %6)%7</translation>
    </message>
    <message>
        <source>, also flagged by hand</source>
        <translation>, außerdem von Hand markiert</translation>
    </message>
    <message>
        <source>  %1. %2 — flagged by hand</source>
        <translation>  %1. %2 — von Hand markiert</translation>
    </message>
    <message>
        <source>Weakest path (lowest minimum performance): %1</source>
        <translation>Schwächster Pfad (niedrigste Mindestleistung): %1</translation>
    </message>
    <message>
        <source>Best path (highest minimum performance):   %1</source>
        <translation>Bester Pfad (höchste Mindestleistung):        %1</translation>
    </message>
    <message>
        <source>Rework loops: %1</source>
        <translation>Nacharbeitsschleifen: %1</translation>
    </message>
    <message>
        <source>Dead ends (no way to an exit): %1</source>
        <translation>Sackgassen (kein Weg zu einem Ausstieg): %1</translation>
    </message>
    <message>
        <source>Unreachable from any entry: %1</source>
        <translation>Von keinem Einstieg erreichbar: %1</translation>
    </message>
    <message>
        <source>%1 (%2 points a month, 95% CI %3 to %4)</source>
        <translation>%1 (%2 Punkte pro Monat, 95-%-KI %3 bis %4)</translation>
    </message>
    <message>
        <source>Declining: %1</source>
        <translation>Rückläufig: %1</translation>
    </message>
    <message>
        <source>Segment differences (Welch&apos;s t-test, 95%):</source>
        <translation>Segmentunterschiede (Welch-t-Test, 95 %):</translation>
    </message>
    <message>
        <source>  %1: %2 %3 (n %4) vs %5 %6 (n %7), p = %8</source>
        <translation>  %1: %2 %3 (n %4) vs. %5 %6 (n %7), p = %8</translation>
    </message>
    <message>
        <source>Note: %1.</source>
        <translation>Hinweis: %1.</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <source>one segment</source>
        <translation>ein Segment</translation>
    </message>
    <message>
        <source>first day or month</source>
        <translation>erster Tag oder Monat</translation>
    </message>
    <message>
        <source>last day or month</source>
        <translation>letzter Tag oder Monat</translation>
    </message>
    <message>
        <source>outcome metric</source>
        <translation>Kennzahl der Zielgröße</translation>
    </message>
    <message>
        <source>Spearman&apos;s rho for importance</source>
        <translation>Spearmans Rho für die Wichtigkeit</translation>
    </message>
    <message>
        <source>a metric making up performance (repeatable)</source>
        <translation>eine Kennzahl, aus der die Leistung besteht (wiederholbar)</translation>
    </message>
    <message>
        <source>the .cxmap document</source>
        <translation>das .cxmap-Dokument</translation>
    </message>
    <message>
        <source>analyze: %1</source>
        <translation>analyze: %1</translation>
    </message>
    <message>
        <source>analyze: expected one FILE.cxmap; see cxmap --help</source>
        <translation>analyze: eine DATEI.cxmap erwartet; siehe cxmap --help</translation>
    </message>
    <message>
        <source>analyze: --%1 takes a date like 2026-03-01 or a month like 2026-03, not &quot;%2&quot;</source>
        <translation>analyze: --%1 erwartet ein Datum wie 2026-03-01 oder einen Monat wie 2026-03, nicht „%2“</translation>
    </message>
    <message>
        <source>cannot analyse it</source>
        <translation>kann nicht analysiert werden</translation>
    </message>
    <message>
        <source>Usage:
  cxmap [FILE.cxmap]                 open the editor (the start page without a file)
  cxmap --new                        open the editor on a new map
  cxmap new FILE.cxmap [--template default|empty] [--force]
                                     create a journey map
  cxmap new FILE.cxmap --touchpoints T.csv [--transitions E.csv] [--template default|empty]
                                     create it from a touchpoint inventory: stage,lane,name
                                     [,kind,owner,description,target] and from,to[,share,label]
  cxmap new FILE.cxmap --from MAP.json|.xml|.graphml|.mmd|.csv [--force]
                                     create it from a map in another format
  cxmap demo FILE.cxmap [--force]    write the demo journey with its sample answers
  cxmap info FILE.cxmap [--json]     stages, touchpoints, transitions, answers, batches
  cxmap import FILE.cxmap DATA.csv|DATA.xlsx [--format long|wide|qualtrics|surveymonkey|aggregated]
               [--mapping MAP.json] [--sheet NAME] [--force]
                                     add one batch of survey answers, all or nothing
  cxmap import FILE.cxmap --remove BATCH
                                     remove a batch and its answers
  cxmap analyze FILE.cxmap [--json] [--segment S] [--from DATE] [--to DATE] [--outcome METRIC]
                [--metric M]... [--spearman]
                                     scores, weakest links, moments of truth, paths, trends
  cxmap convert IN OUT [--from FORMAT] [--to FORMAT] [--force]
                                     convert a map between formats: cxmap (.cxmap), json (cxmap
                                     JSON), cjml (CJML 2.0 .xml), graphml (yEd), mermaid (.mmd);
                                     inventory (.csv) is read only. What OUT cannot hold is listed
  cxmap export FILE.cxmap (--pdf|--png|--svg) OUT [--segment S] [--from DATE] [--to DATE]
               [--outcome M] [--metric M]... [--page A4|A3|Letter] [--landscape]
               [--sections LIST] [--width PX | --scale N] [--theme light|dark]
               [--spotlight weakest|moments|unavoidable|path|none]
                                     the report as PDF, the map as PNG or SVG; no display needed
  cxmap --help | --version

Exit status is 0 on success; otherwise one line on stderr says what went wrong.
</source>
        <translation>Aufruf:
  cxmap [DATEI.cxmap]                den Editor öffnen (ohne Datei die Startseite)
  cxmap --new                        den Editor mit einer neuen Map öffnen
  cxmap new DATEI.cxmap [--template default|empty] [--force]
                                     eine Journey-Map anlegen
  cxmap new DATEI.cxmap --touchpoints T.csv [--transitions E.csv] [--template default|empty]
                                     sie aus einem Touchpoint-Inventar anlegen: stage,lane,name
                                     [,kind,owner,description,target] und from,to[,share,label]
  cxmap new DATEI.cxmap --from MAP.json|.xml|.graphml|.mmd|.csv [--force]
                                     sie aus einer Map in einem anderen Format anlegen
  cxmap demo DATEI.cxmap [--force]   die Demo-Journey mit ihren Beispielantworten schreiben
  cxmap info DATEI.cxmap [--json]    Phasen, Touchpoints, Übergänge, Antworten, Importstapel
  cxmap import DATEI.cxmap DATEN.csv|DATEN.xlsx [--format long|wide|qualtrics|surveymonkey|aggregated]
               [--mapping MAP.json] [--sheet NAME] [--force]
                                     einen Stapel Umfrageantworten hinzufügen, ganz oder gar nicht
  cxmap import DATEI.cxmap --remove STAPEL
                                     einen Stapel und seine Antworten entfernen
  cxmap analyze DATEI.cxmap [--json] [--segment S] [--from DATUM] [--to DATUM] [--outcome KENNZAHL]
                [--metric K]... [--spearman]
                                     Werte, schwächste Glieder, Momente der Wahrheit, Pfade, Trends
  cxmap convert EIN AUS [--from FORMAT] [--to FORMAT] [--force]
                                     eine Map zwischen Formaten umwandeln: cxmap (.cxmap), json
                                     (cxmap-JSON), cjml (CJML 2.0 .xml), graphml (yEd), mermaid
                                     (.mmd); inventory (.csv) nur lesend. Was AUS nicht aufnehmen
                                     kann, wird aufgeführt
  cxmap export DATEI.cxmap (--pdf|--png|--svg) AUS [--segment S] [--from DATUM] [--to DATUM]
               [--outcome K] [--metric K]... [--page A4|A3|Letter] [--landscape]
               [--sections LISTE] [--width PX | --scale N] [--theme light|dark]
               [--spotlight weakest|moments|unavoidable|path|none]
                                     der Bericht als PDF, die Map als PNG oder SVG; ohne Display
  cxmap --help | --version

Der Rückgabewert ist 0 bei Erfolg; sonst sagt eine Zeile auf stderr, was schiefging.
</translation>
    </message>
    <message>
        <source>--present needs one FILE.cxmap</source>
        <translation>--present braucht eine DATEI.cxmap</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;; see cxmap --help</source>
        <translation>unbekannte Option „%1“; siehe cxmap --help</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see cxmap --help</source>
        <translation>unbekannter Befehl „%1“; siehe cxmap --help</translation>
    </message>
    <message>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>written</source>
        <translation>geschrieben</translation>
    </message>
    <message>
        <source>convert: --%1 %2: not a format that can be %3; use one of %4</source>
        <translation>convert: --%1 %2: kein Format, das %3 werden kann; verwenden Sie eines von %4</translation>
    </message>
    <message>
        <source>%1 and %2 in %3 and %4</source>
        <translation>%1 und %2 in %3 und %4</translation>
    </message>
    <message>
        <source>touchpoint</source>
        <translation>Touchpoint</translation>
    </message>
    <message>
        <source>touchpoints</source>
        <translation>Touchpoints</translation>
    </message>
    <message>
        <source>transition</source>
        <translation>Übergang</translation>
    </message>
    <message>
        <source>transitions</source>
        <translation>Übergänge</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>Bahn</translation>
    </message>
    <message>
        <source>lanes</source>
        <translation>Bahnen</translation>
    </message>
    <message>
        <source>the format of IN</source>
        <translation>das Format von EIN</translation>
    </message>
    <message>
        <source>the format of OUT</source>
        <translation>das Format von AUS</translation>
    </message>
    <message>
        <source>replace an existing OUT</source>
        <translation>ein vorhandenes AUS ersetzen</translation>
    </message>
    <message>
        <source>the map to read</source>
        <translation>die zu lesende Map</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>die zu schreibende Datei</translation>
    </message>
    <message>
        <source>convert: %1</source>
        <translation>convert: %1</translation>
    </message>
    <message>
        <source>convert: expected IN and OUT; see cxmap --help</source>
        <translation>convert: EIN und AUS erwartet; siehe cxmap --help</translation>
    </message>
    <message>
        <source>convert: %1 is both IN and OUT</source>
        <translation>convert: %1 ist zugleich EIN und AUS</translation>
    </message>
    <message>
        <source>convert: both are .cxmap documents; copy the file to keep its answers</source>
        <translation>convert: beide sind .cxmap-Dokumente; kopieren Sie die Datei, um ihre Antworten zu behalten</translation>
    </message>
    <message>
        <source>%1: already exists; use --force to replace it</source>
        <translation>%1: existiert bereits; verwenden Sie --force, um sie zu ersetzen</translation>
    </message>
    <message>
        <source>Converted %1 (%2) to %3 (%4): %5.</source>
        <translation>%1 (%2) in %3 (%4) umgewandelt: %5.</translation>
    </message>
    <message>
        <source>Not read from %1:</source>
        <translation>Nicht aus %1 gelesen:</translation>
    </message>
    <message>
        <source>Not kept by %1:</source>
        <translation>Nicht von %1 aufgenommen:</translation>
    </message>
    <message>
        <source>%1: not a map format cxmap reads (%2)</source>
        <translation>%1: kein Map-Format, das cxmap liest (%2)</translation>
    </message>
    <message>
        <source>new: %1: a new document is a .cxmap file</source>
        <translation>new: %1: ein neues Dokument ist eine .cxmap-Datei</translation>
    </message>
    <message>
        <source>%1: already exists; choose another name</source>
        <translation>%1: existiert bereits; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>Created %1 from %2 (%3): %4%5.</source>
        <translation>%1 aus %2 (%3) angelegt: %4%5.</translation>
    </message>
    <message>
        <source>, and %1 answers</source>
        <translation> und %1 Antworten</translation>
    </message>
    <message>
        <source>Not kept:</source>
        <translation>Nicht aufgenommen:</translation>
    </message>
    <message>
        <source>%1: expected one FILE.cxmap; see cxmap --help</source>
        <translation>%1: eine DATEI.cxmap erwartet; siehe cxmap --help</translation>
    </message>
    <message>
        <source>default or empty</source>
        <translation>default oder empty</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation>eine vorhandene Datei ersetzen</translation>
    </message>
    <message>
        <source>a touchpoint inventory (CSV)</source>
        <translation>ein Touchpoint-Inventar (CSV)</translation>
    </message>
    <message>
        <source>transitions between them (CSV)</source>
        <translation>Übergänge zwischen ihnen (CSV)</translation>
    </message>
    <message>
        <source>a map in another format (JSON, CJML, GraphML, Mermaid)</source>
        <translation>eine Map in einem anderen Format (JSON, CJML, GraphML, Mermaid)</translation>
    </message>
    <message>
        <source>new: --from brings its own stages and lanes; it takes no --template, --touchpoints or --transitions</source>
        <translation>new: --from bringt eigene Phasen und Bahnen mit; es nimmt kein --template, --touchpoints oder --transitions</translation>
    </message>
    <message>
        <source>new: --transitions needs --touchpoints</source>
        <translation>new: --transitions braucht --touchpoints</translation>
    </message>
    <message>
        <source>new: unknown template &quot;%1&quot; (use default or empty)</source>
        <translation>new: unbekannte Vorlage „%1“ (verwenden Sie default oder empty)</translation>
    </message>
    <message>
        <source>Created %1 (%2 template).</source>
        <translation>%1 angelegt (Vorlage %2).</translation>
    </message>
    <message>
        <source>Created %1 with %2 touchpoints and %3 transitions in %4 stages and %5 lanes in %6 s.</source>
        <translation>%1 mit %2 Touchpoints und %3 Übergängen in %4 Phasen und %5 Bahnen in %6 s angelegt.</translation>
    </message>
    <message>
        <source>Wrote the demo journey with %1 sample answers to %2 in %3 s.</source>
        <translation>Die Demo-Journey mit %1 Beispielantworten in %3 s nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>write the report as PDF</source>
        <translation>den Bericht als PDF schreiben</translation>
    </message>
    <message>
        <source>write the map as PNG</source>
        <translation>die Map als PNG schreiben</translation>
    </message>
    <message>
        <source>write the map as SVG</source>
        <translation>die Map als SVG schreiben</translation>
    </message>
    <message>
        <source>a metric making up performance</source>
        <translation>eine Kennzahl, aus der die Leistung besteht</translation>
    </message>
    <message>
        <source>page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>A4, A3 or Letter</source>
        <translation>A4, A3 oder Letter</translation>
    </message>
    <message>
        <source>landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>landscape pages</source>
        <translation>Seiten im Querformat</translation>
    </message>
    <message>
        <source>comma list of sections</source>
        <translation>durch Kommas getrennte Liste von Abschnitten</translation>
    </message>
    <message>
        <source>PNG width in pixels</source>
        <translation>PNG-Breite in Pixeln</translation>
    </message>
    <message>
        <source>PNG size as a multiple of 100%</source>
        <translation>PNG-Größe als Vielfaches von 100 %</translation>
    </message>
    <message>
        <source>light or dark</source>
        <translation>light oder dark</translation>
    </message>
    <message>
        <source>weakest, moments, unavoidable, path or none</source>
        <translation>weakest, moments, unavoidable, path oder none</translation>
    </message>
    <message>
        <source>export: %1</source>
        <translation>export: %1</translation>
    </message>
    <message>
        <source>expected one FILE.cxmap and one of --pdf, --png or --svg OUT; see cxmap --help</source>
        <translation>eine DATEI.cxmap und eines von --pdf, --png oder --svg AUS erwartet; siehe cxmap --help</translation>
    </message>
    <message>
        <source>give exactly one of --pdf, --png or --svg OUT</source>
        <translation>geben Sie genau eines von --pdf, --png oder --svg AUS an</translation>
    </message>
    <message>
        <source>%1: the output would replace the map itself</source>
        <translation>%1: die Ausgabe würde die Map selbst ersetzen</translation>
    </message>
    <message>
        <source>--%1 takes a date like 2026-03-01 or a month like 2026-03, not &quot;%2&quot;</source>
        <translation>--%1 erwartet ein Datum wie 2026-03-01 oder einen Monat wie 2026-03, nicht „%2“</translation>
    </message>
    <message>
        <source>the period is empty: --from %1 is after --to %2</source>
        <translation>der Zeitraum ist leer: --from %1 liegt nach --to %2</translation>
    </message>
    <message>
        <source>--page takes A4, A3 or Letter, not &quot;%1&quot;</source>
        <translation>--page erwartet A4, A3 oder Letter, nicht „%1“</translation>
    </message>
    <message>
        <source>--sections: %1</source>
        <translation>--sections: %1</translation>
    </message>
    <message>
        <source>--theme takes light or dark, not &quot;%1&quot;</source>
        <translation>--theme erwartet light oder dark, nicht „%1“</translation>
    </message>
    <message>
        <source>--spotlight takes weakest, moments, unavoidable, path or none, not &quot;%1&quot;</source>
        <translation>--spotlight erwartet weakest, moments, unavoidable, path oder none, nicht „%1“</translation>
    </message>
    <message>
        <source>give --width or --scale, not both</source>
        <translation>geben Sie --width oder --scale an, nicht beides</translation>
    </message>
    <message>
        <source>--width and --scale size a PNG; a PDF or SVG is vector</source>
        <translation>--width und --scale bemessen ein PNG; ein PDF oder SVG ist vektoriell</translation>
    </message>
    <message>
        <source>--width takes a number of pixels (16 or more), not &quot;%1&quot;</source>
        <translation>--width erwartet eine Pixelzahl (16 oder mehr), nicht „%1“</translation>
    </message>
    <message>
        <source>--scale takes a number above 0 and at most 16, not &quot;%1&quot;</source>
        <translation>--scale erwartet eine Zahl über 0 und höchstens 16, nicht „%1“</translation>
    </message>
    <message>
        <source>%1: no answers in the period %2 – %3; nothing to report</source>
        <translation>%1: keine Antworten im Zeitraum %2 – %3; nichts zu berichten</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Wrote %1: %2 %3, %4 %5.</source>
        <translation>%1 geschrieben: %2 %3, %4 %5.</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Wrote %1: %2 × %3 pixels.</source>
        <translation>%1 geschrieben: %2 × %3 Pixel.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>long, wide, qualtrics, surveymonkey or aggregated</source>
        <translation>long, wide, qualtrics, surveymonkey oder aggregated</translation>
    </message>
    <message>
        <source>the mapping file (JSON)</source>
        <translation>die Zuordnungsdatei (JSON)</translation>
    </message>
    <message>
        <source>import a file imported before</source>
        <translation>eine schon importierte Datei erneut importieren</translation>
    </message>
    <message>
        <source>the sheet of an Excel workbook (default: the first)</source>
        <translation>das Tabellenblatt einer Excel-Arbeitsmappe (Standard: das erste)</translation>
    </message>
    <message>
        <source>remove a batch</source>
        <translation>einen Stapel entfernen</translation>
    </message>
    <message>
        <source>the survey export (CSV or Excel workbook)</source>
        <translation>der Umfrageexport (CSV oder Excel-Arbeitsmappe)</translation>
    </message>
    <message>
        <source>import: %1</source>
        <translation>import: %1</translation>
    </message>
    <message>
        <source>import: --remove takes FILE.cxmap and a batch number</source>
        <translation>import: --remove erwartet DATEI.cxmap und eine Stapelnummer</translation>
    </message>
    <message>
        <source>import: expected FILE.cxmap DATA.csv; see cxmap --help</source>
        <translation>import: DATEI.cxmap DATEN.csv erwartet; siehe cxmap --help</translation>
    </message>
    <message>
        <source>import: unknown format &quot;%1&quot; (long, wide, qualtrics, surveymonkey or aggregated)</source>
        <translation>import: unbekanntes Format „%1“ (long, wide, qualtrics, surveymonkey oder aggregated)</translation>
    </message>
    <message>
        <source>%1: cannot read it: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>import: --remove needs a batch number, not &quot;%1&quot;</source>
        <translation>import: --remove braucht eine Stapelnummer, nicht „%1“</translation>
    </message>
    <message>
        <source>Removed batch %1 (%2 rows) from %3.</source>
        <translation>Stapel %1 (%2 Zeilen) aus %3 entfernt.</translation>
    </message>
    <message>
        <source>stages (%1):</source>
        <translation>Phasen (%1):</translation>
    </message>
    <message>
        <source>lanes (%1):</source>
        <translation>Bahnen (%1):</translation>
    </message>
    <message>
        <source>%1 (%2 indirect)</source>
        <translation>%1 (%2 indirekt)</translation>
    </message>
    <message>
        <source>%1 answers from %2 respondents, %3 segments</source>
        <translation>%1 Antworten von %2 Befragten, %3 Segmente</translation>
    </message>
    <message>
        <source>aggregated rows:</source>
        <translation>aggregierte Zeilen:</translation>
    </message>
    <message>
        <source>  note: %1 answers belong to touchpoints no longer on the map</source>
        <translation>  Hinweis: %1 Antworten gehören zu Touchpoints, die nicht mehr auf der Map sind</translation>
    </message>
    <message>
        <source>  batches (%1):</source>
        <translation>  Importstapel (%1):</translation>
    </message>
    <message>
        <source>    #%1  %2  %3 rows  %4  %5</source>
        <translation>    #%1  %2  %3 Zeilen  %4  %5</translation>
    </message>
    <message>
        <source>info: %1</source>
        <translation>info: %1</translation>
    </message>
    <message>
        <source>info: expected one FILE.cxmap; see cxmap --help</source>
        <translation>info: eine DATEI.cxmap erwartet; siehe cxmap --help</translation>
    </message>
    <message>
        <source>cannot read its answers</source>
        <translation>ihre Antworten können nicht gelesen werden</translation>
    </message>
    <message>
        <source>touchpoints:</source>
        <translation>Touchpoints:</translation>
    </message>
    <message>
        <source>transitions:</source>
        <translation>Übergänge:</translation>
    </message>
    <message>
        <source>measurements:</source>
        <translation>Messwerte:</translation>
    </message>
</context>
<context>
    <name>cxmap::edit</name>
    <message>
        <source>New touchpoint</source>
        <translation>Neuer Touchpoint</translation>
    </message>
    <message>
        <source>Delete selection</source>
        <translation>Auswahl löschen</translation>
    </message>
    <message>
        <source>Rename touchpoint</source>
        <translation>Touchpoint umbenennen</translation>
    </message>
    <message>
        <source>Change transition label</source>
        <translation>Beschriftung des Übergangs ändern</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Phase umbenennen</translation>
    </message>
    <message>
        <source>Rename lane</source>
        <translation>Bahn umbenennen</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Neue Phase</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Neue Bahn</translation>
    </message>
</context>
<context>
    <name>cxmap::navigation</name>
    <message>
        <source>Move touchpoint</source>
        <translation>Touchpoint verschieben</translation>
    </message>
    <message>
        <source>Move touchpoints</source>
        <translation>Touchpoints verschieben</translation>
    </message>
</context>
</TS>
