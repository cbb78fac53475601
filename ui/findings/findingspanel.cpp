#include "findingspanel.h"

#include "findingdelegate.h"
#include "findingtext.h"
#include "help/whatsthis.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWhatsThisClickedEvent>

namespace cxmap {

namespace {

// Weakest links listed before "show all": the head of the ranking.
constexpr int ShownWeakestLinks = 5;

/** Shift+F1 on a section or its rows explains it and links to its glossary entry. */
QString sectionWhatsThis(const QString &kind)
{
    if (kind == QLatin1String("weakest"))
        return WhatsThis::text(FindingsPanel::tr("Weakest links"), FindingsPanel::tr("Touchpoints ranked by impact = reach × how far performance falls short of expectation; reliable scores only, unavoidable ones first."), QStringLiteral("impact"));
    if (kind == QLatin1String("moments"))
        return WhatsThis::text(FindingsPanel::tr("Moments of truth"), FindingsPanel::tr("Touchpoints whose experience goes with the journey's outcome: importance significantly above zero and in the top quartile, or flagged by hand."), QStringLiteral("moment-of-truth"));
    if (kind == QLatin1String("weakestPath") || kind == QLatin1String("bestPath"))
        return WhatsThis::text(FindingsPanel::tr("Weakest and best path"), FindingsPanel::tr("The entry-to-exit paths whose lowest reliable score is the lowest and the highest."), QStringLiteral("weakest-path"));
    if (kind == QLatin1String("unavoidable"))
        return WhatsThis::text(FindingsPanel::tr("Unavoidable"), FindingsPanel::tr("Touchpoints every path from an entry to an exit passes through."), QStringLiteral("unavoidable"));
    if (kind == QLatin1String("declining"))
        return WhatsThis::text(FindingsPanel::tr("Declining"), FindingsPanel::tr("Touchpoints whose monthly performance falls, with the slope's whole 95% interval below zero."), QStringLiteral("trend"));
    if (kind == QLatin1String("segments"))
        return WhatsThis::text(FindingsPanel::tr("Segment differences"), FindingsPanel::tr("Differences between two segments at a touchpoint that Welch's t-test calls real at 95%."), QStringLiteral("segment-difference"));
    return WhatsThis::text(FindingsPanel::tr("Findings"), FindingsPanel::tr("What the answers and the map say, each with what it is based on."), QStringLiteral("basis"));
}

} // namespace

using Role = FindingDelegate::Role;

FindingsPanel::FindingsPanel(QWidget *parent)
    : QWidget(parent)
    , m_weakestLinks(makeToggle(
          tr("Weakest links"),
          tr("Spotlight the weakest links on the map: the top 5 by impact (reach × shortfall), "
             "numbered; reliable scores only")))
    , m_momentsOfTruth(
          makeToggle(tr("Moments of truth"),
                     tr("Spotlight the moments of truth: the touchpoints that decide the outcome")))
    , m_unavoidable(
          makeToggle(tr("Unavoidable"), tr("Spotlight the touchpoints every customer passes")))
    , m_weakestPath(makeToggle(tr("Weakest path"),
                               tr("Spotlight the path whose weakest link is the weakest")))
    , m_spotlights(new QActionGroup(this))
    , m_basis(new QLabel(this))
    , m_error(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_tree(new QTreeWidget(this))
    , m_details(new QTextBrowser(this))
{
    setAccessibleName(tr("Findings"));
    auto *toggles = new QGridLayout;
    toggles->setSpacing(4);
    // One spotlight at a time; a second click on the checked one turns the spotlight off.
    m_spotlights->setExclusionPolicy(QActionGroup::ExclusionPolicy::ExclusiveOptional);
    const QList<QAction *> actions = spotlightActions();
    for (QAction *action : actions)
        m_spotlights->addAction(action);
    for (int i = 0; i < actions.size(); ++i) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(actions.at(i));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        toggles->addWidget(button, i / 2, i % 2);
    }

    m_basis->setWordWrap(true);
    m_basis->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_basis->setAccessibleName(tr("What the findings are based on"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAccessibleName(tr("Analysis error"));
    m_error->hide();
    // A thin, indeterminate bar: the analysis reports no progress, only that it runs.
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedHeight(3);
    m_busy->setAccessibleName(tr("Analysing"));
    m_busy->hide();

    m_tree->setAccessibleName(tr("Findings list"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setItemDelegate(new FindingDelegate(m_tree));
    m_tree->setIndentation(10);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(false);
    m_tree->setMouseTracking(true);
    m_tree->setFrameShape(QFrame::NoFrame);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_details->setAccessibleName(tr("Finding explained"));
    m_details->setFrameShape(QFrame::NoFrame);
    m_details->setOpenLinks(false);
    // Its glossary link goes the way of a "What's this?" link: HelpActions opens the guide.
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        QWhatsThisClickedEvent open(url.toString());
        QCoreApplication::sendEvent(this, &open);
    });
    m_basis->setWhatsThis(WhatsThis::text(tr("What the findings are based on"), tr("The answers and respondents in the current selection (segment, period), the metrics performance is computed from and the outcome importance is measured against."), QStringLiteral("basis")));
    m_details->setWhatsThis(WhatsThis::text(tr("Finding explained"), tr("Every number of the selected finding with the formula that produced it."), QStringLiteral("performance")));
    m_weakestLinks->setWhatsThis(sectionWhatsThis(QStringLiteral("weakest")));
    m_momentsOfTruth->setWhatsThis(sectionWhatsThis(QStringLiteral("moments")));
    m_unavoidable->setWhatsThis(sectionWhatsThis(QStringLiteral("unavoidable")));
    m_weakestPath->setWhatsThis(sectionWhatsThis(QStringLiteral("weakestPath")));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addLayout(toggles);
    layout->addWidget(m_basis);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem *item) { showDetails(item); });
    auto activate = [this](QTreeWidgetItem *item) {
        if (item && item->data(0, Role::KindRole).toString() == QLatin1String("more")) {
            showAllWeakestLinks();
            return;
        }
        const QVariant id = item ? item->data(0, Role::TouchpointRole) : QVariant();
        if (id.isValid())
            Q_EMIT touchpointActivated(TouchpointId(id.toLongLong()));
    };
    connect(m_tree, &QTreeWidget::itemClicked, this, activate);
    connect(m_tree, &QTreeWidget::itemActivated, this, activate);
    connect(m_spotlights, &QActionGroup::triggered, this, [this] { Q_EMIT spotlightChosen(spotlightKind()); });
    // Wrapped caveats take their height from the width.
    m_tree->viewport()->installEventFilter(this);
    rebuild();
}

bool FindingsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        m_tree->doItemsLayout();
    return QWidget::eventFilter(watched, event);
}

void FindingsPanel::showAllWeakestLinks()
{
    m_showingAllWeakestLinks = true;
    QTreeWidgetItem *section = nullptr;
    for (int i = 0; i < m_tree->topLevelItemCount() && !section; ++i)
        if (m_tree->topLevelItem(i)->data(0, Role::KindRole).toString() == QLatin1String("weakest"))
            section = m_tree->topLevelItem(i);
    if (!section)
        return;
    for (int i = section->childCount() - 1; i >= 0; --i) {
        QTreeWidgetItem *child = section->child(i);
        if (child->data(0, Role::KindRole).toString() == QLatin1String("more"))
            delete child;
        else
            child->setHidden(false);
    }
}

FindingsPanel::~FindingsPanel() = default;

QAction *FindingsPanel::makeToggle(const QString &text, const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setCheckable(true);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    return action;
}

QList<QAction *> FindingsPanel::spotlightActions() const
{
    return {m_weakestLinks, m_momentsOfTruth, m_unavoidable, m_weakestPath};
}

SpotlightKind FindingsPanel::spotlightKind() const
{
    const QAction *checked = m_spotlights->checkedAction();
    if (checked == m_weakestLinks)
        return SpotlightKind::WeakestLinks;
    if (checked == m_momentsOfTruth)
        return SpotlightKind::MomentsOfTruth;
    if (checked == m_unavoidable)
        return SpotlightKind::Unavoidable;
    if (checked == m_weakestPath)
        return SpotlightKind::WeakestPath;
    return SpotlightKind::None;
}

void FindingsPanel::setSpotlightKind(SpotlightKind kind)
{
    QAction *action = nullptr;
    switch (kind) {
    case SpotlightKind::WeakestLinks:
        action = m_weakestLinks;
        break;
    case SpotlightKind::MomentsOfTruth:
        action = m_momentsOfTruth;
        break;
    case SpotlightKind::Unavoidable:
        action = m_unavoidable;
        break;
    case SpotlightKind::WeakestPath:
        action = m_weakestPath;
        break;
    case SpotlightKind::None:
        break;
    }
    const QSignalBlocker blocker(m_spotlights);
    if (action)
        action->setChecked(true);
    else if (QAction *checked = m_spotlights->checkedAction())
        checked->setChecked(false);
}

void FindingsPanel::explainTouchpoint(TouchpointId touchpoint)
{
    m_explained = touchpoint;
    if (!touchpoint.isValid()) {
        if (!m_tree->currentItem())
            showOverview();
        return;
    }
    // The row the reader is on already explains it (they clicked it): keep it.
    const QVariant id = QVariant::fromValue(touchpoint.value());
    if (const QTreeWidgetItem *current = m_tree->currentItem(); current && current->data(0, Role::TouchpointRole) == id)
        return;
    // The card's row when it has one (the first: weakest links come first), else no row.
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *section = m_tree->topLevelItem(i);
        for (int j = 0; j < section->childCount(); ++j) {
            QTreeWidgetItem *row = section->child(j);
            if (row->data(0, Role::TouchpointRole) == id && !row->isHidden()) {
                const QSignalBlocker blocker(m_tree);
                m_tree->setCurrentItem(row);
                m_tree->scrollToItem(row);
                showDetails(row);
                return;
            }
        }
    }
    {
        const QSignalBlocker blocker(m_tree);
        m_tree->setCurrentItem(nullptr);
    }
    if (const TouchpointFinding *t = m_findings.find(touchpoint))
        m_details->setHtml(FindingText::detailsHtml(*t, m_findings, QString(), palette()));
    else
        showOverview();
}

void FindingsPanel::setFindings(const Findings &findings)
{
    m_findings = findings;
    m_error->hide();
    rebuild();
}

void FindingsPanel::setBusy(bool busy)
{
    m_busy->setVisible(busy);
}

void FindingsPanel::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setStyleSheet(QStringLiteral("color: %1").arg(QColor(0xd7, 0x30, 0x27).name()));
    m_error->show();
}

void FindingsPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The explanation is HTML with colours taken from the palette.
    if (event->type() == QEvent::PaletteChange)
        showDetails(m_tree->currentItem());
}

QTreeWidgetItem *FindingsPanel::addSection(const QString &kind, const QString &title, int count)
{
    auto *item = new QTreeWidgetItem(m_tree);
    item->setText(0, count > 0 ? QStringLiteral("%1 · %2").arg(title).arg(count) : title);
    item->setData(0, Role::SectionRole, true);
    item->setData(0, Role::KindRole, kind);
    item->setFlags(Qt::ItemIsEnabled);
    item->setExpanded(true);
    item->setWhatsThis(0, sectionWhatsThis(kind));
    return item;
}

QTreeWidgetItem *FindingsPanel::addTouchpointRow(QTreeWidgetItem *section,
                                                 const TouchpointFinding &finding,
                                                 const QString &title, const QString &detail,
                                                 const QStringList &tags)
{
    auto *item = new QTreeWidgetItem(section);
    item->setText(0, title);
    item->setData(0, Role::TouchpointRole, finding.id.value());
    item->setData(0, Role::DetailRole, detail);
    item->setData(0, Role::TagsRole, tags);
    item->setData(0, Role::KindRole, section->data(0, Role::KindRole));
    item->setWhatsThis(0, section->whatsThis(0));
    if (finding.performance.n > 0) {
        item->setData(0, Role::ScoreRole, finding.performance.mean);
        item->setData(0, Role::ReliableRole, finding.reliable);
    }
    item->setToolTip(0, FindingText::tooltip(finding, m_findings));
    item->setData(0, Qt::AccessibleTextRole, QStringLiteral("%1. %2").arg(title, detail));
    return item;
}

void FindingsPanel::rebuild()
{
    // New findings come with every edit and filter: the reader keeps their place — the row they
    // were on, the whole ranking if they had asked for it, the scroll position.
    const QTreeWidgetItem *current = m_tree->currentItem();
    const QString currentKind = current ? current->data(0, Role::KindRole).toString() : QString();
    const QVariant currentTouchpoint = current ? current->data(0, Role::TouchpointRole) : QVariant();
    const int scroll = m_tree->verticalScrollBar()->value();

    m_tree->clear();
    m_basis->setText(basisText());
    const Findings &f = m_findings;
    auto finding = [&f](TouchpointId id) { return f.find(id); };

    if (!f.weakestLinks.isEmpty()) {
        QTreeWidgetItem *section =
            addSection(QStringLiteral("weakest"), tr("Weakest links"), int(f.weakestLinks.size()));
        int rank = 0;
        for (TouchpointId id : f.weakestLinks)
            if (const TouchpointFinding *t = finding(id)) {
                QTreeWidgetItem *row = addTouchpointRow(
                    section, *t, QStringLiteral("%1. %2").arg(++rank).arg(t->name),
                    FindingText::weakLink(*t),
                    t->unavoidable ? QStringList{tr("unavoidable")} : QStringList());
                // The head of the ranking is what a reader acts on; the tail is one click away.
                row->setHidden(rank > ShownWeakestLinks);
            }
        if (rank > ShownWeakestLinks) {
            auto *more = new QTreeWidgetItem(section);
            more->setText(0, tr("Show all %1 weakest links").arg(rank));
            more->setData(0, Role::KindRole, QStringLiteral("more"));
            more->setToolTip(0, tr("The ranking goes on with smaller impacts"));
        }
    } else if (f.answers == 0) {
        QTreeWidgetItem *section = addSection(QStringLiteral("weakest"), tr("Weakest links"), 0);
        auto *item = new QTreeWidgetItem(section);
        item->setText(0, tr("No answers yet"));
        item->setData(0, Role::DetailRole, tr("Import survey answers to rank the weakest links"));
        item->setFlags(Qt::ItemIsEnabled);
    }
    if (!f.momentsOfTruth.isEmpty()) {
        QTreeWidgetItem *section = addSection(QStringLiteral("moments"), tr("Moments of truth"),
                                              int(f.momentsOfTruth.size()));
        int rank = 0;
        for (TouchpointId id : f.momentsOfTruth)
            if (const TouchpointFinding *t = finding(id))
                addTouchpointRow(section, *t, QStringLiteral("%1. %2").arg(++rank).arg(t->name),
                                 FindingText::moment(*t),
                                 t->flaggedByHand ? QStringList{tr("by hand")} : QStringList());
    }
    const std::pair<const JourneyPath *, QString> paths[] = {
        {&f.weakestPath, QStringLiteral("weakestPath")}, {&f.bestPath, QStringLiteral("bestPath")}};
    for (const auto &[path, kind] : paths) {
        if (path->touchpoints.isEmpty() || !path->minimum)
            continue;
        const bool weakest = path == &f.weakestPath;
        QTreeWidgetItem *section = addSection(kind, weakest ? tr("Weakest path") : tr("Best path"),
                                              int(path->touchpoints.size()));
        section->setToolTip(
            0, weakest ? tr("The entry-to-exit path whose lowest reliable score is the lowest: "
                            "a chain is no stronger than its weakest link")
                       : tr("The entry-to-exit path whose lowest reliable score is the highest"));
        for (TouchpointId id : path->touchpoints)
            if (const TouchpointFinding *t = finding(id))
                addTouchpointRow(section, *t, t->name, FindingText::onPath(*t),
                                 id == path->weakest ? QStringList{tr("lowest on the path")}
                                                     : QStringList());
    }
    if (!f.structure.unavoidable.isEmpty()) {
        QTreeWidgetItem *section = addSection(QStringLiteral("unavoidable"), tr("Unavoidable"),
                                              int(f.structure.unavoidable.size()));
        section->setToolTip(0, tr("Every path from an entry to an exit passes these touchpoints"));
        for (TouchpointId id : f.structure.unavoidable)
            if (const TouchpointFinding *t = finding(id))
                addTouchpointRow(section, *t, t->name, FindingText::onPath(*t));
    }
    QList<const TouchpointFinding *> declining;
    for (const TouchpointFinding &t : f.touchpoints)
        if (t.declining)
            declining.append(&t);
    if (!declining.isEmpty()) {
        QTreeWidgetItem *section =
            addSection(QStringLiteral("declining"), tr("Declining"), int(declining.size()));
        for (const TouchpointFinding *t : std::as_const(declining))
            addTouchpointRow(section, *t, t->name, FindingText::trend(*t));
    }
    if (!f.segmentDifferences.isEmpty()) {
        QTreeWidgetItem *section = addSection(QStringLiteral("segments"), tr("Segment differences"),
                                              int(f.segmentDifferences.size()));
        section->setToolTip(0, tr("Differences Welch's t-test calls real at 95%"));
        for (const SegmentDifference &d : f.segmentDifferences)
            if (const TouchpointFinding *t = finding(d.touchpoint)) {
                QTreeWidgetItem *item = addTouchpointRow(
                    section, *t, tr("%1: %2 vs %3").arg(t->name, d.segmentA, d.segmentB),
                    FindingText::segmentDifference(d));
                item->setToolTip(0, FindingText::segmentDifferenceWhy(d, t->name));
            }
    }
    if (!f.notes.isEmpty()) {
        QTreeWidgetItem *section =
            addSection(QStringLiteral("notes"), tr("Notes"), int(f.notes.size()));
        for (const QString &note : f.notes) {
            auto *item = new QTreeWidgetItem(section);
            item->setText(0, note);
            item->setData(0, Role::KindRole, QStringLiteral("notes"));
            item->setData(0, Role::WrapRole, true);
        }
    }
    if (m_showingAllWeakestLinks)
        showAllWeakestLinks();
    if (QTreeWidgetItem *again = currentTouchpoint.isValid() ? findRow(currentKind, currentTouchpoint) : nullptr) {
        m_tree->setCurrentItem(again);
        m_tree->verticalScrollBar()->setValue(scroll);
    } else if (m_explained.isValid()) {
        explainTouchpoint(m_explained);
    } else {
        showOverview();
    }
}

QTreeWidgetItem *FindingsPanel::findRow(const QString &kind, const QVariant &touchpoint) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *section = m_tree->topLevelItem(i);
        for (int j = 0; j < section->childCount(); ++j) {
            QTreeWidgetItem *row = section->child(j);
            if (row->data(0, Role::KindRole).toString() == kind && row->data(0, Role::TouchpointRole) == touchpoint)
                return row;
        }
    }
    return nullptr;
}

void FindingsPanel::showDetails(QTreeWidgetItem *item)
{
    if (!item) {
        showOverview();
        return;
    }
    const QVariant id = item->data(0, Role::TouchpointRole);
    const TouchpointFinding *t =
        id.isValid() ? m_findings.find(TouchpointId(id.toLongLong())) : nullptr;
    if (!t) {
        m_details->setHtml(FindingText::noteHtml(item->text(0), palette()));
        return;
    }
    const QString kind = item->data(0, Role::KindRole).toString();
    m_details->setHtml(FindingText::detailsHtml(*t, m_findings, kind, palette())
                       + QStringLiteral("<p><a href=\"%1\">%2</a></p>")
                             .arg(WhatsThis::glossaryHref(QStringLiteral("performance")),
                                  tr("What these numbers mean, in the user guide")));
}

void FindingsPanel::showOverview()
{
    m_details->setHtml(FindingText::overviewHtml(m_findings, palette()));
}

QString FindingsPanel::basisText() const
{
    return FindingText::basis(m_findings);
}

} // namespace cxmap
