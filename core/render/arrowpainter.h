#pragma once

#include "rendertheme.h"
#include "textcache.h"
#include "transitionrouter.h"

#include <QHash>
#include <QRectF>

#include <optional>

class QPainter;

namespace cxmap {

/** Emphasis of a transition arrow. */
struct ArrowState
{
    bool selected = false;
    bool hovered = false;
    /** One of its cards is hovered or selected: the arrow lights up with it. */
    bool lit = false;
    /** Part of the spotlit finding (the weakest path). */
    bool spotlit = false;
    bool dimmed = false;
    /** A frame in the middle of a zoom: no anti-aliasing, which costs most on large maps. */
    bool draft = false;
};

/** Every shown arrow's route and placed label: what the canvas and the exports draw alike. */
struct ArrowLayout
{
    QHash<TransitionId, TransitionRoute> routes;
    /** Labels with a free place; the others show only while their arrow is in focus. */
    QHash<TransitionId, QRectF> labels;
    /** Arrows with a known share below this are hidden (and take no port or channel). */
    double minimumShare = 0.0;

    bool isShown(TransitionId id) const { return routes.contains(id); }
    std::optional<QRectF> label(TransitionId id) const
    {
        const auto found = labels.constFind(id);
        return found == labels.cend() ? std::nullopt : std::optional<QRectF>(*found);
    }
};

/**
 * Draws transition arrows as thick as their share, with their heads and labels, and places the
 * labels: at least 9 pt at 100%, each where it overlaps no card, no other label and no other
 * arrow, or not at all (then it shows on hover).
 */
class ArrowPainter
{
public:
    explicit ArrowPainter(const RenderTheme &theme);

    static double width(const Transition &transition);
    static double headLength(const Transition &transition);
    /** The label: its text and share ("compares · 60%"), or the share alone. */
    static QString labelText(const Transition &transition);
    QSizeF labelSize(const QString &text) const;

    /** Places the labels of routed arrows, larger shares first (they say most). */
    QHash<TransitionId, QRectF> layoutLabels(const Journey &journey, const MapGeometry &geometry,
                                             const QHash<TransitionId, TransitionRoute> &routes) const;

    /** Draws an arrow; `label` is its placed label, if it has one. `scale`: device px per unit. */
    void draw(QPainter *painter, const Transition &transition, const TransitionRoute &route,
              const std::optional<QRectF> &label, const ArrowState &state, double scale) const;
    /** The area an arrow paints, for the canvas item's bounds. */
    QRectF bounds(const Transition &transition, const TransitionRoute &route, const std::optional<QRectF> &label) const;

    /** Labels are drawn when their text is at least this tall on the device. */
    static constexpr double LabelMinimumPixels = 8.0;

private:
    QRectF fallbackLabelRect(const Transition &transition, const TransitionRoute &route) const;
    QColor colorFor(const ArrowState &state) const;

    RenderTheme m_theme;
    QFont m_labelFont;
    TextCache m_text;
};

} // namespace cxmap
