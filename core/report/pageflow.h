#pragma once

#include <QList>
#include <QRectF>
#include <QString>

#include <functional>

class QPainter;

namespace cxmap {

/** Something painted on a page, in page points. */
using PagePaint = std::function<void(QPainter *)>;

/** One planned page: its running header and what is painted on it, in order. */
struct PlannedPage
{
    QString section;
    /** The cover has no running header or footer. */
    bool plain = false;
    QList<PagePaint> paints;
};

/**
 * Lays blocks down pages, top to bottom, starting a page when a block does not fit: the report
 * is planned whole before anything is painted, so every page knows the page count ("page 3 of
 * 12") and the contents and the map's page index know where things landed.
 */
class PageFlow
{
public:
    /** `content`: the area of a page between running header and footer, in points. */
    explicit PageFlow(const QRectF &content);

    QRectF content() const { return m_content; }
    const QList<PlannedPage> &pages() const { return m_pages; }
    /** The page the next block goes on, from 1; 0 before the first page. */
    int pageNumber() const { return int(m_pages.size()); }
    /** Room left on the current page. */
    double remaining() const;
    double cursor() const { return m_y; }

    /** Starts a new page whose running header is `section`. */
    void newPage(const QString &section, bool plain = false);
    /**
     * A full-width block of `height` at the cursor; a new page first when less than `height`
     * (or `keep`, to keep a heading with what follows) is left. Returns the block's rectangle.
     */
    QRectF take(double height, double keep = 0.0);
    /** Continues on a new page of the same section, unless the cursor is at a page's top. */
    void breakPage();
    /** Vertical space, dropped at the top of a page. */
    void skip(double gap);
    /** Paints on the current page. */
    void paint(PagePaint paint);

private:
    QRectF m_content;
    QList<PlannedPage> m_pages;
    double m_y = 0.0;
};

} // namespace cxmap
