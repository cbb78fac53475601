#pragma once

#include "report/reportoptions.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>

class QAction;
class QMenu;
class QPrinter;
class QProgressDialog;
class QThread;

namespace cxmap {

class MainWindow;
struct ReportData;

/**
 * File → Export Report…, Export Image… and Print…: the report and the map image of the open
 * map with the filters and spotlight the editor shows. Exports run off the GUI thread with a
 * progress dialog (shown when they take a while, as for large maps) that can cancel them; the
 * file is written whole or not at all. Printing shows a preview first.
 */
class ExportActions : public QObject
{
    Q_OBJECT

public:
    explicit ExportActions(MainWindow *window);
    ~ExportActions() override;

    /** Adds the three actions to the File menu, before `before`. */
    void populateMenu(QMenu *menu, QAction *before);

    QAction *exportReportAction() const { return m_exportReport; }
    QAction *exportImageAction() const { return m_exportImage; }
    QAction *printAction() const { return m_print; }

    /** What the dialogs start from: the editor's spotlight, theme and arrows. */
    ReportOptions currentOptions() const;

    /** Writes the report to `path` in the background (what Export Report… does after its dialogs). */
    void exportReport(const QString &path, const ReportOptions &options);
    /** Writes the map to `path`, PNG or SVG by its suffix, in the background. */
    void exportImage(const QString &path, const ReportOptions &options, double scale, int width);
    /** The report's data as the editor has it, read now (for printing and tests). */
    ReportData currentData() const;
    /** Paints the report on a printer (the preview's and the print's pages). */
    static void printReport(QPrinter *printer, const ReportData &data, ReportOptions options);

    bool isRunning() const { return m_thread != nullptr; }
    void waitForIdle();
    /** Whether failures are shown in a message box (off in tests, which watch the signals). */
    void setInteractive(bool interactive) { m_interactive = interactive; }

Q_SIGNALS:
    void exported(const QString &path, const QString &summary);
    void failed(const QString &message);

private:
    void chooseReport();
    void chooseImage();
    void print();
    void updateEnabled();
    using Job = std::function<QString(const std::function<bool(int, int)> &progress)>;
    void runInBackground(const QString &path, const QString &label, Job job);

    MainWindow *m_window;
    QAction *m_exportReport;
    QAction *m_exportImage;
    QAction *m_print;
    QThread *m_thread = nullptr;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    bool m_interactive = true;
};

} // namespace cxmap
