#pragma once

#include "mapmetrics.h"
#include "model/journey.h"

#include <QList>

namespace cxmap {

/** What Tidy aims for beyond tidiness. */
struct TidyOptions
{
    /**
     * Width ÷ height the whole map should come close to, so that it fills a screen at fit:
     * cells take as many columns of cards as bring the map nearest to it. 16:9 by default.
     */
    double aspectRatio = 16.0 / 9.0;
};

/** The changes Tidy makes, computed without changing anything. */
struct TidyPlan
{
    /** Stages and lanes that grow to hold their cards, with their new extent. */
    QList<Stage> stages;
    QList<Lane> lanes;
    /** Touchpoints whose position changes, in journey order, with the new position. */
    QList<Touchpoint> moved;
    /** Crossing transitions (countCrossings()) before and after. */
    qint64 crossingsBefore = 0;
    qint64 crossingsAfter = 0;

    bool isEmpty() const { return stages.isEmpty() && lanes.isEmpty() && moved.isEmpty(); }
};

/**
 * Tidies every cell: its cards go into a centred block of rows, as many columns wide as the
 * whole map's shape asks for (TidyOptions), ordered so that as few transitions cross as the
 * layer sweeps find (orderCellsForFewerCrossings()); cards without transitions keep their
 * top-to-bottom, left-to-right order. Stages and lanes only grow, and only to hold their cards;
 * no card changes cell; no two cards overlap. Deterministic, and a tidy map stays as it is.
 *
 * Crossings never end above the tidy arrangement in the cards' present order, which is where the
 * sweeps start; on every map we have tried that is also below the untidy map's count.
 */
TidyPlan planTidyLayout(const Journey &journey, const MapMetrics &metrics = {},
                        const TidyOptions &options = {});

/** Applies a plan made for this journey (for imports; the editor goes through undo commands). */
void applyTidyPlan(Journey &journey, const TidyPlan &plan);

/** The journey tidied: what maps that arrive without card positions are given. */
Journey tidied(Journey journey, const MapMetrics &metrics = {});

} // namespace cxmap
