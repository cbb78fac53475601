#pragma once

#include <QString>

class QUndoCommand;
class QUndoStack;

namespace cxmap {

/**
 * The undo side of a drag: the first step opens a macro, every step is pushed into it (where
 * mergeable commands merge), and closing leaves exactly one undo step — or none, when the drag
 * is cancelled or ends where it began.
 */
class DragMacro
{
public:
    void push(QUndoStack *stack, const QString &text, QUndoCommand *command);
    bool isOpen() const { return m_stack != nullptr; }
    /** `keep`: the drag finished and changed something. Otherwise its effect is taken back. */
    void close(bool keep);

private:
    QUndoStack *m_stack = nullptr;
};

} // namespace cxmap
