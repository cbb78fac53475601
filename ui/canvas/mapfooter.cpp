#include "mapfooter.h"

#include "analysis/basiscaption.h"
#include "document/editorstate.h"

#include <QPainter>

namespace cxmap {

MapFooter::MapFooter(QWidget *parent)
    : QWidget(parent)
    , m_theme(RenderTheme::light())
{
    setObjectName(QStringLiteral("mapFooter"));
    setAccessibleName(tr("Map key"));
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void MapFooter::setState(EditorState *state)
{
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    if (state) {
        connect(state, &EditorState::findingsChanged, this, &MapFooter::updateKey);
        connect(state, &EditorState::spotlightChanged, this, &MapFooter::updateKey);
        connect(state, &QObject::destroyed, this, [this] { m_state = nullptr; });
    }
    updateKey();
}

void MapFooter::setTheme(const RenderTheme &theme)
{
    m_theme = theme;
    update();
}

void MapFooter::updateKey()
{
    MapKey key;
    if (m_state) {
        const Findings &findings = m_state->findings();
        key.caption = filterCaption(findings);
        key.badgeNote = badgeNote(findings);
        key.spotlight = m_state->spotlightKind();
        key.hasScores = !m_state->scores().isEmpty();
    }
    m_key = key;
    setToolTip(key.caption);
    setAccessibleDescription(key.caption);
    update();
}

QSize MapFooter::sizeHint() const
{
    return QSize(400, int(MapKeyPainter::height(font())));
}

void MapFooter::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), m_theme.background);
    painter.setPen(QPen(m_theme.gridLine, 0));
    painter.drawLine(rect().topLeft(), rect().topRight());
    if (!m_state)
        return;
    MapKeyPainter::draw(&painter, QRectF(rect()).adjusted(10, 0, -10, 0), m_key, m_theme, font());
}

} // namespace cxmap
