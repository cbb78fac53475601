#pragma once

#include "import/columnplan.h"
#include "import/importmapping.h"
#include "import/surveyheader.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace cxmap {

class ImportWizard;

/**
 * Step 3, for files with a column per touchpoint: what each column is — a rating of which
 * touchpoint and metric, the respondent, the date, the segment, the journey outcome — with the
 * automatic matches filled in to confirm or change. Unmatched columns and personal data (never
 * imported) are shown as such, never dropped in silence; unmatched columns whose answers look
 * like ratings are a warning above everything else.
 */
class MappingPage : public QWizardPage
{
    Q_OBJECT

public:
    /** Table columns. */
    enum Column {
        NameColumn,
        SampleColumn,
        RoleColumn,
        TouchpointColumn,
        MetricColumn,
        KindColumn,
        StatusColumn
    };

    explicit MappingPage(ImportWizard *wizard);
    ~MappingPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /** The mapping the table says, auto-matching off: every column is as shown. */
    ImportMapping mapping() const;

    QTableWidget *table() const { return m_table; }
    /** The line above the table: how many columns go where. */
    QString summary() const;
    /** Shown first: unmatched columns that look like ratings; empty when none. */
    QString warning() const;
    /** The row of a file column by its header name, or -1. */
    int rowOf(const QString &column) const;
    QComboBox *roleBox(int row) const;
    QComboBox *touchpointBox(int row) const;
    QComboBox *metricBox(int row) const;
    QComboBox *kindBox(int row) const;
    QString status(int row) const;

private:
    QComboBox *boxAt(int row, int column) const;
    void plan(const ImportMapping &mapping);
    void fillRow(int row, const PlannedColumn &planned);
    void updateRow(int row);
    void updateSummary();
    void loadMappingFile();

    ImportWizard *m_wizard;
    QLabel *m_summary;
    QLabel *m_warning;
    QLabel *m_problem;
    QTableWidget *m_table;
    QLineEdit *m_notRated;
    SurveyHeader m_header;
    ColumnPlan m_plan;
    QStringList m_metrics;
    /** Unmatched columns whose previewed answers look like ratings, with what they look like. */
    QHash<int, QString> m_ratingLike;
};

} // namespace cxmap
