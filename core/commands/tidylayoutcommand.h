#pragma once

#include <QSizeF>
#include <QUndoCommand>

namespace cxmap {

class JourneyDocument;

/**
 * Tidies the cards inside the grid, as one undo step: in every cell the cards are stacked in
 * their current top-to-bottom order, centred, in as many columns as the stage is wide enough
 * for when they do not fit the lane; lanes too short for their cells grow. Cards never change
 * cell. The layout is computed when the command is made; isEmpty() when nothing would move.
 */
class TidyLayoutCommand : public QUndoCommand
{
public:
    TidyLayoutCommand(JourneyDocument *document, const QSizeF &cardSize, double padding,
                      QUndoCommand *parent = nullptr);

    bool isEmpty() const { return childCount() == 0; }
};

} // namespace cxmap
