#pragma once

#include <QDockWidget>
#include <QPointer>

namespace cxmap {

class BandInspector;
class InspectorPage;
class JourneyInspector;
class JourneyScene;
class TouchpointInspector;
class TransitionInspector;

/**
 * The inspector: every property of what is selected on the canvas — touchpoints, a transition,
 * a stage or lane, or the journey when nothing is — edited through undo commands, and read
 * again from the model after every change, undo and redo included.
 */
class InspectorDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit InspectorDock(QWidget *parent = nullptr);

    void setScene(JourneyScene *scene);

    TouchpointInspector *touchpointPage() const { return m_touchpoint; }
    TransitionInspector *transitionPage() const { return m_transition; }
    BandInspector *bandPage() const { return m_band; }
    JourneyInspector *journeyPage() const { return m_journey; }
    QWidget *currentPage() const;

private:
    void applyReadOnly();
    void showSelection();
    void showPage(InspectorPage *page);
    void refresh();

    QPointer<JourneyScene> m_scene;
    QWidget *m_pages;
    InspectorPage *m_current;
    JourneyInspector *m_journey;
    TouchpointInspector *m_touchpoint;
    TransitionInspector *m_transition;
    BandInspector *m_band;
};

} // namespace cxmap
