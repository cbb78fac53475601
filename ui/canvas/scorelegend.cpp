#include "scorelegend.h"

#include <QAbstractScrollArea>
#include <QEvent>
#include <QPainter>
#include <QPainterPath>

namespace cxmap {

namespace {

constexpr int Margin = 12;
constexpr int Padding = 8;
constexpr int BarWidth = 160;
constexpr int BarHeight = 8;
constexpr int SwatchWidth = 22;

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
    const QFontMetrics metrics(font());
    const int captionWidth = metrics.horizontalAdvance(tr("Performance, 0–100"));
    const int hatchWidth = SwatchWidth + 6 + metrics.horizontalAdvance(tr("unreliable (n < 30 or ± > 10)"));
    const int width = std::max({BarWidth, captionWidth, hatchWidth}) + 2 * Padding;
    const int height = 3 * metrics.height() + BarHeight + 2 * Padding + 6;
    return {width, height};
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

    const QFontMetrics metrics(font());
    const int left = Padding;
    int top = Padding;
    painter.setPen(m_theme.cardText);
    painter.drawText(QRect(left, top, width() - 2 * Padding, metrics.height()), Qt::AlignLeft,
                     tr("Performance, 0–100"));
    top += metrics.height() + 3;

    const QRectF bar(left, top, BarWidth, BarHeight);
    painter.setPen(Qt::NoPen);
    painter.setBrush(RenderTheme::scoreGradient(bar.topLeft(), bar.topRight()));
    painter.drawRoundedRect(bar, 2, 2);
    top += BarHeight + 1;

    painter.setPen(m_theme.mutedText);
    const QRect ticks(left, top, BarWidth, metrics.height());
    painter.drawText(ticks, Qt::AlignLeft, QStringLiteral("0"));
    painter.drawText(ticks, Qt::AlignHCenter, QStringLiteral("50"));
    painter.drawText(ticks, Qt::AlignRight, QStringLiteral("100"));
    top += metrics.height() + 2;

    // The same hatching the cards use, over a mid-scale colour.
    const QRectF swatch(left, top + 2, SwatchWidth, metrics.height() - 4);
    painter.setPen(Qt::NoPen);
    painter.setBrush(RenderTheme::scoreColor(50));
    painter.drawRect(swatch);
    painter.setBrush(RenderTheme::unreliableBrush(m_theme.cardBackground));
    painter.drawRect(swatch);
    painter.setPen(m_theme.mutedText);
    painter.drawText(QRect(left + SwatchWidth + 6, top, width() - SwatchWidth - 6 - 2 * Padding,
                           metrics.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, tr("unreliable (n < 30 or ± > 10)"));
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
