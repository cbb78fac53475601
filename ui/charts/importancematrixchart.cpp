#include "importancematrixchart.h"

#include "chartstyle.h"
#include "render/rendertheme.h"

#include <QAreaSeries>
#include <QChart>
#include <QCursor>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace cxmap {

namespace {

// As the findings split the matrix (core/analysis/findings.cpp): the median of each axis over
// the touchpoints that have both numbers.
double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : 0.5 * (values.at(n / 2 - 1) + values.at(n / 2));
}

QString quadrantKey(Quadrant quadrant)
{
    switch (quadrant) {
    case Quadrant::FixFirst:
        return QStringLiteral("fixFirst");
    case Quadrant::KeepUpTheGoodWork:
        return QStringLiteral("keepUp");
    case Quadrant::PossibleOverkill:
        return QStringLiteral("overkill");
    case Quadrant::LowPriority:
        return QStringLiteral("lowPriority");
    case Quadrant::None:
        break;
    }
    return QStringLiteral("none");
}

void hideFromLegend(QChart *chart, QAbstractSeries *series)
{
    const QList<QLegendMarker *> markers = chart->legend()->markers(series);
    for (QLegendMarker *marker : markers)
        marker->setVisible(false);
}

} // namespace

ImportanceMatrixChart::ImportanceMatrixChart(QWidget *parent)
    : ChartView(parent)
{
    setAccessibleName(tr("Importance–performance matrix"));
    connect(chart(), &QChart::plotAreaChanged, this, &ImportanceMatrixChart::placeLabels);
    rebuild();
}

ImportanceMatrixChart::~ImportanceMatrixChart() = default;

void ImportanceMatrixChart::setFindings(const Findings &findings)
{
    m_points.clear();
    m_outcome = findings.outcomeMetric;
    QList<double> performance;
    QList<double> importance;
    for (const TouchpointFinding &t : findings.touchpoints) {
        if (!t.reliable || !t.importance || !t.importance->valid)
            continue;
        m_points.append(Point{t.id, t.name, t.performance.mean, t.importance->r, t.quadrant});
        performance.append(t.performance.mean);
        importance.append(t.importance->r);
    }
    m_performanceSplit.reset();
    m_importanceSplit.reset();
    if (m_points.size() >= 4) {
        m_performanceSplit = median(performance);
        m_importanceSplit = median(importance);
    }
    rebuild();
}

const ImportanceMatrixChart::Point *ImportanceMatrixChart::pointAt(const QPointF &value) const
{
    const Point *nearest = nullptr;
    double best = 0.0;
    for (const Point &point : m_points) {
        // Distance in plot pixels, so both axes count alike.
        const QPointF a = chart()->mapToPosition(QPointF(point.performance, point.importance));
        const QPointF b = chart()->mapToPosition(value);
        const double distance = std::hypot(a.x() - b.x(), a.y() - b.y());
        if (!nearest || distance < best) {
            nearest = &point;
            best = distance;
        }
    }
    return nearest;
}

void ImportanceMatrixChart::rebuild()
{
    qDeleteAll(m_labels);
    m_labels.clear();
    qDeleteAll(m_quadrantLabels);
    m_quadrantLabels.clear();
    clearChart();
    QChart *chart = this->chart();
    const QPalette palette = this->palette();
    if (m_points.isEmpty()) {
        setPlaceholder(m_outcome.isEmpty()
                           ? tr("The matrix needs importance: journey-level outcome answers "
                                "(overall satisfaction or NPS) "
                                "from the same respondents who rated the touchpoints.")
                           : tr("No touchpoint has both a reliable score and a measured importance "
                                "in this selection."));
        chart->legend()->setVisible(false);
        setAccessibleDescription(placeholder());
        return;
    }
    setPlaceholder(QString());

    double xMin = 100.0, xMax = 0.0, yMin = 1.0, yMax = -1.0;
    for (const Point &p : std::as_const(m_points)) {
        xMin = std::min(xMin, p.performance);
        xMax = std::max(xMax, p.performance);
        yMin = std::min(yMin, p.importance);
        yMax = std::max(yMax, p.importance);
    }
    xMin = std::max(0.0, std::floor((xMin - 4.0) / 10.0) * 10.0);
    xMax = std::min(100.0, std::ceil((xMax + 4.0) / 10.0) * 10.0);
    yMin = std::max(-1.0, std::floor((yMin - 0.04) * 10.0) / 10.0);
    yMax = std::min(1.0, std::ceil((yMax + 0.04) * 10.0) / 10.0);

    const QColor bad = RenderTheme::scoreColor(6.0);
    if (m_performanceSplit && m_importanceSplit) {
        // Fix first: important (above the importance median) and below the performance median.
        auto *upper = new QLineSeries(chart);
        auto *lower = new QLineSeries(chart);
        upper->append(xMin, yMax);
        upper->append(*m_performanceSplit, yMax);
        lower->append(xMin, *m_importanceSplit);
        lower->append(*m_performanceSplit, *m_importanceSplit);
        auto *area = new QAreaSeries(upper, lower);
        area->setObjectName(QStringLiteral("fixFirstArea"));
        area->setName(tr("Fix first"));
        area->setColor(ChartStyle::faded(bad, ChartStyle::isDark(palette) ? 0.14 : 0.11));
        area->setBorderColor(Qt::transparent);
        chart->addSeries(area);
        hideFromLegend(chart, area);

        const QPen split(ChartStyle::muted(palette), 1.2, Qt::DashLine);
        auto *vertical = new QLineSeries(chart);
        vertical->setObjectName(QStringLiteral("split:performance"));
        vertical->append(*m_performanceSplit, yMin);
        vertical->append(*m_performanceSplit, yMax);
        auto *horizontal = new QLineSeries(chart);
        horizontal->setObjectName(QStringLiteral("split:importance"));
        horizontal->append(xMin, *m_importanceSplit);
        horizontal->append(xMax, *m_importanceSplit);
        for (QLineSeries *line : {vertical, horizontal}) {
            line->setPen(split);
            chart->addSeries(line);
            hideFromLegend(chart, line);
        }
    }

    const std::pair<Quadrant, QString> quadrants[] = {
        {Quadrant::FixFirst, tr("Fix first")},
        {Quadrant::KeepUpTheGoodWork, tr("Keep up the good work")},
        {Quadrant::PossibleOverkill, tr("Possible overkill")},
        {Quadrant::LowPriority, tr("Low priority")},
        {Quadrant::None, tr("Touchpoints")},
    };
    const QColor quiet = ChartStyle::muted(palette);
    QStringList description;
    for (const auto &[quadrant, name] : quadrants) {
        auto *scatter = new QScatterSeries(chart);
        scatter->setObjectName(QStringLiteral("quadrant:%1").arg(quadrantKey(quadrant)));
        scatter->setName(name);
        for (const Point &p : std::as_const(m_points))
            if (p.quadrant == quadrant) {
                scatter->append(p.performance, p.importance);
                description << tr("%1: performance %2, importance %3 (%4)")
                                   .arg(p.name, QString::number(p.performance, 'f', 1),
                                        QString::number(p.importance, 'f', 2), name);
            }
        if (scatter->count() == 0) {
            delete scatter;
            continue;
        }
        // Red and blue for the two quadrants that matter, two quiet tones for the others.
        QColor color = quadrant == Quadrant::FixFirst            ? bad
                       : quadrant == Quadrant::KeepUpTheGoodWork ? RenderTheme::scoreColor(96.0)
                       : quadrant == Quadrant::PossibleOverkill
                           ? ChartStyle::faded(RenderTheme::scoreColor(80.0), 0.75)
                       : quadrant == Quadrant::None ? ChartStyle::accent(palette)
                                                    : quiet;
        scatter->setColor(color);
        scatter->setBorderColor(ChartStyle::faded(palette.color(QPalette::Base), 0.9));
        scatter->setMarkerSize(quadrant == Quadrant::FixFirst ? 13.0 : 11.0);
        chart->addSeries(scatter);
        connect(scatter, &QScatterSeries::clicked, this, [this](const QPointF &value) {
            if (const Point *p = pointAt(value))
                Q_EMIT touchpointActivated(p->id);
        });
        connect(scatter, &QScatterSeries::hovered, this, [this](const QPointF &value, bool state) {
            const Point *p = state ? pointAt(value) : nullptr;
            if (!p) {
                QToolTip::hideText();
                return;
            }
            QToolTip::showText(QCursor::pos(),
                               tr("%1\nperformance %2 · importance r %3 with %4")
                                   .arg(p->name, QString::number(p->performance, 'f', 1),
                                        QString::number(p->importance, 'f', 2), m_outcome),
                               this);
        });
    }

    auto *x = new QValueAxis(chart);
    x->setTitleText(tr("Performance (0–100)"));
    x->setRange(xMin, xMax);
    x->setTickType(QValueAxis::TicksDynamic);
    x->setTickAnchor(0.0);
    x->setTickInterval(10.0);
    x->setLabelFormat(QStringLiteral("%.0f"));
    auto *y = new QValueAxis(chart);
    y->setTitleText(tr("Importance (r with %1)").arg(m_outcome));
    y->setRange(yMin, yMax);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0.0);
    y->setTickInterval(0.1);
    y->setLabelFormat(QStringLiteral("%.1f"));
    ChartStyle::finish(chart, x, y, palette);

    // Names beside the points that matter most, fix first before the rest; placeLabels() drops
    // a name that would cover another (the tooltip still has it).
    QFont font = this->font();
    font.setPointSizeF(8.0);
    QList<Point> named = m_points;
    std::stable_sort(named.begin(), named.end(), [](const Point &a, const Point &b) {
        return (a.quadrant == Quadrant::FixFirst) > (b.quadrant == Quadrant::FixFirst);
    });
    for (const Point &p : std::as_const(named)) {
        if (p.quadrant != Quadrant::FixFirst && p.quadrant != Quadrant::KeepUpTheGoodWork &&
            p.quadrant != Quadrant::None)
            continue;
        auto *label = new QGraphicsSimpleTextItem(p.name, chart);
        label->setFont(font);
        label->setBrush(p.quadrant == Quadrant::FixFirst ? palette.color(QPalette::Text) : quiet);
        label->setData(0, QPointF(p.performance, p.importance));
        label->setZValue(10);
        m_labels.append(label);
    }
    if (m_performanceSplit) {
        // The quadrants named in their outer corners; fix first in its colour, the rest quiet.
        QFont bold = font;
        bold.setBold(true);
        bold.setCapitalization(QFont::AllUppercase);
        const std::tuple<QString, QPointF, int, QColor> corners[] = {
            {tr("Fix first"), QPointF(xMin, yMax), Qt::AlignLeft | Qt::AlignTop, bad},
            {tr("Keep up the good work"), QPointF(xMax, yMax), Qt::AlignRight | Qt::AlignTop,
             quiet},
            {tr("Possible overkill"), QPointF(xMax, yMin), Qt::AlignRight | Qt::AlignBottom, quiet},
            {tr("Low priority"), QPointF(xMin, yMin), Qt::AlignLeft | Qt::AlignBottom, quiet},
        };
        for (const auto &[text, corner, alignment, color] : corners) {
            auto *label = new QGraphicsSimpleTextItem(text, chart);
            label->setFont(bold);
            label->setBrush(color);
            label->setData(0, corner);
            label->setData(1, alignment);
            label->setZValue(9);
            m_quadrantLabels.append(label);
        }
    }
    placeLabels();
    setAccessibleDescription(tr("Importance against performance, split at the medians. %1.")
                                 .arg(description.join(QStringLiteral("; "))));
}

void ImportanceMatrixChart::placeLabels()
{
    QAbstractSeries *anchor = chart()->series().isEmpty() ? nullptr : chart()->series().constLast();
    if (!anchor)
        return;
    const QRectF plot = chart()->plotArea();
    QList<QRectF> taken;
    for (QGraphicsSimpleTextItem *label : std::as_const(m_quadrantLabels)) {
        const QPointF corner = chart()->mapToPosition(label->data(0).toPointF(), anchor);
        const QRectF box = label->boundingRect();
        const int alignment = label->data(1).toInt();
        const double x =
            alignment & Qt::AlignLeft ? corner.x() + 6.0 : corner.x() - 6.0 - box.width();
        const double y =
            alignment & Qt::AlignTop ? corner.y() + 4.0 : corner.y() - 4.0 - box.height();
        label->setPos(x, y);
        taken << QRectF(QPointF(x, y), box.size());
    }
    // Every point is an obstacle too: a name must not hide a neighbour's dot.
    for (const Point &p : std::as_const(m_points)) {
        const QPointF at = chart()->mapToPosition(QPointF(p.performance, p.importance), anchor);
        taken << QRectF(at - QPointF(5.0, 5.0), QSizeF(10.0, 10.0));
    }
    for (QGraphicsSimpleTextItem *label : std::as_const(m_labels)) {
        const QPointF at = chart()->mapToPosition(label->data(0).toPointF(), anchor);
        const QRectF box = label->boundingRect();
        // Right of the point, else left, else above or below; nowhere free: no name.
        const QPointF candidates[] = {{at.x() + 9.0, at.y() - box.height() / 2.0},
                                      {at.x() - 9.0 - box.width(), at.y() - box.height() / 2.0},
                                      {at.x() - box.width() / 2.0, at.y() - 8.0 - box.height()},
                                      {at.x() - box.width() / 2.0, at.y() + 8.0}};
        label->setVisible(false);
        for (const QPointF &candidate : candidates) {
            const QRectF place(candidate, box.size());
            if (!plot.contains(place))
                continue;
            if (std::any_of(taken.cbegin(), taken.cend(),
                            [&place](const QRectF &other) { return other.intersects(place); }))
                continue;
            label->setPos(candidate);
            label->setVisible(true);
            taken << place;
            break;
        }
    }
}

} // namespace cxmap
