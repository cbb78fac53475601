#include "panenavigation.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QMenu>

namespace cxmap {

namespace {

/** The widget to focus in a pane: its focus proxy, or the first child that takes Tab. */
QWidget *focusTarget(QWidget *pane)
{
    if (pane->focusProxy() || pane->focusPolicy() & Qt::TabFocus)
        return pane;
    const QList<QWidget *> children = pane->findChildren<QWidget *>();
    for (QWidget *child : children)
        if (child->focusPolicy() & Qt::TabFocus && child->isEnabled() && child->isVisibleTo(pane))
            return child;
    return nullptr;
}

} // namespace

PaneNavigation::PaneNavigation(QWidget *window, QWidget *map, const QList<QDockWidget *> &docks)
    : QObject(window)
    , m_map(map)
    , m_docks(docks)
    , m_next(new QAction(tr("Next &Pane"), this))
    , m_previous(new QAction(tr("Pre&vious Pane"), this))
{
    m_next->setShortcut(QKeySequence(Qt::Key_F6));
    m_previous->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    m_next->setStatusTip(tr("Move the keyboard focus to the next panel"));
    m_previous->setStatusTip(tr("Move the keyboard focus to the previous panel"));
    for (QAction *action : {m_next, m_previous}) {
        action->setShortcutContext(Qt::WindowShortcut);
        window->addAction(action);
    }
    connect(m_next, &QAction::triggered, this, [this] { move(1); });
    connect(m_previous, &QAction::triggered, this, [this] { move(-1); });
}

void PaneNavigation::populateMenu(QMenu *menu) const
{
    menu->addAction(m_next);
    menu->addAction(m_previous);
}

void PaneNavigation::move(int step)
{
    // Panes: the map, then every dock that is open (shown, or a tab behind another).
    QList<QWidget *> panes{m_map};
    for (QDockWidget *dock : std::as_const(m_docks))
        if (dock->toggleViewAction()->isChecked() && dock->widget())
            panes.append(dock->widget());
    const QWidget *focus = QApplication::focusWidget();
    qsizetype current = 0;
    for (qsizetype i = 0; i < panes.size(); ++i)
        if (focus && (panes.at(i) == focus || panes.at(i)->isAncestorOf(focus)))
            current = i;
    for (qsizetype tried = 1; tried <= panes.size(); ++tried) {
        const qsizetype index = ((current + step * tried) % panes.size() + panes.size()) % panes.size();
        QWidget *pane = panes.at(index);
        if (auto *dock = qobject_cast<QDockWidget *>(pane->parentWidget()))
            dock->raise();
        if (QWidget *target = focusTarget(pane)) {
            target->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

} // namespace cxmap
