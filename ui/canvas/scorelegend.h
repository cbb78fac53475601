#pragma once

#include "render/rendertheme.h"

#include <QWidget>

namespace cxmap {

/**
 * The key to the card colours, floating in the map view's lower left corner: the 0–100 score
 * scale and what hatching means. It shows only when the map has scores, and lets the mouse
 * through to the canvas.
 */
class ScoreLegend : public QWidget
{
    Q_OBJECT

public:
    /** Floats over `view`'s viewport (not inside it, so it stays put when the map scrolls). */
    explicit ScoreLegend(QWidget *view);

    void setTheme(const RenderTheme &theme);
    /** Shown only while the map has at least one score. */
    void setHasScores(bool hasScores);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();

    RenderTheme m_theme;
};

} // namespace cxmap
