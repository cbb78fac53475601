#pragma once

#include <QWidget>

class QLabel;

namespace cxmap {

class PresentationWindow;

/**
 * The facilitator's screen while the room sees the presentation on another: the current step
 * and the next one, the step's notes (what to say, what the numbers rest on) and the time so far.
 */
class PresenterView : public QWidget
{
    Q_OBJECT

public:
    explicit PresenterView(PresentationWindow *presentation, QWidget *parent = nullptr);

    QString currentText() const;
    QString nextText() const;

private:
    void showStep();

    PresentationWindow *m_presentation;
    QLabel *m_current;
    QLabel *m_caption;
    QLabel *m_next;
    QLabel *m_notes;
    QLabel *m_clock;
};

} // namespace cxmap
