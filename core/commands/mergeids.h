#pragma once

namespace cxmap {

/**
 * QUndoCommand::id() values of mergeable commands: consecutive commands with the same ID on the
 * same objects merge, so a drag or a held arrow key is one undo step (as in Tiled).
 */
enum class MergeId : int {
    None = -1,
    MoveTouchpoints = 1,
    ResizeStage,
    ResizeLane,
};

} // namespace cxmap
