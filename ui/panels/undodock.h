#pragma once

#include <QDockWidget>

class QUndoStack;
class QUndoView;

namespace cxmap {

/** The undo history: every step of the open document; clicking one goes back or forward to it. */
class UndoDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit UndoDock(QWidget *parent = nullptr);

    void setStack(QUndoStack *stack);
    QUndoView *view() const { return m_view; }

private:
    QUndoView *m_view;
};

} // namespace cxmap
