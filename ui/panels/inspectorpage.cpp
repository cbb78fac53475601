#include "inspectorpage.h"

#include "canvas/journeyscene.h"

namespace cxmap {

bool InspectorPage::editable() const
{
    return m_scene && !m_scene->isReadOnly();
}

} // namespace cxmap
