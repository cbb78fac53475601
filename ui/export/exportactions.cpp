#include "exportactions.h"

#include "exportdialog.h"

#include "apptheme.h"
#include "document/editorstate.h"
#include "document/journeydocument.h"
#include "files/lastdirectory.h"
#include "mainwindow.h"

#include "analysis/basiscaption.h"
#include "report/mapimage.h"
#include "report/mapsheet.h"
#include "report/reportdata.h"
#include "report/reportwriter.h"
#include "store/documenterror.h"
#include "store/documentfile.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStatusBar>
#include <QThread>

namespace cxmap {

namespace {

/** The report's data from the map in memory and the findings the editor shows; the answers'
 *  side (batches, monthly series) from the file when there is one. */
ReportData dataFor(const QString &path, const Journey &journey, const Findings &findings)
{
    if (!path.isEmpty() && QFileInfo::exists(path)) {
        const std::unique_ptr<DocumentFile> file = DocumentFile::open(path, DocumentFile::Access::ReadOnly);
        return readReportData(*file, journey, findings);
    }
    ReportData data;
    data.journey = journey;
    data.findings = findings;
    data.fileName = QCoreApplication::translate("cxmap::ExportActions", "unsaved map");
    data.analysedAt = QDateTime::currentDateTime();
    data.version = QCoreApplication::applicationVersion();
    return data;
}

QString suggestedName(const JourneyDocument *document, const QString &suffix)
{
    const QFileInfo file(document->filePath());
    const QString base = file.fileName().isEmpty() ? QStringLiteral("journey") : file.completeBaseName();
    return LastDirectory::get() + QLatin1Char('/') + base + suffix;
}

} // namespace

ExportActions::ExportActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_exportReport(new QAction(tr("Export Repor&t…"), window))
    , m_exportImage(new QAction(tr("Export Ima&ge…"), window))
    , m_print(new QAction(tr("&Print…"), window))
{
    m_exportReport->setObjectName(QStringLiteral("exportReportAction"));
    m_exportReport->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    m_exportReport->setStatusTip(tr("Write the map, its findings, charts and data basis as a PDF report"));
    m_exportImage->setObjectName(QStringLiteral("exportImageAction"));
    m_exportImage->setStatusTip(tr("Write the map as a PNG or SVG image"));
    m_print->setObjectName(QStringLiteral("printAction"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setStatusTip(tr("Print the report, with a preview first"));
    connect(m_exportReport, &QAction::triggered, this, &ExportActions::chooseReport);
    connect(m_exportImage, &QAction::triggered, this, &ExportActions::chooseImage);
    connect(m_print, &QAction::triggered, this, &ExportActions::print);
    connect(this, &ExportActions::failed, this, [this](const QString &message) {
        if (m_interactive)
            QMessageBox::warning(m_window, tr("Export"), message);
    });
    connect(this, &ExportActions::exported, this,
            [this](const QString &, const QString &summary) { m_window->statusBar()->showMessage(summary, 8000); });
    updateEnabled();
}

ExportActions::~ExportActions()
{
    if (m_cancelled)
        m_cancelled->store(true);
    waitForIdle();
}

void ExportActions::populateMenu(QMenu *menu, QAction *before)
{
    menu->insertAction(before, m_exportReport);
    menu->insertAction(before, m_exportImage);
    menu->insertAction(before, m_print);
    menu->insertSeparator(before);
    // Enabled with an open map and no export running; checked as the menu opens.
    connect(menu, &QMenu::aboutToShow, this, &ExportActions::updateEnabled);
}

void ExportActions::updateEnabled()
{
    const bool open = m_window->document() && m_window->state() && !m_window->isShowingStartPage();
    for (QAction *action : {m_exportReport, m_exportImage, m_print})
        action->setEnabled(open && !isRunning());
}

ReportOptions ExportActions::currentOptions() const
{
    ReportOptions options;
    if (const EditorState *state = m_window->state()) {
        if (state->spotlightKind() != SpotlightKind::None)
            options.spotlight = state->spotlightKind();
        options.minimumShare = state->minimumShare();
    }
    options.dark = m_window->theme() && m_window->theme()->isDark();
    return options;
}

ReportData ExportActions::currentData() const
{
    const JourneyDocument *document = m_window->document();
    const EditorState *state = m_window->state();
    if (!document || !state)
        throw DocumentError(tr("No map is open."));
    return dataFor(document->filePath(), document->journey(), state->findings());
}

void ExportActions::chooseReport()
{
    updateEnabled();
    if (!m_exportReport->isEnabled())
        return;
    ExportDialog dialog(ExportDialog::Mode::Report, currentOptions(), filterCaption(m_window->state()->findings()), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Report"), suggestedName(m_window->document(), QStringLiteral(".pdf")),
                                                      tr("PDF report (*.pdf)"));
    if (path.isEmpty())
        return;
    LastDirectory::remember(path);
    exportReport(path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".pdf"),
                 dialog.options());
}

void ExportActions::chooseImage()
{
    updateEnabled();
    if (!m_exportImage->isEnabled())
        return;
    ExportDialog dialog(ExportDialog::Mode::Image, currentOptions(), filterCaption(m_window->state()->findings()), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString filter;
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Image"), suggestedName(m_window->document(), QStringLiteral(".png")),
                                                tr("PNG image (*.png);;SVG drawing (*.svg)"), &filter);
    if (path.isEmpty())
        return;
    LastDirectory::remember(path);
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("svg"))
        path += filter.contains(QLatin1String("svg")) ? QStringLiteral(".svg") : QStringLiteral(".png");
    exportImage(path, dialog.options(), dialog.imageScale(), dialog.imageWidth());
}

void ExportActions::exportReport(const QString &path, const ReportOptions &options)
{
    const JourneyDocument *document = m_window->document();
    const EditorState *state = m_window->state();
    if (!document || !state || isRunning())
        return;
    const QString file = document->filePath();
    const Journey journey = document->journey();
    const Findings findings = state->findings();
    runInBackground(path, tr("Writing the report…"), [=](const std::function<bool(int, int)> &progress) {
        const ReportData data = dataFor(file, journey, findings);
        const int pages = writeReportPdf(path, data, options, progress);
        return pages == 0 ? QString() : tr("Wrote %1: %n page(s).", nullptr, pages).arg(QFileInfo(path).fileName());
    });
}

void ExportActions::exportImage(const QString &path, const ReportOptions &options, double scale, int width)
{
    const JourneyDocument *document = m_window->document();
    const EditorState *state = m_window->state();
    if (!document || !state || isRunning())
        return;
    const QString file = document->filePath();
    const Journey journey = document->journey();
    const Findings findings = state->findings();
    runInBackground(path, tr("Writing the image…"), [=](const std::function<bool(int, int)> &progress) {
        const MapSheet sheet(journey, findings, options.dark ? RenderTheme::dark() : RenderTheme::light(), options.spotlight,
                             options.minimumShare);
        if (!progress(0, 1))
            return QString();
        if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
            writeMapSvg(sheet, path, journey.name());
        } else {
            writeMapPng(sheet, path, mapImageSize(sheet, scale, width));
        }
        progress(1, 1);
        return tr("Wrote %1.").arg(QFileInfo(path).fileName());
    });
}

void ExportActions::runInBackground(const QString &path, const QString &label, Job job)
{
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    const std::shared_ptr<std::atomic<bool>> cancelled = m_cancelled;
    m_progress = new QProgressDialog(label, tr("Cancel"), 0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowTitle(tr("Export"));
    m_progress->setWindowModality(Qt::WindowModal);
    // Only an export that takes a while (a large map) shows it.
    m_progress->setMinimumDuration(600);
    connect(m_progress, &QProgressDialog::canceled, this, [cancelled] { cancelled->store(true); });

    QPointer<ExportActions> self(this);
    auto progress = [self, cancelled](int done, int total) {
        QMetaObject::invokeMethod(
            self,
            [self, done, total] {
                if (self && self->m_progress) {
                    self->m_progress->setMaximum(total);
                    self->m_progress->setValue(done);
                }
            },
            Qt::QueuedConnection);
        return !cancelled->load();
    };
    auto result = std::make_shared<QString>();
    auto error = std::make_shared<QString>();
    m_thread = QThread::create([job, progress, result, error] {
        try {
            *result = job(progress);
        } catch (const DocumentError &failure) {
            *error = failure.message();
        } catch (const std::exception &failure) {
            *error = QString::fromLocal8Bit(failure.what());
        }
    });
    connect(m_thread, &QThread::finished, this, [this, path, result, error, cancelled] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (m_progress)
            m_progress->deleteLater();
        updateEnabled();
        if (!error->isEmpty())
            Q_EMIT failed(*error);
        else if (cancelled->load() || result->isEmpty())
            m_window->statusBar()->showMessage(tr("Export cancelled: nothing was written."), 5000);
        else
            Q_EMIT exported(path, *result);
    });
    updateEnabled();
    m_thread->start();
    for (QAction *action : {m_exportReport, m_exportImage, m_print})
        action->setEnabled(false);
}

void ExportActions::waitForIdle()
{
    while (m_thread) {
        m_thread->wait();
        QCoreApplication::sendPostedEvents(this);
        QCoreApplication::processEvents();
    }
}

void ExportActions::printReport(QPrinter *printer, const ReportData &data, ReportOptions options)
{
    // The page set up in the preview wins over the dialog's.
    options.paper = printer->pageLayout().pageSize().id();
    options.landscape = printer->pageLayout().orientation() == QPageLayout::Landscape;
    paintReport(printer, data, options);
}

void ExportActions::print()
{
    updateEnabled();
    if (!m_print->isEnabled())
        return;
    ExportDialog dialog(ExportDialog::Mode::Print, currentOptions(), filterCaption(m_window->state()->findings()), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ReportData data;
    try {
        data = currentData();
    } catch (const DocumentError &error) {
        Q_EMIT failed(error.message());
        return;
    }
    const ReportOptions options = dialog.options();
    QPrinter printer(QPrinter::HighResolution);
    // One device unit is one point, as the report is laid out (reportwriter.h); still vector.
    printer.setResolution(72);
    printer.setPageSize(QPageSize(options.paper));
    printer.setPageOrientation(options.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    printer.setDocName(reportTitle(data));
    QPrintPreviewDialog preview(&printer, m_window);
    preview.setObjectName(QStringLiteral("printPreview"));
    preview.setWindowTitle(tr("Print Preview — %1").arg(reportTitle(data)));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&data, &options](QPrinter *target) {
        try {
            printReport(target, data, options);
        } catch (const DocumentError &) {
            // An inactive printer paints nothing; the preview shows an empty page.
        }
    });
    preview.exec();
}

} // namespace cxmap
