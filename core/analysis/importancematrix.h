#pragma once

#include "model/ids.h"

#include <QList>

namespace cxmap {

struct Findings;
struct TouchpointFinding;

/** One touchpoint in the importance–performance matrix. */
struct MatrixPoint
{
    TouchpointId id;
    double importance = 0.0;
    double performance = 0.0;
};

/**
 * The importance–performance matrix's data (DESIGN §3): the touchpoints with a valid importance
 * and a reliable score, split at the medians of both. Computed once here for the findings, the
 * dock's chart, the presentation and the report.
 */
struct ImportanceMatrix
{
    QList<MatrixPoint> points;
    double importanceSplit = 0.0;
    double performanceSplit = 0.0;
    /** Four points at least: fewer make no quadrants. */
    bool valid = false;
};

ImportanceMatrix importanceMatrix(const QList<TouchpointFinding> &touchpoints);
ImportanceMatrix importanceMatrix(const Findings &findings);

} // namespace cxmap
