#include "guide.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTextDocumentFragment>

namespace cxmap {

namespace {

const QString Prefix = QStringLiteral("/cxmap/guide/");

/**
 * The folder of the guide in the user's language ("de/"), or "" for the English pages. The
 * translation installed for the user's locale names it, so the guide always speaks the language of
 * the menus that open it, whichever way the locale chose that language.
 */
QString languageFolder()
{
    //: The folder of the user guide in this language, under ui/help/guide/ ("de"); "en" is the
    //: English guide at the top.
    const QString language = QCoreApplication::translate("cxmap::Guide", "en");
    if (language.isEmpty() || language == QLatin1String("en"))
        return {};
    const QString folder = language + QLatin1Char('/');
    return QFile::exists(QLatin1Char(':') + Prefix + folder + QStringLiteral("pages.txt")) ? folder : QString();
}

QString readResource(const QString &folder, const QString &name)
{
    QFile file(QLatin1Char(':') + Prefix + folder + name);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString plainText(const QString &html)
{
    return QTextDocumentFragment::fromHtml(html).toPlainText().simplified();
}

/** Lower case without accents, so "Naïve" finds "naive". */
QString folded(const QString &text)
{
    QString result;
    const QString decomposed = text.toLower().normalized(QString::NormalizationForm_D);
    result.reserve(decomposed.size());
    for (const QChar c : decomposed)
        if (c.category() != QChar::Mark_NonSpacing)
            result.append(c);
    return result;
}

} // namespace

QUrl Guide::Section::url() const
{
    return pageUrl(page, anchor);
}

Guide::Guide()
    : m_folder(languageFolder())
{
    const QStringList order = readResource(m_folder, QStringLiteral("pages.txt")).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : order)
        if (!line.trimmed().startsWith(QLatin1Char('#')))
            load(line.trimmed());
}

QUrl Guide::pageUrl(const QString &page, const QString &anchor)
{
    QUrl url(QStringLiteral("qrc:") + Prefix + languageFolder() + page);
    if (!anchor.isEmpty())
        url.setFragment(anchor);
    return url;
}

QString Guide::html(const QString &page) const
{
    return m_pages.contains(page) ? readResource(m_folder, page) : QString();
}

void Guide::load(const QString &page)
{
    const QString html = readResource(m_folder, page);
    if (html.isEmpty())
        return;
    m_pages.append(page);
    // Sections run from one heading with an id to the next; the page title (h1) opens the page.
    static const QRegularExpression heading(
        QStringLiteral("<h([1-3])(?:\\s+id=\"([^\"]+)\")?[^>]*>(.*?)</h\\1>"),
        QRegularExpression::DotMatchesEverythingOption);
    QList<QRegularExpressionMatch> headings;
    for (auto it = heading.globalMatch(html); it.hasNext();)
        headings.append(it.next());
    for (qsizetype i = 0; i < headings.size(); ++i) {
        const QRegularExpressionMatch &m = headings.at(i);
        const int level = m.captured(1).toInt();
        if (level > 1 && m.captured(2).isEmpty())
            continue; // a heading without an id cannot be linked to: it belongs to the one above
        qsizetype end = html.size();
        for (qsizetype j = i + 1; j < headings.size(); ++j)
            if (headings.at(j).captured(1).toInt() == 1 || !headings.at(j).captured(2).isEmpty()) {
                end = headings.at(j).capturedStart();
                break;
            }
        Section section;
        section.page = page;
        section.anchor = level == 1 ? QString() : m.captured(2);
        section.title = plainText(m.captured(3));
        section.text = plainText(html.mid(m.capturedEnd(), end - m.capturedEnd()));
        section.level = level;
        m_sections.append(section);
    }
}

bool Guide::resolves(const QUrl &url) const
{
    const QString root = Prefix + m_folder;
    if (url.scheme() != QLatin1String("qrc") || !url.path().startsWith(root))
        return false;
    const QString page = url.path().mid(root.size());
    if (!m_pages.contains(page))
        return false;
    if (!url.hasFragment())
        return true;
    // Any element id counts, not only headings: a glossary entry may be a paragraph.
    return html(page).contains(QStringLiteral("id=\"%1\"").arg(url.fragment()));
}

QList<Guide::Hit> Guide::search(const QString &query) const
{
    const QStringList words = folded(query).split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return {};
    QList<Hit> inTitle;
    QList<Hit> inText;
    for (const Section &section : m_sections) {
        const QString title = folded(section.title);
        const QString text = folded(section.text);
        bool all = true;
        bool titleHasOne = false;
        for (const QString &word : words) {
            const bool there = title.contains(word) || text.contains(word);
            all = all && there;
            titleHasOne = titleHasOne || title.contains(word);
        }
        if (!all)
            continue;
        // The excerpt starts a little before the first word found in the text.
        const qsizetype at = text.indexOf(words.first());
        const qsizetype from = std::max<qsizetype>(0, at - 40);
        QString excerpt = at < 0 ? section.text.left(140) : section.text.mid(from, 140);
        if (from > 0)
            excerpt.prepend(QStringLiteral("…"));
        if (from + 140 < section.text.size())
            excerpt.append(QStringLiteral("…"));
        (titleHasOne ? inTitle : inText).append({section, excerpt});
    }
    return inTitle + inText;
}

} // namespace cxmap
