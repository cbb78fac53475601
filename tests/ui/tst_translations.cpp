// The German translation (issue 14): every string the sources mark for translation has a German
// text in resources/translations/cxmap_de.ts, lupdate run on today's sources finds nothing new,
// the contexts written by hand match the ones lupdate files the strings under, and the window, the
// command line and the user guide speak German under a German locale and English in the C locale.
#include "actions/helpactions.h"
#include "dataworkspace.h"
#include "export/exportactions.h"
#include "export/exportdialog.h"
#include "findings/findingspanel.h"
#include "help/guide.h"
#include "help/helpwindow.h"
#include "uitestsupport.h"

#include <QDirIterator>
#include <QDockWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>

#include <set>

using namespace cxmap;
using namespace cxmap::test;

namespace {

const QString SourceDir = QStringLiteral(CXMAP_SOURCE_DIR);
const QString ShippedTs = SourceDir + QStringLiteral("/resources/translations/cxmap_de.ts");

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    bool finished = false;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message{context, {}, {}, false};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            message.finished = type.isEmpty();
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    message.translations.append(xml.readElementText());
                else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            if (message.translations.isEmpty())
                message.translations.append(text);
            messages.append(message);
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

QString describe(const Message &m)
{
    return QStringLiteral("  [%1] \"%2\"").arg(m.context, m.source.left(100));
}

/** The files lupdate reads, as the update_translations target gives them (app/CMakeLists.txt). */
QStringList translatableSources()
{
    QStringList files;
    for (const char *folder : {"app", "ui", "core"}) {
        QDirIterator it(SourceDir + QLatin1Char('/') + QLatin1String(folder), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next());
    }
    files.sort();
    return files;
}

QStringList lupdateOptions()
{
    return {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
            QStringLiteral("-I"), SourceDir, QStringLiteral("-I"), SourceDir + QStringLiteral("/app"),
            QStringLiteral("-I"), SourceDir + QStringLiteral("/ui"), QStringLiteral("-I"), SourceDir + QStringLiteral("/core")};
}

bool runTool(const QString &program, const QStringList &arguments, QString *output = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool ok = process.waitForFinished(300000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (output)
        *output = QString::fromUtf8(process.readAll());
    return ok;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/** The real cxmap with `environment` added to this test's (C.UTF-8, no LANGUAGE). */
Run runCxmap(const QStringList &arguments, const QStringList &environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    for (const QString &assignment : environment)
        env.insert(assignment.section(QLatin1Char('='), 0, 0), assignment.section(QLatin1Char('='), 1));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CXMAP_EXECUTABLE), arguments);
    if (!process.waitForFinished(120000))
        qWarning("cxmap did not finish");
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

/** Answers as the compiled translation does, and notes every cxmap string it has no text for. */
class RecordingTranslator : public QTranslator
{
public:
    mutable std::set<std::pair<QString, QString>> misses;

    QString translate(const char *context, const char *source, const char *disambiguation, int n) const override
    {
        const QString text = QTranslator::translate(context, source, disambiguation, n);
        if (text.isEmpty() && context && QByteArrayView(context).startsWith("cxmap") && source && *source)
            misses.emplace(QString::fromUtf8(context), QString::fromUtf8(source));
        return text;
    }
};

QStringList menuTitles(QMainWindow *window)
{
    QStringList titles;
    const QList<QAction *> actions = window->menuBar()->actions();
    for (const QAction *action : actions)
        titles.append(action->text());
    return titles;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init() { isolateSettings(); }

    void everyStringHasAGermanTranslation();
    void theShippedFileIsWhatTheSourcesMark();
    void translationsKeepPlaceholdersAndMarkup();
    void handWrittenContextsAreLupdates();
    void theWindowSpeaksGerman();
    void theCommandLineSpeaksGerman();
    void theCommandLineStaysEnglishInTheCLocale();
    void theGuideIsInGerman();

private:
    QTemporaryDir m_dir;
    QList<Message> m_shipped;
    QList<Message> m_current; // lupdate over today's sources, merged into a copy of the shipped file
    QString m_qm;
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_shipped = readTs(ShippedTs);
    QVERIFY(m_shipped.size() > 1000);
    const QString current = m_dir.filePath(QStringLiteral("cxmap_de.ts"));
    QVERIFY(QFile::copy(ShippedTs, current));
    QFile::setPermissions(current, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QString output;
    QVERIFY2(runTool(QStringLiteral(CXMAP_LUPDATE), lupdateOptions() + translatableSources() + QStringList{QStringLiteral("-ts"), current}, &output),
             qPrintable(output));
    m_current = readTs(current);
    // The compiled translation, as the program embeds it.
    m_qm = m_dir.filePath(QStringLiteral("cxmap_de.qm"));
    QVERIFY2(runTool(QStringLiteral(CXMAP_LRELEASE), {ShippedTs, QStringLiteral("-qm"), m_qm}, &output), qPrintable(output));
}

void TestTranslations::everyStringHasAGermanTranslation()
{
    // A string added to the sources comes out of lupdate unfinished: it fails here by name.
    QStringList untranslated;
    for (const Message &m : std::as_const(m_current)) {
        const bool empty = std::any_of(m.translations.cbegin(), m.translations.cend(), [](const QString &t) { return t.isEmpty(); });
        if (!m.finished || empty)
            untranslated.append(describe(m));
    }
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(QStringLiteral("%1 strings have no German translation; run `cmake --build build --target update_translations` "
                                       "and translate them in resources/translations/cxmap_de.ts:\n%2")
                            .arg(untranslated.size())
                            .arg(untranslated.join(QLatin1Char('\n')))));
}

void TestTranslations::theShippedFileIsWhatTheSourcesMark()
{
    const auto keys = [](const QList<Message> &messages) {
        std::set<std::pair<QString, QString>> set;
        for (const Message &m : messages)
            set.emplace(m.context, m.source);
        return set;
    };
    const auto shipped = keys(m_shipped);
    const auto current = keys(m_current);
    QStringList stale;
    for (const auto &[context, source] : shipped)
        if (!current.count({context, source}))
            stale.append(QStringLiteral("  [%1] \"%2\"").arg(context, source.left(100)));
    QStringList added;
    for (const auto &[context, source] : current)
        if (!shipped.count({context, source}))
            added.append(QStringLiteral("  [%1] \"%2\"").arg(context, source.left(100)));
    QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("cxmap_de.ts holds strings the sources no longer have; run "
                                                        "update_translations:\n") + stale.join(QLatin1Char('\n'))));
    QVERIFY2(added.isEmpty(), qPrintable(QStringLiteral("strings not yet in cxmap_de.ts; run update_translations:\n") +
                                         added.join(QLatin1Char('\n'))));
    // The plural forms German needs: one and many.
    for (const Message &m : std::as_const(m_shipped))
        if (m.source.contains(QLatin1String("%n")))
            QVERIFY2(m.translations.size() == 2, qPrintable(describe(m)));
}

void TestTranslations::translationsKeepPlaceholdersAndMarkup()
{
    // Every %1…%n of the English text, and every HTML tag, must be in the German one too: a lost
    // placeholder would drop a number from a message, a lost tag would break its layout.
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
    static const QRegularExpression tag(QStringLiteral("</?[a-z]+[^>]*>"));
    const auto tokens = [](const QRegularExpression &re, const QString &text) {
        QStringList found;
        for (auto it = re.globalMatch(text); it.hasNext();)
            found.append(it.next().captured());
        found.sort();
        return found;
    };
    QStringList broken;
    for (const Message &m : std::as_const(m_shipped))
        for (const QString &translation : m.translations)
            if (tokens(placeholder, m.source) != tokens(placeholder, translation) || tokens(tag, m.source) != tokens(tag, translation))
                broken.append(describe(m) + QStringLiteral(" → \"") + translation.left(100) + QLatin1Char('"'));
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(QLatin1Char('\n'))));
}

void TestTranslations::handWrittenContextsAreLupdates()
{
    // Free functions translate through a local tr() that names its context by hand; lupdate files
    // the strings under the namespace or class around the call. Where the two differ the string
    // is translated in the .ts and never shown in German: each such file must agree with lupdate.
    static const QRegularExpression helper(
        QStringLiteral("QString tr\\(const char \\*text\\)\\s*\\{\\s*return QCoreApplication::translate\\(\"([^\"]+)\", text\\);"));
    int checked = 0;
    QStringList wrong;
    const QStringList sources = translatableSources();
    for (const QString &path : sources) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QRegularExpressionMatch match = helper.match(QString::fromUtf8(file.readAll()));
        if (!match.hasMatch())
            continue;
        ++checked;
        const QString ts = m_dir.filePath(QStringLiteral("one.ts"));
        QFile::remove(ts);
        QString output;
        QVERIFY2(runTool(QStringLiteral(CXMAP_LUPDATE), {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"), path,
                                                          QStringLiteral("-ts"), ts},
                         &output),
                 qPrintable(output));
        for (const Message &m : readTs(ts))
            if (m.context != match.captured(1))
                wrong.append(QStringLiteral("%1: translates in \"%2\", lupdate files \"%3\" under \"%4\"")
                                 .arg(QDir(SourceDir).relativeFilePath(path), match.captured(1), m.source.left(60), m.context));
    }
    QVERIFY(checked >= 20);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

void TestTranslations::theWindowSpeaksGerman()
{
    // The start page, the demo journey with its findings, the menus, a dialog and the guide:
    // every cxmap string they ask for must have a German text.
    RecordingTranslator translator;
    QVERIFY(translator.load(m_qm));
    QVERIFY(QCoreApplication::installTranslator(&translator));

    ScriptedPrompts prompts;
    QSettings().setValue(QStringLiteral("firstRunDone"), true);
    {
        MainWindow window(nullptr, &prompts);
        window.show();
        QVERIFY(window.openStartupDocument(QString()));
        QVERIFY(window.isShowingStartPage());
        const QStringList titles = menuTitles(&window);
        QVERIFY2(titles.contains(QStringLiteral("&Datei")) && titles.contains(QStringLiteral("&Hilfe")), qPrintable(titles.join(QLatin1Char(' '))));
        window.resize(1400, 900);
        QVERIFY(saveScreenshot(settledGrab(&window), QStringLiteral("de-start-page")));
    }
    {
        Editor editor(Editor::DemoWithAnswers);
        QTRY_VERIFY_WITH_TIMEOUT(!editor.window->data()->findingsPanel()->findings().touchpoints.isEmpty(), 120000);
        QCoreApplication::processEvents();
        QVERIFY(menuTitles(editor.window.get()).contains(QStringLiteral("&Bearbeiten")));
        QCOMPARE(editor.window->data()->findingsDock()->windowTitle(), QStringLiteral("Befunde"));
        // Screenshots of the German window, its menus, a dialog and the guide, when asked for
        // (CXMAP_SCREENSHOT_DIR): German words are longer, and clipped labels show here.
        QVERIFY(saveScreenshot(settledGrab(editor.window.get()), QStringLiteral("de-editor")));
        const QList<QAction *> menus = editor.window->menuBar()->actions();
        for (QAction *action : menus) {
            QMenu *menu = action->menu();
            if (!menu)
                continue;
            // Alt and a letter must reach one entry: the German labels bring their own mnemonics.
            QStringList letters;
            const QList<QAction *> entries = menu->actions();
            for (const QAction *entry : entries) {
                const qsizetype amp = entry->text().indexOf(QLatin1Char('&'));
                if (entry->isVisible() && amp >= 0 && amp + 1 < entry->text().size())
                    letters.append(entry->text().at(amp + 1).toLower());
            }
            QVERIFY2(letters.size() == QSet<QString>(letters.cbegin(), letters.cend()).size(),
                     qPrintable(action->text() + QStringLiteral(": ") + letters.join(QLatin1Char(' '))));
            menu->popup(editor.window->mapToGlobal(QPoint(0, 0)));
            QVERIFY(QTest::qWaitForWindowExposed(menu));
            QVERIFY(saveScreenshot(settledGrab(menu), QStringLiteral("de-menu-") + QString(action->text()).remove(QLatin1Char('&'))));
            menu->hide();
        }
        ExportDialog dialog(ExportDialog::Mode::Report, editor.window->exportActions()->currentOptions(), QStringLiteral("Segment: alle"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(saveScreenshot(settledGrab(&dialog), QStringLiteral("de-export-dialog")));
        dialog.hide();
        editor.window->helpActions()->showGuide(Guide::glossary(QStringLiteral("reach")));
        HelpWindow *guide = editor.window->helpActions()->guideWindow();
        QVERIFY(guide);
        QVERIFY(saveScreenshot(settledGrab(guide), QStringLiteral("de-guide")));
        guide->close();
    }
    QCoreApplication::removeTranslator(&translator);

    QStringList misses;
    for (const auto &[context, source] : translator.misses)
        misses.append(QStringLiteral("  [%1] \"%2\"").arg(context, source.left(100)));
    QVERIFY2(misses.isEmpty(), qPrintable(QStringLiteral("shown without a German text:\n") + misses.join(QLatin1Char('\n'))));
}

void TestTranslations::theCommandLineSpeaksGerman()
{
    // LANGUAGE picks the language of messages even in the C locale, as gettext programs do; LANG
    // alone does too.
    for (const QStringList &environment : {QStringList{QStringLiteral("LANGUAGE=de")}, QStringList{QStringLiteral("LANG=de_DE.UTF-8")}}) {
        const Run help = runCxmap({QStringLiteral("--help")}, environment);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.startsWith(QStringLiteral("Aufruf:")), qPrintable(help.out));
        QVERIFY(help.out.contains(QStringLiteral("eine Journey-Map anlegen")));

        const Run unknown = runCxmap({QStringLiteral("frobnicate")}, environment);
        QCOMPARE(unknown.exitCode, 2);
        QCOMPARE(unknown.err.trimmed(), QStringLiteral("cxmap: unbekannter Befehl „frobnicate“; siehe cxmap --help"));
    }
    // A whole analysis: the command line's own words and the findings' wording from core/.
    const QString map = m_dir.filePath(QStringLiteral("demo.cxmap"));
    const QStringList german{QStringLiteral("LANGUAGE=de")};
    const Run demo = runCxmap({QStringLiteral("demo"), map, QStringLiteral("--force")}, german);
    QCOMPARE(demo.exitCode, 0);
    QVERIFY2(demo.out.startsWith(QStringLiteral("Die Demo-Journey mit ")), qPrintable(demo.out));
    const Run analyze = runCxmap({QStringLiteral("analyze"), map}, german);
    QCOMPARE(analyze.exitCode, 0);
    QVERIFY2(analyze.out.contains(QStringLiteral("Schwächste Glieder (Wirkung = Reichweite × Defizit")), qPrintable(analyze.out));
    QVERIFY(analyze.out.contains(QStringLiteral("Momente der Wahrheit (")));
    // JSON is for scripts: its keys stay as they are.
    const Run json = runCxmap({QStringLiteral("info"), map, QStringLiteral("--json")}, german);
    QCOMPARE(json.exitCode, 0);
    QVERIFY(json.out.contains(QStringLiteral("\"touchpoints\"")));
}

void TestTranslations::theCommandLineStaysEnglishInTheCLocale()
{
    const Run help = runCxmap({QStringLiteral("--help")}, {});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.startsWith(QStringLiteral("Usage:")), qPrintable(help.out));
    const Run unknown = runCxmap({QStringLiteral("frobnicate")}, {QStringLiteral("LANG=fr_FR.UTF-8")});
    QCOMPARE(unknown.err.trimmed(), QStringLiteral("cxmap: unknown command \"frobnicate\"; see cxmap --help"));
}

void TestTranslations::theGuideIsInGerman()
{
    // The guide follows the translation that speaks the menus: German pages with it, English
    // without it.
    const Guide english;
    QTranslator translator;
    QVERIFY(translator.load(m_qm));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const Guide german;
    const QUrl reach = Guide::glossary(QStringLiteral("reach"));
    const QList<Guide::Hit> hits = german.search(QStringLiteral("Reichweite Markow"));
    QCoreApplication::removeTranslator(&translator);

    // The same pages and the same anchors, so every "What's this?" link lands in either language.
    QCOMPARE(german.pages(), english.pages());
    QStringList englishAnchors;
    QStringList germanAnchors;
    for (const Guide::Section &s : english.sections())
        englishAnchors.append(s.page + QLatin1Char('#') + s.anchor);
    for (const Guide::Section &s : german.sections())
        germanAnchors.append(s.page + QLatin1Char('#') + s.anchor);
    QCOMPARE(germanAnchors, englishAnchors);
    QVERIFY(englishAnchors.contains(QStringLiteral("glossary.html#reach")));

    // Every section is German: no title is left as the English one, but for a term that is the
    // same in both (NPS).
    int sameTitles = 0;
    for (qsizetype i = 0; i < english.sections().size(); ++i)
        if (english.sections().at(i).title == german.sections().at(i).title)
            ++sameTitles;
    QVERIFY2(sameTitles <= 2, qPrintable(QString::number(sameTitles)));
    QCOMPARE(german.sections().first().title, QStringLiteral("cxmap-Benutzerhandbuch"));
    QCOMPARE(english.sections().first().title, QStringLiteral("cxmap User Guide"));

    // Links and search follow the language.
    QVERIFY2(reach.path().startsWith(QLatin1String("/cxmap/guide/de/")), qPrintable(reach.toString()));
    QVERIFY(german.resolves(reach));
    QVERIFY(!english.resolves(reach));
    QVERIFY(german.html(QStringLiteral("glossary.html")).contains(QStringLiteral("Reichweite")));
    QVERIFY(!hits.isEmpty());
    QCOMPARE(hits.first().section.anchor, QStringLiteral("reach"));
    QVERIFY(english.search(QStringLiteral("Reichweite Markow")).isEmpty());
    QVERIFY(!Guide::glossary(QStringLiteral("reach")).path().contains(QLatin1String("/de/")));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
