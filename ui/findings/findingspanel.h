#pragma once

#include "analysis/findings.h"
#include "analysis/spotlight.h"
#include "model/ids.h"

#include <QSet>
#include <QWidget>

class QAction;
class QActionGroup;
class QLabel;
class QProgressBar;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace cxmap {

/**
 * What the data says, for a dock: weakest links (ranked, unavoidable ones called out), moments
 * of truth, the weakest and best path, declining touchpoints, real segment differences and the
 * caveats — each row with its basis (n, interval, reach, importance), and the selected row
 * explained number by number below (explainTouchpoint).
 *
 * Four actions choose the map's spotlight, one at a time (checking one unchecks the others,
 * unchecking it turns the spotlight off). Clicking a finding asks for its touchpoint to be shown;
 * a touchpoint selected on the map is explained here (explainTouchpoint).
 */
class FindingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget *parent = nullptr);
    ~FindingsPanel() override;

    /** Shows `findings` (FindingsController::findingsChanged). */
    void setFindings(const Findings &findings);
    const Findings &findings() const { return m_findings; }
    /** Shows that an analysis is under way (FindingsController::busyChanged). */
    void setBusy(bool busy);
    /** Shows why the analysis failed (FindingsController::failed); new findings clear it. */
    void showError(const QString &message);

    // Spotlight choices, none at first.
    QAction *weakestLinksAction() const { return m_weakestLinks; }
    QAction *momentsOfTruthAction() const { return m_momentsOfTruth; }
    QAction *unavoidableAction() const { return m_unavoidable; }
    QAction *weakestPathAction() const { return m_weakestPath; }
    QList<QAction *> spotlightActions() const;

    /** The spotlight the checked action chooses (None when none is checked). */
    SpotlightKind spotlightKind() const;
    /** Checks the action of `kind` without announcing it (the state changed elsewhere). */
    void setSpotlightKind(SpotlightKind kind);

    /**
     * Explains a touchpoint selected on the map: its row becomes current when the list has one,
     * otherwise its numbers are explained without a row. An invalid ID shows the overview.
     */
    void explainTouchpoint(TouchpointId touchpoint);
    /** Lists the whole weakest-links ranking, not only its head. */
    void showAllWeakestLinks();

    QTreeWidget *tree() const { return m_tree; }
    QTextBrowser *details() const { return m_details; }

Q_SIGNALS:
    /** The user chose another spotlight (EditorState::setSpotlightKind). */
    void spotlightChosen(cxmap::SpotlightKind kind);
    /** A finding was clicked or activated: select and centre its touchpoint. */
    void touchpointActivated(cxmap::TouchpointId touchpoint);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *makeToggle(const QString &text, const QString &tip);
    void rebuild();
    QTreeWidgetItem *addSection(const QString &kind, const QString &title, int count);
    QTreeWidgetItem *addTouchpointRow(QTreeWidgetItem *section, const TouchpointFinding &finding,
                                      const QString &title, const QString &detail,
                                      const QStringList &tags = {});
    void showDetails(QTreeWidgetItem *item);
    /** The row of section `kind` about `touchpoint`, if the tree has one. */
    QTreeWidgetItem *findRow(const QString &kind, const QVariant &touchpoint) const;
    void showOverview();
    QString basisText() const;

    Findings m_findings;
    QAction *m_weakestLinks;
    QAction *m_momentsOfTruth;
    QAction *m_unavoidable;
    QAction *m_weakestPath;
    QActionGroup *m_spotlights;
    QLabel *m_basis;
    QLabel *m_error;
    QProgressBar *m_busy;
    QTreeWidget *m_tree;
    QTextBrowser *m_details;
    /** The touchpoint selected on the map, explained when no row is current. */
    TouchpointId m_explained;
    /** The reader asked for the whole weakest-links ranking: later findings show it whole too. */
    bool m_showingAllWeakestLinks = false;
};

} // namespace cxmap
