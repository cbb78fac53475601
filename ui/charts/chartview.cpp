#include "chartview.h"

#include "chartstyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QEvent>
#include <QLabel>

namespace cxmap {

ChartView::ChartView(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_placeholder(new QLabel(this))
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setMinimumSize(280, 200);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_placeholder->hide();
    applyPalette();
}

ChartView::~ChartView() = default;

void ChartView::setPlaceholder(const QString &text)
{
    m_placeholder->setText(text);
    m_placeholder->setVisible(!text.isEmpty());
    m_placeholder->setGeometry(rect().adjusted(24, 24, -24, -24));
}

QString ChartView::placeholder() const
{
    return m_placeholder->isHidden() ? QString() : m_placeholder->text();
}

void ChartView::clearChart()
{
    chart()->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart()->axes();
    for (QAbstractAxis *axis : axes) {
        chart()->removeAxis(axis);
        delete axis;
    }
}

void ChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        applyPalette();
        rebuild();
    }
}

void ChartView::applyPalette()
{
    ChartStyle::apply(chart(), palette());
    QPalette muted = m_placeholder->palette();
    muted.setColor(QPalette::WindowText, ChartStyle::muted(palette()));
    m_placeholder->setPalette(muted);
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    m_placeholder->setGeometry(rect().adjusted(24, 24, -24, -24));
}

} // namespace cxmap
