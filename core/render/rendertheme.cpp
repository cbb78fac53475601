#include "rendertheme.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace cxmap {

RenderTheme RenderTheme::light()
{
    RenderTheme theme;
    theme.background = QColor(0xf6, 0xf7, 0xf9);
    theme.laneBand = QColor(0xff, 0xff, 0xff);
    theme.laneBandAlternate = QColor(0xf1, 0xf3, 0xf6);
    theme.gridLine = QColor(0xdd, 0xe1, 0xe7);
    theme.headerBackground = QColor(0x2b, 0x33, 0x40);
    theme.headerText = QColor(0xff, 0xff, 0xff);
    theme.cardBackground = QColor(0xff, 0xff, 0xff);
    theme.cardBorder = QColor(0xb8, 0xc0, 0xcc);
    theme.cardText = QColor(0x1d, 0x23, 0x2c);
    theme.mutedText = QColor(0x5f, 0x6b, 0x7a);
    theme.noScore = QColor(0xc9, 0xcf, 0xd8);
    theme.selection = QColor(0x1f, 0x6f, 0xeb);
    theme.highlight = QColor(0xe0, 0x5a, 0x00);
    theme.arrow = QColor(0x7a, 0x86, 0x96);
    theme.font = QFont(QStringLiteral("DejaVu Sans"), 9);
    return theme;
}

RenderTheme RenderTheme::dark()
{
    RenderTheme theme = light();
    theme.background = QColor(0x1b, 0x1e, 0x24);
    theme.laneBand = QColor(0x23, 0x27, 0x2e);
    theme.laneBandAlternate = QColor(0x1f, 0x23, 0x29);
    theme.gridLine = QColor(0x36, 0x3c, 0x46);
    theme.headerBackground = QColor(0x10, 0x13, 0x18);
    theme.headerText = QColor(0xe8, 0xeb, 0xf0);
    theme.cardBackground = QColor(0x2d, 0x33, 0x3c);
    theme.cardBorder = QColor(0x4a, 0x53, 0x60);
    theme.cardText = QColor(0xee, 0xf1, 0xf5);
    theme.mutedText = QColor(0xa3, 0xad, 0xba);
    theme.noScore = QColor(0x55, 0x5e, 0x6b);
    theme.selection = QColor(0x58, 0x9b, 0xff);
    theme.highlight = QColor(0xff, 0x8c, 0x2e);
    theme.arrow = QColor(0x8a, 0x95, 0xa5);
    return theme;
}

QColor RenderTheme::scoreColor(double performance)
{
    static const std::array<QColor, 5> stops = {QColor(0xd7, 0x30, 0x27), QColor(0xfc, 0x8d, 0x59),
                                                QColor(0xfe, 0xe0, 0x90), QColor(0x91, 0xbf, 0xdb),
                                                QColor(0x45, 0x75, 0xb4)};
    const double position = std::clamp(performance, 0.0, 100.0) / 100.0 * double(stops.size() - 1);
    const auto index = std::min(std::size_t(position), stops.size() - 2);
    const double t = position - double(index);
    const QColor &a = stops.at(index);
    const QColor &b = stops.at(index + 1);
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QColor RenderTheme::textOn(const QColor &background)
{
    // Relative luminance, WCAG 2.x.
    auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    const double luminance = 0.2126 * channel(background.redF()) + 0.7152 * channel(background.greenF())
        + 0.0722 * channel(background.blueF());
    return luminance > 0.35 ? QColor(0x1d, 0x23, 0x2c) : QColor(Qt::white);
}

} // namespace cxmap
