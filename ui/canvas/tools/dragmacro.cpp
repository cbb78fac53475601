#include "dragmacro.h"

#include <QUndoStack>

namespace cxmap {

void DragMacro::push(QUndoStack *stack, const QString &text, QUndoCommand *command)
{
    if (!m_stack) {
        m_stack = stack;
        m_stack->beginMacro(text);
    }
    m_stack->push(command);
}

void DragMacro::close(bool keep)
{
    if (!m_stack)
        return;
    QUndoStack *stack = m_stack;
    m_stack = nullptr;
    stack->endMacro();
    if (keep)
        return;
    // Take the effect back by hand, then mark the step obsolete: QUndoStack::undo() then drops
    // it without running it again, and no empty step is left in the history.
    auto *macro = const_cast<QUndoCommand *>(stack->command(stack->index() - 1));
    macro->undo();
    macro->setObsolete(true);
    stack->undo();
}

} // namespace cxmap
