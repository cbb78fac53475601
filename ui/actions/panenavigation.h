#pragma once

#include <QObject>

class QAction;
class QDockWidget;
class QMenu;
class QWidget;

namespace cxmap {

/**
 * F6 and Shift+F6: the keyboard's way between the map and the panels beside it, as in most
 * desktop applications. A panel hidden behind another's tab is raised when reached; a closed
 * one is skipped.
 */
class PaneNavigation : public QObject
{
    Q_OBJECT

public:
    /** `map` first, then `docks` in the order F6 visits them. Actions are added to `window`. */
    PaneNavigation(QWidget *window, QWidget *map, const QList<QDockWidget *> &docks);

    void populateMenu(QMenu *menu) const;
    QAction *nextAction() const { return m_next; }
    QAction *previousAction() const { return m_previous; }

    /** Moves the focus `step` panes on (negative: back). */
    void move(int step);

private:
    QWidget *m_map;
    QList<QDockWidget *> m_docks;
    QAction *m_next;
    QAction *m_previous;
};

} // namespace cxmap
