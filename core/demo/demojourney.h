#pragma once

#include "model/journey.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cxmap {

/** Where the bundled demo document lives in the Qt resource system. */
QString demoResourcePath();

/**
 * The bundled demo document (resources/demo/demo-journey.json) as bytes. The resource is part of
 * the build, so a missing one is a packaging defect: this stops the program with qFatal.
 */
QByteArray demoResourceData();

/**
 * Builds a journey from a demo document: a cxmap JSON map (interchange/cxmapjsonformat.h) whose
 * touchpoints refer to stages, lanes and each other by name and carry `sample` profiles, which
 * are ignored here (see parseDemoProfile()). The demo also needs stages, lanes, a name and
 * unique touchpoint names. IDs are allocated in document order, so the same document always
 * yields the same journey.
 *
 * Returns nullopt and sets `error` (when given) to one line naming the offending entry.
 */
std::optional<Journey> parseDemoJourney(const QByteArray &json, QString *error = nullptr);

/**
 * The bundled demo journey: a customer switching mobile phone contract, 25 touchpoints over the
 * default stages and lanes. A broken resource is a build defect caught by tst_demo, so this
 * stops the program with qFatal and the parse error rather than returning a half-built map.
 */
Journey loadDemoJourney();

} // namespace cxmap
