#include "journeyrenderer.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QtMath>

namespace cxmap {

namespace {

constexpr double CardRadius = 6.0;
constexpr double ScoreStripWidth = 6.0;

QFont withSize(QFont font, double pointSize, bool bold = false)
{
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    return font;
}

// Diagonal hatching marks an unreliable score, so it is never mistaken for a reliable one.
QBrush hatchBrush(const QColor &color)
{
    QBrush brush(color, Qt::BDiagPattern);
    return brush;
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

} // namespace

JourneyRenderer::JourneyRenderer(const Journey &journey, const MapGeometry &geometry,
                                 const RenderTheme &theme)
    : m_journey(journey)
    , m_geometry(geometry)
    , m_theme(theme)
{}

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
    painter->setPen(QPen(m_theme.gridLine, 1.0));
    for (const Stage &stage : m_journey.stages()) {
        const QRectF column = m_geometry.stageColumn(stage.id);
        painter->drawLine(QLineF(column.topRight(), column.bottomRight()));
    }
    for (const Lane &lane : m_journey.lanes()) {
        const QRectF row = m_geometry.laneRow(lane.id);
        painter->drawLine(QLineF(QPointF(0, row.bottom()), row.bottomRight()));
    }
    painter->drawLine(QLineF(grid.topLeft(), grid.bottomLeft()));
    painter->restore();
}

void JourneyRenderer::drawStageHeader(QPainter *painter, const Stage &stage, const QRectF &rect) const
{
    painter->save();
    painter->fillRect(rect, m_theme.headerBackground);
    painter->setPen(QPen(m_theme.gridLine.darker(140), 1.0));
    painter->drawLine(QLineF(rect.topRight(), rect.bottomRight()));
    painter->setPen(m_theme.headerText);
    painter->setFont(withSize(m_theme.font, 10.5, true));
    const QRectF text = rect.adjusted(12, 0, -8, 0);
    painter->drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetricsF(painter->font()).elidedText(stage.name, Qt::ElideRight, text.width()));
    painter->restore();
}

void JourneyRenderer::drawLaneHeader(QPainter *painter, const Lane &lane, const QRectF &rect) const
{
    painter->save();
    const qsizetype index = m_journey.lanes().indexOf(lane.id);
    painter->fillRect(rect, index % 2 ? m_theme.laneBandAlternate : m_theme.laneBand);
    painter->setPen(QPen(m_theme.gridLine, 1.0));
    painter->drawLine(QLineF(rect.bottomLeft(), rect.bottomRight()));
    painter->setPen(m_theme.mutedText);
    painter->setFont(withSize(m_theme.font, 9.5, true));
    painter->drawText(rect.adjusted(14, 10, -8, -8), Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap,
                      lane.name);
    painter->restore();
}

void JourneyRenderer::drawCard(QPainter *painter, const Touchpoint &touchpoint, const QRectF &rect,
                               CardState state) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (state.dimmed)
        painter->setOpacity(0.35);

    const auto found = m_scores.constFind(touchpoint.id);
    const CardScore *score = found == m_scores.cend() ? nullptr : &*found;
    const QColor scoreColor = score ? RenderTheme::scoreColor(score->performance) : m_theme.noScore;

    // Card body; indirect touchpoints (reviews, friends) get a dashed outline.
    QPainterPath body;
    body.addRoundedRect(rect, CardRadius, CardRadius);
    painter->fillPath(body, m_theme.cardBackground);

    QPainterPath strip;
    strip.addRoundedRect(QRectF(rect.topLeft(), QSizeF(ScoreStripWidth * 2, rect.height())),
                         CardRadius, CardRadius);
    painter->save();
    painter->setClipRect(QRectF(rect.topLeft(), QSizeF(ScoreStripWidth, rect.height())));
    painter->fillPath(strip, scoreColor);
    if (score && !score->reliable)
        painter->fillPath(strip, hatchBrush(m_theme.cardBackground));
    painter->restore();

    QPen border(state.selected ? m_theme.selection
                               : (state.highlighted ? m_theme.highlight : m_theme.cardBorder),
                state.selected || state.highlighted ? 2.5 : 1.0);
    if (touchpoint.kind == TouchpointKind::Indirect)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(body);

    // Name, up to two lines.
    const QRectF content = rect.adjusted(ScoreStripWidth + 8, 6, -8, -6);
    const QRectF badgeRect(content.right() - 44, content.bottom() - 20, 44, 20);
    painter->setPen(m_theme.cardText);
    painter->setFont(withSize(m_theme.font, 9.0, true));
    const QFontMetricsF nameMetrics(painter->font());
    const QRectF nameRect(content.left(), content.top(), content.width(), nameMetrics.height() * 2 + 1);
    QString name = touchpoint.name;
    if (nameMetrics.horizontalAdvance(name) > nameRect.width() * 2 - 12)
        name = nameMetrics.elidedText(name, Qt::ElideRight, nameRect.width() * 2 - 12);
    painter->drawText(nameRect, Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap, name);

    // Footer: kind and evidence at the left, the score badge at the right.
    painter->setFont(withSize(m_theme.font, 7.5));
    painter->setPen(m_theme.mutedText);
    QString footer = touchpoint.kind == TouchpointKind::Indirect ? QStringLiteral("indirect · ") : QString();
    footer += score ? evidenceText(score->evidence) : QStringLiteral("no data");
    if (touchpoint.momentOfTruth)
        footer.prepend(QStringLiteral("★ "));
    const QRectF footerRect(content.left(), badgeRect.top(), badgeRect.left() - content.left() - 4,
                            badgeRect.height());
    painter->drawText(footerRect, Qt::AlignVCenter | Qt::AlignLeft,
                      QFontMetricsF(painter->font()).elidedText(footer, Qt::ElideRight, footerRect.width()));

    if (score)
        drawScoreBadge(painter, *score, badgeRect);
    painter->restore();
}

void JourneyRenderer::drawScoreBadge(QPainter *painter, const CardScore &score, const QRectF &rect) const
{
    const QColor color = RenderTheme::scoreColor(score.performance);
    QPainterPath pill;
    pill.addRoundedRect(rect, rect.height() / 2, rect.height() / 2);
    painter->fillPath(pill, color);
    if (!score.reliable)
        painter->fillPath(pill, hatchBrush(m_theme.cardBackground));
    painter->setPen(RenderTheme::textOn(color));
    painter->setFont(withSize(m_theme.font, 8.5, true));
    painter->drawText(rect, Qt::AlignCenter, QString::number(qRound(score.performance)));

    // n sits just above the badge, so "72" never appears without the size behind it.
    painter->setPen(m_theme.mutedText);
    painter->setFont(withSize(m_theme.font, 7.0));
    const QRectF nRect(rect.left() - 20, rect.top() - 13, rect.width() + 20, 12);
    painter->drawText(nRect, Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("n = %1").arg(score.n));
}

QPainterPath JourneyRenderer::transitionPath(const QRectF &from, const QRectF &to)
{
    QPainterPath path;
    if (to.left() >= from.right() - 1.0) {
        // Forwards: right edge to left edge, an S-curve.
        const QPointF start(from.right(), from.center().y());
        const QPointF end(to.left(), to.center().y());
        const double pull = std::max(30.0, (end.x() - start.x()) / 2);
        path.moveTo(start);
        path.cubicTo(start + QPointF(pull, 0), end - QPointF(pull, 0), end);
    } else {
        // Backwards (a loop back to support, say): bottom to bottom, bowed below both cards.
        const QPointF start(from.center().x(), from.bottom());
        const QPointF end(to.center().x(), to.bottom());
        const double dip = 40.0 + std::abs(start.x() - end.x()) * 0.08;
        const double low = std::max(start.y(), end.y()) + dip;
        path.moveTo(start);
        path.cubicTo(QPointF(start.x(), low), QPointF(end.x(), low), end);
    }
    return path;
}

void JourneyRenderer::drawTransition(QPainter *painter, const Transition &transition,
                                     const QRectF &from, const QRectF &to, bool highlighted) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPainterPath path = transitionPath(from, to);
    const double width = 1.0 + 4.0 * transition.share.value_or(0.25);
    const QColor color = highlighted ? m_theme.highlight : m_theme.arrow;
    painter->setPen(QPen(color, width, transition.share ? Qt::SolidLine : Qt::DashLine,
                         Qt::RoundCap, Qt::RoundJoin));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);

    // Arrow head along the curve's last tangent.
    const QPointF tip = path.pointAtPercent(1.0);
    const double angle = qDegreesToRadians(path.angleAtPercent(0.98));
    const double size = 7.0 + width;
    const QPointF back(std::cos(angle) * size, -std::sin(angle) * size);
    const QPointF side(-back.y() * 0.5, back.x() * 0.5);
    QPolygonF head;
    head << tip << tip - back + side << tip - back - side;
    painter->setPen(Qt::NoPen);
    painter->setBrush(color);
    painter->drawPolygon(head);

    QString label = transition.label;
    if (transition.share)
        label = (label.isEmpty() ? QString() : label + QStringLiteral(" · "))
            + QStringLiteral("%1%").arg(qRound(*transition.share * 100));
    if (!label.isEmpty()) {
        painter->setFont(withSize(m_theme.font, 7.5));
        const QFontMetricsF metrics(painter->font());
        const QPointF middle = path.pointAtPercent(0.5);
        QRectF box(0, 0, metrics.horizontalAdvance(label) + 8, metrics.height() + 2);
        box.moveCenter(middle);
        painter->setBrush(m_theme.background);
        painter->setPen(Qt::NoPen);
        painter->drawRoundedRect(box, 3, 3);
        painter->setPen(m_theme.mutedText);
        painter->drawText(box, Qt::AlignCenter, label);
    }
    painter->restore();
}

void JourneyRenderer::drawLegend(QPainter *painter, const QRectF &rect) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(withSize(m_theme.font, 7.5));
    const QFontMetricsF metrics(painter->font());
    const QRectF bar(rect.left(), rect.top() + metrics.height() + 2, rect.width(), 10);
    QLinearGradient gradient(bar.topLeft(), bar.topRight());
    for (int step = 0; step <= 10; ++step)
        gradient.setColorAt(step / 10.0, RenderTheme::scoreColor(step * 10.0));
    painter->setPen(m_theme.mutedText);
    painter->drawText(QRectF(rect.topLeft(), QSizeF(rect.width(), metrics.height())),
                      Qt::AlignLeft, QStringLiteral("Performance (0–100); hatched = unreliable (n < 30 or CI ± > 10)"));
    painter->fillRect(bar, gradient);
    const QRectF labels(bar.left(), bar.bottom() + 1, bar.width(), metrics.height());
    painter->drawText(labels, Qt::AlignLeft, QStringLiteral("0"));
    painter->drawText(labels, Qt::AlignHCenter, QStringLiteral("50"));
    painter->drawText(labels, Qt::AlignRight, QStringLiteral("100"));
    painter->restore();
}

void JourneyRenderer::drawMap(QPainter *painter) const
{
    const QRectF bounds = m_geometry.bounds();
    drawBackground(painter, bounds);
    for (const Transition &transition : m_journey.transitions()) {
        const Touchpoint *from = m_journey.touchpoints().find(transition.from);
        const Touchpoint *to = m_journey.touchpoints().find(transition.to);
        drawTransition(painter, transition, m_geometry.cardRect(*from), m_geometry.cardRect(*to));
    }
    for (const Touchpoint &touchpoint : m_journey.touchpoints())
        drawCard(painter, touchpoint, m_geometry.cardRect(touchpoint));
    for (const Stage &stage : m_journey.stages())
        drawStageHeader(painter, stage, m_geometry.stageHeader(stage.id));
    for (const Lane &lane : m_journey.lanes())
        drawLaneHeader(painter, lane, m_geometry.laneHeader(lane.id));
    painter->fillRect(QRectF(0, 0, m_geometry.metrics().laneHeaderWidth,
                             m_geometry.metrics().stageHeaderHeight),
                      m_theme.headerBackground);
}

} // namespace cxmap
