#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QToolBar;
class QUndoStack;
class QWidget;

namespace cxmap {

class FindBar;
class JourneyScene;
class JourneyView;

/**
 * The Edit and Map menus: undo and redo of the open document, cut, copy, paste, delete,
 * select all, rename, add touchpoint, connect, stages and lanes, tidy layout and find — with
 * their standard shortcuts, enabled only when they can act.
 */
class EditActions : public QObject
{
    Q_OBJECT

public:
    EditActions(JourneyView *view, FindBar *findBar, QWidget *parent);

    void setScene(JourneyScene *scene);
    void updateIcons();

    void populateEditMenu(QMenu *menu) const;
    void populateMapMenu(QMenu *menu, const QList<QAction *> &toolActions) const;
    void populateToolBar(QToolBar *toolBar) const;
    /** The canvas's context menu, for what is selected (or under the mouse). */
    void showContextMenu(const QPoint &globalPos);

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *cutAction() const { return m_cut; }
    QAction *copyAction() const { return m_copy; }
    QAction *pasteAction() const { return m_paste; }
    QAction *deleteAction() const { return m_delete; }
    QAction *selectAllAction() const { return m_selectAll; }
    QAction *renameAction() const { return m_rename; }
    QAction *addTouchpointAction() const { return m_addTouchpoint; }
    QAction *connectAction() const { return m_connect; }
    QAction *addStageAction() const { return m_addStage; }
    QAction *addLaneAction() const { return m_addLane; }
    QAction *tidyAction() const { return m_tidy; }
    /** Checkable: the selected cards are flagged as moments of truth by hand. */
    QAction *flagMomentAction() const { return m_flagMoment; }
    /** Shows the inspector on the selection. */
    QAction *inspectAction() const { return m_inspect; }
    QAction *findAction() const { return m_find; }
    QAction *findNextAction() const { return m_findNext; }
    QAction *findPreviousAction() const { return m_findPrevious; }

Q_SIGNALS:
    /** The inspector should show (the context menu's "Inspect"). */
    void inspectRequested();

private:
    QAction *make(const QString &text, const QString &icon, const QList<QKeySequence> &shortcuts);
    void updateEnabled();
    void connectSelected();
    void flagSelected(bool flagged);

    QWidget *m_parent;
    JourneyView *m_view;
    FindBar *m_findBar;
    QPointer<JourneyScene> m_scene;
    QPointer<QUndoStack> m_stack;
    QList<std::pair<QAction *, QString>> m_icons;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_cut;
    QAction *m_copy;
    QAction *m_paste;
    QAction *m_delete;
    QAction *m_selectAll;
    QAction *m_rename;
    QAction *m_addTouchpoint;
    QAction *m_connect;
    QAction *m_addStage;
    QAction *m_addLane;
    QAction *m_tidy;
    QAction *m_flagMoment;
    QAction *m_inspect;
    QAction *m_find;
    QAction *m_findNext;
    QAction *m_findPrevious;
};

} // namespace cxmap
