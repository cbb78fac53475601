#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QStackedWidget;
class QToolBar;

namespace cxmap {

class AppTheme;
class DataWorkspace;
class DocumentController;
class EditActions;
class EditorState;
class ExportActions;
class FileActions;
class FindBar;
class HelpActions;
class InspectorDock;
class JourneyDocument;
class JourneyScene;
class JourneyView;
class PaneNavigation;
class PresentActions;
class Prompts;
class StartPage;
class ToolManager;
class UndoDock;
class WorkshopDock;
class ViewActions;

/**
 * The editor window. It composes — canvas, find bar, tools, inspector, history, menus, tool
 * bar, status bar — and holds no domain logic: files are the DocumentController's, edits go
 * through the document's undo stack from the tools, panels and actions.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** `prompts` answers the file questions; dialogs over this window when null. */
    explicit MainWindow(QWidget *parent = nullptr, Prompts *prompts = nullptr);
    ~MainWindow() override;

    /** Opens recovered edits, `path`, or the demo journey; false when nothing could be opened. */
    bool openStartupDocument(const QString &path);
    bool openDocument(const QString &path);

    DocumentController *documents() const { return m_documents; }
    JourneyDocument *document() const;
    JourneyScene *scene() const { return m_scene; }
    /** What the views of the open document share: selection, read-only flag, findings, spotlight. */
    EditorState *state() const { return m_state; }
    JourneyView *view() const { return m_view; }
    FindBar *findBar() const { return m_findBar; }
    ToolManager *tools() const { return m_tools; }
    InspectorDock *inspector() const { return m_inspector; }
    UndoDock *history() const { return m_history; }
    FileActions *fileActions() const { return m_fileActions; }
    EditActions *editActions() const { return m_editActions; }
    ViewActions *viewActions() const { return m_viewActions; }
    AppTheme *theme() const { return m_theme; }
    DataWorkspace *data() const { return m_data; }
    PaneNavigation *panes() const { return m_panes; }
    PresentActions *presentActions() const { return m_presentActions; }
    HelpActions *helpActions() const { return m_helpActions; }
    ExportActions *exportActions() const { return m_exportActions; }
    /** Shown instead of the map while no map is open. */
    StartPage *startPage() const { return m_start; }
    bool isShowingStartPage() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenusAndToolBar();
    void createStatusBar();
    void showDocument(JourneyDocument *document);
    void applyReadOnly(bool readOnly);
    void followReadOnly(bool readOnly);
    void applyTheme();
    void updateTitle();
    void updateCounts();
    void connectStartPage();
    void showStartPage(bool show);
    void showNoDocument();
    void importInventory();

    std::unique_ptr<Prompts> m_ownPrompts;
    AppTheme *m_theme;
    DocumentController *m_documents;
    JourneyView *m_view;
    FindBar *m_findBar;
    ToolManager *m_tools;
    InspectorDock *m_inspector;
    UndoDock *m_history;
    WorkshopDock *m_workshop;
    FileActions *m_fileActions;
    EditActions *m_editActions;
    ViewActions *m_viewActions;
    HelpActions *m_helpActions;
    ExportActions *m_exportActions = nullptr;
    DataWorkspace *m_data;
    PaneNavigation *m_panes;
    PresentActions *m_presentActions;
    QToolBar *m_toolBar = nullptr;
    QToolBar *m_dataToolBar = nullptr;
    JourneyScene *m_scene = nullptr;
    EditorState *m_state = nullptr;
    QLabel *m_counts;
    QLabel *m_zoom;
    QLabel *m_readOnlyBadge;
    QStackedWidget *m_pages;
    StartPage *m_start;
    /** The docks and tool bars around the map, kept while the start page hides them. */
    QByteArray m_mapLayout;
};

} // namespace cxmap
