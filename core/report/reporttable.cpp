#include "reporttable.h"

#include "pageflow.h"
#include "reportstyle.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace cxmap {

namespace {

constexpr double CellPadding = 2.5;

/** The columns drawn beside each other: all but the last when it goes under its row. */
qsizetype sideBySide(const ReportTable &table)
{
    return table.lastBelow ? table.columns.size() - 1 : table.columns.size();
}

/** Where the last column goes when it is written under its row: past the first column. */
QRectF belowArea(const QList<double> &widths, double left, double top, double right)
{
    const double indent = widths.isEmpty() ? 0.0 : widths.first();
    return QRectF(left + indent + CellPadding, top, right - left - indent - 2 * CellPadding, 0.0);
}

// The narrowest a column may be: a number never wraps, text wraps between words only (a title
// like "Importance" broken as "Importan/ce" reads as a misprint).
double minimumWidth(const ReportTable &table, qsizetype column, const QFont &font)
{
    auto widest = [&font](const QString &text, bool whole) {
        if (whole)
            return ReportText::width(text, font);
        double most = 0.0;
        for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            most = std::max(most, ReportText::width(word, font));
        return most;
    };
    const ReportTable::Column &definition = table.columns.at(column);
    double most = widest(definition.title, false);
    for (const QStringList &row : table.rows)
        most = std::max(most, widest(row.value(column), definition.numeric));
    return std::ceil(most) + 2 * CellPadding + 4;
}

/**
 * The columns share the width by their weights, but none is narrower than its content allows:
 * such a column gets its minimum and the others share what is left, again by weight.
 */
QList<double> columnWidths(const ReportTable &table, double width, const QFont &font)
{
    const qsizetype count = sideBySide(table);
    QList<double> minimum;
    for (qsizetype i = 0; i < count; ++i)
        minimum.append(minimumWidth(table, i, font));
    QList<double> widths(count, 0.0);
    QList<bool> fixed(count, false);
    for (bool changed = true; changed;) {
        changed = false;
        double space = width;
        double weights = 0.0;
        for (qsizetype i = 0; i < count; ++i) {
            if (fixed.at(i))
                space -= minimum.at(i);
            else
                weights += table.columns.at(i).weight;
        }
        for (qsizetype i = 0; i < count; ++i) {
            if (fixed.at(i)) {
                widths[i] = minimum.at(i);
                continue;
            }
            widths[i] = std::max(0.0, space) * table.columns.at(i).weight / std::max(weights, 1e-9);
            if (widths.at(i) < minimum.at(i)) {
                fixed[i] = true;
                changed = true;
            }
        }
    }
    // Content wider than the page (it never is with our tables): scale down rather than overflow.
    const double total = std::accumulate(widths.cbegin(), widths.cend(), 0.0);
    if (total > width + 0.5)
        for (double &w : widths)
            w *= width / total;
    return widths;
}

double rowHeight(const QStringList &cells, const QList<double> &widths, const ReportTable &table, const QFont &font,
                 bool header = false)
{
    double height = ReportText::lineHeight(font);
    for (qsizetype i = 0; i < cells.size() && i < widths.size(); ++i)
        height = std::max(height, ReportText::height(cells.at(i), font, widths.at(i) - 2 * CellPadding));
    height += 2 * CellPadding;
    if (table.lastBelow && !header && !cells.value(widths.size()).isEmpty()) {
        const double total = std::accumulate(widths.cbegin(), widths.cend(), 0.0);
        height += ReportText::height(cells.value(widths.size()), font, belowArea(widths, 0, 0, total).width()) + CellPadding;
    }
    return height;
}

void paintRow(QPainter *painter, const QRectF &rect, const QStringList &cells, const QList<double> &widths,
              const ReportTable &table, const QFont &font, const QColor &color, bool header = false)
{
    double x = rect.left();
    double tallest = ReportText::lineHeight(font);
    for (qsizetype i = 0; i < widths.size(); ++i) {
        const QRectF cell(x + CellPadding, rect.top() + CellPadding, widths.at(i) - 2 * CellPadding,
                          rect.height() - 2 * CellPadding);
        tallest = std::max(tallest, ReportText::draw(painter, cell, cells.value(i), font, color,
                                                     table.columns.at(i).numeric ? Qt::AlignRight : Qt::AlignLeft));
        x += widths.at(i);
    }
    if (table.lastBelow && !header) {
        const QRectF below = belowArea(widths, rect.left(), rect.top() + tallest + 2 * CellPadding, rect.right());
        ReportText::draw(painter, QRectF(below.topLeft(), QSizeF(below.width(), rect.bottom() - below.top())),
                         cells.value(widths.size()), font, color);
    }
}

} // namespace

void flowTable(PageFlow &flow, const ReportStyle &style, const ReportTable &table)
{
    const QList<double> widths = columnWidths(table, flow.content().width(), style.smallBold);
    QStringList titles;
    for (qsizetype i = 0; i < sideBySide(table); ++i)
        titles.append(table.columns.at(i).title);
    // Tables in the small size: a findings table has ten columns on a portrait page.
    const QFont headerFont = style.smallBold;
    const double headerHeight = rowHeight(titles, widths, table, headerFont, true);

    auto paintHeader = [&flow, &style, &table, widths, titles, headerHeight, headerFont] {
        const QRectF rect = flow.take(headerHeight);
        flow.paint([rect, widths, titles, table, style, headerFont](QPainter *painter) {
            painter->fillRect(rect, style.fill);
            paintRow(painter, rect, titles, widths, table, headerFont, style.text, true);
            painter->setPen(QPen(style.text, 0.8));
            painter->drawLine(rect.bottomLeft(), rect.bottomRight());
        });
    };

    int page = -1;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QStringList row = table.rows.at(r);
        const QFont font = table.emphasised.contains(int(r)) ? style.smallBold : style.small;
        const double height = rowHeight(row, widths, table, font);
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
