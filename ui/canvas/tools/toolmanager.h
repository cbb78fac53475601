#pragma once

#include <QList>
#include <QObject>

class QAction;
class QActionGroup;

namespace cxmap {

class AbstractTool;
class JourneyScene;
class SelectTool;

/** Owns the tools, their checkable actions, and which one the scene forwards events to. */
class ToolManager : public QObject
{
    Q_OBJECT

public:
    explicit ToolManager(QObject *parent = nullptr);
    ~ToolManager() override;

    QList<QAction *> actions() const;
    AbstractTool *currentTool() const { return m_current; }
    SelectTool *selectTool() const { return m_select; }
    void setCurrentTool(AbstractTool *tool);

    void setScene(JourneyScene *scene);
    /** On a read-only map only the tools that change nothing are enabled. */
    void setReadOnly(bool readOnly);
    /** Re-renders the icons (after a theme change). */
    void updateIcons();

Q_SIGNALS:
    void currentToolChanged(cxmap::AbstractTool *tool);

private:
    QList<AbstractTool *> m_tools;
    QList<QAction *> m_actions;
    QActionGroup *m_group;
    SelectTool *m_select;
    AbstractTool *m_current = nullptr;
    JourneyScene *m_scene = nullptr;
};

} // namespace cxmap
