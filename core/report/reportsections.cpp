// Headings and paragraphs shared by the sections.
#include "reportsections.h"

#include "pageflow.h"
#include "reportstyle.h"

#include <QPainter>

namespace cxmap::ReportSections {

void heading(PageFlow &flow, const ReportStyle &style, const QString &text, double keep)
{
    flow.skip(6);
    const double height = ReportText::lineHeight(style.heading) + 6;
    const QRectF rect = flow.take(height, height + keep);
    flow.paint([rect, text, style](QPainter *painter) {
        ReportText::line(painter, rect.adjusted(0, 0, 0, -6), text, style.heading, style.text);
        painter->setPen(QPen(style.accent, 1.2));
        painter->drawLine(QPointF(rect.left(), rect.bottom() - 2), QPointF(rect.left() + 40, rect.bottom() - 2));
    });
    flow.skip(4);
}

void subheading(PageFlow &flow, const ReportStyle &style, const QString &text, double keep)
{
    flow.skip(10);
    const double height = ReportText::lineHeight(style.subheading) + 3;
    const QRectF rect = flow.take(height, height + keep);
    flow.paint([rect, text, style](QPainter *painter) {
        ReportText::line(painter, rect, text, style.subheading, style.text, Qt::AlignLeft | Qt::AlignTop);
    });
}

void paragraph(PageFlow &flow, const ReportStyle &style, const QString &text, bool small)
{
    const QFont font = small ? style.small : style.body;
    const QColor color = small ? style.muted : style.text;
    const double height = ReportText::height(text, font, flow.content().width()) + 4;
    const QRectF rect = flow.take(height);
    flow.paint([rect, text, font, color](QPainter *painter) { ReportText::draw(painter, rect, text, font, color); });
}

} // namespace cxmap::ReportSections
