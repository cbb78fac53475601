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
};

/**
 * The columns of a wide-shaped export resolved against the journey: mapped by the mapping,
 * matched automatically by name (ignoring case, punctuation and spacing), known survey-tool
 * metadata, personal data that is never imported (e-mail, IP address, names, location), or
 * unmatched — reported, never silently dropped.
 */
struct ColumnPlan
{
    QList<PlannedColumn> columns;
    /** "header → touchpoint (metric)" for every rated column. */
    QStringList matched;
    QStringList unmatched;
    QStringList privateColumns;
    /** The mapping as applied, auto-matches included: stored with the batch. */
    ImportMapping effective;

    int ratedCount() const;
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
