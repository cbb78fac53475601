#pragma once

#include "model/workshop.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;

namespace cxmap {

/**
 * Where the facilitator types a note during the presentation: a band over the bottom of the
 * screen that keeps the map in view, naming the card it is about. The kind is chosen with its
 * button or Ctrl+1/2/3 (pain point, idea, question); Enter keeps the note, Esc drops it.
 */
class NoteOverlay : public QWidget
{
    Q_OBJECT

public:
    NoteOverlay(const QString &touchpoint, const QFont &font, QWidget *parent);

    QLineEdit *textField() const { return m_text; }
    NoteKind kind() const;
    void setKind(NoteKind kind);

Q_SIGNALS:
    void accepted(cxmap::NoteKind kind, const QString &text);
    void cancelled();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QButtonGroup *m_kinds;
    QLineEdit *m_text;
    QLabel *m_about;
};

} // namespace cxmap
