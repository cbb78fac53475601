#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace cxmap {

class ImportWizard;

/** Step 1: which file. Refuses to go on while the map has unsaved changes. */
class FilePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit FilePage(ImportWizard *wizard);
    ~FilePage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QLabel *m_problem;
};

} // namespace cxmap
