#include "inlineeditor.h"

#include <QKeyEvent>

namespace cxmap {

InlineEditor::InlineEditor(QWidget *parent)
    : QLineEdit(parent)
{
    setAccessibleName(tr("Name"));
    hide();
}

void InlineEditor::start(const EditTarget &target, const QString &text, const QRect &geometry,
                         double pointSize)
{
    if (isEditing())
        commit();
    m_target = target;
    QFont editorFont = font();
    editorFont.setPointSizeF(pointSize);
    setFont(editorFont);
    setText(text);
    setGeometry(geometry);
    selectAll();
    show();
    raise();
    setFocus(Qt::OtherFocusReason);
}

void InlineEditor::commit()
{
    finish(true);
}

void InlineEditor::cancel()
{
    finish(false);
}

void InlineEditor::finish(bool accept)
{
    if (!isEditing())
        return;
    const EditTarget target = m_target;
    m_target = {};
    const bool hadFocus = hasFocus();
    hide();
    if (accept)
        Q_EMIT committed(target, text());
    if (hadFocus)
        Q_EMIT finished();
}

void InlineEditor::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        commit();
        return;
    case Qt::Key_Escape:
        cancel();
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

void InlineEditor::focusOutEvent(QFocusEvent *event)
{
    QLineEdit::focusOutEvent(event);
    // Clicking elsewhere keeps what was typed, as in every file manager.
    if (event->reason() != Qt::PopupFocusReason)
        commit();
}

} // namespace cxmap
