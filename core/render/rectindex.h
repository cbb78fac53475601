#pragma once

#include <QHash>
#include <QList>
#include <QRectF>

#include <cmath>
#include <functional>

namespace cxmap {

/**
 * A coarse spatial hash of rectangles, each with a number: "is anything here?" among thousands
 * of cards, arrow runs and labels without testing them all.
 */
class RectIndex
{
public:
    void insert(const QRectF &rect, qint64 id = 0)
    {
        forCells(rect, [&](qint64 key) {
            m_cells[key].append({rect, id});
            return false;
        });
    }

    /** Whether a stored rectangle that `accept`s its number intersects `rect`. */
    bool intersects(const QRectF &rect, const std::function<bool(qint64)> &accept = {}) const
    {
        return forCells(rect, [&](qint64 key) {
            const auto found = m_cells.constFind(key);
            if (found == m_cells.cend())
                return false;
            for (const Entry &entry : *found)
                if (entry.rect.intersects(rect) && (!accept || accept(entry.id)))
                    return true;
            return false;
        });
    }

private:
    struct Entry
    {
        QRectF rect;
        qint64 id;
    };
    static constexpr double Size = 128.0;

    template<typename Visit>
    bool forCells(const QRectF &rect, Visit visit) const
    {
        const auto x0 = qint64(std::floor(rect.left() / Size));
        const auto x1 = qint64(std::floor(rect.right() / Size));
        const auto y0 = qint64(std::floor(rect.top() / Size));
        const auto y1 = qint64(std::floor(rect.bottom() / Size));
        for (qint64 x = x0; x <= x1; ++x)
            for (qint64 y = y0; y <= y1; ++y)
                if (visit((x << 32) ^ (y & 0xffffffff)))
                    return true;
        return false;
    }

    QHash<qint64, QList<Entry>> m_cells;
};

} // namespace cxmap
