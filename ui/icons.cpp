#include "icons.h"

#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace cxmap {

namespace {

struct IconColors
{
    QColor normal{0x3a, 0x43, 0x50};
    QColor disabled{0xa0, 0xa8, 0xb3};
    QColor accent{0x1f, 0x6f, 0xeb};
};

IconColors &colors()
{
    static IconColors instance;
    return instance;
}

// Renders the SVG at paint time, in the colour of the mode it is asked for.
class SvgIconEngine : public QIconEngine
{
public:
    explicit SvgIconEngine(QByteArray svg)
        : m_svg(std::move(svg))
    {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        QColor color = mode == QIcon::Disabled ? colors().disabled : colors().normal;
        if (state == QIcon::On && mode != QIcon::Disabled)
            color = colors().accent;
        QByteArray svg = m_svg;
        svg.replace("currentColor", color.name().toLatin1());
        QSvgRenderer renderer(svg);
        renderer.render(painter, QRectF(rect));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }

    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pixmap(size * scale);
        pixmap.setDevicePixelRatio(scale);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        paint(&painter, QRect(QPoint(), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new SvgIconEngine(m_svg); }

private:
    QByteArray m_svg;
};

} // namespace

QIcon Icons::icon(const QString &name)
{
    QFile file(QStringLiteral(":/cxmap/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new SvgIconEngine(file.readAll()));
}

void Icons::setColors(const QColor &normal, const QColor &disabled, const QColor &accent)
{
    colors() = IconColors{normal, disabled, accent};
}

} // namespace cxmap
