#include "importwizard.h"

#include "document/journeydocument.h"
#include "filepage.h"
#include "import/importrunner.h"
#include "importpage.h"
#include "mappingpage.h"
#include "previewpage.h"
#include "validationpage.h"

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
    setPage(ValidationPageId, new ValidationPage(this));
    setPage(ImportPageId, new ImportPage(this));
    setStartId(FilePageId);
}

ImportWizard::~ImportWizard()
{
    // The worker uses the document's connection: it must stop before the wizard goes.
    m_runner->cancel();
    m_runner->waitForIdle();
}

void ImportWizard::setDataPath(const QString &path)
{
    setField(QStringLiteral("path"), path);
    restart();
    // Straight on to the preview, with Back to choose another file; a file that cannot be read
    // stays on the file page, which says why (file, line, column) and offers another.
    next();
}

bool ImportWizard::loadSource(const QString &path, const QString &sheet)
{
    if (path == m_source.path && m_source.isValid() && (sheet.isEmpty() || sheet == m_source.sheet))
        return true;
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
    if (hasColumnMapping(m_format))
        options.mapping = m_mapping;
    options.force = m_force;
    options.dryRun = dryRun;
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
    if (currentId() == PreviewPageId)
        return hasColumnMapping(m_format) ? MappingPageId : ValidationPageId;
    return QWizard::nextId();
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
