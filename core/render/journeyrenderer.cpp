#include "journeyrenderer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPaintDevice>

#include <algorithm>
#include <cmath>

namespace cxmap {

namespace {

/** Header text at 100%, and its floor in device pixels when zoomed out. */
constexpr double StagePixels = 14.0;
constexpr double StageMinimumPixels = 12.0;
constexpr double LanePixels = 12.7;
constexpr double LaneMinimumPixels = 11.0;
constexpr double CornerPixels = 10.0;
constexpr double CornerMinimumPixels = 9.0;

QFont headerFont(const QFont &base, double pixels, bool bold)
{
    QFont font = base;
    // Up, not to the nearest: a floor in device pixels must hold after rounding.
    font.setPixelSize(std::max(1, int(std::ceil(pixels - 1e-6))));
    font.setBold(bold);
    return font;
}

double quantised(double scale)
{
    return std::max(0.02, std::round(scale * 50.0) / 50.0);
}

} // namespace

JourneyRenderer::JourneyRenderer(const Journey &journey, const MapGeometry &geometry, const RenderTheme &theme)
    : m_journey(journey)
    , m_geometry(geometry)
    , m_theme(theme)
    , m_router(std::make_unique<TransitionRouter>(journey, geometry))
    , m_cards(theme)
    , m_arrows(theme)
{
    updateWorkshop();
}

JourneyRenderer::~JourneyRenderer() = default;

Detail JourneyRenderer::detailForScale(double scale) const
{
    return m_cards.style(scale, m_geometry.metrics().cardHeight).detail;
}

double JourneyRenderer::painterScale(const QPainter *painter)
{
    const QTransform t = painter->worldTransform();
    const double scale = std::sqrt(std::abs(t.m11() * t.m22() - t.m12() * t.m21()));
    return scale * (painter->device() ? painter->device()->devicePixelRatioF() : 1.0);
}

void JourneyRenderer::layoutArrows(double minimumShare)
{
    QList<const Transition *> shown;
    for (const Transition &transition : m_journey.transitions())
        if (!transition.share || *transition.share + 1e-9 >= minimumShare)
            shown.append(&transition);
    m_layout.minimumShare = minimumShare;
    m_layout.routes = m_router->routeAll(shown, [](const Transition &t) { return ArrowPainter::headLength(t) * 0.75; });
    m_layout.labels = m_arrows.layoutLabels(m_journey, m_geometry, m_layout.routes);
}

void JourneyRenderer::updateWorkshop()
{
    m_tallies.clear();
    const Workshop &workshop = m_journey.workshop();
    for (const WorkshopVote &vote : workshop.votes)
        ++m_tallies[vote.touchpoint].votes;
    for (const WorkshopNote &note : workshop.notes)
        ++m_tallies[note.touchpoint].notes;
}

void JourneyRenderer::drawBackground(QPainter *painter, const QRectF &exposed) const
{
    painter->save();
    painter->fillRect(exposed, m_theme.background);
    const QRectF grid = m_geometry.gridRect();
    for (qsizetype i = 0; i < m_journey.lanes().size(); ++i) {
        const QRectF row = m_geometry.laneRow(m_journey.lanes().at(i).id);
        if (row.intersects(exposed))
            painter->fillRect(row, i % 2 ? m_theme.laneBandAlternate : m_theme.laneBand);
    }
    painter->setPen(QPen(m_theme.gridLine, 0));
    for (const Stage &stage : m_journey.stages()) {
        const QRectF column = m_geometry.stageColumn(stage.id);
        painter->drawLine(QLineF(column.topRight(), column.bottomRight()));
    }
    for (const Lane &lane : m_journey.lanes()) {
        const QRectF row = m_geometry.laneRow(lane.id);
        painter->drawLine(QLineF(QPointF(grid.left(), row.bottom()), row.bottomRight()));
    }
    painter->drawLine(QLineF(grid.topLeft(), grid.bottomLeft()));
    painter->restore();
}

void JourneyRenderer::drawStageHeader(QPainter *painter, const Stage &stage, const QRectF &rect,
                                      HeaderState state, double scale) const
{
    painter->save();
    if (state.dimmed)
        painter->setOpacity(0.45);
    QColor fill = m_theme.headerBackground;
    if (state.selected || state.hovered)
        fill = fill.lighter(state.selected ? 150 : 125);
    painter->fillRect(rect, fill);
    painter->setPen(QPen(m_theme.headerText.darker(220), 0));
    painter->drawLine(QLineF(rect.topRight(), rect.bottomRight() - QPointF(0, 10)));
    if (state.selected)
        painter->fillRect(QRectF(rect.left(), rect.bottom() - 3, rect.width(), 3), m_theme.selection);
    const double floor = std::max(StageMinimumPixels, m_theme.minimumTextPixels);
    const double pixels = std::min(std::max(StagePixels, floor / quantised(scale)), rect.height() * 0.62);
    if (m_theme.minimumTextPixels > 0 && pixels * scale < m_theme.minimumTextPixels - 0.5) {
        painter->restore();
        return;
    }
    const QFont font = headerFont(m_theme.font, pixels, true);
    painter->setPen(m_theme.headerText);
    const QRectF text = rect.adjusted(12, 0, -8, 0);
    const LaidOutText &laid = m_text.text(stage.name, font, text.width(), 1);
    TextCache::draw(painter, QPointF(text.left(), text.center().y() - laid.size.height() / 2), laid);
    painter->restore();
}

void JourneyRenderer::drawLaneHeader(QPainter *painter, const Lane &lane, const QRectF &rect,
                                     HeaderState state, double scale) const
{
    painter->save();
    if (state.dimmed)
        painter->setOpacity(0.45);
    const qsizetype index = m_journey.lanes().indexOf(lane.id);
    QColor fill = index % 2 ? m_theme.laneBandAlternate : m_theme.laneBand;
    if (state.selected)
        fill = m_theme.isDark ? fill.lighter(135) : QColor(0xe8, 0xf0, 0xfd);
    else if (state.hovered)
        fill = m_theme.isDark ? fill.lighter(120) : fill.darker(104);
    painter->fillRect(rect, fill);
    painter->setPen(QPen(m_theme.gridLine, 0));
    painter->drawLine(QLineF(rect.bottomLeft(), rect.bottomRight()));
    painter->setPen(QPen(m_theme.gridLine.darker(m_theme.isDark ? 70 : 115), 0));
    painter->drawLine(QLineF(rect.topRight(), rect.bottomRight()));
    if (state.selected)
        painter->fillRect(QRectF(rect.left(), rect.top(), 3, rect.height()), m_theme.selection);
    const QRectF text = rect.adjusted(14, 12, -10, -8);
    const double floor = std::max(LaneMinimumPixels, m_theme.minimumTextPixels);
    const double pixels = std::min(std::max(LanePixels, floor / quantised(scale)), text.height() / 2.4);
    if (m_theme.minimumTextPixels > 0 && pixels * scale < m_theme.minimumTextPixels - 0.5) {
        painter->restore();
        return;
    }
    const QFont font = headerFont(m_theme.font, pixels, true);
    const int lines = std::max(1, int(text.height() / QFontMetricsF(font).height()));
    painter->setPen(m_theme.laneHeaderText);
    TextCache::draw(painter, text.topLeft(), m_text.text(lane.name, font, text.width(), std::min(lines, 3)));
    painter->restore();
}

void JourneyRenderer::drawCorner(QPainter *painter, const QRectF &rect, double scale) const
{
    painter->save();
    painter->fillRect(rect, m_theme.headerBackground);
    painter->setPen(m_theme.headerText.darker(140));
    const double floor = std::max(CornerMinimumPixels, m_theme.minimumTextPixels);
    const double pixels = std::min(std::max(CornerPixels, floor / quantised(scale)), rect.height() * 0.5);
    // Text that cannot keep the theme's floor is left out rather than drawn too small.
    if (m_theme.minimumTextPixels > 0 && pixels * scale < m_theme.minimumTextPixels - 0.5) {
        painter->restore();
        return;
    }
    const QFont font = headerFont(m_theme.font, pixels, false);
    const QRectF text = rect.adjusted(12, 0, -8, 0);
    const LaidOutText &laid = m_text.text(m_journey.name(), font, text.width(), 1);
    TextCache::draw(painter, QPointF(text.left(), text.center().y() - laid.size.height() / 2), laid);
    painter->restore();
}

void JourneyRenderer::drawCard(QPainter *painter, const Touchpoint &touchpoint, const QRectF &rect,
                               const CardState &state, double scale) const
{
    const auto found = m_scores.constFind(touchpoint.id);
    CardState withTally = state;
    withTally.tally = m_tallies.value(touchpoint.id);
    m_cards.draw(painter, touchpoint, rect, found == m_scores.cend() ? nullptr : &*found, withTally, scale);
}

void JourneyRenderer::drawTransition(QPainter *painter, const Transition &transition, const ArrowState &state,
                                     double scale) const
{
    const auto route = m_layout.routes.constFind(transition.id);
    if (route == m_layout.routes.cend())
        return;
    m_arrows.draw(painter, transition, *route, m_layout.label(transition.id), state, scale);
}

QRectF JourneyRenderer::transitionBounds(const Transition &transition) const
{
    const auto route = m_layout.routes.constFind(transition.id);
    if (route == m_layout.routes.cend())
        return {};
    return m_arrows.bounds(transition, *route, m_layout.label(transition.id));
}

bool JourneyRenderer::stageDimmed(qsizetype index, const MapOptions &options) const
{
    return options.stageRange && (index < options.stageRange->first || index > options.stageRange->second);
}

CardState JourneyRenderer::cardState(const Touchpoint &touchpoint, const MapOptions &options) const
{
    CardState state;
    state.selected = options.selected.contains(touchpoint.id);
    state.focused = options.focused == touchpoint.id && touchpoint.id.isValid();
    if (const auto mark = options.spotlight.marks.constFind(touchpoint.id); mark != options.spotlight.marks.cend()) {
        state.markKind = options.spotlight.kind;
        state.mark = *mark;
    }
    const bool unmarked = options.dimUnmarked && options.spotlight.isActive() && state.markKind == SpotlightKind::None;
    state.dimmed = unmarked || stageDimmed(m_journey.stages().indexOf(touchpoint.stage), options);
    return state;
}

void JourneyRenderer::drawMap(QPainter *painter, const MapOptions &options) const
{
    const double scale = options.scale > 0 ? options.scale : painterScale(painter);
    const QRectF exposed = options.exposed.isEmpty() ? m_geometry.bounds() : options.exposed;
    // The same hints whoever paints (the view's cached background starts with none), so the
    // canvas, the presentation and every export draw the same pixels.
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    if (options.background)
        drawBackground(painter, exposed.intersected(m_geometry.bounds()));

    if (options.arrows) {
        for (const Transition &transition : m_journey.transitions()) {
            const auto route = m_layout.routes.constFind(transition.id);
            if (route == m_layout.routes.cend())
                continue;
            const std::optional<QRectF> label = m_layout.label(transition.id);
            if (!m_arrows.bounds(transition, *route, label).intersects(exposed))
                continue;
            ArrowState state;
            state.draft = options.draftArrows;
            state.spotlit = options.spotlight.transitions.contains(transition.id);
            const Touchpoint *from = m_journey.touchpoints().find(transition.from);
            const Touchpoint *to = m_journey.touchpoints().find(transition.to);
            if (from && to) {
                const CardState a = cardState(*from, options);
                const CardState b = cardState(*to, options);
                state.dimmed = a.dimmed && b.dimmed && !state.spotlit;
            }
            m_arrows.draw(painter, transition, *route, label, state, scale);
        }
    }
    if (options.experience && m_geometry.hasExperienceLane()
        && m_geometry.experienceLaneRect().united(m_geometry.experienceHeaderRect()).intersects(exposed)) {
        QList<std::pair<double, double>> columns;
        for (const Stage &stage : m_journey.stages()) {
            const QRectF column = m_geometry.stageColumn(stage.id);
            columns.append({column.left(), column.right()});
        }
        ExperienceLanePainter::draw(painter, m_geometry.experienceHeaderRect(), m_geometry.experienceLaneRect(), columns,
                                    *options.experience, m_theme, scale, std::max(10.0, m_theme.minimumTextPixels));
    }
    if (options.cards) {
        const QRectF area = exposed.adjusted(-30, -30, 30, 30);
        for (const Touchpoint &touchpoint : m_journey.touchpoints()) {
            const QRectF rect = m_geometry.cardRect(touchpoint);
            if (rect.intersects(area))
                drawCard(painter, touchpoint, rect, cardState(touchpoint, options), scale);
        }
    }
    if (options.headers) {
        for (qsizetype i = 0; i < m_journey.stages().size(); ++i) {
            const Stage &stage = m_journey.stages().at(i);
            HeaderState state;
            state.dimmed = stageDimmed(i, options);
            drawStageHeader(painter, stage, m_geometry.stageHeader(stage.id), state, scale);
        }
        for (const Lane &lane : m_journey.lanes())
            drawLaneHeader(painter, lane, m_geometry.laneHeader(lane.id), {}, scale);
        drawCorner(painter, m_geometry.cornerRect(), scale);
    }
    painter->restore();
}

} // namespace cxmap
