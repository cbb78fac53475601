#pragma once

#include "document/edittarget.h"

#include <QGraphicsView>

class QTimer;

namespace cxmap {

class InlineEditor;
class JourneyScene;
class MapFooter;

/**
 * The canvas view: zoom (Ctrl+wheel, steps, fit to window), pan (scroll bars, wheel,
 * middle-drag or Space+drag), sticky headers, and the in-place editor for names.
 */
class JourneyView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit JourneyView(QWidget *parent = nullptr);

    void setJourneyScene(JourneyScene *scene);
    JourneyScene *journeyScene() const { return m_scene; }

    double zoom() const;
    /** Zooms about the view's centre, or about `viewAnchor` (viewport coordinates). */
    void setZoom(double zoom, std::optional<QPoint> viewAnchor = std::nullopt);
    void zoomBy(double factor, std::optional<QPoint> viewAnchor = std::nullopt);
    void zoomIn();
    void zoomOut();
    void actualSize();
    /** Fits the whole map in the window, and keeps it fitted as the window resizes until the user zooms. */
    void fitToWindow();
    /** The map follows the window's size (fitted and not zoomed since). */
    bool isFitted() const { return m_fitted; }
    /** The scene point at the centre of the viewport. */
    QPointF sceneCentre() const;
    /** Shows the map at `zoom` around a scene point (a view restored from a previous session). */
    void showAt(double zoom, const QPointF &sceneCentre);

    /** The key under the map, in the view's bottom margin. */
    MapFooter *footer() const { return m_footer; }

    /** Scrolls the least needed to show a scene rectangle clear of the sticky headers. */
    void reveal(const QRectF &sceneRect);
    /** Centres a scene rectangle. */
    void centreOn(const QRectF &sceneRect);

    /** Ends a zoom now rather than after its short pause (arrows drawn smooth again). */
    void settleZoom();

    InlineEditor *inlineEditor() const { return m_editor; }
    /** Opens the name of a card, header or arrow label for editing in place. */
    void startRename(const EditTarget &target);

    static constexpr double MinimumZoom = 0.1;
    static constexpr double MaximumZoom = 4.0;

Q_SIGNALS:
    void zoomChanged(double zoom);
    void contextMenuRequested(const QPoint &globalPos);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void resizeEvent(QResizeEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    void updateVisibleArea();
    void placeFooter();
    /** Zoom without leaving fitted mode (fitToWindow()'s own zoom). */
    void applyZoom(double zoom, std::optional<QPoint> viewAnchor);
    void setPanning(bool panning, const QPoint &at = {});
    void updatePanCursor();

    JourneyScene *m_scene = nullptr;
    InlineEditor *m_editor;
    bool m_spaceHeld = false;
    bool m_panning = false;
    QPoint m_panLast;
    QCursor m_toolCursor;
    QTimer *m_settle;
    MapFooter *m_footer;
    bool m_fitted = true;
};

} // namespace cxmap
