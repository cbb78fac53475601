#pragma once

#include "import/importmapping.h"
#include "import/namescan.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QTableWidget;

namespace cxmap {

class ImportWizard;

/**
 * Step 3, for long and aggregated files: the touchpoints and metrics the file names that the
 * map does not have — each mapped to one it has (the closest name first), created (a
 * touchpoint in a stage of the user's choice, a metric on the scale its numbers suggest), or
 * skipped with its rows. The file is read once for its names, on a worker thread.
 */
class NamesPage : public QWizardPage
{
    Q_OBJECT

public:
    enum Column { NameColumn, RowsColumn, ActionColumn, TargetColumn };
    enum Action { MapTo, Create, Skip };

    explicit NamesPage(ImportWizard *wizard);
    ~NamesPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QTableWidget *table() const { return m_table; }
    /** The row of a name from the file, or -1. */
    int rowOf(const QString &name) const;
    QComboBox *actionBox(int row) const;
    QComboBox *targetBox(int row) const;
    /** Whether the names have been read (the table is filled). */
    bool isReady() const { return m_ready; }
    QString status() const;

    /** The mapping the table says: names mapped, metrics made, rows skipped. */
    ImportMapping mapping() const;

private:
    struct Unknown
    {
        bool metric;
        NameUse use;
    };
    void fill(const FileNames &names);
    void updateTarget(int row);
    void stop();

    ImportWizard *m_wizard;
    QLabel *m_status;
    QTableWidget *m_table;
    QList<Unknown> m_unknown;
    QFutureWatcher<FileNames> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    bool m_ready = false;
};

} // namespace cxmap
