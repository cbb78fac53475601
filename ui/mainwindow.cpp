#include "mainwindow.h"

#include "actions/editactions.h"
#include "actions/fileactions.h"
#include "actions/helpactions.h"
#include "actions/panenavigation.h"
#include "actions/presentactions.h"
#include "actions/viewactions.h"
#include "apptheme.h"
#include "canvas/findbar.h"
#include "dataworkspace.h"
#include "export/exportactions.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "canvas/viewmemory.h"
#include "document/editorstate.h"
#include "canvas/tools/toolmanager.h"
#include "document/journeydocument.h"
#include "files/documentcontroller.h"
#include "files/prompts.h"
#include "panels/inspectordock.h"
#include "panels/undodock.h"
#include "panels/workshopdock.h"
#include "store/documentfile.h"
#include "store/filekind.h"
#include "start/inventorydialog.h"
#include "start/startpage.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMenu>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>
#include <QToolBar>
#include <QVBoxLayout>

namespace cxmap {

MainWindow::MainWindow(QWidget *parent, Prompts *prompts)
    : QMainWindow(parent)
    , m_ownPrompts(prompts ? nullptr : std::make_unique<DialogPrompts>(this))
    , m_theme(new AppTheme(this))
    , m_documents(new DocumentController(prompts ? prompts : m_ownPrompts.get(), this))
    , m_view(new JourneyView)
    , m_findBar(new FindBar(m_view))
    , m_tools(new ToolManager(this))
    , m_inspector(new InspectorDock(this))
    , m_history(new UndoDock(this))
    , m_workshop(new WorkshopDock(this))
    , m_fileActions(new FileActions(m_documents, this))
    , m_editActions(new EditActions(m_view, m_findBar, this))
    , m_viewActions(new ViewActions(m_view, m_theme, this))
    , m_helpActions(new HelpActions(this))
    , m_data(new DataWorkspace(this, m_documents, prompts ? prompts : m_ownPrompts.get()))
    , m_panes(new PaneNavigation(this, m_view,
                                 {m_data->findingsDock(), m_inspector, m_data->chartsDock(), m_history}))
    , m_presentActions(new PresentActions(this, m_theme))
    , m_counts(new QLabel(this))
    , m_zoom(new QLabel(this))
    , m_readOnlyBadge(new QLabel(tr("Read-only"), this))
    , m_pages(new QStackedWidget(this))
    , m_start(new StartPage(m_documents->recentFiles()))
{
    setObjectName(QStringLiteral("mainWindow"));
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_findBar);
    // The start page takes the map's place while no map is open.
    m_pages->addWidget(central);
    m_pages->addWidget(m_start);
    setCentralWidget(m_pages);
    connectStartPage();
    // One column beside the map, which keeps the whole height: the findings with the inspector
    // as a tab beside them, the charts below with the history as theirs.
    addDockWidget(Qt::RightDockWidgetArea, m_data->findingsDock());
    tabifyDockWidget(m_data->findingsDock(), m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, m_data->chartsDock());
    tabifyDockWidget(m_data->chartsDock(), m_history);
    tabifyDockWidget(m_data->chartsDock(), m_workshop);
    m_data->findingsDock()->raise();
    m_data->chartsDock()->raise();
    resizeDocks({m_data->findingsDock(), m_data->chartsDock()}, {520, 420}, Qt::Vertical);
    resizeDocks({m_data->findingsDock()}, {480}, Qt::Horizontal);
    setAcceptDrops(true);

    createMenusAndToolBar();
    createStatusBar();

    connect(m_documents, &DocumentController::documentChanged, this, &MainWindow::showDocument);
    connect(m_documents, &DocumentController::readOnlyChanged, this, &MainWindow::applyReadOnly);
    connect(m_documents, &DocumentController::fileChanged, this, &MainWindow::updateTitle);
    connect(m_documents, &DocumentController::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 5000); });
    connect(m_view, &JourneyView::zoomChanged, this,
            [this](double zoom) { m_zoom->setText(QStringLiteral("%1%").arg(qRound(zoom * 100))); });
    connect(m_view, &JourneyView::contextMenuRequested, m_editActions, &EditActions::showContextMenu);
    connect(m_editActions, &EditActions::inspectRequested, this, [this] {
        m_inspector->show();
        m_inspector->raise();
    });
    connect(m_theme, &AppTheme::changed, this, &MainWindow::applyTheme);
    connect(m_documents, &DocumentController::fileChanged, m_data, &DataWorkspace::fileChanged);
    connect(m_data, &DataWorkspace::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });

    // First run: most of the screen, as a map needs room; later runs: as it was left.
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1600, 1000);
    resize(screen.size() * 0.85);
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    showStartPage(true);
    showNoDocument();
}

MainWindow::~MainWindow()
{
    // Everything that watches the document lets go of it before the controller deletes it.
    // The findings let go first: a running analysis is waited for while everything it reports
    // to still exists.
    m_data->setCanvas(nullptr, nullptr);
    delete m_data;
    m_tools->setScene(nullptr);
    m_view->setJourneyScene(nullptr);
    m_findBar->setScene(nullptr);
    m_inspector->setScene(nullptr);
    m_editActions->setScene(nullptr);
    m_history->setStack(nullptr);
    delete m_scene;
    delete m_state;
}

JourneyDocument *MainWindow::document() const
{
    return m_documents->document();
}

void MainWindow::createMenusAndToolBar()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileActions->populateMenu(file);
    m_exportActions = new ExportActions(this);
    m_exportActions->populateMenu(file, m_fileActions->quitAction());
    m_editActions->populateEditMenu(menuBar()->addMenu(tr("&Edit")));
    m_editActions->populateMapMenu(menuBar()->addMenu(tr("&Map")), m_tools->actions());
    m_data->populateMenu(menuBar()->addMenu(tr("&Data")));
    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewActions->populateMenu(view, {m_inspector->toggleViewAction(), m_history->toggleViewAction(),
                                       m_workshop->toggleViewAction(),
                                       m_data->findingsDock()->toggleViewAction(),
                                       m_data->chartsDock()->toggleViewAction()});
    view->addSeparator();
    m_presentActions->populateMenu(view);
    view->addSeparator();
    m_panes->populateMenu(view);
    m_helpActions->populateMenu(menuBar()->addMenu(tr("&Help")));

    m_toolBar = addToolBar(tr("Main"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setIconSize(QSize(20, 20));
    m_toolBar->setAccessibleName(tr("Main tool bar"));
    m_fileActions->populateToolBar(m_toolBar);
    m_toolBar->addSeparator();
    m_editActions->populateToolBar(m_toolBar);
    m_toolBar->addSeparator();
    m_toolBar->addActions(m_tools->actions());
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_editActions->addTouchpointAction());
    m_toolBar->addAction(m_editActions->tidyAction());
    m_toolBar->addSeparator();
    m_viewActions->populateToolBar(m_toolBar);
    m_toolBar->addAction(m_editActions->findAction());
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_presentActions->presentAction());

    m_dataToolBar = addToolBar(tr("Data"));
    m_dataToolBar->setObjectName(QStringLiteral("dataToolBar"));
    m_dataToolBar->setMovable(false);
    m_dataToolBar->setIconSize(QSize(20, 20));
    m_dataToolBar->setAccessibleName(tr("Data tool bar: import, filters and spotlights"));
    m_data->populateToolBar(m_dataToolBar);
}

void MainWindow::createStatusBar()
{
    m_readOnlyBadge->setVisible(false);
    m_readOnlyBadge->setAccessibleName(tr("The map is read-only"));
    m_counts->setAccessibleName(tr("Map size"));
    m_zoom->setAccessibleName(tr("Zoom"));
    m_zoom->setMinimumWidth(48);
    m_zoom->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    statusBar()->addPermanentWidget(m_readOnlyBadge);
    statusBar()->addPermanentWidget(m_counts);
    statusBar()->addPermanentWidget(m_zoom);
}

bool MainWindow::openStartupDocument(const QString &path)
{
    return m_documents->openStartup(path);
}

bool MainWindow::openDocument(const QString &path)
{
    return m_documents->open(path);
}

void MainWindow::showDocument(JourneyDocument *document)
{
    showStartPage(!document);
    // The old scene and state go first: their document is deleted right after this returns.
    JourneyScene *old = m_scene;
    EditorState *oldState = m_state;
    if (old)
        ViewMemory::save(m_view, old->document()->filePath());
    if (!document) {
        showNoDocument();
        delete old;
        delete oldState;
        return;
    }
    m_state = new EditorState(document, this);
    m_state->setReadOnly(m_documents->isReadOnly());
    m_scene = new JourneyScene(m_state, m_theme->renderTheme(), this);
    connect(m_state, &EditorState::readOnlyChanged, this, &MainWindow::followReadOnly);
    m_view->setJourneyScene(m_scene);
    m_tools->setScene(m_scene);
    m_findBar->setScene(m_scene);
    m_inspector->setScene(m_scene);
    m_history->setStack(document->undoStack());
    m_editActions->setScene(m_scene);
    m_data->setCanvas(m_scene, m_view);
    m_viewActions->setState(m_state);
    m_presentActions->setState(m_state);
    m_workshop->setState(m_state);
    followReadOnly(m_state->isReadOnly());
    connect(m_scene, &JourneyScene::statusInfoChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            statusBar()->clearMessage();
        else
            statusBar()->showMessage(text);
    });
    connect(document, &JourneyDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(document, &JourneyDocument::changed, this, [this](const Change &change) {
        if (change.kind == Change::Kind::JourneyProperties)
            updateTitle();
        updateCounts();
    });
    delete old;
    delete oldState;
    updateTitle();
    updateCounts();
    // The map opens where it was left, or fitted to the window (and follows its size).
    QTimer::singleShot(0, m_view, [this, path = document->filePath()] { ViewMemory::restore(m_view, path); });
}

void MainWindow::applyReadOnly(bool readOnly)
{
    // The file's flag (a second writer, a read-only file): the state owns it for every view.
    if (m_state)
        m_state->setReadOnly(readOnly);
    m_fileActions->setReadOnly(readOnly);
}

void MainWindow::followReadOnly(bool readOnly)
{
    m_tools->setReadOnly(readOnly);
    m_history->setEnabled(!readOnly);
    m_readOnlyBadge->setVisible(readOnly);
    updateTitle();
}

void MainWindow::applyTheme()
{
    if (m_scene)
        m_scene->setTheme(m_theme->renderTheme());
    m_tools->updateIcons();
    m_editActions->updateIcons();
    m_fileActions->updateIcons();
    m_viewActions->updateIcons();
    m_data->updateTheme();
}

void MainWindow::updateTitle()
{
    JourneyDocument *document = m_documents->document();
    if (!document)
        return;
    QString title = QStringLiteral("%1 — %2[*]").arg(document->journey().name(), m_documents->displayName());
    if (m_documents->isReadOnly())
        title += tr(" (read-only)");
    setWindowTitle(title);
    setWindowModified(document->isModified());
}

void MainWindow::updateCounts()
{
    JourneyDocument *document = m_documents->document();
    if (!document)
        return;
    const Journey &journey = document->journey();
    m_counts->setText(tr("%1 stages · %2 lanes · %3 touchpoints · %4 transitions")
                          .arg(journey.stages().size())
                          .arg(journey.lanes().size())
                          .arg(journey.touchpoints().size())
                          .arg(journey.transitions().size()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (JourneyDocument *document = m_documents->document())
        ViewMemory::save(m_view, document->filePath());
    if (!m_documents->close()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    // The docks as they were around the map, not as the start page hides them.
    settings.setValue(QStringLiteral("window/state"), isShowingStartPage() ? m_mapLayout : saveState());
    event->accept();
}

bool MainWindow::isShowingStartPage() const
{
    return m_pages->currentWidget() == m_start;
}

void MainWindow::connectStartPage()
{
    connect(m_start, &StartPage::demoRequested, m_documents, &DocumentController::openDemo);
    connect(m_start, &StartPage::newRequested, m_documents, &DocumentController::newDocument);
    connect(m_start, &StartPage::openRequested, m_documents, [this] { m_documents->open(); });
    connect(m_start, &StartPage::openFileRequested, m_documents, [this](const QString &path) { m_documents->open(path); });
    connect(m_start, &StartPage::inventoryRequested, this, &MainWindow::importInventory);
    connect(m_start, &StartPage::guideRequested, m_helpActions, [this] { m_helpActions->showGuide(QUrl()); });
    connect(m_fileActions, &FileActions::inventoryRequested, this, &MainWindow::importInventory);
}

void MainWindow::importInventory()
{
    InventoryDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted)
        m_documents->newFromInventory(dialog.touchpointsPath(), dialog.transitionsPath());
}

void MainWindow::showStartPage(bool show)
{
    if (show == isShowingStartPage())
        return;
    if (!show) {
        m_pages->setCurrentIndex(0);
        restoreState(m_mapLayout);
        return;
    }
    // Panels about a map have nothing to say without one: they step aside, and come back as
    // they were.
    m_mapLayout = saveState();
    m_pages->setCurrentWidget(m_start);
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        dock->hide();
    m_dataToolBar->hide();
}

void MainWindow::showNoDocument()
{
    m_scene = nullptr;
    m_state = nullptr;
    m_viewActions->setState(nullptr);
    m_presentActions->setState(nullptr);
    m_workshop->setState(nullptr);
    m_data->setCanvas(nullptr, nullptr);
    m_tools->setScene(nullptr);
    m_view->setJourneyScene(nullptr);
    m_findBar->setScene(nullptr);
    m_inspector->setScene(nullptr);
    m_editActions->setScene(nullptr);
    m_history->setStack(nullptr);
    m_counts->clear();
    setWindowTitle(QString());
    setWindowModified(false);
    // Nothing to act on: the tools that change a map are off, the history is empty.
    m_tools->setReadOnly(true);
    m_history->setEnabled(false);
    m_readOnlyBadge->setVisible(false);
    m_fileActions->setReadOnly(m_documents->isReadOnly());
}

namespace {

// Files are told apart by their header, not their name (store/filekind.h). Another program's
// database, or anything called .cxmap, is opened too: opening says what is wrong with it.
bool isMap(const QString &path)
{
    const FileKind kind = fileKindOf(path);
    return kind == FileKind::Map || kind == FileKind::OtherSqlite
        || path.endsWith(QLatin1String(".cxmap"), Qt::CaseInsensitive);
}

bool isSurveyData(const QString &path)
{
    return !isMap(path) && fileKindOf(path) == FileKind::Text;
}

/** The first map or survey export among the dropped files: a map opens, an export imports. */
QString droppedFile(const QMimeData *data)
{
    if (!data || !data->hasUrls())
        return {};
    for (const QUrl &url : data->urls())
        if (url.isLocalFile() && (isMap(url.toLocalFile()) || isSurveyData(url.toLocalFile())))
            return url.toLocalFile();
    return {};
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    // An export needs a map to go into, one that can take answers.
    if (isMap(path) || (!path.isEmpty() && m_data->importAction()->isEnabled()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // Opening and importing ask questions (unsaved changes): not inside the drag-and-drop loop.
    QTimer::singleShot(0, this, [this, path] {
        if (isMap(path))
            m_documents->open(path);
        else
            m_data->importData(path);
    });
}

} // namespace cxmap
