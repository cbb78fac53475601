#include "findbar.h"

#include "document/journeydocument.h"
#include "icons.h"
#include "journeyscene.h"
#include "journeyview.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

#include <algorithm>

namespace cxmap {

namespace {

QToolButton *makeButton(QWidget *parent, const QString &icon, const QString &text)
{
    auto *button = new QToolButton(parent);
    button->setIcon(Icons::icon(icon));
    button->setToolTip(text);
    button->setAccessibleName(text);
    button->setAutoRaise(true);
    return button;
}

} // namespace

FindBar::FindBar(JourneyView *view, QWidget *parent)
    : QWidget(parent)
    , m_view(view)
    , m_field(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_previous(makeButton(this, QStringLiteral("previous"), tr("Previous match (Shift+F3)")))
    , m_next(makeButton(this, QStringLiteral("next"), tr("Next match (F3)")))
    , m_all(makeButton(this, QStringLiteral("select-all"), tr("Select all matches (Alt+Enter)")))
    , m_close(makeButton(this, QStringLiteral("close"), tr("Close (Esc)")))
{
    setAccessibleName(tr("Find touchpoints"));
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(4);
    auto *label = new QLabel(tr("&Find:"), this);
    label->setBuddy(m_field);
    m_field->setPlaceholderText(tr("Touchpoint name, owner, description or notes"));
    m_field->setAccessibleName(tr("Find touchpoints"));
    m_field->setClearButtonEnabled(true);
    m_field->setMaximumWidth(420);
    m_field->installEventFilter(this);
    m_count->setMinimumWidth(140);
    m_count->setAccessibleName(tr("Matches"));
    layout->addWidget(label);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_all);
    layout->addWidget(m_count);
    layout->addStretch();
    layout->addWidget(m_close);

    connect(m_field, &QLineEdit::textChanged, this, &FindBar::search);
    connect(m_previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(m_all, &QToolButton::clicked, this, &FindBar::selectAllMatches);
    connect(m_close, &QToolButton::clicked, this, &FindBar::close);
    updateLabel();
    hide();
}

void FindBar::setScene(JourneyScene *scene)
{
    if (m_scene)
        disconnect(m_scene->document(), nullptr, this, nullptr);
    m_scene = scene;
    m_matches.clear();
    m_current = -1;
    if (scene) {
        // Matches follow the map: a rename or an undo can add or remove some.
        // Only the list is refreshed: selecting and centring a match here would pull the view
        // and the selection away in the middle of a drag.
        connect(scene->document(), &JourneyDocument::changed, this, [this] {
            if (isVisible() && !m_field->text().isEmpty()) {
                const TouchpointId current = m_current >= 0 ? m_matches.value(m_current) : TouchpointId();
                collectMatches();
                m_current = m_matches.indexOf(current);
                updateLabel();
            }
        });
    }
    if (isVisible())
        search();
}

void FindBar::activate()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
    if (!m_field->text().isEmpty())
        search();
}

void FindBar::search()
{
    collectMatches();
    m_current = m_matches.isEmpty() ? -1 : 0;
    if (m_current >= 0)
        showCurrent();
    updateLabel();
}

void FindBar::collectMatches()
{
    m_matches.clear();
    const QString text = m_field->text().trimmed();
    if (m_scene && !text.isEmpty()) {
        const Journey &journey = m_scene->journey();
        QList<std::tuple<qsizetype, qsizetype, double, TouchpointId>> found;
        for (const Touchpoint &t : journey.touchpoints()) {
            const bool hit = t.name.contains(text, Qt::CaseInsensitive)
                || t.owner.contains(text, Qt::CaseInsensitive)
                || t.description.contains(text, Qt::CaseInsensitive)
                || t.notes.contains(text, Qt::CaseInsensitive);
            if (hit)
                found.append({journey.stages().indexOf(t.stage), journey.lanes().indexOf(t.lane),
                              t.position.y(), t.id});
        }
        // In reading order of the map: stage by stage, lane by lane.
        std::sort(found.begin(), found.end());
        for (const auto &entry : std::as_const(found))
            m_matches.append(std::get<3>(entry));
    }
}

void FindBar::findNext()
{
    if (m_matches.isEmpty())
        return;
    m_current = (m_current + 1) % m_matches.size();
    showCurrent();
    updateLabel();
}

void FindBar::findPrevious()
{
    if (m_matches.isEmpty())
        return;
    m_current = (m_current - 1 + m_matches.size()) % m_matches.size();
    showCurrent();
    updateLabel();
}

void FindBar::selectAllMatches()
{
    if (!m_scene || m_matches.isEmpty())
        return;
    m_scene->selectTouchpoints(m_matches);
    m_view->reveal(m_scene->targetRect(EditTarget::touchpoint(m_matches.first())));
}

void FindBar::showCurrent()
{
    if (!m_scene || m_current < 0)
        return;
    const TouchpointId id = m_matches.at(m_current);
    m_scene->select({EditTarget::touchpoint(id)});
    m_view->centreOn(m_scene->targetRect(EditTarget::touchpoint(id)));
}

void FindBar::updateLabel()
{
    const bool any = !m_matches.isEmpty();
    m_previous->setEnabled(m_matches.size() > 1);
    m_next->setEnabled(m_matches.size() > 1);
    m_all->setEnabled(any);
    if (m_field->text().trimmed().isEmpty())
        m_count->clear();
    else if (!any)
        m_count->setText(tr("No matches"));
    else
        m_count->setText(tr("%1 of %2").arg(m_current + 1).arg(m_matches.size()));
}

void FindBar::close()
{
    hide();
    m_view->setFocus(Qt::OtherFocusReason);
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (key->modifiers() & Qt::AltModifier)
                selectAllMatches();
            else if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        case Qt::Key_Escape:
            close();
            return true;
        case Qt::Key_Down:
            findNext();
            return true;
        case Qt::Key_Up:
            findPrevious();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace cxmap
