#include "chartview.h"

#include "chartstyle.h"

#include <QAbstractAxis>
#include <QAreaSeries>
#include <QChart>
#include <QEvent>
#include <QLabel>
#include <QLineSeries>
#include <QPointer>

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
    // An area series does not own its boundary lines: removeAllSeries() deletes the area and
    // would leave its lines, parented to the chart, to pile up with every rebuild. QPointer, as
    // one line may bound two areas, or be drawn as a series of its own and so deleted already.
    QList<QPointer<QLineSeries>> boundaries;
    const QList<QAbstractSeries *> series = chart()->series();
    for (QAbstractSeries *one : series)
        if (const auto *area = qobject_cast<QAreaSeries *>(one))
            boundaries << area->upperSeries() << area->lowerSeries();
    chart()->removeAllSeries();
    for (const QPointer<QLineSeries> &line : std::as_const(boundaries))
        delete line.data();
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
