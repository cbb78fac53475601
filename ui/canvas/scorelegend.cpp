#include "scorelegend.h"

#include "render/scorelegendpainter.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace cxmap {

namespace {

constexpr int Margin = 12;
constexpr int Padding = 8;

} // namespace

ScoreLegend::ScoreLegend(QWidget *view)
    : QWidget(view)
    , m_theme(RenderTheme::light())
{
    setObjectName(QStringLiteral("scoreLegend"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAccessibleName(tr("Score legend"));
    setAccessibleDescription(tr("Card colours show performance from 0 (red) to 100 (blue); hatched "
                                "scores are unreliable: fewer than 30 answers or an interval wider "
                                "than ±10"));
    setVisible(false);
    view->installEventFilter(this);
    place();
}

void ScoreLegend::setTheme(const RenderTheme &theme)
{
    m_theme = theme;
    update();
}

void ScoreLegend::setHasScores(bool hasScores)
{
    setVisible(hasScores);
    if (hasScores)
        raise();
}

QSize ScoreLegend::sizeHint() const
{
    return ScoreLegendPainter::size(font()).toSize() + QSize(2 * Padding, 2 * Padding);
}

void ScoreLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    QColor background = m_theme.cardBackground;
    background.setAlphaF(0.94f);
    painter.setPen(QPen(m_theme.cardBorder, 1));
    painter.setBrush(background);
    painter.drawRoundedRect(frame, 6, 6);
    ScoreLegendPainter::draw(&painter, QPointF(Padding, Padding), m_theme, font());
}

bool ScoreLegend::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && (event->type() == QEvent::Resize || event->type() == QEvent::Show))
        place();
    return QWidget::eventFilter(watched, event);
}

void ScoreLegend::place()
{
    // The lower left corner of the viewport, clear of the scroll bars.
    QRect area = parentWidget()->rect();
    if (const auto *scrollArea = qobject_cast<QAbstractScrollArea *>(parentWidget()))
        area = scrollArea->viewport()->geometry();
    resize(sizeHint());
    move(area.left() + Margin, area.bottom() - height() - Margin);
}

} // namespace cxmap
