#pragma once

#include "importmapping.h"
#include "model/ids.h"

#include <QList>
#include <QStringList>

namespace cxmap {

class Journey;
struct SurveyHeader;

/** What one column of a wide, Qualtrics or SurveyMonkey export holds. */
struct PlannedColumn
{
    enum class Role { Unused, Respondent, Timestamp, Segment, Rated, Outcome, Metadata, Private };
    Role role = Role::Unused;
    TouchpointId touchpoint;
    QString metric;
    MeasurementKind kind = MeasurementKind::Experience;
    /** Rated by automatic matching (the user confirms), not by the mapping. */
    bool automatic = false;
};

/**
 * The columns of a wide-shaped export resolved against the journey: mapped by the mapping,
 * matched automatically by name (matchKey(): letters and digits, case-folded, "&" as "and"),
 * known survey-tool metadata, personal data that is never imported (e-mail, IP address, names,
 * location), or unmatched — reported, never silently dropped.
 */
struct ColumnPlan
{
    QList<PlannedColumn> columns;
    /** "header → touchpoint (metric)" for every rated column. */
    QStringList matched;
    /** The same for the columns matched automatically only, for the user to confirm. */
    QStringList automatic;
    QStringList unmatched;
    QStringList privateColumns;
    /** No respondent column: each row is one respondent (DESIGN §5). */
    bool respondentPerRow = false;
    /** The mapping as applied, auto-matches included: stored with the batch. */
    ImportMapping effective;

    int ratedCount() const;
};

/**
 * Whether a column's values look like ratings — whole numbers on a small scale, or the labels of
 * a survey tool's scale — so that such a column matching no touchpoint is a warning, not a
 * quiet omission. Fed one cell at a time; gives up on a column at its first value that is not.
 */
class RatingGuess
{
public:
    void add(QByteArrayView cell);
    bool looksLikeRating() const;
    /** "whole numbers 1 to 5", "answers like "Very satisfied"". */
    QString describe() const;

private:
    bool m_possible = true;
    // Every number so far one more than the one before: a row counter, not answers.
    bool m_counting = true;
    double m_last = 0.0;
    qint64 m_numbers = 0;
    double m_min = 0.0;
    double m_max = 0.0;
    QString m_label;
};

/**
 * Plans the columns. `metrics` are the names of the document's metrics (the mapping's own
 * included). Throws DocumentError when the mapping names a column the file does not have, a
 * touchpoint the map does not have, a metric the document does not have, or personal data:
 * "map.json:<line>:<column>: …" at the mapping's key when it came from a file, else
 * "<data file>:<header line>: …".
 */
ColumnPlan planColumns(const SurveyHeader &header, const ImportMapping &mapping,
                       const Journey &journey, const QStringList &metrics, const QString &fileName);

/** Whether a header names personal data that cxmap never imports. */
bool isPrivateColumn(const QString &header);

} // namespace cxmap
