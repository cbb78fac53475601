#pragma once

#include "mapgeometry.h"
#include "rendertheme.h"
#include "textcache.h"
#include "transitionrouter.h"

#include <QFont>
#include <QHash>
#include <QPainterPath>

#include <memory>
#include <optional>

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

/**
 * How much to draw, from the zoom: everything; names and shares only; shapes only. Keeps a
 * zoomed-out map legible and a 2,000-card repaint within a frame.
 */
enum class Detail { Full, Reduced, Minimal };

/** Per-card emphasis: selection and hover on the canvas, findings spotlit in presentation. */
struct CardState
{
    bool selected = false;
    bool hovered = false;
    bool highlighted = false;
    bool dimmed = false;
};

/** Emphasis of a stage or lane header. */
struct HeaderState
{
    bool selected = false;
    bool hovered = false;
};

/** Emphasis of a transition arrow. */
struct ArrowState
{
    bool selected = false;
    bool hovered = false;
    bool highlighted = false;
    /** A frame in the middle of a zoom: no anti-aliasing, which costs most on large maps. */
    bool draft = false;
};

/**
 * Draws a journey map with QPainter: lane bands, headers, touchpoint cards with their score
 * badges, and transition arrows with their labels. The canvas items call the per-part
 * functions; exports and the presentation call drawMap(). One renderer, so the screen and the
 * PDF look the same.
 */
class JourneyRenderer
{
public:
    JourneyRenderer(const Journey &journey, const MapGeometry &geometry, const RenderTheme &theme);
    ~JourneyRenderer();

    /** The detail to draw at a scale (view zoom × device scale, 1 = 100%). */
    static Detail detailForScale(double scale);

    /** Scores by touchpoint; touchpoints without one are drawn as "no data". */
    void setScores(const QHash<TouchpointId, CardScore> &scores) { m_scores = scores; }
    const QHash<TouchpointId, CardScore> &scores() const { return m_scores; }
    const RenderTheme &theme() const { return m_theme; }
    const MapGeometry &geometry() const { return m_geometry; }
    /** The arrow router; its indexes must follow structural changes (see TransitionRouter). */
    TransitionRouter &router() const { return *m_router; }

    void drawBackground(QPainter *painter, const QRectF &exposed) const;
    void drawStageHeader(QPainter *painter, const Stage &stage, const QRectF &rect,
                         HeaderState state = {}) const;
    void drawLaneHeader(QPainter *painter, const Lane &lane, const QRectF &rect,
                        HeaderState state = {}) const;
    /** The corner above the lane headers, with the journey's name. */
    void drawCorner(QPainter *painter, const QRectF &rect) const;
    void drawCard(QPainter *painter, const Touchpoint &touchpoint, const QRectF &rect,
                  CardState state = {}, Detail detail = Detail::Full) const;
    /** The rectangle of a card's name, for editing it in place. */
    QRectF cardNameRect(const QRectF &card) const;

    double arrowWidth(const Transition &transition) const;
    double headLength(const Transition &transition) const;
    TransitionRoute transitionRoute(const Transition &transition) const;
    /** The label text: its label and share, or only the share at reduced detail. */
    QString transitionLabel(const Transition &transition, Detail detail) const;
    QSizeF labelSize(const QString &text) const;
    /**
     * Places the full labels of the given arrows along their routes where they overlap no card
     * and no other label, larger shares first. Arrows left out have no room: their label shows
     * only when the arrow is selected or hovered.
     */
    QHash<TransitionId, QRectF> layoutLabels(const QHash<TransitionId, TransitionRoute> &routes) const;
    /** Draws an arrow; `label` is its placed label rectangle, if it has one. */
    void drawTransition(QPainter *painter, const Transition &transition, const TransitionRoute &route,
                        const std::optional<QRectF> &label, ArrowState state = {},
                        Detail detail = Detail::Full) const;
    /**
     * Many arrows at once as straight strokes, grouped by width: a map zoomed out so far that
     * only shapes are drawn (Detail::Minimal) draws thousands of them per frame.
     */
    void drawTransitionsMinimal(QPainter *painter,
                                const QList<std::pair<const Transition *, const TransitionRoute *>> &arrows) const;
    /** The area an arrow paints, for the canvas item's bounds. */
    QRectF transitionBounds(const Transition &transition, const TransitionRoute &route,
                            const std::optional<QRectF> &label) const;

    /** The whole map at scene coordinates (geometry().bounds()). */
    void drawMap(QPainter *painter) const;

private:
    /** Normal: the score with n above it; large (zoomed out): the score alone, bigger. */
    enum class BadgeSize { Normal, Large };
    void drawScoreBadge(QPainter *painter, const CardScore &score, const QRectF &rect,
                        BadgeSize size = BadgeSize::Normal) const;
    void drawCardText(QPainter *painter, const Touchpoint &touchpoint, const QRectF &rect,
                      const CardScore *score, Detail detail) const;
    QRectF fallbackLabelRect(const Transition &transition, const TransitionRoute &route) const;

    const Journey &m_journey;
    const MapGeometry &m_geometry;
    RenderTheme m_theme;
    std::unique_ptr<TransitionRouter> m_router;
    QHash<TouchpointId, CardScore> m_scores;
    TextCache m_text;
    QFont m_nameFont;
    QFont m_largeNameFont;
    QFont m_smallFont;
    QFont m_labelFont;
    QFont m_stageFont;
    QFont m_laneFont;
    // Made once, not per card per frame.
    QFont m_badgeFont;
    QFont m_largeBadgeFont;
    QFont m_countFont;
};

} // namespace cxmap
