#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;

namespace cxmap {

class ImportWizard;
struct ImportSummary;

/**
 * Step 4: the whole file is read and checked as the import would, then rolled back
 * (ImportOptions::dryRun), so every error — with its file, line and column — shows up before
 * anything is written: the first hundred listed, the others counted by what they say. Columns
 * that look like ratings but match no touchpoint are a warning, shown first. Importing is the
 * next, committing, step.
 */
class ValidationPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ValidationPage(ImportWizard *wizard);
    ~ValidationPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    /** True once the dry run passed. */
    bool isValid() const { return m_valid; }
    QString report() const;
    /** The errors listed, one a line; empty when the file checked out. */
    QStringList errors() const;
    QCheckBox *forceBox() const { return m_force; }

private:
    void start();
    /** Ends a dry run in progress, discarding its answer, and forgets the last verdict. */
    void stop();
    void onFinished(const ImportSummary &summary);
    void onFailed(const QString &message);
    void showErrors(const ImportSummary &summary);

    ImportWizard *m_wizard;
    QLabel *m_report;
    QProgressBar *m_progress;
    QCheckBox *m_force;
    QPlainTextEdit *m_errors;
    bool m_active = false;
    bool m_discard = false;
    bool m_valid = false;
};

} // namespace cxmap
