#pragma once

#include "document/edittarget.h"

#include <QLineEdit>

namespace cxmap {

/**
 * The line edit that renames a card, header or arrow label in place, over the canvas. Enter or
 * leaving it commits, Escape cancels.
 */
class InlineEditor : public QLineEdit
{
    Q_OBJECT

public:
    explicit InlineEditor(QWidget *parent);

    void start(const EditTarget &target, const QString &text, const QRect &geometry, double pointSize);
    EditTarget target() const { return m_target; }
    bool isEditing() const { return m_target.isValid(); }
    /** Commits what was typed, as if Enter had been pressed. */
    void commit();
    void cancel();

Q_SIGNALS:
    void committed(const cxmap::EditTarget &target, const QString &text);
    /** Editing ended, committed or not: the canvas takes the focus back. */
    void finished();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void finish(bool accept);

    EditTarget m_target;
};

} // namespace cxmap
