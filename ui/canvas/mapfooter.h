#pragma once

#include "render/mapkeypainter.h"

#include <QWidget>

namespace cxmap {

class EditorState;

/**
 * The strip under the map, in the view's margin: what the map shows (the filters and the data
 * basis) and the key to its colours and marks. It never covers the map, and a screenshot of the
 * window always says what it shows. Drawn by core's MapKeyPainter, as on report pages.
 */
class MapFooter : public QWidget
{
    Q_OBJECT

public:
    explicit MapFooter(QWidget *parent = nullptr);

    /** Follows the state's findings and spotlight (none: an empty footer). */
    void setState(EditorState *state);
    void setTheme(const RenderTheme &theme);
    const MapKey &key() const { return m_key; }

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateKey();

    EditorState *m_state = nullptr;
    RenderTheme m_theme;
    MapKey m_key;
};

} // namespace cxmap
