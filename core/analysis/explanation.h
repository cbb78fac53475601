#pragma once

#include <QStringList>

namespace cxmap {

struct Findings;
struct TouchpointFinding;

/**
 * How each of a touchpoint's numbers was computed, with its basis, in sentences a manager can
 * audit (DESIGN §3: "every score shows its scale and formula on request, with its answer
 * distribution"). For the inspector, tooltips and the report.
 */
QStringList explainTouchpoint(const TouchpointFinding &finding, const Findings &findings);

} // namespace cxmap
