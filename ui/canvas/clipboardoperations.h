#pragma once

namespace cxmap {

class JourneyScene;

/**
 * Cut, copy and paste of touchpoints with the transitions among them, through the system
 * clipboard in cxmap's own format (TouchpointClip) plus plain text for other programs.
 */
namespace clipboard {

bool canCopy(const JourneyScene *scene);
/** Whether the clipboard holds touchpoints. */
bool canPaste();
void copy(const JourneyScene *scene);
void cut(JourneyScene *scene);
/** Pastes new copies with new IDs, beside the originals when those are in the way; selects them. */
bool paste(JourneyScene *scene);

} // namespace clipboard
} // namespace cxmap
