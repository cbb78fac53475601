#include "journeyrenderer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QtMath>

#include <algorithm>
#include <array>

namespace cxmap {

namespace {

// Fonts of the text cache.
enum FontId { NameFont, LargeNameFont, SmallFont, LabelFont };

constexpr double CardRadius = 6.0;
constexpr double ScoreStripWidth = 5.0;
constexpr double LabelMaxWidth = 170.0;

QFont withSize(QFont font, double pointSize, bool bold = false)
{
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

QString evidenceText(EvidenceLevel level)
{
    switch (level) {
    case EvidenceLevel::Solid:
        return QStringLiteral("solid evidence");
    case EvidenceLevel::Thin:
        return QStringLiteral("thin evidence");
    case EvidenceLevel::None:
        break;
    }
    return QStringLiteral("no evidence");
}

// A coarse spatial hash of rectangles, for placing labels among thousands of cards.
class RectGrid
{
public:
    void insert(const QRectF &rect)
    {
        forCells(rect, [&](qint64 key) {
            m_cells[key].append(rect);
            return false;
        });
    }
    bool intersects(const QRectF &rect) const
    {
        return forCells(rect, [&](qint64 key) {
            const auto found = m_cells.constFind(key);
            if (found == m_cells.cend())
                return false;
            return std::any_of(found->cbegin(), found->cend(),
                               [&](const QRectF &other) { return other.intersects(rect); });
        });
    }

private:
    static constexpr double Size = 128.0;
    template<typename Visit>
    bool forCells(const QRectF &rect, Visit visit) const
    {
        const auto x0 = qint64(std::floor(rect.left() / Size));
        const auto x1 = qint64(std::floor(rect.right() / Size));
        const auto y0 = qint64(std::floor(rect.top() / Size));
        const auto y1 = qint64(std::floor(rect.bottom() / Size));
        for (qint64 x = x0; x <= x1; ++x)
            for (qint64 y = y0; y <= y1; ++y)
                if (visit((x << 32) ^ (y & 0xffffffff)))
                    return true;
        return false;
    }
    QHash<qint64, QList<QRectF>> m_cells;
};

} // namespace

JourneyRenderer::JourneyRenderer(const Journey &journey, const MapGeometry &geometry,
                                 const RenderTheme &theme)
    : m_journey(journey)
    , m_geometry(geometry)
    , m_theme(theme)
    , m_router(std::make_unique<TransitionRouter>(journey, geometry))
    , m_nameFont(withSize(theme.font, 9.0, true))
    , m_largeNameFont(withSize(theme.font, 12.0, true))
    , m_smallFont(withSize(theme.font, 7.5))
    , m_labelFont(withSize(theme.font, 7.5))
    , m_stageFont(withSize(theme.font, 10.5, true))
    , m_laneFont(withSize(theme.font, 9.5, true))
    , m_badgeFont(withSize(theme.font, 8.5, true))
    , m_largeBadgeFont(withSize(theme.font, 13.0, true))
    , m_countFont(withSize(theme.font, 7.0))
{
    m_text.addFont(NameFont, m_nameFont);
    m_text.addFont(LargeNameFont, m_largeNameFont);
    m_text.addFont(SmallFont, m_smallFont);
    m_text.addFont(LabelFont, m_labelFont);
}

JourneyRenderer::~JourneyRenderer() = default;

Detail JourneyRenderer::detailForScale(double scale)
{
    if (scale >= 0.72)
        return Detail::Full;
    if (scale >= 0.3)
        return Detail::Reduced;
    return Detail::Minimal;
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
                                      HeaderState state) const
{
    painter->save();
    QColor fill = m_theme.headerBackground;
    if (state.selected || state.hovered)
        fill = fill.lighter(state.selected ? 150 : 125);
    painter->fillRect(rect, fill);
    painter->setPen(QPen(m_theme.headerText.darker(220), 0));
    painter->drawLine(QLineF(rect.topRight(), rect.bottomRight() - QPointF(0, 10)));
    if (state.selected)
        painter->fillRect(QRectF(rect.left(), rect.bottom() - 3, rect.width(), 3), m_theme.selection);
    painter->setPen(m_theme.headerText);
    painter->setFont(m_stageFont);
    const QRectF text = rect.adjusted(12, 0, -8, 0);
    painter->drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetricsF(m_stageFont).elidedText(stage.name, Qt::ElideRight, text.width()));
    painter->restore();
}

void JourneyRenderer::drawLaneHeader(QPainter *painter, const Lane &lane, const QRectF &rect,
                                     HeaderState state) const
{
    painter->save();
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
    painter->setPen(m_theme.laneHeaderText);
    painter->setFont(m_laneFont);
    painter->drawText(rect.adjusted(14, 12, -10, -8), Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap,
                      lane.name);
    painter->restore();
}

void JourneyRenderer::drawCorner(QPainter *painter, const QRectF &rect) const
{
    painter->save();
    painter->fillRect(rect, m_theme.headerBackground);
    painter->setPen(m_theme.headerText.darker(140));
    painter->setFont(m_smallFont);
    const QRectF text = rect.adjusted(12, 0, -8, 0);
    painter->drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetricsF(m_smallFont).elidedText(m_journey.name(), Qt::ElideRight, text.width()));
    painter->restore();
}

QRectF JourneyRenderer::cardNameRect(const QRectF &card) const
{
    const QRectF content = card.adjusted(ScoreStripWidth + 8, 6, -8, -6);
    return QRectF(content.left(), content.top(), content.width(), QFontMetricsF(m_nameFont).height() * 2 + 1);
}

void JourneyRenderer::drawCard(QPainter *painter, const Touchpoint &touchpoint, const QRectF &rect,
                               CardState state, Detail detail) const
{
    painter->save();
    if (state.dimmed)
        painter->setOpacity(0.35);

    const auto found = m_scores.constFind(touchpoint.id);
    const CardScore *score = found == m_scores.cend() ? nullptr : &*found;
    const QColor scoreColor = score ? RenderTheme::scoreColor(score->performance) : m_theme.noScore;
    const bool emphasised = state.selected || state.highlighted;
    QColor borderColor = state.selected ? m_theme.selection
                                        : (state.highlighted ? m_theme.highlight : m_theme.cardBorder);
    if (state.hovered && !emphasised)
        borderColor = m_theme.selection.lighter(m_theme.isDark ? 100 : 130);

    if (detail == Detail::Minimal) {
        // Thousands of cards at a glance: plain shapes, no anti-aliasing, no text.
        painter->fillRect(rect, m_theme.cardBackground);
        painter->fillRect(QRectF(rect.topLeft(), QSizeF(ScoreStripWidth * 2, rect.height())), scoreColor);
        painter->setPen(QPen(borderColor, emphasised ? 3.0 : 0.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(rect);
        painter->restore();
        return;
    }

    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath body;
    body.addRoundedRect(rect, CardRadius, CardRadius);
    if (emphasised) {
        QPainterPath halo;
        halo.addRoundedRect(rect.adjusted(-3, -3, 3, 3), CardRadius + 3, CardRadius + 3);
        QColor glow = state.selected ? m_theme.selection : m_theme.highlight;
        glow.setAlpha(55);
        painter->fillPath(halo, glow);
    } else {
        painter->fillPath(body.translated(0, 1.5), m_theme.cardShadow);
    }
    painter->fillPath(body, m_theme.cardBackground);

    // The score strip at the left edge, hatched when the score is unreliable.
    painter->save();
    painter->setClipRect(QRectF(rect.topLeft(), QSizeF(ScoreStripWidth, rect.height())));
    painter->fillPath(body, scoreColor);
    if (score && !score->reliable)
        painter->fillPath(body, RenderTheme::unreliableBrush(m_theme.cardBackground));
    painter->restore();

    // Indirect touchpoints (reviews, friends) get a dashed outline.
    QPen border(borderColor, emphasised ? 2.0 : (state.hovered ? 1.5 : 1.0));
    if (touchpoint.kind == TouchpointKind::Indirect)
        border.setDashPattern({4.0, 3.0});
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(body);

    drawCardText(painter, touchpoint, rect, score, detail);
    painter->restore();
}

void JourneyRenderer::drawCardText(QPainter *painter, const Touchpoint &touchpoint,
                                   const QRectF &rect, const CardScore *score, Detail detail) const
{
    const QRectF content = rect.adjusted(ScoreStripWidth + 8, 6, -8, -6);
    painter->setPen(m_theme.cardText);
    if (detail == Detail::Reduced) {
        // Zoomed out: a larger name fills the card, so the map stays readable, and the score
        // stays on it as a larger badge: the overview is where a designer reads the colours.
        double nameWidth = content.width();
        if (score) {
            const QRectF badge(content.right() - 46, content.center().y() - 13, 46, 26);
            drawScoreBadge(painter, *score, badge, BadgeSize::Large);
            nameWidth -= badge.width() + 6;
        }
        const LaidOutText &name = m_text.text(touchpoint.name, LargeNameFont, nameWidth, 2);
        TextCache::draw(painter, QPointF(content.left(), content.center().y() - name.size.height() / 2), name);
        return;
    }

    TextCache::draw(painter, content.topLeft(), m_text.text(touchpoint.name, NameFont, content.width(), 2));

    // Footer: moment of truth, kind and owner at the left; the score badge at the right.
    const QRectF badgeRect(content.right() - 40, content.bottom() - 18, 40, 18);
    QStringList parts;
    if (touchpoint.momentOfTruth)
        parts << QStringLiteral("★");
    if (touchpoint.kind == TouchpointKind::Indirect)
        parts << QStringLiteral("indirect");
    if (!touchpoint.owner.isEmpty())
        parts << touchpoint.owner;
    if (score)
        parts << evidenceText(score->evidence);
    if (!parts.isEmpty()) {
        const double footerRight = score ? badgeRect.left() - 4 : content.right();
        const LaidOutText &footer = m_text.text(parts.join(QStringLiteral(" · ")), SmallFont,
                                                footerRight - content.left(), 1);
        painter->setPen(m_theme.mutedText);
        TextCache::draw(painter, QPointF(content.left(), badgeRect.center().y() - footer.size.height() / 2),
                        footer);
    }
    if (score)
        drawScoreBadge(painter, *score, badgeRect);
}

void JourneyRenderer::drawScoreBadge(QPainter *painter, const CardScore &score, const QRectF &rect,
                                     BadgeSize size) const
{
    const QColor color = RenderTheme::scoreColor(score.performance);
    QPainterPath pill;
    pill.addRoundedRect(rect, rect.height() / 2, rect.height() / 2);
    painter->fillPath(pill, color);
    if (!score.reliable)
        painter->fillPath(pill, RenderTheme::unreliableBrush(m_theme.cardBackground));
    painter->setPen(RenderTheme::textOn(color));
    painter->setFont(size == BadgeSize::Large ? m_largeBadgeFont : m_badgeFont);
    painter->drawText(rect, Qt::AlignCenter, QString::number(qRound(score.performance)));
    if (size == BadgeSize::Large)
        return;

    // n sits just above the badge, so "72" never appears without the size behind it.
    painter->setPen(m_theme.mutedText);
    painter->setFont(m_countFont);
    const QRectF nRect(rect.left() - 20, rect.top() - 13, rect.width() + 20, 12);
    painter->drawText(nRect, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("n = %1").arg(score.n));
}

double JourneyRenderer::arrowWidth(const Transition &transition) const
{
    return transition.share ? 1.0 + 4.5 * *transition.share : 1.4;
}

double JourneyRenderer::headLength(const Transition &transition) const
{
    return 7.0 + 1.2 * arrowWidth(transition);
}

TransitionRoute JourneyRenderer::transitionRoute(const Transition &transition) const
{
    return m_router->route(transition, headLength(transition) * 0.75);
}

QString JourneyRenderer::transitionLabel(const Transition &transition, Detail detail) const
{
    const QString share = transition.share ? QStringLiteral("%1%").arg(qRound(*transition.share * 100))
                                           : QString();
    if (detail != Detail::Full)
        return share;
    if (transition.label.isEmpty())
        return share;
    return share.isEmpty() ? transition.label : transition.label + QStringLiteral(" · ") + share;
}

QSizeF JourneyRenderer::labelSize(const QString &text) const
{
    const LaidOutText &laid = m_text.text(text, LabelFont, LabelMaxWidth, 1);
    return QSizeF(laid.size.width() + 10, laid.size.height() + 3);
}

QHash<TransitionId, QRectF>
JourneyRenderer::layoutLabels(const QHash<TransitionId, TransitionRoute> &routes) const
{
    RectGrid taken;
    for (const Touchpoint &touchpoint : m_journey.touchpoints())
        taken.insert(m_geometry.cardRect(touchpoint).adjusted(-3, -3, 3, 3));

    // Known shares first, largest first: the labels that say most get the best places.
    QList<const Transition *> order;
    for (const Transition &transition : m_journey.transitions())
        if (routes.contains(transition.id) && !transitionLabel(transition, Detail::Full).isEmpty())
            order.append(&transition);
    std::stable_sort(order.begin(), order.end(), [](const Transition *a, const Transition *b) {
        return a->share.value_or(-1.0) > b->share.value_or(-1.0);
    });

    static constexpr std::array<double, 9> Fractions = {0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85};
    QHash<TransitionId, QRectF> placed;
    for (const Transition *transition : std::as_const(order)) {
        const TransitionRoute &route = *routes.constFind(transition->id);
        const QSizeF size = labelSize(transitionLabel(*transition, Detail::Full));
        for (double fraction : Fractions) {
            QRectF box(QPointF(), size);
            box.moveCenter(route.pointAt(fraction));
            if (!taken.intersects(box.adjusted(-2, -1, 2, 1))) {
                taken.insert(box);
                placed.insert(transition->id, box);
                break;
            }
        }
    }
    return placed;
}

QRectF JourneyRenderer::fallbackLabelRect(const Transition &transition, const TransitionRoute &route) const
{
    QRectF box(QPointF(), labelSize(transitionLabel(transition, Detail::Full)));
    box.moveCenter(route.pointAt(0.5));
    return box;
}

void JourneyRenderer::drawTransitionsMinimal(
    QPainter *painter, const QList<std::pair<const Transition *, const TransitionRoute *>> &arrows) const
{
    // Widths rounded to whole units: one drawLines() call per width instead of a call per arrow.
    std::array<QList<QLineF>, 7> byWidth;
    for (const auto &[transition, route] : arrows) {
        if (!route->isValid())
            continue;
        const auto width = std::clamp<size_t>(size_t(std::lround(arrowWidth(*transition))), 1, byWidth.size() - 1);
        byWidth[width].append(QLineF(QPointF(route->path.elementAt(0)), route->tip));
    }
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    for (size_t width = 1; width < byWidth.size(); ++width) {
        if (byWidth[width].isEmpty())
            continue;
        painter->setPen(QPen(m_theme.arrow, double(width), Qt::SolidLine, Qt::FlatCap));
        painter->drawLines(byWidth[width]);
    }
    painter->restore();
}

QRectF JourneyRenderer::transitionBounds(const Transition &transition, const TransitionRoute &route,
                                         const std::optional<QRectF> &label) const
{
    const double margin = headLength(transition) + arrowWidth(transition) + 4;
    QRectF bounds = route.path.boundingRect().united(QRectF(route.tip, QSizeF(0.01, 0.01)));
    bounds.adjust(-margin, -margin, margin, margin);
    bounds = bounds.united(label ? *label : fallbackLabelRect(transition, route));
    return bounds.adjusted(-2, -2, 2, 2);
}

void JourneyRenderer::drawTransition(QPainter *painter, const Transition &transition,
                                     const TransitionRoute &route, const std::optional<QRectF> &label,
                                     ArrowState state, Detail detail) const
{
    if (!route.isValid())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, detail != Detail::Minimal && !state.draft);
    const double width = arrowWidth(transition) + (state.selected ? 1.0 : 0.0);
    QColor color = m_theme.arrow;
    if (state.highlighted)
        color = m_theme.highlight;
    if (state.selected || state.hovered)
        color = m_theme.selection;
    QPen pen(color, width, Qt::SolidLine, Qt::FlatCap, Qt::RoundJoin);
    if (!transition.share)
        pen.setDashPattern({4.0, 3.0});
    if (state.selected) {
        QColor glow = m_theme.selection;
        glow.setAlpha(60);
        painter->setPen(QPen(glow, width + 6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPath(route.path);
    }
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(route.path);

    // The head: a filled triangle from the end of the path to the tip.
    const double size = headLength(transition);
    const QPointF back = route.direction * size;
    const QPointF side(-route.direction.y() * size * 0.45, route.direction.x() * size * 0.45);
    const QPolygonF head({route.tip, route.tip - back + side, route.tip - back - side});
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(head);

    // A label without a free place shows only while its arrow is in focus.
    const bool focused = state.selected || state.hovered;
    const QString text = transitionLabel(transition, focused ? Detail::Full : detail);
    if (detail != Detail::Minimal && !text.isEmpty() && (label || focused)) {
        const LaidOutText &laid = m_text.text(text, LabelFont, LabelMaxWidth, 1);
        QRectF box(QPointF(), QSizeF(laid.size.width() + 10, laid.size.height() + 3));
        box.moveCenter(label ? label->center() : fallbackLabelRect(transition, route).center());
        painter->setBrush(m_theme.labelBackground);
        painter->setPen(focused ? QPen(color, 1.0) : QPen(m_theme.gridLine, 0.8));
        painter->drawRoundedRect(box, box.height() / 2, box.height() / 2);
        painter->setPen(focused ? color : m_theme.mutedText);
        TextCache::draw(painter, box.center() - QPointF(laid.size.width() / 2, laid.size.height() / 2), laid);
    }
    painter->restore();
}

void JourneyRenderer::drawMap(QPainter *painter) const
{
    const QRectF bounds = m_geometry.bounds();
    drawBackground(painter, bounds);
    QHash<TransitionId, TransitionRoute> routes;
    for (const Transition &transition : m_journey.transitions())
        routes.insert(transition.id, transitionRoute(transition));
    const QHash<TransitionId, QRectF> labels = layoutLabels(routes);
    for (const Transition &transition : m_journey.transitions()) {
        const auto label = labels.constFind(transition.id);
        drawTransition(painter, transition, routes.value(transition.id),
                       label == labels.cend() ? std::nullopt : std::optional<QRectF>(*label));
    }
    for (const Touchpoint &touchpoint : m_journey.touchpoints())
        drawCard(painter, touchpoint, m_geometry.cardRect(touchpoint));
    for (const Stage &stage : m_journey.stages())
        drawStageHeader(painter, stage, m_geometry.stageHeader(stage.id));
    for (const Lane &lane : m_journey.lanes())
        drawLaneHeader(painter, lane, m_geometry.laneHeader(lane.id));
    drawCorner(painter, m_geometry.cornerRect());
}

} // namespace cxmap
