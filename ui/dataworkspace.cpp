#include "dataworkspace.h"

#include "document/edittarget.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "canvas/mapfooter.h"
#include "commands/journeycommands.h"
#include "document/editorstate.h"
#include "charts/chartspanel.h"
#include "document/journeydocument.h"
#include "files/documentcontroller.h"
#include "files/prompts.h"
#include "findings/filterbar.h"
#include "findings/findingscontroller.h"
#include "findings/findingspanel.h"
#include "icons.h"
#include "importwizard/batchesdialog.h"
#include "importwizard/importwizard.h"
#include "store/documentfile.h"

#include <QAction>
#include <QDockWidget>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeWidget>

namespace cxmap {

namespace {

QDockWidget *makeDock(const QString &title, const QString &objectName, QWidget *content,
                      QMainWindow *window)
{
    auto *dock = new QDockWidget(title, window);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    dock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea | Qt::BottomDockWidgetArea);
    return dock;
}

} // namespace

DataWorkspace::DataWorkspace(QMainWindow *window, DocumentController *documents, Prompts *prompts)
    : QObject(window)
    , m_window(window)
    , m_documents(documents)
    , m_prompts(prompts)
    , m_controller(new FindingsController(this))
    , m_filters(new FilterBar)
    , m_findings(new FindingsPanel)
    , m_charts(new ChartsPanel)
    , m_findingsDock(makeDock(tr("Findings"), QStringLiteral("findingsDock"), m_findings, window))
    , m_chartsDock(makeDock(tr("Charts"), QStringLiteral("chartsDock"), m_charts, window))
    , m_import(new QAction(tr("&Import Survey Data…"), this))
    , m_batches(new QAction(tr("&Batches…"), this))
    , m_refresh(new QAction(tr("&Refresh Findings"), this))
{
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_import->setIcon(Icons::icon(QStringLiteral("import")));
    m_import->setToolTip(tr("Import survey answers from a CSV export (Ctrl+Shift+I)"));
    m_import->setStatusTip(tr("Add survey answers from Qualtrics, SurveyMonkey or any CSV to this map"));
    // F5 presents (View → Present); refreshing is rarer and takes Ctrl+R.
    m_refresh->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_refresh->setStatusTip(tr("Compute the findings again from the answers, ignoring the cache"));
    // F6 lands on what a pane is for: the list of findings, the chart tabs.
    m_findings->setFocusProxy(m_findings->tree());
    m_charts->setFocusProxy(m_charts->tabs());
    connect(m_import, &QAction::triggered, this, [this] { importData(); });
    connect(m_batches, &QAction::triggered, this, [this] {
        auto *dialog = new BatchesDialog(m_documents->document(), m_documents->file(), m_window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_refresh, &QAction::triggered, m_controller, &FindingsController::refresh);

    // Alt+1…4 choose the spotlight from anywhere, as the keyboard's way to the panel's buttons.
    const QList<QAction *> toggles = m_findings->spotlightActions();
    for (int i = 0; i < toggles.size(); ++i) {
        toggles.at(i)->setShortcut(QKeySequence(int(Qt::ALT) | (Qt::Key_1 + i)));
        toggles.at(i)->setShortcutContext(Qt::WindowShortcut);
        window->addAction(toggles.at(i));
    }
    connectPanels();
}

DataWorkspace::~DataWorkspace() = default;

ImportWizard *DataWorkspace::importWizard() const
{
    return m_wizard;
}

void DataWorkspace::connectPanels()
{
    connect(m_filters, &FilterBar::requestChanged, m_controller, &FindingsController::setRequest);
    connect(m_controller, &FindingsController::requestChanged, m_filters, &FilterBar::setRequest);
    connect(m_controller, &FindingsController::answerScopeChanged, m_filters, &FilterBar::setAnswerScope);
    connect(m_controller, &FindingsController::findingsChanged, this, &DataWorkspace::showFindings);
    connect(m_controller, &FindingsController::busyChanged, m_findings, &FindingsPanel::setBusy);
    connect(m_controller, &FindingsController::failed, this, [this](const QString &message) {
        m_findings->showError(message);
        Q_EMIT statusMessage(message);
    });
    connect(m_findings, &FindingsPanel::spotlightChosen, this, [this](SpotlightKind kind) {
        if (m_state)
            m_state->setSpotlightKind(kind);
    });
    connect(m_filters, &FilterBar::outcomeChosen, this, &DataWorkspace::chooseOutcome);
    connect(m_findings, &FindingsPanel::touchpointActivated, this, &DataWorkspace::revealTouchpoint);
    connect(m_charts, &ChartsPanel::touchpointActivated, this, &DataWorkspace::revealTouchpoint);
}

void DataWorkspace::setCanvas(JourneyScene *scene, JourneyView *view)
{
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_scene = scene;
    m_view = view;
    m_state = scene ? scene->state() : nullptr;
    if (m_view)
        m_view->footer()->setState(m_state);
    JourneyDocument *document = scene ? m_documents->document() : nullptr;
    if (m_state) {
        // The spotlight may be chosen elsewhere too (the presentation): the buttons follow.
        connect(m_state, &EditorState::selectionChanged, this, &DataWorkspace::followSelection);
        connect(m_state, &EditorState::spotlightChanged, this,
                [this] { m_findings->setSpotlightKind(m_state->spotlightKind()); });
        connect(m_state, &EditorState::readOnlyChanged, this, &DataWorkspace::updateImportAction);
        m_state->setSpotlightKind(m_findings->spotlightKind());
    }
    if (document)
        connect(document, &JourneyDocument::changed, this, [this](const Change &change) {
            if (change.kind == Change::Kind::Reset || change.properties.testFlag(Change::Property::Outcome))
                showOutcome();
        });
    followDocument(document, document ? m_documents->file() : nullptr);
    updateImportAction();
    showOutcome();
    followSelection();
}

void DataWorkspace::showOutcome()
{
    // A read-only map cannot keep a choice: there it lives in the request, for this session.
    const JourneyDocument *document = m_documents->document();
    const QString chosen = m_controller->request().outcome;
    m_filters->setOutcome(!chosen.isEmpty() || !document ? chosen : document->journey().outcomeMetric());
}

void DataWorkspace::chooseOutcome(const QString &metric)
{
    JourneyDocument *document = m_documents->document();
    if (!document)
        return;
    if (m_state && m_state->isReadOnly()) {
        AnalysisRequest request = m_controller->request();
        request.outcome = metric;
        m_controller->setRequest(request);
        return;
    }
    // A property of the map: saved with it, undone like any edit, never changed by an import.
    if (metric != document->journey().outcomeMetric())
        document->undoStack()->push(new SetOutcomeMetricCommand(document, metric));
}

void DataWorkspace::fileChanged()
{
    JourneyDocument *document = m_documents->document();
    if (document && document == m_controller->document())
        followDocument(document, m_documents->file());
}

void DataWorkspace::followDocument(JourneyDocument *document, DocumentFile *file)
{
    // Opening and saving announce the same file more than once: only a change counts, as the
    // charts forget their findings when they get a document.
    if (document == m_controller->document() && file == m_file)
        return;
    m_file = file;
    // The charts first: the controller may publish cached findings at once, which they must
    // keep. For another document it publishes empty findings, which clears the old map's
    // colours, list and charts before the new ones arrive.
    m_charts->setDocument(document, file ? file->path() : QString());
    m_controller->setDocument(document, file);
    updateImportAction();
}

void DataWorkspace::updateTheme()
{
    m_import->setIcon(Icons::icon(QStringLiteral("import")));
    if (m_view && m_scene)
        m_view->footer()->setTheme(m_scene->theme());
}

bool DataWorkspace::canImport() const
{
    // A map opened read-only takes no answers; an edited copy does, once saved as its own file.
    return m_documents->document() && m_state && !m_state->isReadOnly();
}

void DataWorkspace::updateImportAction()
{
    m_import->setEnabled(canImport());
    m_batches->setEnabled(m_documents->file() != nullptr);
}

void DataWorkspace::showFindings()
{
    const Findings &findings = m_controller->findings();
    if (m_state)
        m_state->setFindings(findings);
    if (!findings.outcomeChosen)
        m_filters->setDefaultOutcome(findings.outcomeMetric);
    m_findings->setFindings(findings);
    m_charts->setFindings(findings);
    followSelection();
}

void DataWorkspace::revealTouchpoint(TouchpointId touchpoint)
{
    if (!m_scene || !m_view || !m_scene->touchpointItem(touchpoint))
        return;
    m_scene->selectTouchpoints({touchpoint});
    m_view->centreOn(m_scene->targetRect(EditTarget::touchpoint(touchpoint)));
}

void DataWorkspace::followSelection()
{
    const QList<TouchpointId> selected = m_state ? m_state->selectedTouchpoints() : QList<TouchpointId>();
    const TouchpointId one = selected.size() == 1 ? selected.first() : TouchpointId();
    m_charts->setSelectedTouchpoint(one);
    // Select to explain: the card's numbers in the findings panel.
    m_findings->explainTouchpoint(one);
}

bool DataWorkspace::importData(const QString &dataPath)
{
    JourneyDocument *document = m_documents->document();
    if (!canImport() || m_wizard)
        return false;
    // Answers go into the map's own file, matched against the map saved there: a map never
    // saved, an edited copy (its file is the read-only original) or unsaved edits are saved
    // first. save() asks for a name where the map has none.
    const DocumentFile *current = m_documents->file();
    if (!current || current->isReadOnly() || document->filePath().isEmpty() || document->isModified()) {
        if (!m_prompts->askSaveBeforeImport(m_documents->displayName()) || !m_documents->save())
            return false;
    }
    // Saving may have moved the map to a new file: take what is open now.
    DocumentFile *file = m_documents->file();
    if (!file || file->isReadOnly())
        return false;

    m_wizard = new ImportWizard(m_documents->document(), file, m_window);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    // The file's connection belongs to the import's worker while it runs.
    connect(m_wizard, &ImportWizard::runningChanged, m_controller, &FindingsController::setPaused);
    connect(m_wizard, &ImportWizard::imported, this, [this](const ImportSummary &summary) {
        const QLocale locale;
        const QString answers = summary.answers == 1 ? tr("1 answer")
                                                     : tr("%1 answers").arg(locale.toString(summary.answers));
        const QString rows = summary.rowsRead == 1 ? tr("1 row") : tr("%1 rows").arg(locale.toString(summary.rowsRead));
        Q_EMIT statusMessage(tr("Imported %1 from %2").arg(answers, rows));
    });
    connect(m_wizard, &QObject::destroyed, m_controller, [this] { m_controller->setPaused(false); });
    if (!dataPath.isEmpty())
        m_wizard->setDataPath(dataPath);
    m_wizard->open();
    return true;
}

void DataWorkspace::populateMenu(QMenu *menu) const
{
    menu->addAction(m_import);
    menu->addAction(m_batches);
    menu->addSeparator();
    menu->addActions(m_findings->spotlightActions());
    menu->addSeparator();
    menu->addAction(m_refresh);
    menu->addSeparator();
    menu->addAction(m_findingsDock->toggleViewAction());
    menu->addAction(m_chartsDock->toggleViewAction());
}

void DataWorkspace::populateToolBar(QToolBar *toolBar) const
{
    toolBar->addAction(m_import);
    toolBar->addSeparator();
    toolBar->addWidget(m_filters);
    // The spotlight toggles live above the findings they light up (and in the Data menu).
}

} // namespace cxmap
