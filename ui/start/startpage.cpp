#include "startpage.h"

#include "files/recentfiles.h"

#include <QCommandLinkButton>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace cxmap {

namespace {

QCommandLinkButton *choice(const QString &text, const QString &description, QWidget *parent)
{
    auto *button = new QCommandLinkButton(text, description, parent);
    button->setAccessibleName(QString(text).remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    button->setAccessibleDescription(description);
    return button;
}

QLabel *heading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

} // namespace

StartPage::StartPage(RecentFiles *recent, QWidget *parent)
    : QWidget(parent)
    , m_recent(recent)
    , m_title(new QLabel(tr("cxmap"), this))
    , m_subtitle(new QLabel(tr("Customer journey maps backed by measured experience"), this))
    , m_demo(choice(tr("Explore the &demo journey"),
                    tr("A customer switching mobile phone contract: 25 touchpoints, 5,000 sample "
                       "respondents over 12 months, with its findings"),
                    this))
    , m_new(choice(tr("&New map"),
                   tr("Seven stages from Discover to Renew or leave, and seven channel lanes"), this))
    , m_newEmpty(choice(tr("New &empty map"), tr("No stages or lanes: draw your own"), this))
    , m_open(choice(tr("&Open a map…"), tr("A .cxmap file from your computer"), this))
    , m_inventory(choice(tr("&Import a touchpoint inventory…"),
                         tr("Build a map from the spreadsheet of touchpoints your team keeps "
                            "(CSV: stage, lane, name), and its transitions"),
                         this))
    , m_recentTitle(heading(tr("Recent maps"), this))
    , m_recentList(new QListWidget(this))
    , m_noRecent(new QLabel(tr("Maps you open or save appear here."), this))
    , m_guide(new QLabel(this))
{
    setObjectName(QStringLiteral("startPage"));
    setAccessibleName(tr("Start page"));
    // The page sits on the base colour, as a document does, in either theme; secondary text
    // is muted. Roles, not colours: they follow the theme when it changes.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont subtitleFont = font();
    subtitleFont.setPointSizeF(subtitleFont.pointSizeF() * 1.2);
    m_subtitle->setFont(subtitleFont);
    m_title->setAccessibleName(tr("cxmap"));
    m_subtitle->setWordWrap(true);
    m_recentList->setAccessibleName(tr("Recent maps"));
    m_recentList->setFrameShape(QFrame::NoFrame);
    m_recentList->setIconSize(QSize(32, 32));
    m_recentList->setSpacing(2);
    m_noRecent->setWordWrap(true);
    m_guide->setText(tr("New to cxmap? The <a href=\"guide\">User Guide</a> (F1) walks through "
                        "building a map, importing answers and reading the findings, and explains "
                        "every number."));
    m_guide->setWordWrap(true);
    m_guide->setTextInteractionFlags(Qt::TextBrowserInteraction);
    for (QLabel *label : {m_subtitle, m_noRecent, m_guide})
        label->setForegroundRole(QPalette::PlaceholderText);
    m_recentList->setBackgroundRole(QPalette::Base);

    auto *start = new QVBoxLayout;
    start->setSpacing(4);
    start->addWidget(heading(tr("Start"), this));
    for (QCommandLinkButton *button : {m_demo, m_new, m_newEmpty, m_open, m_inventory})
        start->addWidget(button);
    start->addStretch(1);

    auto *recentColumn = new QVBoxLayout;
    recentColumn->setSpacing(8);
    recentColumn->addWidget(m_recentTitle);
    recentColumn->addWidget(m_noRecent);
    recentColumn->addWidget(m_recentList, 1);
    recentColumn->addStretch(0);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(48);
    columns->addLayout(start, 1);
    columns->addLayout(recentColumn, 1);

    auto *content = new QVBoxLayout;
    content->setSpacing(12);
    content->addWidget(m_title);
    content->addWidget(m_subtitle);
    content->addSpacing(24);
    content->addLayout(columns);
    content->addSpacing(24);
    content->addWidget(m_guide);
    content->addStretch(1);

    // A readable column in the middle of a wide window, not buttons stretched across it.
    auto *centred = new QHBoxLayout(this);
    centred->setContentsMargins(32, 48, 32, 32);
    centred->addStretch(1);
    centred->addLayout(content, 6);
    centred->addStretch(1);
    setMinimumWidth(560);

    connect(m_demo, &QCommandLinkButton::clicked, this, &StartPage::demoRequested);
    connect(m_new, &QCommandLinkButton::clicked, this, [this] { Q_EMIT newRequested(Journey::Template::Default); });
    connect(m_newEmpty, &QCommandLinkButton::clicked, this, [this] { Q_EMIT newRequested(Journey::Template::Empty); });
    connect(m_open, &QCommandLinkButton::clicked, this, &StartPage::openRequested);
    connect(m_inventory, &QCommandLinkButton::clicked, this, &StartPage::inventoryRequested);
    connect(m_guide, &QLabel::linkActivated, this, &StartPage::guideRequested);
    connect(m_recentList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT openFileRequested(item->data(Qt::UserRole).toString());
    });
    connect(m_recent, &RecentFiles::changed, this, &StartPage::updateRecent);
    updateRecent();
}

void StartPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Rich text takes its link colour when it is set: set it again in the new theme's.
    if (event->type() == QEvent::PaletteChange) {
        const QString text = m_guide->text();
        m_guide->clear();
        m_guide->setText(text);
    }
}

void StartPage::updateRecent()
{
    m_recentList->clear();
    const QStringList files = m_recent->files();
    const QIcon icon(QStringLiteral(":/cxmap/app/application-x-cxmap.svg"));
    for (const QString &path : files) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(icon, QStringLiteral("%1\n%2").arg(info.completeBaseName(),
                                                                          QDir::toNativeSeparators(info.absolutePath())),
                                         m_recentList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(tr("%1 (double-click or Enter to open)").arg(QDir::toNativeSeparators(path)));
        item->setData(Qt::AccessibleTextRole, tr("%1 in %2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())));
    }
    m_recentList->setVisible(!files.isEmpty());
    m_noRecent->setVisible(files.isEmpty());
}

} // namespace cxmap
