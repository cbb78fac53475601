#include "workshopdock.h"

#include "commands/workshopcommands.h"
#include "document/change.h"
#include "document/editorstate.h"
#include "document/journeydocument.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace cxmap {

namespace {

// What an entry stands for: its card, and the note's ID for a note.
constexpr int CardRole = Qt::UserRole;
constexpr int NoteRole = Qt::UserRole + 1;

QString sessionText(const Workshop &workshop, qint64 session)
{
    const WorkshopSession *found = workshop.session(session);
    if (!found)
        return {};
    const QString date = QLocale().toString(found->started.toLocalTime().date(), QLocale::ShortFormat);
    return found->name.isEmpty() ? date : QStringLiteral("%1, %2").arg(found->name, date);
}

} // namespace

WorkshopDock::WorkshopDock(QWidget *parent)
    : QDockWidget(tr("Workshop"), parent)
    , m_summary(new QLabel)
    , m_tree(new QTreeWidget)
{
    setObjectName(QStringLiteral("workshopDock"));
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Card and note"), tr("Session")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setAccessibleName(tr("Workshop notes and votes"));
    m_tree->installEventFilter(this);
    layout->addWidget(m_tree, 1);
    setWidget(content);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { selectCardOf(item); });
    refill();
}

void WorkshopDock::setState(EditorState *state)
{
    if (m_state && m_state->document())
        disconnect(m_state->document(), nullptr, this, nullptr);
    m_state = state;
    if (state && state->document())
        connect(state->document(), &JourneyDocument::changed, this, &WorkshopDock::onChanged);
    refill();
}

void WorkshopDock::onChanged(const Change &change)
{
    // Names of cards show here as well as the room's input.
    switch (change.kind) {
    case Change::Kind::Workshop:
    case Change::Kind::TouchpointAdded:
    case Change::Kind::TouchpointRemoved:
    case Change::Kind::TouchpointChanged:
    case Change::Kind::Reset:
        refill();
        break;
    default:
        break;
    }
}

void WorkshopDock::refill()
{
    m_tree->clear();
    const JourneyDocument *document = m_state ? m_state->document() : nullptr;
    if (!document) {
        m_summary->setText(tr("No map is open."));
        return;
    }
    const Journey &journey = document->journey();
    const Workshop &workshop = journey.workshop();
    const auto cardName = [&journey](TouchpointId id) {
        const Touchpoint *touchpoint = journey.touchpoints().find(id);
        return touchpoint ? touchpoint->name : QString();
    };
    if (workshop.isEmpty()) {
        m_summary->setText(tr("No workshop input yet. Present the map (F5) and capture the room's dot votes (V) and notes (N) "
                              "on the focused card (Tab)."));
        return;
    }
    // Whole words, not "(s)": English has no translation file to pick the plural from.
    const auto count = [](qsizetype n, const QString &one, const QString &many) { return n == 1 ? one : many.arg(n); };
    m_summary->setText(tr("%1 and %2 from %3")
                           .arg(count(workshop.votes.size(), tr("1 vote"), tr("%1 votes")),
                                count(workshop.notes.size(), tr("1 note"), tr("%1 notes")),
                                count(workshop.sessions.size(), tr("1 session"), tr("%1 sessions"))));

    // Notes by kind, then by card in map order, then as they were written.
    for (const NoteKind kind : {NoteKind::PainPoint, NoteKind::Idea, NoteKind::Question}) {
        QList<WorkshopNote> notes;
        for (const WorkshopNote &note : workshop.notes)
            if (note.kind == kind)
                notes.append(note);
        if (notes.isEmpty())
            continue;
        std::stable_sort(notes.begin(), notes.end(), [&journey](const WorkshopNote &a, const WorkshopNote &b) {
            return journey.touchpoints().indexOf(a.touchpoint) < journey.touchpoints().indexOf(b.touchpoint);
        });
        auto *group = new QTreeWidgetItem(m_tree, {QStringLiteral("%1 (%2)").arg(noteKindName(kind)).arg(notes.size())});
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const WorkshopNote &note : std::as_const(notes)) {
            auto *item = new QTreeWidgetItem(group, {QStringLiteral("%1: %2").arg(cardName(note.touchpoint), note.text),
                                                     sessionText(workshop, note.session)});
            item->setData(0, CardRole, note.touchpoint.value());
            item->setData(0, NoteRole, note.id);
            item->setToolTip(0, note.text);
        }
        group->setExpanded(true);
    }

    // Cards by their votes, most first.
    QList<std::pair<int, TouchpointId>> voted;
    for (const Touchpoint &touchpoint : journey.touchpoints())
        if (const int votes = workshop.votesFor(touchpoint.id); votes > 0)
            voted.append({votes, touchpoint.id});
    std::stable_sort(voted.begin(), voted.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    if (!voted.isEmpty()) {
        auto *group = new QTreeWidgetItem(m_tree, {tr("Dot votes (%1)").arg(workshop.votes.size())});
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        for (const auto &[votes, id] : std::as_const(voted)) {
            auto *item = new QTreeWidgetItem(group, {votes == 1 ? tr("%1: 1 vote").arg(cardName(id))
                                                                : tr("%1: %2 votes").arg(cardName(id)).arg(votes)});
            item->setData(0, CardRole, id.value());
        }
        group->setExpanded(true);
    }
}

void WorkshopDock::selectCardOf(QTreeWidgetItem *item)
{
    if (!item || !m_state)
        return;
    const qint64 card = item->data(0, CardRole).toLongLong();
    if (card > 0)
        m_state->setSelection({EditTarget::touchpoint(TouchpointId(card))});
}

void WorkshopDock::removeNoteOf(QTreeWidgetItem *item)
{
    if (!item || !m_state || m_state->isReadOnly())
        return;
    const qint64 id = item->data(0, NoteRole).toLongLong();
    JourneyDocument *document = m_state->document();
    for (const WorkshopNote &note : document->journey().workshop().notes)
        if (note.id == id) {
            document->undoStack()->push(new RemoveWorkshopNoteCommand(document, note));
            return;
        }
}

bool WorkshopDock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeNoteOf(m_tree->currentItem());
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, event);
}

} // namespace cxmap
