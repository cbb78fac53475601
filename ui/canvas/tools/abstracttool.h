#pragma once

#include <QCursor>
#include <QKeySequence>
#include <QObject>
#include <QString>

class QGraphicsSceneMouseEvent;
class QKeyEvent;

namespace cxmap {

class JourneyScene;

/**
 * One way of editing the map with the mouse. The scene forwards its mouse and key events to the
 * active tool, which pushes commands; items hold no mouse logic (Tiled's AbstractTool).
 */
class AbstractTool : public QObject
{
    Q_OBJECT

public:
    AbstractTool(const QString &name, const QString &iconName, const QKeySequence &shortcut,
                 QObject *parent = nullptr);

    QString name() const { return m_name; }
    QString iconName() const { return m_iconName; }
    QKeySequence shortcut() const { return m_shortcut; }
    /** A tool that only changes the map is disabled on a read-only document. */
    virtual bool changesDocument() const { return true; }

    virtual void activate(JourneyScene *scene);
    virtual void deactivate();
    /** Abandons a drag in progress (Escape, or the scene is being rebuilt). */
    virtual void cancel() {}

    virtual void mousePressed(QGraphicsSceneMouseEvent *event) = 0;
    virtual void mouseMoved(QGraphicsSceneMouseEvent *event) = 0;
    virtual void mouseReleased(QGraphicsSceneMouseEvent *event) = 0;
    virtual void mouseDoubleClicked(QGraphicsSceneMouseEvent *event);
    virtual void mouseLeft() {}
    /** Keyboard operation shared by all tools: arrows, Escape. Accepts what it handles. */
    virtual void keyPressed(QKeyEvent *event);

protected:
    JourneyScene *scene() const { return m_scene; }
    void setCursor(const QCursor &cursor);
    void setStatusInfo(const QString &text);
    /** Hover feedback under the mouse: the item, its handle, the header edges. */
    void updateHover(QGraphicsSceneMouseEvent *event);
    /** The zoom of the view the event came from, to keep hit margins constant on screen. */
    static double viewScale(const QGraphicsSceneMouseEvent *event);
    /** Past the platform's drag distance from the press? */
    static bool isDrag(const QGraphicsSceneMouseEvent *event);

private:
    QString m_name;
    QString m_iconName;
    QKeySequence m_shortcut;
    JourneyScene *m_scene = nullptr;
};

} // namespace cxmap
