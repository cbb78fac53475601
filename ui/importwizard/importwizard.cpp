#include "importwizard.h"

#include "commands/bandcommands.h"
#include "commands/touchpointcommands.h"
#include "document/journeydocument.h"
#include "filepage.h"
#include "import/importrunner.h"
#include "import/inventory.h"
#include "importpage.h"
#include "layout/placement.h"
#include "mappingpage.h"
#include "namespage.h"
#include "previewpage.h"
#include "store/documenterror.h"
#include "store/documentfile.h"
#include "validationpage.h"

#include <QUndoStack>

namespace cxmap {

ImportWizard::ImportWizard(JourneyDocument *document, DocumentFile *file, QWidget *parent)
    : QWizard(parent)
    , m_document(document)
    , m_file(file)
    , m_runner(new ImportRunner(this))
{
    setWindowTitle(tr("Import survey answers"));
    setAccessibleName(tr("Import survey answers"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    setMinimumSize(760, 560);
    // Wide enough for the mapping table with its status column in view.
    resize(980, 660);
    setPage(FilePageId, new FilePage(this));
    setPage(PreviewPageId, new PreviewPage(this));
    setPage(MappingPageId, new MappingPage(this));
    setPage(NamesPageId, new NamesPage(this));
    setPage(ValidationPageId, new ValidationPage(this));
    setPage(ImportPageId, new ImportPage(this));
    setStartId(FilePageId);
}

ImportWizard::~ImportWizard()
{
    // The worker uses the document's connection: it must stop before the wizard goes.
    m_runner->cancel();
    m_runner->waitForIdle();
    // Touchpoints made for an import that did not happen go with the wizard.
    if (!m_summary)
        undoCreatedTouchpoints();
}

void ImportWizard::setDataPath(const QString &path)
{
    // Restarting resets the pages' fields: the path is set after it.
    restart();
    setField(QStringLiteral("path"), path);
    // Straight on to the preview, with Back to choose another file; a file that cannot be read
    // stays on the file page, which says why (file, line, column) and offers another.
    next();
}

bool ImportWizard::loadSource(const QString &path, const QString &sheet)
{
    if (path == m_source.path && m_source.isValid() && (sheet.isEmpty() || sheet == m_source.sheet))
        return true;
    undoCreatedTouchpoints();
    m_source = ImportSource::read(path, sheet);
    m_format = m_source.detected;
    m_mapping.reset();
    m_force = false;
    return m_source.isValid();
}

void ImportWizard::setFormat(ImportFormat format)
{
    if (format != m_format)
        m_mapping.reset();
    m_format = format;
}

ImportOptions ImportWizard::options(bool dryRun) const
{
    ImportOptions options;
    options.format = m_format;
    options.sheet = m_source.sheet;
    options.mapping = m_mapping;
    options.force = m_force;
    options.dryRun = dryRun;
    // The dry run goes on past errors in rows, to list them all at once.
    options.collectErrors = dryRun ? ListedErrors : 0;
    return options;
}

void ImportWizard::setSummary(const ImportSummary &summary)
{
    m_summary = summary;
    if (m_document)
        m_document->notifyMeasurementsChanged();
    Q_EMIT imported(summary);
}

bool ImportWizard::isRunning() const
{
    return m_running;
}

void ImportWizard::setRunning(bool running)
{
    if (running == m_running)
        return;
    m_running = running;
    Q_EMIT runningChanged(running);
    if (!running && m_closeWhenIdle) {
        m_closeWhenIdle = false;
        QWizard::reject();
    }
}

int ImportWizard::nextId() const
{
    switch (currentId()) {
    case PreviewPageId:
        return hasColumnMapping(m_format) ? MappingPageId : NamesPageId;
    case MappingPageId:
    case NamesPageId:
        return ValidationPageId;
    default:
        return QWizard::nextId();
    }
}

bool ImportWizard::createTouchpoints(const QList<std::pair<QString, StageId>> &cards, QString *problem)
{
    undoCreatedTouchpoints();
    if (cards.isEmpty() || !m_document || !m_file)
        return true;
    Journey journey = m_document->journey();
    if (journey.lanes().isEmpty()) {
        *problem = tr("The map has no lanes to put new touchpoints in; add a lane first.");
        return false;
    }
    QList<TouchpointId> ids;
    for (const auto &[name, stage] : cards) {
        Touchpoint touchpoint;
        touchpoint.id = TouchpointId(m_document->allocateId());
        touchpoint.stage = stage;
        touchpoint.lane = journey.lanes().at(0).id;
        touchpoint.name = name;
        journey.touchpoints().append(touchpoint);
        ids.append(touchpoint.id);
    }
    placeNewCards(journey, ids);
    QList<Touchpoint> added;
    for (const TouchpointId id : std::as_const(ids))
        added.append(*journey.touchpoints().find(id));

    QUndoStack *stack = m_document->undoStack();
    stack->beginMacro(cards.size() == 1 ? tr("Add a touchpoint for the import")
                                        : tr("Add %1 touchpoints for the import").arg(cards.size()));
    stack->push(new AddTouchpointsCommand(m_document, added));
    // Cells grown to hold the new cards.
    for (const Stage &stage : journey.stages())
        if (stage.extent != m_document->journey().stages().find(stage.id)->extent)
            stack->push(new ChangeBandCommand<StageId>(m_document, stage, tr("Widen stage")));
    for (const Lane &lane : journey.lanes())
        if (lane.extent != m_document->journey().lanes().find(lane.id)->extent)
            stack->push(new ChangeBandCommand<LaneId>(m_document, lane, tr("Heighten lane")));
    stack->endMacro();
    m_createdAt = stack->index();
    for (const auto &card : cards)
        m_created << card.first;
    try {
        m_file->saveJourney(m_document->journey());
        m_document->setClean();
    } catch (const DocumentError &failure) {
        *problem = failure.message();
        undoCreatedTouchpoints();
        return false;
    }
    return true;
}

void ImportWizard::undoCreatedTouchpoints()
{
    if (m_createdAt < 0 || !m_document)
        return;
    QUndoStack *stack = m_document->undoStack();
    // Only while the wizard's step is the last one done; anything else is the user's own.
    if (stack->index() == m_createdAt && stack->canUndo()) {
        stack->undo();
        try {
            if (m_file && !m_file->isReadOnly()) {
                m_file->saveJourney(m_document->journey());
                m_document->setClean();
            }
        } catch (const DocumentError &) {
            // The map is as before in memory; the next save writes it.
        }
    }
    m_createdAt = -1;
    m_created.clear();
}

void ImportWizard::reject()
{
    // Closing mid-run cancels; the window closes once the worker has rolled back.
    if (m_running) {
        m_closeWhenIdle = true;
        m_runner->cancel();
        return;
    }
    QWizard::reject();
}

} // namespace cxmap
