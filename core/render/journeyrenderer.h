#pragma once

#include "analysis/cardscore.h"
#include "analysis/spotlight.h"
#include "arrowpainter.h"
#include "cardpainter.h"
#include "experiencelanepainter.h"
#include "mapgeometry.h"
#include "rendertheme.h"
#include "transitionrouter.h"

#include <QFont>
#include <QHash>
#include <QSet>

#include <memory>
#include <optional>

class QPainter;

namespace cxmap {

/** Emphasis of a stage or lane header. */
struct HeaderState
{
    bool selected = false;
    bool hovered = false;
    bool dimmed = false;
};

/** What drawMap() draws of the map, and how: the one set of choices canvas and exports share. */
struct MapOptions
{
    /** The part of the map to draw, in map units; empty draws all of it. */
    QRectF exposed;
    /** Device pixels per map unit; 0 takes it from the painter. It decides detail and text sizes. */
    double scale = 0.0;
    bool background = true;
    bool arrows = true;
    bool cards = true;
    bool headers = true;
    /** Arrows drawn without anti-aliasing: a frame in the middle of a zoom. */
    bool draftArrows = false;
    /** The spotlight whose marks the cards carry; none when empty. */
    Spotlight spotlight;
    /** Cards the spotlight does not mark are dimmed (the presentation). */
    bool dimUnmarked = false;
    /** Stages shown at full strength, by index (first, last); the others are dimmed. */
    std::optional<std::pair<qsizetype, qsizetype>> stageRange;
    /** Cards drawn selected (the canvas draws its own; exports none). */
    QSet<TouchpointId> selected;
    /** The card with the presentation's capture focus. */
    TouchpointId focused;
    /** The curve the experience lane draws, when the geometry has the lane. */
    std::optional<ExperienceLaneData> experience;
};

/**
 * Draws a journey map with QPainter: lane bands, headers, touchpoint cards with their score
 * badges and spotlight marks, and the routed transition arrows with their labels. The canvas
 * draws its background layer with drawMap() and its items with the per-part functions; the
 * presentation and every export call drawMap(). One renderer, so screen and paper agree.
 */
class JourneyRenderer
{
public:
    JourneyRenderer(const Journey &journey, const MapGeometry &geometry, const RenderTheme &theme);
    ~JourneyRenderer();

    /** The detail cards get at a scale (device pixels per map unit, 1 = 100%). */
    Detail detailForScale(double scale) const;

    /** Scores by touchpoint; touchpoints without one are drawn as "no data". */
    void setScores(const QHash<TouchpointId, CardScore> &scores) { m_scores = scores; }
    const QHash<TouchpointId, CardScore> &scores() const { return m_scores; }
    const RenderTheme &theme() const { return m_theme; }
    const MapGeometry &geometry() const { return m_geometry; }
    const Journey &journey() const { return m_journey; }
    const CardPainter &cards() const { return m_cards; }
    const ArrowPainter &arrowPainter() const { return m_arrows; }

    /**
     * Routes every arrow whose share is at least `minimumShare` (unknown shares always show) and
     * places their labels. Call after the map changes; drawMap() and the canvas read the result.
     */
    void layoutArrows(double minimumShare = 0.0);
    const ArrowLayout &arrows() const { return m_layout; }
    /** Counts the workshop's votes and notes per card again (after the workshop changed). */
    void updateWorkshop();

    void drawBackground(QPainter *painter, const QRectF &exposed) const;
    void drawStageHeader(QPainter *painter, const Stage &stage, const QRectF &rect, HeaderState state,
                         double scale) const;
    void drawLaneHeader(QPainter *painter, const Lane &lane, const QRectF &rect, HeaderState state,
                        double scale) const;
    /** The corner above the lane headers, with the journey's name. */
    void drawCorner(QPainter *painter, const QRectF &rect, double scale) const;
    void drawCard(QPainter *painter, const Touchpoint &touchpoint, const QRectF &rect, const CardState &state,
                  double scale) const;
    /** The rectangle of a card's name at a scale, for editing it in place. */
    QRectF cardNameRect(const QRectF &card, double scale) const { return m_cards.nameRect(card, scale); }
    void drawTransition(QPainter *painter, const Transition &transition, const ArrowState &state, double scale) const;
    /** The area an arrow paints, for the canvas item's bounds; empty when it is hidden. */
    QRectF transitionBounds(const Transition &transition) const;

    /** The card state the options ask for: spotlight mark, dimming, selection, focus. */
    CardState cardState(const Touchpoint &touchpoint, const MapOptions &options) const;

    /** Draws the map (or its exposed part) at map coordinates, as the options say. */
    void drawMap(QPainter *painter, const MapOptions &options) const;

    /** Device pixels per map unit of a painter: its transform's scale times the device ratio. */
    static double painterScale(const QPainter *painter);

private:
    bool stageDimmed(qsizetype index, const MapOptions &options) const;

    const Journey &m_journey;
    const MapGeometry &m_geometry;
    RenderTheme m_theme;
    std::unique_ptr<TransitionRouter> m_router;
    QHash<TouchpointId, CardScore> m_scores;
    CardPainter m_cards;
    ArrowPainter m_arrows;
    ArrowLayout m_layout;
    QHash<TouchpointId, CardTally> m_tallies;
    TextCache m_text;
};

} // namespace cxmap
