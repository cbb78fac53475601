#include "journeyview.h"

#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace cxmap {

namespace {
constexpr double MinimumZoom = 0.1;
constexpr double MaximumZoom = 4.0;
} // namespace

JourneyView::JourneyView(QWidget *parent)
    : QGraphicsView(parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setAccessibleName(tr("Journey map"));
}

double JourneyView::zoom() const
{
    return transform().m11();
}

void JourneyView::zoomBy(double factor)
{
    const double target = std::clamp(zoom() * factor, MinimumZoom, MaximumZoom);
    const double applied = target / zoom();
    scale(applied, applied);
}

void JourneyView::fitToWindow()
{
    if (scene())
        fitInView(scene()->itemsBoundingRect().adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
}

void JourneyView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(std::pow(1.0015, event->angleDelta().y()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

} // namespace cxmap
