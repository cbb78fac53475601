#pragma once

#include <QGraphicsItem>

namespace cxmap {

/** QGraphicsItem::type() values, so tools can tell items apart with qgraphicsitem_cast. */
enum ItemType {
    HeaderItemType = QGraphicsItem::UserType + 1,
    TouchpointItemType,
    TransitionItemType,
    OverlayItemType,
};

/** Stacking order of the canvas layers. */
namespace ZOrder {
inline constexpr double Transition = 5;
inline constexpr double Touchpoint = 10;
inline constexpr double LaneHeader = 40;
inline constexpr double StageHeader = 50;
inline constexpr double Corner = 60;
inline constexpr double Overlay = 100;
} // namespace ZOrder

} // namespace cxmap
