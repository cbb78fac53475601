#pragma once

#include "model/ids.h"

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QToolBar;

namespace cxmap {

class ChartsPanel;
class DocumentController;
class DocumentFile;
class JourneyDocument;
class FilterBar;
class FindingsController;
class FindingsPanel;
class EditorState;
class ImportWizard;
class JourneyScene;
class JourneyView;
class Prompts;

/**
 * Everything the editor shows about the answers, composed in one place so the main window
 * stays a frame: the findings of the open document (FindingsController), the filters and the
 * outcome choice, the findings and charts docks, the spotlight and the import of survey data.
 *
 * The flow is one way: filters → controller → findings → the editor state (scores, spotlight)
 * → map colours, key, panels and charts. Clicking a finding (or a point of the importance
 * matrix) selects and centres its card; the card selected on the map is explained in the
 * findings panel and drawn by the trend and distribution charts.
 */
class DataWorkspace : public QObject
{
    Q_OBJECT

public:
    DataWorkspace(QMainWindow *window, DocumentController *documents, Prompts *prompts);
    ~DataWorkspace() override;

    /** The canvas of the document just opened (DocumentController::documentChanged). */
    void setCanvas(JourneyScene *scene, JourneyView *view);
    /** The document's file changed (save as, first save): the analysis follows the new file. */
    void fileChanged();
    /** The palette changed: icons and the map key follow (after the scene's theme). */
    void updateTheme();

    /**
     * Opens the import wizard, on `dataPath` when given (a dropped CSV). A map with unsaved
     * changes is saved first, when the user agrees: answers are matched against the map in
     * the file. False when nothing was opened.
     */
    bool importData(const QString &dataPath = {});

    void populateMenu(QMenu *menu) const;
    void populateToolBar(QToolBar *toolBar) const;

    FindingsController *controller() const { return m_controller; }
    FilterBar *filterBar() const { return m_filters; }
    FindingsPanel *findingsPanel() const { return m_findings; }
    ChartsPanel *chartsPanel() const { return m_charts; }
    QDockWidget *findingsDock() const { return m_findingsDock; }
    QDockWidget *chartsDock() const { return m_chartsDock; }
    QAction *importAction() const { return m_import; }
    /** Data → Batches: the imports of the open map, one removable at a time. */
    QAction *batchesAction() const { return m_batches; }
    QAction *refreshAction() const { return m_refresh; }
    /** The wizard while it is open (null otherwise). */
    ImportWizard *importWizard() const;

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    void connectPanels();
    void followDocument(JourneyDocument *document, DocumentFile *file);
    /** Whether answers can go into the open map at all (saving first if need be). */
    bool canImport() const;
    void updateImportAction();
    void showFindings();
    void revealTouchpoint(TouchpointId touchpoint);
    void followSelection();
    void chooseOutcome(const QString &metric);
    void showOutcome();

    QMainWindow *m_window;
    DocumentController *m_documents;
    Prompts *m_prompts;
    FindingsController *m_controller;
    FilterBar *m_filters;
    FindingsPanel *m_findings;
    ChartsPanel *m_charts;
    QDockWidget *m_findingsDock;
    QDockWidget *m_chartsDock;
    QAction *m_import;
    QAction *m_batches;
    QAction *m_refresh;
    QPointer<JourneyScene> m_scene;
    QPointer<JourneyView> m_view;
    QPointer<EditorState> m_state;
    QPointer<ImportWizard> m_wizard;
    /** The file the findings and charts read (DocumentController owns it). */
    DocumentFile *m_file = nullptr;
};

} // namespace cxmap
