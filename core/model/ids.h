#pragma once

#include <QHashFunctions>
#include <QtGlobal>

#include <compare>

namespace cxmap {

/**
 * A stable identifier for one kind of model object. IDs are allocated by the Journey, stored in
 * the file, and never reused within a document, so commands, measurements and analysis results
 * can refer to objects by ID long after the object itself was removed and restored.
 */
template<typename Tag>
class Id
{
public:
    constexpr Id() = default;
    constexpr explicit Id(qint64 value)
        : m_value(value)
    {}

    constexpr qint64 value() const { return m_value; }
    constexpr bool isValid() const { return m_value > 0; }

    friend constexpr auto operator<=>(Id, Id) = default;

private:
    qint64 m_value = 0;
};

template<typename Tag>
inline size_t qHash(Id<Tag> id, size_t seed = 0) noexcept
{
    return ::qHash(id.value(), seed);
}

using StageId = Id<struct StageTag>;
using LaneId = Id<struct LaneTag>;
using TouchpointId = Id<struct TouchpointTag>;
using TransitionId = Id<struct TransitionTag>;
using SegmentId = Id<struct SegmentTag>;
using MetricId = Id<struct MetricTag>;
using BatchId = Id<struct BatchTag>;

} // namespace cxmap
