#include "undodock.h"

#include <QUndoView>

namespace cxmap {

UndoDock::UndoDock(QWidget *parent)
    : QDockWidget(tr("History"), parent)
    , m_view(new QUndoView)
{
    setObjectName(QStringLiteral("history"));
    setAccessibleName(tr("Undo history"));
    m_view->setEmptyLabel(tr("Opened"));
    m_view->setAccessibleName(tr("Undo history"));
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setAlternatingRowColors(true);
    setWidget(m_view);
}

void UndoDock::setStack(QUndoStack *stack)
{
    m_view->setStack(stack);
}

} // namespace cxmap
