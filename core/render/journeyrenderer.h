#pragma once

#include "mapgeometry.h"
#include "rendertheme.h"

#include <QHash>
#include <QPainterPath>

class QPainter;

namespace cxmap {

/** How well a touchpoint's score is backed, computed from n, recency and sources (DESIGN §3). */
enum class EvidenceLevel { None, Thin, Solid };

/** What a card shows of its data: the score badge and its reliability. */
struct CardScore
{
    double performance = 0.0;
    qint64 n = 0;
    bool reliable = false;
    EvidenceLevel evidence = EvidenceLevel::None;
};

/** Per-card emphasis: selection on the canvas, findings spotlit in presentation. */
struct CardState
{
    bool selected = false;
    bool highlighted = false;
    bool dimmed = false;
};

/**
 * Draws a journey map with QPainter: lane bands, headers, touchpoint cards with their score
 * badges, and transition arrows. The canvas items call the per-part functions; exports and the
 * presentation call drawMap(). One renderer, so the screen and the PDF look the same.
 */
class JourneyRenderer
{
public:
    JourneyRenderer(const Journey &journey, const MapGeometry &geometry, const RenderTheme &theme);

    /** Scores by touchpoint; touchpoints without one are drawn as "no data". */
    void setScores(const QHash<TouchpointId, CardScore> &scores) { m_scores = scores; }
    const QHash<TouchpointId, CardScore> &scores() const { return m_scores; }
    const RenderTheme &theme() const { return m_theme; }

    void drawBackground(QPainter *painter, const QRectF &exposed) const;
    void drawStageHeader(QPainter *painter, const Stage &stage, const QRectF &rect) const;
    void drawLaneHeader(QPainter *painter, const Lane &lane, const QRectF &rect) const;
    void drawCard(QPainter *painter, const Touchpoint &touchpoint, const QRectF &rect,
                  CardState state = {}) const;

    /** The arrow's curve between two cards: right edge to left edge, looping below when backwards. */
    static QPainterPath transitionPath(const QRectF &from, const QRectF &to);
    void drawTransition(QPainter *painter, const Transition &transition, const QRectF &from,
                        const QRectF &to, bool highlighted = false) const;

    /** The colour scale with its meaning, for the canvas overlay and report pages. */
    void drawLegend(QPainter *painter, const QRectF &rect) const;

    /** The whole map at scene coordinates (geometry().bounds()). */
    void drawMap(QPainter *painter) const;

private:
    void drawScoreBadge(QPainter *painter, const CardScore &score, const QRectF &rect) const;

    const Journey &m_journey;
    const MapGeometry &m_geometry;
    RenderTheme m_theme;
    QHash<TouchpointId, CardScore> m_scores;
};

} // namespace cxmap
