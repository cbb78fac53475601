#pragma once

class QKeyEvent;

namespace cxmap {

class JourneyScene;

/**
 * The canvas by keyboard. Arrows move the selection to the nearest card that way, and from the
 * edge cards onto the stage and lane headers; Ctrl+arrows move the selected cards to the next
 * cell (or the selected stage or lane along the order); Shift+arrows nudge cards inside their
 * cell; Enter renames.
 */
namespace navigation {

/** Handles the key and returns true, or returns false for keys it does not use. */
bool handleKey(JourneyScene *scene, QKeyEvent *event);

} // namespace navigation
} // namespace cxmap
