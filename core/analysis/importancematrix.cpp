#include "importancematrix.h"

#include "findings.h"

#include <algorithm>

namespace cxmap {

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2.0;
}

} // namespace

ImportanceMatrix importanceMatrix(const QList<TouchpointFinding> &touchpoints)
{
    ImportanceMatrix matrix;
    QList<double> importance;
    QList<double> performance;
    for (const TouchpointFinding &finding : touchpoints)
        if (finding.importance && finding.importance->valid && finding.reliable) {
            matrix.points.append({finding.id, finding.importance->r, finding.performance.mean});
            importance.append(finding.importance->r);
            performance.append(finding.performance.mean);
        }
    matrix.valid = matrix.points.size() >= 4;
    if (matrix.valid) {
        matrix.importanceSplit = median(importance);
        matrix.performanceSplit = median(performance);
    }
    return matrix;
}

ImportanceMatrix importanceMatrix(const Findings &findings)
{
    return importanceMatrix(findings.touchpoints);
}

} // namespace cxmap
