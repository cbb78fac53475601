#include "mapsheet.h"

#include "analysis/basiscaption.h"
#include "analysis/stagecurve.h"

#include <QFontMetricsF>
#include <QPainter>

#include <cmath>

namespace cxmap {

namespace {

// The key under an image: the caption on its own line (never elided), the legend below it.
constexpr double KeyMargin = 16.0;

QFont keyFont(const RenderTheme &theme)
{
    QFont font = theme.font;
    font.setPixelSize(13);
    return font;
}

// The map's fonts without ligatures: exported text is copied and searched, and "ﬁ" as one
// glyph would be extracted as U+FB01.
RenderTheme exportTheme(RenderTheme theme)
{
    theme.font.setStyleStrategy(QFont::PreferNoShaping);
    return theme;
}

// The experience lane under the last lane: tall enough for its title, a value above the highest
// point and a 20-point range that still shows differences on paper (and the demo on one A3 page).
MapMetrics exportMetrics()
{
    MapMetrics metrics;
    metrics.experienceLaneHeight = 150.0;
    return metrics;
}

} // namespace

MapSheet::MapSheet(const Journey &journey, const Findings &findings, const RenderTheme &theme,
                   SpotlightKind spotlight, double minimumShare)
    : m_journey(journey)
    , m_findings(findings)
    , m_theme(exportTheme(theme))
    , m_geometry(journey, exportMetrics())
    , m_renderer(journey, m_geometry, m_theme)
{
    m_renderer.setScores(findings.cardScores());
    m_renderer.layoutArrows(minimumShare);
    m_options.background = true;
    m_options.spotlight = makeSpotlight(spotlight, findings, journey);
    m_options.experience = ExperienceLaneData{stageCurve(journey, findings), {}, findings.request.segment};
}

MapSheet::~MapSheet() = default;

MapKey MapSheet::key() const
{
    MapKey key;
    key.badgeNote = badgeNote(m_findings);
    key.spotlight = m_options.spotlight.kind;
    key.hasScores = !m_renderer.scores().isEmpty();
    return key;
}

QRectF MapSheet::body() const
{
    const QRectF grid = m_geometry.gridRect();
    return QRectF(grid.topLeft(), QPointF(grid.right(), extent().bottom()));
}

void MapSheet::drawArea(QPainter *painter, const QRectF &exposed, double scale, bool cards) const
{
    MapOptions options = m_options;
    options.exposed = exposed;
    options.scale = scale;
    options.cards = cards;
    m_renderer.drawMap(painter, options);
}

void MapSheet::drawCardsWithin(QPainter *painter, const QRectF &area, double scale) const
{
    for (const Touchpoint &touchpoint : m_journey.touchpoints()) {
        const QRectF rect = m_geometry.cardRect(touchpoint);
        // A card belongs to the page whose area holds its centre; cut lines never cross a card
        // when the map allows it (MapTiling), so that page shows it whole.
        if (area.contains(rect.center()))
            m_renderer.drawCard(painter, touchpoint, rect, m_renderer.cardState(touchpoint, m_options), scale);
    }
}

double MapSheet::keyHeight() const
{
    const QFont font = keyFont(m_theme);
    const QFontMetricsF metrics(font);
    return KeyMargin + metrics.height() * 2.5 + MapKeyPainter::height(font) + KeyMargin;
}

QSizeF MapSheet::imageSize() const
{
    const QRectF area = extent();
    return QSizeF(area.width(), area.height() + keyHeight());
}

void MapSheet::drawImage(QPainter *painter, double scale) const
{
    const QRectF area = extent();
    const QSizeF size = imageSize();
    painter->save();
    painter->fillRect(QRectF(QPointF(0, 0), size), m_theme.background);
    painter->translate(-area.topLeft());
    drawArea(painter, area, scale, true);
    painter->restore();

    // The key: what the map shows (filters, basis) in words, then how to read it.
    const QFont font = keyFont(m_theme);
    const QFontMetricsF metrics(font);
    const QRectF keyArea(KeyMargin, area.height() + KeyMargin, size.width() - 2 * KeyMargin,
                         size.height() - area.height() - 2 * KeyMargin);
    painter->save();
    painter->setFont(font);
    painter->setPen(m_theme.headerText);
    painter->drawText(QRectF(keyArea.left(), keyArea.top(), keyArea.width(), metrics.height() * 2.5),
                      Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, filterCaption(m_findings));
    painter->restore();
    MapKeyPainter::draw(painter,
                        QRectF(keyArea.left(), keyArea.bottom() - MapKeyPainter::height(font),
                               keyArea.width(), MapKeyPainter::height(font)),
                        key(), m_theme, font);
}

} // namespace cxmap
