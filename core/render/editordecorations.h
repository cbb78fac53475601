#pragma once

#include "rendertheme.h"

#include <QLineF>
#include <QRectF>

class QPainter;

namespace cxmap {

/**
 * The editor's own marks on the map — connect handles, the rubber band, drop markers, the cell
 * a drag will land in — drawn in the map's theme. Never part of an export.
 */
class EditorDecorations
{
public:
    explicit EditorDecorations(const RenderTheme &theme);

    /** The round handle at a card's right edge that a connection is dragged from. */
    static QRectF connectHandleRect(const QRectF &card);
    void drawConnectHandle(QPainter *painter, const QRectF &card, bool active) const;
    /** A connection being dragged; `valid` when it would land on a card that can take it. */
    void drawConnectPreview(QPainter *painter, const QPointF &from, const QPointF &to, bool valid) const;
    void drawRubberBand(QPainter *painter, const QRectF &rect) const;
    /** Where a dragged stage or lane would be inserted, or the edge being resized. */
    void drawDropIndicator(QPainter *painter, const QLineF &line) const;
    /** The cell that a dragged card would join. */
    void drawTargetCell(QPainter *painter, const QRectF &cell) const;
    /** A ghost of a band being dragged to a new place. */
    void drawBandGhost(QPainter *painter, const QRectF &rect) const;

private:
    RenderTheme m_theme;
};

} // namespace cxmap
