#pragma once

#include <QGraphicsView>

namespace cxmap {

/** The canvas view: zoom with Ctrl+wheel, pan with the scroll bars or the middle button. */
class JourneyView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit JourneyView(QWidget *parent = nullptr);

    void zoomBy(double factor);
    void fitToWindow();
    double zoom() const;

protected:
    void wheelEvent(QWheelEvent *event) override;
};

} // namespace cxmap
