#pragma once

#include "import/surveyheader.h"

#include <QWizardPage>

#include <optional>

class QComboBox;
class QLabel;
class QTableWidget;

namespace cxmap {

class ImportWizard;

/**
 * Step 2: the detected format (which the user may correct), the encoding or the workbook's
 * sheet (another sheet may be chosen), and the first rows as read.
 */
class PreviewPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit PreviewPage(ImportWizard *wizard);
    ~PreviewPage() override;

    void initializePage() override;
    bool isComplete() const override;

    QComboBox *formatBox() const { return m_format; }
    /** The sheets of a workbook; hidden for a CSV file or a workbook of one sheet. */
    QComboBox *sheetBox() const { return m_sheet; }
    QString detected() const;
    QTableWidget *table() const { return m_table; }

private:
    void showPreview();
    QString detectedText() const;

    ImportWizard *m_wizard;
    QLabel *m_detected;
    QComboBox *m_format;
    QComboBox *m_sheet;
    QLabel *m_sheetLabel = nullptr;
    QLabel *m_problem;
    QTableWidget *m_table;
    std::optional<SurveyHeader> m_header;
};

} // namespace cxmap
