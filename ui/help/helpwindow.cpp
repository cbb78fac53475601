#include "helpwindow.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cxmap {

namespace {

/** The guide's style sheet, coloured from the palette so both themes read well. */
QString styleSheetFor(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    QColor muted = text;
    muted.setRgbF(base.redF() + (text.redF() - base.redF()) * 0.65f, base.greenF() + (text.greenF() - base.greenF()) * 0.65f,
                  base.blueF() + (text.blueF() - base.blueF()) * 0.65f);
    // Formula boxes a little off the page colour, towards the text.
    QColor box = base;
    box.setRgbF(base.redF() + (text.redF() - base.redF()) * 0.07f, base.greenF() + (text.greenF() - base.greenF()) * 0.07f,
                base.blueF() + (text.blueF() - base.blueF()) * 0.07f);
    return QStringLiteral(
               "body { color: %1; }"
               "h1 { font-size: xx-large; margin-bottom: 6px; }"
               "h2 { font-size: x-large; margin-top: 22px; }"
               "h3 { font-size: large; margin-top: 16px; margin-bottom: 4px; }"
               "a { color: %2; }"
               "p.lead { font-size: large; color: %3; }"
               "p.formula { font-family: monospace; background-color: %4; margin-left: 12px; }"
               "p.note, span.muted { color: %3; }"
               "td, th { padding: 4px; }"
               "th { text-align: left; }"
               "kbd { font-family: monospace; font-weight: bold; }")
        .arg(text.name(), palette.color(QPalette::Link).name(), muted.name(), box.name());
}

QTextCursor cursorAtAnchor(QTextDocument *document, const QString &anchor)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().anchorNames().contains(anchor))
                return QTextCursor(block);
    return QTextCursor(document);
}

} // namespace

HelpWindow::HelpWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_search(new QLineEdit(this))
    , m_contents(new QTreeWidget(this))
    , m_results(new QListWidget(this))
    , m_noResults(new QLabel(tr("Nothing in the guide holds all these words."), this))
    , m_browser(new QTextBrowser(this))
    , m_back(new QToolButton(this))
    , m_forward(new QToolButton(this))
    , m_home(new QToolButton(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    setWindowTitle(tr("cxmap User Guide"));
    setAccessibleName(tr("User guide"));

    m_search->setPlaceholderText(tr("Search the guide"));
    m_search->setAccessibleName(tr("Search the guide"));
    m_search->setClearButtonEnabled(true);
    m_contents->setHeaderHidden(true);
    m_contents->setAccessibleName(tr("Contents"));
    m_contents->setFrameShape(QFrame::NoFrame);
    m_results->setAccessibleName(tr("Search results"));
    m_results->setFrameShape(QFrame::NoFrame);
    m_results->setWordWrap(true);
    m_results->setSpacing(3);
    m_results->setAlternatingRowColors(true);
    m_results->hide();
    m_noResults->setWordWrap(true);
    m_noResults->setForegroundRole(QPalette::PlaceholderText);
    m_noResults->hide();
    m_browser->setAccessibleName(tr("Guide page"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setFrameShape(QFrame::NoFrame);

    m_back->setText(tr("Back"));
    m_back->setToolTip(tr("Back (Alt+Left)"));
    m_back->setShortcut(QKeySequence::Back);
    m_back->setArrowType(Qt::LeftArrow);
    m_forward->setText(tr("Forward"));
    m_forward->setToolTip(tr("Forward (Alt+Right)"));
    m_forward->setShortcut(QKeySequence::Forward);
    m_forward->setArrowType(Qt::RightArrow);
    m_home->setText(tr("Contents"));
    m_home->setToolTip(tr("The guide's first page"));
    for (QToolButton *button : {m_back, m_forward, m_home})
        button->setAccessibleName(button->text());
    m_home->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_back->setEnabled(false);
    m_forward->setEnabled(false);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(6, 6, 0, 6);
    sideLayout->addWidget(m_search);
    sideLayout->addWidget(m_contents, 1);
    sideLayout->addWidget(m_results, 1);
    sideLayout->addWidget(m_noResults);
    sideLayout->addStretch(0);

    auto *page = new QWidget(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_back);
    bar->addWidget(m_forward);
    bar->addWidget(m_home);
    bar->addStretch(1);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 6, 6, 6);
    pageLayout->addLayout(bar);
    pageLayout->addWidget(m_browser, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(side);
    splitter->addWidget(page);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 700});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // Ctrl+F, as in every browser, goes to the search field.
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(find);

    connect(m_back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_home, &QToolButton::clicked, this, [this] { showUrl(Guide::home()); });
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QToolButton::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, &HelpWindow::syncContents);
    connect(m_search, &QLineEdit::textChanged, this, &HelpWindow::search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_results->count() > 0)
            openResult(0);
    });
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { openResult(m_results->row(item)); });
    connect(m_results, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { openResult(m_results->row(item)); });
    connect(m_contents, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        m_searchWords.clear();
        showUrl(item->data(0, Qt::UserRole).toUrl());
    });
    connect(m_contents, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        m_searchWords.clear();
        showUrl(item->data(0, Qt::UserRole).toUrl());
    });

    buildContents();
    applyPalette();
    m_browser->setSource(Guide::home());
    resize(1000, 720);
}

void HelpWindow::buildContents()
{
    QTreeWidgetItem *page = nullptr;
    for (const Guide::Section &section : m_guide.sections()) {
        // The glossary's entries are many: the glossary's page lists them, the contents do not.
        if (section.level > 2)
            continue;
        auto *item = section.level == 1 || !page ? new QTreeWidgetItem(m_contents) : new QTreeWidgetItem(page);
        if (section.level == 1)
            page = item;
        item->setText(0, section.title);
        item->setData(0, Qt::UserRole, section.url());
    }
    m_contents->expandAll();
}

void HelpWindow::showUrl(const QUrl &url)
{
    m_browser->setSource(url);
    markWords(m_searchWords);
    if (url.hasFragment()) {
        // The anchor at the top of the view, not wherever the search marks put the cursor.
        const QTextCursor at = cursorAtAnchor(m_browser->document(), url.fragment());
        const QRect rect = m_browser->cursorRect(at);
        m_browser->verticalScrollBar()->setValue(m_browser->verticalScrollBar()->value() + rect.top() - 8);
    }
}

QUrl HelpWindow::currentUrl() const
{
    return m_browser->source();
}

void HelpWindow::search(const QString &query)
{
    if (m_search->text() != query)
        m_search->setText(query); // comes back here through textChanged
    m_results->clear();
    const bool searching = !query.trimmed().isEmpty();
    m_contents->setVisible(!searching);
    m_searchWords = query.split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts);
    if (!searching) {
        m_results->hide();
        m_noResults->hide();
        markWords({});
        return;
    }
    const QList<Guide::Hit> hits = m_guide.search(query);
    for (const Guide::Hit &hit : hits) {
        QString page;
        for (const Guide::Section &section : m_guide.sections())
            if (section.page == hit.section.page && section.level == 1)
                page = section.title;
        const QString title = hit.section.level == 1 ? hit.section.title : QStringLiteral("%1 — %2").arg(hit.section.title, page);
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(title, hit.excerpt), m_results);
        item->setData(Qt::UserRole, hit.section.url());
        item->setData(Qt::AccessibleTextRole, title);
        item->setToolTip(hit.excerpt);
    }
    m_results->setVisible(!hits.isEmpty());
    m_noResults->setVisible(hits.isEmpty());
    markWords(m_searchWords);
}

void HelpWindow::openResult(int row)
{
    if (QListWidgetItem *item = m_results->item(row)) {
        m_results->setCurrentRow(row);
        showUrl(item->data(Qt::UserRole).toUrl());
    }
}

void HelpWindow::markWords(const QStringList &words)
{
    QList<QTextEdit::ExtraSelection> marks;
    QTextCharFormat format;
    format.setBackground(palette().color(QPalette::Highlight));
    format.setForeground(palette().color(QPalette::HighlightedText));
    for (const QString &word : words) {
        QTextCursor cursor(m_browser->document());
        while (!(cursor = m_browser->document()->find(word, cursor)).isNull())
            marks.append({cursor, format});
    }
    m_browser->setExtraSelections(marks);
}

void HelpWindow::syncContents()
{
    const QUrl page = m_browser->source().adjusted(QUrl::RemoveFragment);
    for (int i = 0; i < m_contents->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_contents->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toUrl() == page) {
            const QSignalBlocker blocker(m_contents);
            m_contents->setCurrentItem(item);
        }
    }
}

void HelpWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void HelpWindow::applyPalette()
{
    m_browser->document()->setDefaultStyleSheet(styleSheetFor(palette()));
    if (!m_browser->source().isEmpty()) {
        const int scroll = m_browser->verticalScrollBar()->value();
        m_browser->reload();
        m_browser->verticalScrollBar()->setValue(scroll);
        markWords(m_searchWords);
    }
}

} // namespace cxmap
