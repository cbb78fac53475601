#pragma once

#include "import/surveyheader.h"

#include <QWizardPage>

#include <optional>

class QComboBox;
class QLabel;
class QTableWidget;

namespace cxmap {

class ImportWizard;

/** Step 2: the detected format (which the user may correct) and the first rows as read. */
class PreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PreviewPage(ImportWizard *wizard);
    ~PreviewPage() override;

    void initializePage() override;
    bool isComplete() const override;

    QComboBox *formatBox() const { return m_format; }
    QTableWidget *table() const { return m_table; }

private:
    void showPreview();

    ImportWizard *m_wizard;
    QLabel *m_detected;
    QComboBox *m_format;
    QLabel *m_problem;
    QTableWidget *m_table;
    std::optional<SurveyHeader> m_header;
};

} // namespace cxmap
