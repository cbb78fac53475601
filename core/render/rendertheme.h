#pragma once

#include <QBrush>
#include <QColor>
#include <QLinearGradient>
#include <QFont>

namespace cxmap {

/** Colours and fonts of the map, so the canvas, presentation and exports look the same. */
struct RenderTheme
{
    QColor background;
    QColor laneBand;
    QColor laneBandAlternate;
    QColor gridLine;
    QColor headerBackground;
    QColor headerText;
    QColor laneHeaderText;
    QColor cardBackground;
    QColor cardBorder;
    QColor cardShadow;
    QColor cardText;
    QColor mutedText;
    QColor noScore;
    /** Selection, focus and the editor's handles and drop markers. */
    QColor selection;
    QColor highlight;
    QColor arrow;
    QColor labelBackground;
    /**
     * Spotlight marks (ranks, stars, diamonds, the weakest path): a neutral ink that is no
     * score colour, with the text drawn on it.
     */
    QColor ink;
    QColor inkText;
    QFont font;
    bool isDark = false;
    /**
     * The smallest text drawn, in device pixels, whatever the zoom; 0 keeps each part's own floor.
     * The presentation's theme sets 32 (24 pt at 1080p): what cannot be that large is left out.
     */
    double minimumTextPixels = 0.0;

    static RenderTheme light();
    static RenderTheme dark();
    /** High contrast for a projector: pure background and text, every text at least 24 pt at 1080p. */
    static RenderTheme presentation(bool dark);

    /**
     * The colour of a 0–100 score: red through yellow to blue (ColorBrewer RdYlBu), which stays
     * readable for the common forms of colour blindness, unlike red–green.
     */
    static QColor scoreColor(double performance);
    /** The score scale from 0 at `start` to 100 at `end`, for legends. */
    static QLinearGradient scoreGradient(const QPointF &start, const QPointF &end);
    /** Diagonal hatching marks an unreliable score, so it is never mistaken for a reliable one. */
    static QBrush unreliableBrush(const QColor &color);
    /** Black or white, whichever has the higher contrast on `background` (at least 4.58:1). */
    static QColor textOn(const QColor &background);
    /** WCAG 2 relative luminance of an opaque colour. */
    static double luminance(const QColor &color);
    /** WCAG 2 contrast ratio between two opaque colours, 1–21. */
    static double contrast(const QColor &a, const QColor &b);
};

} // namespace cxmap
