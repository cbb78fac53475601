#pragma once

#include <QLineEdit>
#include <QPlainTextEdit>

namespace cxmap {

/**
 * A line edit for the inspector: says committed() once when editing finishes with a changed
 * value, and can be updated from the model without echoing the change back.
 */
class CommitLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit CommitLineEdit(QWidget *parent = nullptr);
    /** Shows a model value; leaves the text alone while the user is typing in it. */
    void setValue(const QString &value);

Q_SIGNALS:
    void committed(const QString &text);

private:
    QString m_value;
};

/** The multi-line counterpart: commits when it loses focus, or on Ctrl+Enter. */
class CommitTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit CommitTextEdit(QWidget *parent = nullptr);
    void setValue(const QString &value);

Q_SIGNALS:
    void committed(const QString &text);

protected:
    void focusOutEvent(QFocusEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void commit();

    QString m_value;
};

} // namespace cxmap
