#pragma once

#include "model/workshop.h"
#include "present/presentationplan.h"
#include "render/rendertheme.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QRectF>
#include <QWidget>

#include <memory>
#include <optional>

class QTimer;
class QVariantAnimation;

namespace cxmap {

class EditorState;
class JourneyRenderer;
class MapGeometry;
class NoteOverlay;
struct Change;

/**
 * Presentation mode (DESIGN §8): the map full screen for a workshop, walked step by step — title,
 * overview with the experience lane, each stage (the view glides to it, the rest dimmed), the
 * weakest links one at a time, the moments of truth, the fix-first quadrant, the room's votes.
 *
 * Keys as presentation clickers send them: Right, Down, PageDown, Space and Enter go on; Left,
 * Up, PageUp and Backspace go back; Home and End; digits jump to a stage. Capture without
 * leaving: Tab and Shift+Tab move a focus ring between the cards in view, V votes (Shift+V takes
 * a vote back), N writes a note in an overlay that keeps the map visible. B and W blank the
 * screen, L turns the pointer into a spotlight, Esc returns to the editor.
 *
 * It draws with the shared JourneyRenderer::drawMap() in a high-contrast theme whose text is at
 * least 24 pt at 1080p, and follows the editor's state (findings, spotlight): what it captures
 * goes into the document through its undo stack, like any edit.
 */
class PresentationWindow : public QWidget
{
    Q_OBJECT

public:
    enum class Blank { None, Black, White };

    PresentationWindow(EditorState *state, bool dark, QWidget *parent = nullptr);
    ~PresentationWindow() override;

    const QList<PresentationStep> &steps() const { return m_steps; }
    int currentStep() const { return m_step; }
    /** Goes to a step, gliding the view there (or jumping, for tests and the first step). */
    void goTo(int step, bool glide = true);
    void next();
    void previous();

    TouchpointId focusedCard() const { return m_focus; }
    Blank blank() const { return m_blank; }
    bool pointerSpotlight() const { return m_pointer; }
    bool isGliding() const;
    /** The part of the map on screen now, in map units (moves while it glides). */
    QRectF currentView() const { return m_view; }
    /** Since the presentation began. */
    qint64 elapsedMilliseconds() const { return m_clock.elapsed(); }
    /** The note overlay while it is open (N), else null. */
    NoteOverlay *noteOverlay() const;
    const RenderTheme &theme() const { return m_theme; }
    /** Draws the current frame into an image of the window's size (screenshots, benchmarks). */
    QImage renderFrame();

    /** The smallest text the presentation draws, in device pixels: 24 pt at 1080p. */
    static constexpr double MinimumTextPixels = 32.0;

Q_SIGNALS:
    void stepChanged(int step);
    /** Esc: back to the editor. */
    void finished();

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void rebuild();
    void onChanged(const Change &change);
    void replan();
    QRectF targetView(const PresentationStep &step) const;
    QTransform viewTransform(const QRectF &view) const;
    QRectF mapArea() const;
    void paintMap(QPainter *painter, const PresentationStep &step);
    void paintCaption(QPainter *painter, const PresentationStep &step);
    void paintTitle(QPainter *painter, const PresentationStep &step);
    void paintSummary(QPainter *painter, const PresentationStep &step);
    void paintFixFirst(QPainter *painter, const PresentationStep &step);
    void paintClock(QPainter *painter);
    void paintPointer(QPainter *painter);
    QList<TouchpointId> cardsInView() const;
    void moveFocus(bool forward);
    void vote();
    void takeVoteBack();
    void openNote();
    void addNote(NoteKind kind, const QString &text);
    /** The session of this presentation, made on its first capture. */
    std::optional<WorkshopSession> sessionForCapture();

    QPointer<EditorState> m_state;
    RenderTheme m_theme;
    std::unique_ptr<MapGeometry> m_geometry;
    std::unique_ptr<JourneyRenderer> m_renderer;
    QList<PresentationStep> m_steps;
    int m_step = 0;
    QVariantAnimation *m_glide;
    QRectF m_from;
    QRectF m_to;
    QRectF m_view;
    TouchpointId m_focus;
    /** The session this presentation captures into, once it has captured something. */
    qint64 m_session = 0;
    Blank m_blank = Blank::None;
    bool m_pointer = false;
    QPoint m_mouse;
    QElapsedTimer m_clock;
    QTimer *m_tick;
    NoteOverlay *m_note = nullptr;
};

} // namespace cxmap
