#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;

namespace cxmap {

class ImportWizard;
struct ImportSummary;

/** Step 5: the import itself, on a worker thread, with progress and cancel. */
class ImportPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPage(ImportWizard *wizard);
    ~ImportPage() override;

    void initializePage() override;
    bool isComplete() const override;

    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QString report() const;
    bool succeeded() const { return m_succeeded; }

private:
    void onFinished(const ImportSummary &summary);
    void onFailed(const QString &message);

    ImportWizard *m_wizard;
    QProgressBar *m_progress;
    QLabel *m_report;
    QPushButton *m_cancel;
    bool m_active = false;
    bool m_done = false;
    bool m_succeeded = false;
};

} // namespace cxmap
