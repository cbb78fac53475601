#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace cxmap {

class PageFlow;
struct ReportStyle;

/** A table of the report: columns with their share of the width, rows of cell texts. */
struct ReportTable
{
    struct Column
    {
        QString title;
        /** Relative width: the columns share the page's width in these proportions. */
        double weight = 1.0;
        bool numeric = false;
    };
    QList<Column> columns;
    QList<QStringList> rows;
    /** Rows drawn in bold (the unavoidable weak links, the path's weakest step). */
    QList<int> emphasised;
    /**
     * The last column is written under its row, across the columns after the first, instead of
     * beside it: a sentence per row ("why") reads as prose there, not as a narrow column of
     * broken lines beside ten figures on a portrait page.
     */
    bool lastBelow = false;
};

/**
 * Lays the table down the flow: cells wrap within their column, a row never splits, and the
 * header row is repeated at the top of every page the table continues on.
 */
void flowTable(PageFlow &flow, const ReportStyle &style, const ReportTable &table);

} // namespace cxmap
