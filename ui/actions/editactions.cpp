#include "editactions.h"

#include "document/editorstate.h"

#include "canvas/clipboardoperations.h"
#include "canvas/editoperations.h"
#include "canvas/findbar.h"
#include "canvas/journeyscene.h"
#include "canvas/journeyview.h"
#include "commands/touchpointcommands.h"
#include "document/journeydocument.h"
#include "icons.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QInputDialog>
#include <QMenu>
#include <QToolBar>
#include <QUndoStack>

#include <algorithm>

namespace cxmap {

EditActions::EditActions(JourneyView *view, FindBar *findBar, QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
    , m_view(view)
    , m_findBar(findBar)
    , m_undo(make(tr("&Undo"), QStringLiteral("undo"), QKeySequence::keyBindings(QKeySequence::Undo)))
    , m_redo(make(tr("&Redo"), QStringLiteral("redo"), QKeySequence::keyBindings(QKeySequence::Redo)))
    , m_cut(make(tr("Cu&t"), QStringLiteral("cut"), QKeySequence::keyBindings(QKeySequence::Cut)))
    , m_copy(make(tr("&Copy"), QStringLiteral("copy"), QKeySequence::keyBindings(QKeySequence::Copy)))
    , m_paste(make(tr("&Paste"), QStringLiteral("paste"), QKeySequence::keyBindings(QKeySequence::Paste)))
    , m_delete(make(tr("&Delete"), QStringLiteral("delete"), QKeySequence::keyBindings(QKeySequence::Delete)))
    , m_selectAll(make(tr("Select &All"), QStringLiteral("select-all"), QKeySequence::keyBindings(QKeySequence::SelectAll)))
    , m_rename(make(tr("Re&name"), QStringLiteral("rename"), {QKeySequence(Qt::Key_F2)}))
    , m_addTouchpoint(make(tr("Add &Touchpoint"), QStringLiteral("add"),
                           {QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)}))
    , m_connect(make(tr("&Connect To…"), QStringLiteral("connect"), {QKeySequence(Qt::CTRL | Qt::Key_L)}))
    , m_addStage(make(tr("Add &Stage"), QStringLiteral("stage"), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S)}))
    , m_addLane(make(tr("Add &Lane"), QStringLiteral("lane"), {QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L)}))
    , m_tidy(make(tr("T&idy Layout"), QStringLiteral("tidy"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L)}))
    , m_flagMoment(make(tr("Flag as &Moment of Truth"), QString(), {QKeySequence(Qt::CTRL | Qt::Key_M)}))
    , m_inspect(make(tr("&Inspect"), QStringLiteral("inspector"), {QKeySequence(Qt::ALT | Qt::Key_Return)}))
    , m_find(make(tr("&Find…"), QStringLiteral("find"), QKeySequence::keyBindings(QKeySequence::Find)))
    , m_findNext(make(tr("Find &Next"), QStringLiteral("next"), QKeySequence::keyBindings(QKeySequence::FindNext)))
    , m_findPrevious(make(tr("Find Pre&vious"), QStringLiteral("previous"),
                          QKeySequence::keyBindings(QKeySequence::FindPrevious)))
{
    // Delete also on Backspace, as on laptops without a Delete key.
    QList<QKeySequence> deleteKeys = m_delete->shortcuts();
    if (!deleteKeys.contains(QKeySequence(Qt::Key_Backspace)))
        deleteKeys.append(QKeySequence(Qt::Key_Backspace));
    m_delete->setShortcuts(deleteKeys);
    m_addTouchpoint->setToolTip(tr("Add a touchpoint to the selected cell (Insert)"));
    m_tidy->setToolTip(tr("Line the cards up inside their cells (Ctrl+Shift+L)"));
    m_find->setToolTip(tr("Find touchpoints (Ctrl+F)"));

    connect(m_undo, &QAction::triggered, this, [this] {
        if (m_stack)
            m_stack->undo();
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        if (m_stack)
            m_stack->redo();
    });
    connect(m_cut, &QAction::triggered, this, [this] { clipboard::cut(m_scene); });
    connect(m_copy, &QAction::triggered, this, [this] { clipboard::copy(m_scene); });
    connect(m_paste, &QAction::triggered, this, [this] { clipboard::paste(m_scene); });
    connect(m_delete, &QAction::triggered, this, [this] { edit::deleteSelection(m_scene); });
    connect(m_selectAll, &QAction::triggered, this, [this] {
        if (m_scene)
            edit::selectAll(m_scene);
    });
    connect(m_rename, &QAction::triggered, this, [this] { edit::renameCurrent(m_scene); });
    connect(m_addTouchpoint, &QAction::triggered, this, [this] {
        if (!m_scene)
            return;
        if (const std::optional<Cell> cell = edit::cellForNewTouchpoint(m_scene))
            edit::addTouchpoint(m_scene, *cell);
    });
    connect(m_connect, &QAction::triggered, this, &EditActions::connectSelected);
    connect(m_addStage, &QAction::triggered, this, [this] { edit::insertStage(m_scene); });
    connect(m_addLane, &QAction::triggered, this, [this] { edit::insertLane(m_scene); });
    connect(m_tidy, &QAction::triggered, this, [this] { edit::tidyLayout(m_scene); });
    m_flagMoment->setCheckable(true);
    m_flagMoment->setStatusTip(tr("Mark the selected touchpoints as moments of truth by hand, whatever the data says"));
    connect(m_flagMoment, &QAction::triggered, this, &EditActions::flagSelected);
    m_inspect->setStatusTip(tr("Show every property of the selection in the inspector"));
    connect(m_inspect, &QAction::triggered, this, &EditActions::inspectRequested);
    connect(m_find, &QAction::triggered, m_findBar, &FindBar::activate);
    // F3 finds again from the map too; the bar shows with the last search.
    connect(m_findNext, &QAction::triggered, this, [this] {
        m_findBar->show();
        m_findBar->findNext();
    });
    connect(m_findPrevious, &QAction::triggered, this, [this] {
        m_findBar->show();
        m_findBar->findPrevious();
    });
    connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, this, &EditActions::updateEnabled);
    updateEnabled();
}

QAction *EditActions::make(const QString &text, const QString &icon, const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(text, m_parent);
    action->setShortcuts(shortcuts);
    // The canvas's keys must work wherever the focus is in the window, but a text field keeps
    // its own Ctrl+C, Delete and so on (QLineEdit overrides those shortcuts).
    action->setShortcutContext(Qt::WindowShortcut);
    action->setIcon(Icons::icon(icon));
    m_icons.append({action, icon});
    QString tip = text;
    tip.remove(QLatin1Char('&'));
    tip.remove(QStringLiteral("…"));
    if (!shortcuts.isEmpty())
        tip += QStringLiteral(" (%1)").arg(shortcuts.first().toString(QKeySequence::NativeText));
    action->setToolTip(tip);
    return action;
}

void EditActions::updateIcons()
{
    for (const auto &[action, icon] : std::as_const(m_icons))
        action->setIcon(Icons::icon(icon));
}

void EditActions::setScene(JourneyScene *scene)
{
    if (m_scene)
        disconnect(m_scene, nullptr, this, nullptr);
    if (m_stack)
        disconnect(m_stack, nullptr, this, nullptr);
    m_scene = scene;
    m_stack = scene ? scene->document()->undoStack() : nullptr;
    if (m_scene) {
        connect(m_scene->state(), &EditorState::selectionChanged, this, &EditActions::updateEnabled);
        connect(m_scene->state(), &EditorState::readOnlyChanged, this, &EditActions::updateEnabled);
    }
    if (m_stack) {
        connect(m_stack, &QUndoStack::indexChanged, this, &EditActions::updateEnabled);
        connect(m_stack, &QUndoStack::canUndoChanged, this, &EditActions::updateEnabled);
        connect(m_stack, &QUndoStack::canRedoChanged, this, &EditActions::updateEnabled);
    }
    updateEnabled();
}

void EditActions::updateEnabled()
{
    const bool scene = m_scene;
    const bool editable = scene && !m_scene->isReadOnly();
    const bool cards = scene && !m_scene->selectedTouchpoints().isEmpty();
    const bool anything = scene && !m_scene->state()->selection().isEmpty();
    const bool hasGrid = scene && !m_scene->journey().stages().isEmpty() && !m_scene->journey().lanes().isEmpty();

    m_undo->setEnabled(editable && m_stack && m_stack->canUndo());
    m_redo->setEnabled(editable && m_stack && m_stack->canRedo());
    const QString undoText = m_stack ? m_stack->undoText() : QString();
    const QString redoText = m_stack ? m_stack->redoText() : QString();
    m_undo->setText(undoText.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(undoText));
    m_redo->setText(redoText.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(redoText));
    m_cut->setEnabled(editable && cards);
    m_copy->setEnabled(cards);
    m_paste->setEnabled(editable && hasGrid && clipboard::canPaste());
    m_delete->setEnabled(editable && anything);
    m_selectAll->setEnabled(scene && !m_scene->journey().touchpoints().isEmpty());
    m_rename->setEnabled(editable && anything);
    m_addTouchpoint->setEnabled(editable && hasGrid);
    m_connect->setEnabled(editable && m_scene->selectedTouchpoints().size() == 1
                          && m_scene->journey().touchpoints().size() > 1);
    m_addStage->setEnabled(editable);
    m_addLane->setEnabled(editable);
    m_tidy->setEnabled(editable && !m_scene->journey().touchpoints().isEmpty());
    m_flagMoment->setEnabled(editable && cards);
    bool allFlagged = cards;
    if (cards)
        for (TouchpointId id : m_scene->selectedTouchpoints())
            if (const Touchpoint *touchpoint = m_scene->journey().touchpoints().find(id))
                allFlagged = allFlagged && touchpoint->momentOfTruth;
    m_flagMoment->setChecked(allFlagged);
    m_inspect->setEnabled(anything);
    m_find->setEnabled(scene);
    m_findNext->setEnabled(scene);
    m_findPrevious->setEnabled(scene);
}

void EditActions::connectSelected()
{
    if (!m_scene || m_scene->selectedTouchpoints().size() != 1)
        return;
    // The keyboard way to connect: pick the target from a list in map order.
    const Journey &journey = m_scene->journey();
    const TouchpointId from = m_scene->selectedTouchpoints().first();
    QList<const Touchpoint *> targets;
    for (const Touchpoint &touchpoint : journey.touchpoints())
        if (touchpoint.id != from)
            targets.append(&touchpoint);
    std::sort(targets.begin(), targets.end(), [&journey](const Touchpoint *a, const Touchpoint *b) {
        return std::tuple(journey.stages().indexOf(a->stage), journey.lanes().indexOf(a->lane), a->position.y())
            < std::tuple(journey.stages().indexOf(b->stage), journey.lanes().indexOf(b->lane), b->position.y());
    });
    QStringList names;
    for (const Touchpoint *touchpoint : std::as_const(targets))
        names.append(QStringLiteral("%1 — %2 · %3")
                         .arg(touchpoint->name, journey.stages().find(touchpoint->stage)->name,
                              journey.lanes().find(touchpoint->lane)->name));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_parent, tr("Connect To"),
                                                 tr("Customers go from “%1” on to:").arg(journey.touchpoints().find(from)->name),
                                                 names, 0, false, &ok);
    const qsizetype index = names.indexOf(chosen);
    if (ok && index >= 0 && m_scene)
        edit::connect(m_scene, from, targets.at(index)->id);
}

void EditActions::populateEditMenu(QMenu *menu) const
{
    menu->addAction(m_undo);
    menu->addAction(m_redo);
    menu->addSeparator();
    menu->addAction(m_cut);
    menu->addAction(m_copy);
    menu->addAction(m_paste);
    menu->addAction(m_delete);
    menu->addSeparator();
    menu->addAction(m_selectAll);
    menu->addAction(m_rename);
    menu->addSeparator();
    menu->addAction(m_find);
    menu->addAction(m_findNext);
    menu->addAction(m_findPrevious);
}

void EditActions::populateMapMenu(QMenu *menu, const QList<QAction *> &toolActions) const
{
    menu->addActions(toolActions);
    menu->addSeparator();
    menu->addAction(m_addTouchpoint);
    menu->addAction(m_connect);
    menu->addAction(m_flagMoment);
    menu->addSeparator();
    menu->addAction(m_addStage);
    menu->addAction(m_addLane);
    menu->addSeparator();
    menu->addAction(m_tidy);
}

void EditActions::populateToolBar(QToolBar *toolBar) const
{
    toolBar->addAction(m_undo);
    toolBar->addAction(m_redo);
}

void EditActions::flagSelected(bool flagged)
{
    if (!m_scene || m_scene->isReadOnly())
        return;
    QList<Touchpoint> after;
    for (TouchpointId id : m_scene->selectedTouchpoints())
        if (const Touchpoint *touchpoint = m_scene->journey().touchpoints().find(id); touchpoint && touchpoint->momentOfTruth != flagged) {
            Touchpoint changed = *touchpoint;
            changed.momentOfTruth = flagged;
            after.append(changed);
        }
    if (after.isEmpty())
        return;
    JourneyDocument *document = m_scene->document();
    document->undoStack()->push(new ChangeTouchpointsCommand(
        document, after, flagged ? tr("Flag as moment of truth") : tr("Unflag moment of truth")));
}

void EditActions::showContextMenu(const QPoint &globalPos)
{
    if (!m_scene)
        return;
    updateEnabled();
    QMenu menu(m_parent);
    const bool cards = !m_scene->selectedTouchpoints().isEmpty();
    const bool header = m_scene->selectedStage() || m_scene->selectedLane();
    if (cards || header || !m_scene->selectedTransitions().isEmpty()) {
        menu.addAction(m_rename);
        if (cards) {
            menu.addAction(m_connect);
            menu.addAction(m_flagMoment);
            menu.addSeparator();
            menu.addAction(m_cut);
            menu.addAction(m_copy);
        }
        menu.addAction(m_delete);
        menu.addSeparator();
        menu.addAction(m_inspect);
        if (header) {
            menu.addSeparator();
            menu.addAction(m_scene->selectedStage() ? m_addStage : m_addLane);
        }
    } else {
        menu.addAction(m_addTouchpoint);
        menu.addAction(m_paste);
        menu.addSeparator();
        menu.addAction(m_addStage);
        menu.addAction(m_addLane);
        menu.addAction(m_tidy);
    }
    menu.exec(globalPos);
}

} // namespace cxmap
