#include "noteoverlay.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

namespace cxmap {

NoteOverlay::NoteOverlay(const QString &touchpoint, const QFont &font, QWidget *parent)
    : QWidget(parent)
    , m_kinds(new QButtonGroup(this))
    , m_text(new QLineEdit(this))
    , m_about(new QLabel(this))
{
    setObjectName(QStringLiteral("noteOverlay"));
    setFont(font);
    setAutoFillBackground(false);
    setAccessibleName(tr("Note on %1").arg(touchpoint));
    m_about->setText(tr("Note on %1").arg(touchpoint));
    auto *kinds = new QHBoxLayout;
    int key = 1;
    for (const NoteKind kind : {NoteKind::PainPoint, NoteKind::Idea, NoteKind::Question}) {
        auto *button = new QPushButton(QStringLiteral("%1  %2").arg(key).arg(noteKindName(kind)), this);
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus);
        button->setToolTip(tr("Ctrl+%1").arg(key));
        m_kinds->addButton(button, int(kind));
        kinds->addWidget(button);
        ++key;
    }
    m_kinds->button(int(NoteKind::PainPoint))->setChecked(true);
    kinds->addStretch(1);
    m_text->setPlaceholderText(tr("What the room says… (Enter keeps it, Esc drops it)"));
    m_text->setAccessibleName(tr("Note text"));
    m_text->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 20, 32, 24);
    layout->setSpacing(12);
    layout->addWidget(m_about);
    layout->addLayout(kinds);
    layout->addWidget(m_text);
}

NoteKind NoteOverlay::kind() const
{
    return NoteKind(m_kinds->checkedId());
}

void NoteOverlay::setKind(NoteKind kind)
{
    m_kinds->button(int(kind))->setChecked(true);
}

bool NoteOverlay::eventFilter(QObject *watched, QEvent *event)
{
    // The text field has the focus: the kind keys and Esc are read there.
    if (watched == m_text && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            Q_EMIT cancelled();
            return true;
        }
        // Enter keeps the note and goes no further: the presentation behind must not take it
        // for "next step" (QLineEdit passes Return on to its parent).
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (!m_text->text().trimmed().isEmpty())
                Q_EMIT accepted(kind(), m_text->text().trimmed());
            return true;
        }
        if (key->modifiers() & Qt::ControlModifier) {
            if (key->key() == Qt::Key_1 || key->key() == Qt::Key_2 || key->key() == Qt::Key_3) {
                setKind(NoteKind(key->key() - Qt::Key_1));
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void NoteOverlay::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT cancelled();
        return;
    }
    QWidget::keyPressEvent(event);
}

void NoteOverlay::paintEvent(QPaintEvent *)
{
    // A plate over the map: the map stays visible above it.
    QPainter painter(this);
    QColor plate = palette().color(QPalette::Window);
    plate.setAlphaF(0.94f);
    painter.fillRect(rect(), plate);
    painter.setPen(QPen(palette().color(QPalette::Highlight), 4));
    painter.drawLine(rect().topLeft(), rect().topRight());
}

} // namespace cxmap
