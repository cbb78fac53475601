#pragma once

#include "analysis/findings.h"
#include "model/ids.h"

#include <QSet>
#include <QWidget>

class QAction;
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
 * Four checkable actions spotlight findings on the map; the main window may put them in its
 * tool bar too. Clicking a finding asks for its touchpoint to be shown.
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

    // Spotlight toggles, off at first.
    QAction *weakestLinksAction() const { return m_weakestLinks; }
    QAction *momentsOfTruthAction() const { return m_momentsOfTruth; }
    QAction *unavoidableAction() const { return m_unavoidable; }
    QAction *weakestPathAction() const { return m_weakestPath; }
    QList<QAction *> highlightActions() const;

    /** The touchpoints the checked toggles spotlight. */
    QSet<TouchpointId> highlighted() const;
    /** Lists the whole weakest-links ranking, not only its head. */
    void showAllWeakestLinks();

    QTreeWidget *tree() const { return m_tree; }
    QTextBrowser *details() const { return m_details; }

Q_SIGNALS:
    /** The checked toggles or the findings behind them changed; connect to the scene's
     * setHighlighted(). */
    void highlightChanged(const QSet<cxmap::TouchpointId> &highlighted);
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
    void emitHighlight();
    QString basisText() const;

    Findings m_findings;
    QAction *m_weakestLinks;
    QAction *m_momentsOfTruth;
    QAction *m_unavoidable;
    QAction *m_weakestPath;
    QLabel *m_basis;
    QLabel *m_error;
    QProgressBar *m_busy;
    QTreeWidget *m_tree;
    QTextBrowser *m_details;
    QSet<TouchpointId> m_lastHighlight;
    /** The reader asked for the whole weakest-links ranking: later findings show it whole too. */
    bool m_showingAllWeakestLinks = false;
};

} // namespace cxmap
