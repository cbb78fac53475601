#pragma once

#include "model/journey.h"
#include "model/metric.h"
#include "model/segment.h"
#include "store/measurement.h"

#include <QColor>
#include <QHash>
#include <QList>

namespace cxmap {

/** A touchpoint's measured score, as a format that shows scores writes it. */
struct TouchpointScore
{
    /** 0–100 (DESIGN §3). */
    double performance = 0.0;
    qint64 n = 0;
    bool reliable = false;
};

/**
 * A journey map with what travels with it between files: what a journey format reads into and
 * writes from (the `Map` of Tiled's MapFormat). The journey is the map itself; the rest is
 * optional and each format takes what it can hold.
 */
struct JourneyBundle
{
    Journey journey;
    /** The document's metrics, built-in ones included; empty when the source says nothing. */
    QList<Metric> metrics;
    QList<Segment> segments;
    /** Measured scores by touchpoint, for formats that show them (GraphML, Mermaid); written only.
     */
    QHash<TouchpointId, TouchpointScore> scores;
    /**
     * Answers a format carries (CJML's experience ratings of actual journeys), stored as one
     * batch when the map becomes a .cxmap.
     */
    QList<MeasurementRecord> answers;
    /** Where the answers came from, for that batch: "CJML actual journeys in FILE". */
    QString answersSource;
    /**
     * Survey answers stored in the source document (a .cxmap). Only a .cxmap holds them, so
     * other formats report that they stay behind.
     */
    qint64 storedAnswers = 0;
};

} // namespace cxmap
