#pragma once

#include <QPointer>
#include <QWidget>

namespace cxmap {

class JourneyScene;

/** One page of the inspector: the properties of one kind of object, edited through commands. */
class InspectorPage : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    void setScene(JourneyScene *scene) { m_scene = scene; }
    /** Reads the shown object(s) from the model again (after any change, undo included). */
    virtual void refresh() = 0;
    /** The scene's state says whether the map may be edited: enables or disables the fields. */
    virtual void updateEditable() = 0;

protected:
    /** Whether edits are allowed now: a scene, and the document not read-only. */
    bool editable() const;

    QPointer<JourneyScene> m_scene;
};

} // namespace cxmap
