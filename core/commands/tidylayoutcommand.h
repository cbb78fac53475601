#pragma once

#include "layout/mapmetrics.h"
#include "layout/tidylayout.h"

#include <QUndoCommand>

namespace cxmap {

class JourneyDocument;

/**
 * Tidies the cards inside the grid as one undo step: planTidyLayout() (core/layout) says where
 * every card goes — cells packed into centred rows, ordered for fewer crossing transitions,
 * stages and lanes grown to hold them. Cards never change cell. The layout is computed when the
 * command is made; isEmpty() when nothing would move.
 */
class TidyLayoutCommand : public QUndoCommand
{
public:
    explicit TidyLayoutCommand(JourneyDocument *document, const MapMetrics &metrics = {},
                               QUndoCommand *parent = nullptr);

    bool isEmpty() const { return childCount() == 0; }
    /** Crossing transitions before and after, for the status bar. */
    qint64 crossingsBefore() const { return m_crossingsBefore; }
    qint64 crossingsAfter() const { return m_crossingsAfter; }

private:
    qint64 m_crossingsBefore = 0;
    qint64 m_crossingsAfter = 0;
};

} // namespace cxmap
