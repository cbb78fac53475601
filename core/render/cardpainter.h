#pragma once

#include "analysis/cardscore.h"
#include "analysis/spotlight.h"
#include "model/touchpoint.h"
#include "rendertheme.h"
#include "textcache.h"

#include <QFont>
#include <QHash>
#include <QRectF>

class QPainter;

namespace cxmap {

/**
 * How much of a card fits at a scale: its name on two lines and the score row; one line of
 * name and the score row; or only its colour and score (a heat map, zoomed far out). Every card
 * at one zoom shows the same.
 */
enum class Detail { Full, Reduced, Minimal };

/** The room's input on a card: dot votes and notes (the workshop). */
struct CardTally
{
    int votes = 0;
    int notes = 0;
};

/** Per-card emphasis: selection and hover on the canvas, marks of the spotlight, dimming. */
struct CardState
{
    bool selected = false;
    bool hovered = false;
    /** The presentation's capture focus (Tab): a ring around the card. */
    bool focused = false;
    bool dimmed = false;
    /** The card's mark under the current spotlight (None when unmarked). */
    SpotlightKind markKind = SpotlightKind::None;
    SpotlightMark mark;
    /** Workshop votes and notes, shown as a tag on the card's lower right corner. */
    CardTally tally;
};

/**
 * Draws touchpoint cards. Text keeps a floor in device pixels: zoomed out, names grow in map
 * units so they stay readable (names 11.5 px, the score row 9 px) until there is no room, and
 * name and badge text always meet WCAG contrast 4.5:1 on what they are drawn on.
 */
class CardPainter
{
public:
    /** The smallest text, in device pixels, a card draws. */
    static constexpr double NameMinimumPixels = 11.5;
    static constexpr double SmallMinimumPixels = 9.0;

    explicit CardPainter(const RenderTheme &theme);

    /** What a card of `cardHeight` map units shows at `scale` device pixels per unit. */
    static Detail detailForScale(double scale, double cardHeight = 64.0);

    /**
     * Draws a card. `scale` is device pixels per map unit (zoom × device pixel ratio); it
     * decides the detail and the text sizes.
     */
    void draw(QPainter *painter, const Touchpoint &touchpoint, const QRectF &rect, const CardScore *score,
              const CardState &state, double scale) const;

    /** The rectangle of a card's name, for editing it in place. */
    QRectF nameRect(const QRectF &card, double scale) const;

    /** The fonts and rows of a card at one scale. */
    struct Style
    {
        Detail detail = Detail::Full;
        QFont name;
        QFont small;
        QFont badge;
        double nameLine = 0.0;
        double row = 0.0;
        double padding = 0.0;
        double strip = 0.0;
        /**
         * Only the name fits at the theme's text floor (the presentation): the card is drawn in
         * its score colour with its name on it, as a heat map that still says what each card is.
         */
        bool nameOnly = false;
    };
    Style style(double scale, double cardHeight) const;

    const RenderTheme &theme() const { return m_theme; }

private:
    void drawNameOnly(QPainter *painter, const Touchpoint &touchpoint, const QRectF &rect, const CardScore *score,
                      const Style &style) const;
    void drawBody(QPainter *painter, const Touchpoint &touchpoint, const QRectF &rect, const CardScore *score,
                  const CardState &state, const Style &style, double scale) const;
    void drawText(QPainter *painter, const Touchpoint &touchpoint, const QRectF &rect, const CardScore *score,
                  const Style &style) const;
    void drawMinimal(QPainter *painter, const QRectF &rect, const CardScore *score, double scale) const;
    /** The badge at `topLeft`, `height` tall; returns its width. */
    double drawBadge(QPainter *painter, const CardScore &score, const QPointF &topLeft, const Style &style) const;
    QString metaText(const Touchpoint &touchpoint, const CardScore *score) const;
    void drawTally(QPainter *painter, const QRectF &rect, const CardTally &tally, double scale) const;

    RenderTheme m_theme;
    TextCache m_text;
    mutable QHash<qint64, Style> m_styles;
};

} // namespace cxmap
