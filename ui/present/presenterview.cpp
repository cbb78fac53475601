#include "presenterview.h"

#include "presentationwindow.h"

#include <QGridLayout>
#include <QLabel>
#include <QTimer>

namespace cxmap {

PresenterView::PresenterView(PresentationWindow *presentation, QWidget *parent)
    : QWidget(parent)
    , m_presentation(presentation)
    , m_current(new QLabel(this))
    , m_caption(new QLabel(this))
    , m_next(new QLabel(this))
    , m_notes(new QLabel(this))
    , m_clock(new QLabel(this))
{
    setObjectName(QStringLiteral("presenterView"));
    setWindowTitle(tr("Presenter view"));
    setAccessibleName(tr("Presenter view"));
    QFont big = font();
    big.setPixelSize(40);
    big.setBold(true);
    QFont medium = font();
    medium.setPixelSize(26);
    m_current->setFont(big);
    m_caption->setFont(medium);
    m_next->setFont(medium);
    m_notes->setFont(medium);
    m_clock->setFont(big);
    for (QLabel *label : {m_current, m_caption, m_next, m_notes})
        label->setWordWrap(true);
    m_notes->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    layout->addWidget(m_current, 0, 0);
    layout->addWidget(m_clock, 0, 1, Qt::AlignRight | Qt::AlignTop);
    layout->addWidget(m_caption, 1, 0, 1, 2);
    layout->addWidget(m_notes, 2, 0, 1, 2);
    layout->addWidget(m_next, 3, 0, 1, 2);
    layout->setRowStretch(2, 1);
    connect(presentation, &PresentationWindow::stepChanged, this, &PresenterView::showStep);
    auto *tick = new QTimer(this);
    tick->setInterval(1000);
    connect(tick, &QTimer::timeout, this, [this] {
        const qint64 seconds = m_presentation->elapsedMilliseconds() / 1000;
        m_clock->setText(QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0')));
    });
    tick->start();
    showStep();
}

QString PresenterView::currentText() const
{
    return m_current->text();
}

QString PresenterView::nextText() const
{
    return m_next->text();
}

void PresenterView::showStep()
{
    const QList<PresentationStep> &steps = m_presentation->steps();
    const int at = m_presentation->currentStep();
    if (at < 0 || at >= steps.size())
        return;
    const PresentationStep &step = steps.at(at);
    m_current->setText(tr("%1 / %2 · %3").arg(at + 1).arg(steps.size()).arg(step.title));
    m_caption->setText(step.caption);
    m_notes->setText(step.notes.isEmpty() ? QString() : QStringLiteral("• ") + step.notes.join(QStringLiteral("\n• ")));
    m_next->setText(at + 1 < steps.size() ? tr("Next: %1").arg(steps.at(at + 1).title) : tr("Next: the end — Esc returns to the editor"));
}

} // namespace cxmap
