#include "inspectordock.h"

#include "document/editorstate.h"

#include "bandinspector.h"
#include "canvas/journeyscene.h"
#include "document/journeydocument.h"
#include "inspectorpage.h"
#include "journeyinspector.h"
#include "touchpointinspector.h"
#include "transitioninspector.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace cxmap {

InspectorDock::InspectorDock(QWidget *parent)
    : QDockWidget(tr("Inspector"), parent)
    , m_pages(new QWidget)
    , m_journey(new JourneyInspector)
    , m_touchpoint(new TouchpointInspector)
    , m_transition(new TransitionInspector)
    , m_band(new BandInspector)
{
    setObjectName(QStringLiteral("inspector"));
    setAccessibleName(tr("Inspector"));
    // Only the page shown is visible, so the dock takes its height, not that of the tallest.
    auto *pages = new QVBoxLayout(m_pages);
    pages->setContentsMargins(0, 0, 0, 0);
    for (QWidget *page : std::initializer_list<QWidget *>{m_journey, m_touchpoint, m_transition, m_band}) {
        pages->addWidget(page);
        page->hide();
    }
    m_current = m_journey;
    m_journey->show();
    // Pages keep their natural height at the top; a long one scrolls.
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_pages);
    layout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidget(scroll);
    setMinimumWidth(300);
}

QWidget *InspectorDock::currentPage() const
{
    return m_current;
}

void InspectorDock::setScene(JourneyScene *scene)
{
    if (m_scene) {
        disconnect(m_scene, nullptr, this, nullptr);
        disconnect(m_scene->document(), nullptr, this, nullptr);
    }
    m_scene = scene;
    for (InspectorPage *page : std::initializer_list<InspectorPage *>{m_journey, m_touchpoint, m_transition, m_band})
        page->setScene(scene);
    if (!scene)
        return;
    connect(scene->state(), &EditorState::selectionChanged, this, &InspectorDock::showSelection);
    connect(scene->state(), &EditorState::readOnlyChanged, this, &InspectorDock::applyReadOnly);
    applyReadOnly();
    connect(scene->document(), &JourneyDocument::changed, this, &InspectorDock::refresh);
    showSelection();
}

void InspectorDock::applyReadOnly()
{
    // The pages ask the scene's state whether they may edit; this tells them it changed.
    for (InspectorPage *page : std::initializer_list<InspectorPage *>{m_journey, m_touchpoint, m_transition, m_band})
        page->updateEditable();
}

void InspectorDock::showPage(InspectorPage *page)
{
    if (page == m_current)
        return;
    m_current->hide();
    m_current = page;
    m_current->show();
}

void InspectorDock::showSelection()
{
    if (!m_scene)
        return;
    const QList<TouchpointId> touchpoints = m_scene->selectedTouchpoints();
    const QList<TransitionId> transitions = m_scene->selectedTransitions();
    if (!touchpoints.isEmpty()) {
        m_touchpoint->setTouchpoints(touchpoints);
        showPage(m_touchpoint);
    } else if (transitions.size() == 1) {
        m_transition->setTransition(transitions.first());
        showPage(m_transition);
    } else if (const auto stage = m_scene->selectedStage()) {
        m_band->setBand(EditTarget::stage(*stage));
        showPage(m_band);
    } else if (const auto lane = m_scene->selectedLane()) {
        m_band->setBand(EditTarget::lane(*lane));
        showPage(m_band);
    } else {
        m_journey->refresh();
        showPage(m_journey);
    }
}

void InspectorDock::refresh()
{
    // A change can remove what is shown (an undo of an add): then the selection decides again.
    m_current->refresh();
}

} // namespace cxmap
