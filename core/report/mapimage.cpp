#include "mapimage.h"

#include "mapsheet.h"
#include "outputfile.h"

#include "store/documenterror.h"

#include <QCoreApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSvgGenerator>

#include <cmath>

namespace cxmap {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cxmap", text);
}

} // namespace

QSize mapImageSize(const MapSheet &sheet, double scale, int width)
{
    const QSizeF natural = sheet.imageSize();
    const double factor = width > 0 ? width / natural.width() : scale;
    return QSize(std::max(1, int(std::lround(natural.width() * factor))),
                 std::max(1, int(std::lround(natural.height() * factor))));
}

void writeMapPng(const MapSheet &sheet, const QString &path, const QSize &size)
{
    if (size.width() > MaximumImageSide || size.height() > MaximumImageSide)
        throw DocumentError(tr("%1: a PNG of %2 × %3 pixels is too large (at most %4 a side); "
                               "choose a smaller --width or --scale, or export a PDF, which tiles")
                                .arg(path)
                                .arg(size.width())
                                .arg(size.height())
                                .arg(MaximumImageSide));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        throw DocumentError(tr("%1: not enough memory for a PNG of %2 × %3 pixels")
                                .arg(path)
                                .arg(size.width())
                                .arg(size.height()));
    image.fill(sheet.theme().background);
    {
        QPainter painter(&image);
        const double scale = size.width() / sheet.imageSize().width();
        painter.scale(scale, scale);
        sheet.drawImage(&painter, scale);
    }
    OutputFile output(path);
    QImageWriter writer(output.device(), "png");
    writer.setText(QStringLiteral("Software"), QStringLiteral("cxmap %1").arg(QCoreApplication::applicationVersion()));
    if (!writer.write(image))
        throw DocumentError(tr("%1: cannot write the PNG (%2)").arg(path, writer.errorString()));
    output.commit();
}

void writeMapSvg(const MapSheet &sheet, const QString &path, const QString &title)
{
    OutputFile output(path);
    const QSizeF natural = sheet.imageSize();
    QSvgGenerator generator;
    generator.setOutputDevice(output.device());
    generator.setSize(natural.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), natural));
    generator.setTitle(title);
    generator.setDescription(tr("Journey map exported by cxmap %1").arg(QCoreApplication::applicationVersion()));
    {
        QPainter painter(&generator);
        // 1 unit = 1 px: the 100% size, where cards show full detail.
        sheet.drawImage(&painter, 1.0);
    }
    output.commit();
}

} // namespace cxmap
