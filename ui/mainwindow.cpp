#include "mainwindow.h"

#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "demo/demodocument.h"
#include "document/journeydocument.h"
#include "store/datatables.h"
#include "store/documenterror.h"
#include "store/documentfile.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace cxmap {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_view(new JourneyView(this))
    , m_statusCounts(new QLabel(this))
{
    setCentralWidget(m_view);
    statusBar()->addPermanentWidget(m_statusCounts);
    resize(1400, 860);
    createActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, [this] {
        if (!maybeSave())
            return;
        const QString path = QFileDialog::getOpenFileName(this, tr("Open journey map"), QString(),
                                                          tr("Journey maps (*.cxmap)"));
        if (!path.isEmpty())
            openDocument(path);
    });
    open->setShortcut(QKeySequence::Open);
    QAction *saveAction = file->addAction(tr("&Save"), this, &MainWindow::save);
    saveAction->setShortcut(QKeySequence::Save);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = view->addAction(tr("Zoom &in"), this, [this] { m_view->zoomBy(1.25); });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction *zoomOut = view->addAction(tr("Zoom &out"), this, [this] { m_view->zoomBy(0.8); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *fit = view->addAction(tr("&Fit to window"), m_view, &JourneyView::fitToWindow);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
}

bool MainWindow::openStartupDocument(const QString &path)
{
    if (!path.isEmpty())
        return openDocument(path);

    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString demo = QDir(folder).filePath(QStringLiteral("demo.cxmap"));
    if (!QFileInfo::exists(demo)) {
        try {
            QDir().mkpath(folder);
            writeDemoDocument(demo);
        } catch (const DocumentError &error) {
            showError(error.message());
            return false;
        }
    }
    return openDocument(demo);
}

bool MainWindow::openDocument(const QString &path)
{
    try {
        std::unique_ptr<DocumentFile> file;
        try {
            file = DocumentFile::open(path, DocumentFile::Access::ReadWrite);
        } catch (const DocumentError &error) {
            // Locked or read-only: offer the map read-only rather than nothing.
            const auto answer = QMessageBox::question(
                this, tr("Open read-only?"),
                tr("%1\n\nOpen it read-only instead?").arg(error.message()));
            if (answer != QMessageBox::Yes)
                return false;
            file = DocumentFile::open(path, DocumentFile::Access::ReadOnly);
        }
        auto *document = new JourneyDocument(file->readJourney(), this);
        document->setFilePath(path);
        setDocument(std::move(file), document);
        return true;
    } catch (const DocumentError &error) {
        showError(error.message());
        return false;
    }
}

void MainWindow::setDocument(std::unique_ptr<DocumentFile> file, JourneyDocument *document)
{
    delete m_scene;
    if (m_document)
        m_document->deleteLater();
    m_file = std::move(file);
    m_document = document;
    m_scene = new JourneyScene(document, this);
    m_view->setScene(m_scene);
    connect(document, &JourneyDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(document, &JourneyDocument::changed, this, &MainWindow::updateStatus);
    updateTitle();
    updateStatus();
    QTimer::singleShot(0, m_view, &JourneyView::fitToWindow);
}

void MainWindow::updateTitle()
{
    if (!m_document)
        return;
    QString title = QStringLiteral("%1 — %2[*]")
                        .arg(m_document->journey().name(), QFileInfo(m_document->filePath()).fileName());
    if (m_file && m_file->isReadOnly())
        title += tr(" (read-only)");
    setWindowTitle(title);
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    if (!m_document || !m_file)
        return;
    const Journey &journey = m_document->journey();
    QString text = tr("%1 stages · %2 lanes · %3 touchpoints · %4 transitions")
                       .arg(journey.stages().size())
                       .arg(journey.lanes().size())
                       .arg(journey.touchpoints().size())
                       .arg(journey.transitions().size());
    try {
        const DataCounts counts = readDataCounts(m_file->database());
        text += tr(" · %1 answers from %2 respondents").arg(counts.measurements).arg(counts.respondents);
    } catch (const SqliteError &) {
        // The counts are a convenience; the map is already shown.
    }
    m_statusCounts->setText(text);
}

bool MainWindow::save()
{
    if (!m_document || !m_file)
        return false;
    try {
        m_file->saveJourney(m_document->journey());
        m_document->setClean();
        statusBar()->showMessage(tr("Saved %1").arg(m_file->path()), 3000);
        return true;
    } catch (const DocumentError &error) {
        showError(error.message());
        return false;
    }
}

bool MainWindow::maybeSave()
{
    if (!m_document || !m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
                                             tr("Save the changes to \"%1\"?").arg(m_document->journey().name()),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (maybeSave())
        event->accept();
    else
        event->ignore();
}

void MainWindow::showError(const QString &message)
{
    QMessageBox::critical(this, tr("cxmap"), message);
}

} // namespace cxmap
