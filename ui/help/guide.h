#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace cxmap {

/**
 * The user guide bundled with the program: HTML pages compiled in as resources under
 * qrc:/cxmap/guide/ (in German under qrc:/cxmap/guide/de/ when the German translation is loaded), in reading order. Knows the pages, their sections (every heading with an
 * id) and how to search them; HelpWindow shows them.
 */
class Guide
{
public:
    struct Section
    {
        QString page;   // "glossary.html"
        QString anchor; // "reach"; empty for the page as a whole
        QString title;
        /** The section's words as plain text, for searching. */
        QString text;
        int level = 1; // 1 the page title, 2 a section, 3 a glossary entry

        QUrl url() const;
    };

    struct Hit
    {
        Section section;
        /** The words around the first match, for the results list. */
        QString excerpt;
    };

    /** Loads every page of the guide; see guide/pages.txt for their order. */
    Guide();

    static QUrl pageUrl(const QString &page, const QString &anchor = {});
    static QUrl home() { return pageUrl(QStringLiteral("index.html")); }
    /** The glossary entry on `term` ("reach", "impact"…), as the "What's this?" links name it. */
    static QUrl glossary(const QString &term) { return pageUrl(QStringLiteral("glossary.html"), term); }

    QStringList pages() const { return m_pages; }
    const QList<Section> &sections() const { return m_sections; }
    /** The page's HTML; empty for a page the guide does not have. */
    QString html(const QString &page) const;
    /** True when `url` names a page of the guide and, with a fragment, an anchor on it. */
    bool resolves(const QUrl &url) const;

    /**
     * Sections holding every word of `query` (ignoring case and accents), the ones with a match
     * in their title first, then in reading order.
     */
    QList<Hit> search(const QString &query) const;

private:
    void load(const QString &page);

    /** "de/" for the German pages, "" for the English ones: chosen once, by the translation. */
    QString m_folder;
    QStringList m_pages;
    QList<Section> m_sections;
};

} // namespace cxmap
