#include "reporttable.h"

#include "pageflow.h"
#include "reportstyle.h"

#include <QPainter>

#include <algorithm>
#include <numeric>

namespace cxmap {

namespace {

constexpr double CellPadding = 2.5;

QList<double> columnWidths(const ReportTable &table, double width)
{
    double total = 0.0;
    for (const ReportTable::Column &column : table.columns)
        total += column.weight;
    QList<double> widths;
    for (const ReportTable::Column &column : table.columns)
        widths.append(width * column.weight / std::max(total, 1e-9));
    return widths;
}

double rowHeight(const QStringList &cells, const QList<double> &widths, const QFont &font)
{
    double height = ReportText::lineHeight(font);
    for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i)
        height = std::max(height, ReportText::height(cells.at(i), font, widths.at(i) - 2 * CellPadding));
    return height + 2 * CellPadding;
}

void paintRow(QPainter *painter, const QRectF &rect, const QStringList &cells, const QList<double> &widths,
              const ReportTable &table, const QFont &font, const QColor &color)
{
    double x = rect.left();
    for (qsizetype i = 0; i < widths.size(); ++i) {
        const QRectF cell(x + CellPadding, rect.top() + CellPadding, widths.at(i) - 2 * CellPadding,
                          rect.height() - 2 * CellPadding);
        ReportText::draw(painter, cell, cells.value(i), font, color,
                         table.columns.at(i).numeric ? Qt::AlignRight : Qt::AlignLeft);
        x += widths.at(i);
    }
}

} // namespace

void flowTable(PageFlow &flow, const ReportStyle &style, const ReportTable &table)
{
    const QList<double> widths = columnWidths(table, flow.content().width());
    QStringList titles;
    for (const ReportTable::Column &column : table.columns)
        titles.append(column.title);
    // Tables in the small size: a findings table has ten columns on a portrait page.
    const QFont headerFont = style.smallBold;
    const double headerHeight = rowHeight(titles, widths, headerFont);

    auto paintHeader = [&flow, &style, &table, widths, titles, headerHeight, headerFont] {
        const QRectF rect = flow.take(headerHeight);
        flow.paint([rect, widths, titles, table, style, headerFont](QPainter *painter) {
            painter->fillRect(rect, style.fill);
            paintRow(painter, rect, titles, widths, table, headerFont, style.text);
            painter->setPen(QPen(style.text, 0.8));
            painter->drawLine(rect.bottomLeft(), rect.bottomRight());
        });
    };

    int page = -1;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QStringList row = table.rows.at(r);
        const QFont font = table.emphasised.contains(int(r)) ? style.smallBold : style.small;
        const double height = rowHeight(row, widths, font);
        // The header goes with at least one row; it is repeated where the table goes on.
        if (page != flow.pageNumber() || flow.remaining() < height) {
            if (flow.remaining() < headerHeight + height)
                flow.breakPage();
            paintHeader();
            page = flow.pageNumber();
        }
        const QRectF rect = flow.take(height);
        const bool striped = r % 2 == 1;
        flow.paint([rect, row, widths, table, font, style, striped](QPainter *painter) {
            if (striped) {
                QColor stripe = style.fill;
                stripe.setAlphaF(0.55f);
                painter->fillRect(rect, stripe);
            }
            paintRow(painter, rect, row, widths, table, font, style.text);
            painter->setPen(QPen(style.rule, 0.4));
            painter->drawLine(rect.bottomLeft(), rect.bottomRight());
        });
    }
}

} // namespace cxmap
