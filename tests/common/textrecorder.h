#pragma once

#include <QPainter>
#include <cmath>

// A paint device that keeps the text drawn on it, for tests that check what a picture says
// (a card's name and score, a key's caption) without reading pixels.
#include <QPaintDevice>
#include <QPaintEngine>
#include <QStringList>
#include <QTextItem>

namespace cxmap::test {

class TextRecorder : public QPaintDevice
{
public:
    explicit TextRecorder(QSize size = QSize(4000, 3000))
        : m_size(size)
    {}

    /** Every run of text drawn, in order. */
    const QStringList &texts() const { return m_engine.texts; }
    /** The height of each run's font on the device, in pixels, in the order of texts(). */
    const QList<double> &devicePixelSizes() const { return m_engine.pixelSizes; }
    /** Where each run lies on the device (ascent to descent, its advance wide), in the order of texts(). */
    const QList<QRectF> &deviceRects() const { return m_engine.rects; }
    QString joined() const { return m_engine.texts.join(QLatin1Char(' ')); }

    QPaintEngine *paintEngine() const override { return &m_engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDepth:
            return 32;
        case PdmNumColors:
            return INT_MAX;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        case PdmWidthMM:
            return m_size.width() * 254 / 960;
        case PdmHeightMM:
            return m_size.height() * 254 / 960;
        }
        return 0;
    }

private:
    class Engine : public QPaintEngine
    {
    public:
        Engine()
            : QPaintEngine(AllFeatures)
        {}
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &) override {}
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
        void drawTextItem(const QPointF &baseline, const QTextItem &item) override
        {
            texts.append(item.text());
            const QFont font = item.font();
            const double pixels = font.pixelSize() > 0 ? font.pixelSize() : font.pointSizeF() * 96.0 / 72.0;
            const QTransform t = painter() ? painter()->combinedTransform() : QTransform();
            pixelSizes.append(pixels * std::sqrt(std::abs(t.determinant())));
            const QRectF logical(baseline.x(), baseline.y() - item.ascent(), item.width(), item.ascent() + item.descent());
            rects.append(t.mapRect(logical));
        }
        Type type() const override { return User; }

        QStringList texts;
        QList<double> pixelSizes;
        QList<QRectF> rects;
    };

    QSize m_size;
    mutable Engine m_engine;
};

} // namespace cxmap::test
