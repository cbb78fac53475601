#pragma once

#include "analysis/findings.h"
#include "chartview.h"
#include "model/ids.h"

#include <optional>

class QGraphicsSimpleTextItem;

namespace cxmap {

/**
 * The importance–performance matrix (DESIGN §3): every touchpoint with a reliable score and a
 * measured importance, performance across and importance (r with the outcome) up, split at the
 * medians into four quadrants. "Fix first" — important and below the median performance — is
 * shaded; the important touchpoints are named where there is room. Clicking a point asks for
 * its touchpoint to be shown.
 */
class ImportanceMatrixChart : public ChartView
{
    Q_OBJECT

public:
    /** A plotted touchpoint. */
    struct Point
    {
        TouchpointId id;
        QString name;
        double performance = 0.0;
        double importance = 0.0;
        Quadrant quadrant = Quadrant::None;
    };

    explicit ImportanceMatrixChart(QWidget *parent = nullptr);
    ~ImportanceMatrixChart() override;

    void setFindings(const Findings &findings);

    const QList<Point> &points() const { return m_points; }
    /** The medians the matrix is split at; nullopt with fewer than four points. */
    std::optional<double> performanceSplit() const { return m_performanceSplit; }
    std::optional<double> importanceSplit() const { return m_importanceSplit; }

Q_SIGNALS:
    void touchpointActivated(cxmap::TouchpointId touchpoint);

protected:
    void rebuild() override;

private:
    void placeLabels();
    const Point *pointAt(const QPointF &value) const;

    QList<Point> m_points;
    QString m_outcome;
    std::optional<double> m_performanceSplit;
    std::optional<double> m_importanceSplit;
    /** Touchpoint names; data(0) is the point they name. */
    QList<QGraphicsSimpleTextItem *> m_labels;
    /** Quadrant names; data(0) is their corner, data(1) its alignment. */
    QList<QGraphicsSimpleTextItem *> m_quadrantLabels;
};

} // namespace cxmap
