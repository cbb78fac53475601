#include "journeyview.h"

#include "editoperations.h"
#include "inlineeditor.h"
#include "journeyscene.h"
#include "mapfooter.h"
#include "transitionitem.h"

#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace cxmap {

JourneyView::JourneyView(QWidget *parent)
    : QGraphicsView(parent)
    , m_editor(new InlineEditor(viewport()))
    , m_settle(new QTimer(this))
    , m_footer(new MapFooter(this))
{
    // The key lives in the view's margin, below the map it explains: it never covers a card.
    setViewportMargins(0, 0, 0, m_footer->sizeHint().height());
    m_settle->setSingleShot(true);
    m_settle->setInterval(180);
    connect(m_settle, &QTimer::timeout, this, &JourneyView::settleZoom);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::NoDrag);
    setTransformationAnchor(QGraphicsView::NoAnchor);
    setResizeAnchor(QGraphicsView::NoAnchor);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    // The renderer saves and restores the painter itself, and item bounds include their
    // anti-aliasing margin: both of QGraphicsView's safety nets would only cost time.
    setOptimizationFlags(QGraphicsView::DontSavePainterState | QGraphicsView::DontAdjustForAntialiasing);
    setFrameShape(QFrame::NoFrame);
    // The grid and the arrows are the scene's background (JourneyScene::drawBackground).
    setCacheMode(QGraphicsView::CacheBackground);
    setFocusPolicy(Qt::StrongFocus);
    // Hover feedback (connect handles, header edges) comes from the tools, not from items that
    // accept hover events, so QGraphicsView would not turn mouse tracking on by itself.
    viewport()->setMouseTracking(true);
    setAcceptDrops(false);
    viewport()->setAcceptDrops(false);
    setAccessibleName(tr("Journey map"));
    setAccessibleDescription(tr("Stages are columns and channel lanes are rows. Arrow keys move "
                                "between touchpoints, F2 renames, Delete deletes, Ctrl+arrows move "
                                "a touchpoint to the next cell."));
    connect(m_editor, &InlineEditor::committed, this, [this](const EditTarget &target, const QString &text) {
        if (m_scene)
            edit::rename(m_scene, target, text);
    });
    connect(m_editor, &InlineEditor::finished, this, [this] { setFocus(Qt::OtherFocusReason); });
}

void JourneyView::setJourneyScene(JourneyScene *scene)
{
    m_editor->cancel();
    if (m_scene)
        disconnect(m_scene, nullptr, this, nullptr);
    m_scene = scene;
    setScene(scene);
    if (!scene)
        return;
    connect(scene, &JourneyScene::renameRequested, this, &JourneyView::startRename);
    connect(scene, &JourneyScene::revealRequested, this, &JourneyView::reveal);
    connect(scene, &JourneyScene::cursorChanged, this, [this](const QCursor &cursor) {
        m_toolCursor = cursor;
        updatePanCursor();
    });
    connect(scene, &QObject::destroyed, this, [this] { m_scene = nullptr; });
    m_footer->setTheme(scene->theme());
    m_fitted = true;
    updateVisibleArea();
}

double JourneyView::zoom() const
{
    return transform().m11();
}

void JourneyView::setZoom(double zoom, std::optional<QPoint> viewAnchor)
{
    // The user chose a zoom: the map no longer follows the window's size.
    m_fitted = false;
    applyZoom(zoom, viewAnchor);
}

void JourneyView::applyZoom(double zoom, std::optional<QPoint> viewAnchor)
{
    zoom = std::clamp(zoom, MinimumZoom, MaximumZoom);
    if (std::abs(zoom - this->zoom()) < 1e-9)
        return;
    m_editor->commit();
    const QPoint anchor = viewAnchor.value_or(viewport()->rect().center());
    const QPointF sceneAnchor = mapToScene(anchor);
    setTransform(QTransform::fromScale(zoom, zoom));
    if (m_scene) {
        m_scene->setZooming(true);
        m_settle->start();
    }
    // Keep the scene point under the anchor where it was.
    const QPointF moved = mapFromScene(sceneAnchor) - QPointF(anchor);
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(moved.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(moved.y()));
    updateVisibleArea();
    Q_EMIT zoomChanged(zoom);
}

void JourneyView::zoomBy(double factor, std::optional<QPoint> viewAnchor)
{
    setZoom(zoom() * factor, viewAnchor);
}

void JourneyView::zoomIn()
{
    zoomBy(1.25);
}

void JourneyView::zoomOut()
{
    zoomBy(0.8);
}

void JourneyView::settleZoom()
{
    m_settle->stop();
    if (m_scene)
        m_scene->setZooming(false);
}

void JourneyView::actualSize()
{
    setZoom(1.0);
}

void JourneyView::fitToWindow()
{
    if (!m_scene)
        return;
    const QRectF bounds = m_scene->geometry().bounds().adjusted(-16, -16, 16, 16);
    const QSize area = viewport()->size();
    if (bounds.isEmpty() || area.isEmpty())
        return;
    const double fit = std::min(area.width() / bounds.width(), area.height() / bounds.height());
    // Never larger than life: a small map is shown at 100%, not blown up.
    applyZoom(std::min(fit, 1.0), std::nullopt);
    m_fitted = true;
    centerOn(bounds.center());
    updateVisibleArea();
}

QPointF JourneyView::sceneCentre() const
{
    return mapToScene(viewport()->rect().center());
}

void JourneyView::showAt(double zoom, const QPointF &centre)
{
    setZoom(zoom);
    centerOn(centre);
    updateVisibleArea();
}

void JourneyView::reveal(const QRectF &sceneRect)
{
    if (!m_scene || sceneRect.isEmpty())
        return;
    const MapMetrics &metrics = m_scene->geometry().metrics();
    const int xMargin = int(metrics.laneHeaderWidth * zoom()) + 24;
    const int yMargin = int(metrics.stageHeaderHeight * zoom()) + 24;
    ensureVisible(sceneRect, xMargin, yMargin);
}

void JourneyView::centreOn(const QRectF &sceneRect)
{
    centerOn(sceneRect.center());
    updateVisibleArea();
}

void JourneyView::startRename(const EditTarget &target)
{
    if (!m_scene || m_scene->isReadOnly())
        return;
    const Journey &journey = m_scene->journey();
    const QRectF area = m_scene->targetRect(target);
    if (area.isEmpty())
        return;
    QString text;
    QRectF box;
    const double z = zoom();
    double pointSize = std::clamp(9.0 * z, 8.0, 28.0);
    switch (target.kind) {
    case EditTarget::Kind::Card: {
        text = journey.touchpoints().find(TouchpointId(target.id))->name;
        // The editor takes the size the name is drawn in at this zoom.
        const double scale = z * devicePixelRatioF();
        box = m_scene->renderer().cardNameRect(area, scale).adjusted(-4, -2, 4, 0);
        pointSize = std::clamp(m_scene->renderer().cards().style(scale, area.height()).name.pixelSize() * z * 0.75,
                               8.0, 28.0);
        break;
    }
    case EditTarget::Kind::Arrow: {
        text = journey.transitions().find(TransitionId(target.id))->label;
        const TransitionItem *item = m_scene->transitionItem(TransitionId(target.id));
        const QPointF middle = item ? item->route().pointAt(0.5) : area.center();
        box = QRectF(middle - QPointF(80, 12), QSizeF(160, 24));
        break;
    }
    case EditTarget::Kind::StageHeader:
        text = journey.stages().find(StageId(target.id))->name;
        box = area.adjusted(6, 8, -6, -8);
        pointSize = std::clamp(10.5 * z, 8.0, 28.0);
        break;
    case EditTarget::Kind::LaneHeader:
        text = journey.lanes().find(LaneId(target.id))->name;
        box = QRectF(area.left() + 6, area.top() + 6, area.width() - 12, 28);
        break;
    case EditTarget::Kind::None:
        return;
    }
    QRect geometry = mapFromScene(box).boundingRect();
    geometry.setHeight(std::max(geometry.height(), QFontMetrics(m_editor->font()).height() + 8));
    geometry.setWidth(std::max(geometry.width(), 120));
    m_editor->start(target, text, geometry, pointSize);
}

void JourneyView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        zoomBy(std::pow(1.0015, event->angleDelta().y()), event->position().toPoint());
        event->accept();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier) {
        // Shift+wheel scrolls sideways, as in every wide-canvas editor.
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - event->angleDelta().y());
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void JourneyView::setPanning(bool panning, const QPoint &at)
{
    m_panning = panning;
    m_panLast = at;
    updatePanCursor();
}

void JourneyView::updatePanCursor()
{
    if (m_panning)
        viewport()->setCursor(Qt::ClosedHandCursor);
    else if (m_spaceHeld)
        viewport()->setCursor(Qt::OpenHandCursor);
    else
        viewport()->setCursor(m_toolCursor);
}

void JourneyView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceHeld)) {
        setPanning(true, event->position().toPoint());
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void JourneyView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint delta = event->position().toPoint() - m_panLast;
        m_panLast = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void JourneyView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning) {
        setPanning(false);
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void JourneyView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && event->modifiers() == Qt::NoModifier) {
        if (!event->isAutoRepeat()) {
            m_spaceHeld = true;
            updatePanCursor();
        }
        event->accept();
        return;
    }
    QGraphicsView::keyPressEvent(event);
}

void JourneyView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceHeld = false;
        updatePanCursor();
        event->accept();
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void JourneyView::focusOutEvent(QFocusEvent *event)
{
    m_spaceHeld = false;
    updatePanCursor();
    QGraphicsView::focusOutEvent(event);
}

void JourneyView::contextMenuEvent(QContextMenuEvent *event)
{
    Q_EMIT contextMenuRequested(event->globalPos());
    event->accept();
}

void JourneyView::scrollContentsBy(int dx, int dy)
{
    // The editor sits over what it names; when that scrolls away, keep what was typed.
    m_editor->commit();
    QGraphicsView::scrollContentsBy(dx, dy);
    updateVisibleArea();
}

void JourneyView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    placeFooter();
    // A fitted map stays fitted as the window grows (maximised) or shrinks.
    if (m_fitted && m_scene)
        fitToWindow();
    updateVisibleArea();
}

void JourneyView::placeFooter()
{
    const QRect area = viewport()->geometry();
    m_footer->setGeometry(area.left(), area.bottom() + 1, area.width(), m_footer->sizeHint().height());
}

void JourneyView::updateVisibleArea()
{
    if (m_scene)
        m_scene->setVisibleArea(mapToScene(viewport()->rect()).boundingRect());
}

void JourneyView::drawForeground(QPainter *painter, const QRectF &)
{
    if (!m_scene)
        return;
    const Journey &journey = m_scene->journey();
    if (!journey.stages().isEmpty() && !journey.lanes().isEmpty())
        return;
    // An empty map says how to start rather than showing nothing.
    painter->save();
    painter->resetTransform();
    QFont hint = font();
    hint.setPointSizeF(hint.pointSizeF() * 1.2);
    painter->setFont(hint);
    painter->setPen(palette().color(QPalette::PlaceholderText));
    const QString text = journey.stages().isEmpty()
        ? tr("This journey has no stages yet.\nAdd one with Map ▸ Add Stage (Ctrl+Alt+S).")
        : tr("This journey has no lanes yet.\nAdd one with Map ▸ Add Lane (Ctrl+Alt+L).");
    painter->drawText(viewport()->rect(), Qt::AlignCenter, text);
    painter->restore();
}

} // namespace cxmap
