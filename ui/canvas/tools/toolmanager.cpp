#include "toolmanager.h"

#include "addtool.h"
#include "canvas/journeyscene.h"
#include "connecttool.h"
#include "icons.h"
#include "selecttool.h"

#include <QAction>
#include <QActionGroup>

namespace cxmap {

ToolManager::ToolManager(QObject *parent)
    : QObject(parent)
    , m_group(new QActionGroup(this))
    , m_select(new SelectTool(this))
{
    m_tools = {m_select, new ConnectTool(this), new AddTool(this)};
    for (AbstractTool *tool : std::as_const(m_tools)) {
        auto *action = new QAction(tool->name(), m_group);
        action->setCheckable(true);
        action->setShortcut(tool->shortcut());
        action->setToolTip(QStringLiteral("%1 (%2)").arg(tool->name(),
                                                         tool->shortcut().toString(QKeySequence::NativeText)));
        action->setData(QVariant::fromValue(static_cast<QObject *>(tool)));
        connect(action, &QAction::triggered, this, [this, tool] { setCurrentTool(tool); });
        m_actions.append(action);
    }
    updateIcons();
    setCurrentTool(m_select);
}

ToolManager::~ToolManager()
{
    if (m_scene)
        m_scene->setTool(nullptr);
}

QList<QAction *> ToolManager::actions() const
{
    return m_actions;
}

void ToolManager::setCurrentTool(AbstractTool *tool)
{
    if (!tool)
        tool = m_select;
    const qsizetype index = m_tools.indexOf(tool);
    if (index >= 0 && !m_actions.at(index)->isEnabled())
        tool = m_select;
    m_current = tool;
    m_actions.at(m_tools.indexOf(tool))->setChecked(true);
    if (m_scene)
        m_scene->setTool(tool);
    Q_EMIT currentToolChanged(tool);
}

void ToolManager::setScene(JourneyScene *scene)
{
    if (m_scene == scene)
        return;
    if (m_scene)
        disconnect(m_scene, nullptr, this, nullptr);
    m_scene = scene;
    if (m_scene) {
        connect(m_scene, &QObject::destroyed, this, [this] { m_scene = nullptr; });
        m_scene->setTool(m_current);
    }
}

void ToolManager::setReadOnly(bool readOnly)
{
    for (qsizetype i = 0; i < m_tools.size(); ++i)
        m_actions.at(i)->setEnabled(!readOnly || !m_tools.at(i)->changesDocument());
    if (readOnly && m_current->changesDocument())
        setCurrentTool(m_select);
}

void ToolManager::updateIcons()
{
    for (qsizetype i = 0; i < m_tools.size(); ++i)
        m_actions.at(i)->setIcon(Icons::icon(m_tools.at(i)->iconName()));
}

} // namespace cxmap
