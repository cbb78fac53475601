#include "inspectorfields.h"

#include <QKeyEvent>

namespace cxmap {

CommitLineEdit::CommitLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    connect(this, &QLineEdit::editingFinished, this, [this] {
        setModified(false);
        if (text() == m_value)
            return;
        m_value = text();
        Q_EMIT committed(m_value);
    });
}

void CommitLineEdit::setValue(const QString &value)
{
    m_value = value;
    if (!hasFocus() || !isModified()) {
        setText(value);
        setModified(false);
    }
}

CommitTextEdit::CommitTextEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
}

void CommitTextEdit::setValue(const QString &value)
{
    m_value = value;
    if (!hasFocus() && toPlainText() != value)
        setPlainText(value);
}

void CommitTextEdit::commit()
{
    if (toPlainText() == m_value)
        return;
    m_value = toPlainText();
    Q_EMIT committed(m_value);
}

void CommitTextEdit::focusOutEvent(QFocusEvent *event)
{
    commit();
    QPlainTextEdit::focusOutEvent(event);
}

void CommitTextEdit::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && event->modifiers() & Qt::ControlModifier) {
        commit();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

} // namespace cxmap
