#include "rendertheme.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace cxmap {

RenderTheme RenderTheme::light()
{
    RenderTheme theme;
    theme.background = QColor(0xf3, 0xf4, 0xf7);
    theme.laneBand = QColor(0xff, 0xff, 0xff);
    theme.laneBandAlternate = QColor(0xf7, 0xf8, 0xfa);
    theme.gridLine = QColor(0xe2, 0xe5, 0xea);
    theme.headerBackground = QColor(0x2b, 0x33, 0x40);
    theme.headerText = QColor(0xff, 0xff, 0xff);
    theme.laneHeaderText = QColor(0x3d, 0x47, 0x55);
    theme.cardBackground = QColor(0xff, 0xff, 0xff);
    theme.cardBorder = QColor(0xc4, 0xcb, 0xd5);
    theme.cardShadow = QColor(0x1d, 0x23, 0x2c, 0x1c);
    theme.cardText = QColor(0x1d, 0x23, 0x2c);
    theme.mutedText = QColor(0x5f, 0x6b, 0x7a);
    theme.noScore = QColor(0xc9, 0xcf, 0xd8);
    theme.selection = QColor(0x1f, 0x6f, 0xeb);
    theme.highlight = QColor(0xe0, 0x5a, 0x00);
    theme.arrow = QColor(0x7d, 0x89, 0x99);
    theme.labelBackground = QColor(0xff, 0xff, 0xff, 0xe6);
    theme.ink = QColor(0x14, 0x17, 0x1c);
    theme.inkText = QColor(0xff, 0xff, 0xff);
    theme.font = QFont(QStringLiteral("DejaVu Sans"), 9);
    return theme;
}

RenderTheme RenderTheme::dark()
{
    RenderTheme theme = light();
    theme.isDark = true;
    theme.background = QColor(0x17, 0x1a, 0x1f);
    theme.laneBand = QColor(0x20, 0x24, 0x2b);
    theme.laneBandAlternate = QColor(0x1c, 0x20, 0x26);
    theme.gridLine = QColor(0x31, 0x37, 0x41);
    theme.headerBackground = QColor(0x0e, 0x11, 0x15);
    theme.headerText = QColor(0xe8, 0xeb, 0xf0);
    theme.laneHeaderText = QColor(0xc3, 0xcb, 0xd6);
    theme.cardBackground = QColor(0x1b, 0x1f, 0x25);
    theme.cardBorder = QColor(0x48, 0x51, 0x5e);
    theme.cardShadow = QColor(0x00, 0x00, 0x00, 0x50);
    theme.cardText = QColor(0xff, 0xff, 0xff);
    theme.mutedText = QColor(0xa3, 0xad, 0xba);
    theme.noScore = QColor(0x55, 0x5e, 0x6b);
    theme.selection = QColor(0x58, 0x9b, 0xff);
    theme.highlight = QColor(0xff, 0x8c, 0x2e);
    theme.arrow = QColor(0x68, 0x73, 0x83);
    theme.labelBackground = QColor(0x20, 0x24, 0x2b, 0xe6);
    theme.ink = QColor(0xf4, 0xf6, 0xf9);
    theme.inkText = QColor(0x14, 0x17, 0x1c);
    return theme;
}

RenderTheme RenderTheme::presentation(bool dark)
{
    RenderTheme theme = dark ? RenderTheme::dark() : RenderTheme::light();
    theme.minimumTextPixels = 32.0;
    if (dark) {
        theme.background = QColor(0x00, 0x00, 0x00);
        theme.laneBand = QColor(0x0b, 0x0d, 0x10);
        theme.laneBandAlternate = QColor(0x11, 0x14, 0x18);
        theme.cardBackground = QColor(0x1a, 0x1d, 0x22);
        theme.cardText = QColor(0xff, 0xff, 0xff);
        theme.mutedText = QColor(0xd0, 0xd6, 0xde);
        theme.laneHeaderText = QColor(0xff, 0xff, 0xff);
        theme.arrow = QColor(0x8a, 0x94, 0xa3);
    } else {
        theme.background = QColor(0xff, 0xff, 0xff);
        theme.laneBand = QColor(0xff, 0xff, 0xff);
        theme.laneBandAlternate = QColor(0xf2, 0xf4, 0xf7);
        theme.cardText = QColor(0x00, 0x00, 0x00);
        theme.mutedText = QColor(0x33, 0x3a, 0x44);
        theme.laneHeaderText = QColor(0x00, 0x00, 0x00);
        theme.cardBorder = QColor(0x6b, 0x74, 0x80);
        theme.arrow = QColor(0x5c, 0x66, 0x73);
    }
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

double RenderTheme::luminance(const QColor &color)
{
    auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

double RenderTheme::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor RenderTheme::textOn(const QColor &background)
{
    // Pure black and white: between them every colour gets at least 4.58:1 (WCAG AA), which no
    // softer pair of greys guarantees across the whole score scale.
    const QColor black(Qt::black);
    const QColor white(Qt::white);
    return contrast(black, background) >= contrast(white, background) ? black : white;
}

QLinearGradient RenderTheme::scoreGradient(const QPointF &start, const QPointF &end)
{
    QLinearGradient gradient(start, end);
    for (int step = 0; step <= 10; ++step)
        gradient.setColorAt(step / 10.0, scoreColor(step * 10.0));
    return gradient;
}

QBrush RenderTheme::unreliableBrush(const QColor &color)
{
    return QBrush(color, Qt::BDiagPattern);
}

} // namespace cxmap
