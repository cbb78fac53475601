#include "answerscan.h"

#include "store/schema.h"
#include "store/sqlitedb.h"

#include <QSet>

#include <sqlite3.h>

#include <algorithm>
#include <bit>
#include <limits>
#include <map>
#include <tuple>
#include <vector>

namespace cxmap {

namespace {

// Sums by a 64-bit key, open addressing with linear probing: one multiply and, mostly, one
// cache line a row, where a node-based hash would allocate per key.
class FlatSums
{
public:
    struct Slot
    {
        quint64 key;
        double sum;
        qint64 count;
    };

    void add(quint64 key, double value)
    {
        if ((m_size + 1) * 4 > m_slots.size() * 3)
            grow();
        Slot &slot = m_slots[find(key)];
        if (slot.key == Empty) {
            slot = Slot{key, 0.0, 0};
            ++m_size;
        }
        slot.sum += value;
        ++slot.count;
    }

    const Slot *lookup(quint64 key) const
    {
        if (m_slots.empty())
            return nullptr;
        const Slot &slot = m_slots[find(key)];
        return slot.key == Empty ? nullptr : &slot;
    }

    template<typename F>
    void forEach(F &&f) const
    {
        for (const Slot &slot : m_slots)
            if (slot.key != Empty)
                f(slot);
    }

private:
    static constexpr quint64 Empty = std::numeric_limits<quint64>::max();

    size_t find(quint64 key) const
    {
        const size_t mask = m_slots.size() - 1;
        size_t i = size_t((key * 0x9E3779B97F4A7C15ULL) >> m_shift) & mask;
        while (m_slots[i].key != Empty && m_slots[i].key != key)
            i = (i + 1) & mask;
        return i;
    }

    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        const size_t capacity = old.empty() ? 1024 : old.size() * 2;
        m_slots.assign(capacity, Slot{Empty, 0.0, 0});
        m_shift = 64 - std::countr_zero(capacity);
        for (const Slot &slot : old)
            if (slot.key != Empty)
                m_slots[find(slot.key)] = slot;
    }

    std::vector<Slot> m_slots;
    size_t m_size = 0;
    int m_shift = 54;
};

// Sums by a pair of IDs. Pairs of 32-bit IDs (every real one: they are rowids) go into the flat
// map; others, which only a damaged or hostile file holds, into a slower map of their own, so
// no ID can make the flat one wrong or huge.
class PairSums
{
public:
    void add(qint64 a, qint64 b, double value)
    {
        if (fits(a) && fits(b)) {
            m_flat.add(quint64(a) << 32 | quint64(b), value);
            return;
        }
        FlatSums::Slot &slot = m_other[{a, b}];
        slot.sum += value;
        ++slot.count;
    }
    const FlatSums::Slot *lookup(qint64 a, qint64 b) const
    {
        if (fits(a) && fits(b))
            return m_flat.lookup(quint64(a) << 32 | quint64(b));
        const auto found = m_other.find({a, b});
        return found == m_other.end() ? nullptr : &found->second;
    }
    template<typename F>
    void forEach(F &&f) const
    {
        m_flat.forEach([&f](const FlatSums::Slot &slot) { f(qint64(slot.key >> 32), qint64(slot.key & 0xFFFFFFFFULL), slot); });
        for (const auto &[key, slot] : m_other)
            f(key.first, key.second, slot);
    }

private:
    static bool fits(qint64 id) { return id >= 0 && id <= 0xFFFFFFFFLL; }

    FlatSums m_flat;
    std::map<std::pair<qint64, qint64>, FlatSums::Slot> m_other;
};

// A set of respondent IDs: bits up to the respondent table's largest ID (its rowids are
// dense), a plain set beyond, so a stray ID cannot size the bits.
class IdSet
{
public:
    explicit IdSet(qint64 limit = 0)
        : m_limit(std::max<qint64>(limit, 0))
    {}
    void insert(qint64 id)
    {
        if (id < 0 || id > m_limit) {
            m_other.insert(id);
            return;
        }
        if (m_bits.empty())
            m_bits.assign(size_t(m_limit >> 6) + 1, 0);
        m_bits[size_t(id >> 6)] |= quint64(1) << (id & 63);
    }
    qint64 count() const
    {
        qint64 total = qint64(m_other.size());
        for (const quint64 word : m_bits)
            total += std::popcount(word);
        return total;
    }

private:
    qint64 m_limit;
    std::vector<quint64> m_bits;
    QSet<qint64> m_other;
};

// Sums per respondent for one touchpoint or one metric, in an array by respondent ID: the rows
// of one touchpoint arrive together (index order), so its array stays in the cache while they
// do, where one map for every pair would miss the cache on every row.
class RespondentSums
{
public:
    // Eight bytes, so that a touchpoint's array of 50,000 respondents stays in the cache: a
    // respondent's few answers there sum exactly enough in a float (0–100, 24-bit mantissa).
    struct Entry
    {
        float sum = 0.0f;
        quint32 count = 0;
    };

    explicit RespondentSums(qint64 maxId = 0)
        : m_entries(size_t(maxId) + 1)
    {}
    bool covers(qint64 id) const { return id >= 0 && size_t(id) < m_entries.size(); }
    void add(qint64 id, double value)
    {
        Entry &entry = m_entries[size_t(id)];
        entry.sum += float(value);
        ++entry.count;
    }
    const Entry &at(qint64 id) const { return m_entries[size_t(id)]; }
    qint64 size() const { return qint64(m_entries.size()); }

private:
    std::vector<Entry> m_entries;
};

// Arrays per respondent while they fit this budget; beyond it, and for IDs no array covers,
// the pair map.
constexpr qint64 DenseBudgetBytes = qint64(256) << 20;

constexpr qint64 NoMonth = std::numeric_limits<qint64>::min();

// One cell of the histogram: metric, kind, touchpoint (0 at journey level), month, value.
using Cell = std::tuple<qint64, int, qint64, qint64, double>;

} // namespace

struct AnswerScan::Accumulator
{
    struct Scale
    {
        bool inScope = false;
        double min = 0.0;
        double max = 1.0;
        bool higherIsBetter = true;
        // As ScoreQueries' SQL normalises, so that both give the same numbers.
        double normalised(double v) const
        {
            return higherIsBetter ? 100.0 * (v - min) / (max - min) : 100.0 * (max - v) / (max - min);
        }
    };

    QHash<qint64, Scale> scales;
    qint64 maxRespondent = 0;

    // The run of equal cells being counted (rows arrive in index order: long runs).
    Cell run{};
    qint64 runCount = 0;
    std::map<Cell, qint64> cells;

    IdSet everyone;
    QHash<qint64, IdSet> ratedBy;
    // Per touchpoint and respondent Σ normalised experience, n; per metric and respondent Σ raw
    // journey-level answers, n: in arrays while they fit the budget, else in the pair maps.
    bool dense = false;
    QHash<qint64, RespondentSums> experienceArrays;
    QHash<qint64, RespondentSums> outcomeArrays;
    PairSums experience;
    PairSums outcomes;
    QHash<qint64, QHash<qint64, SampleMoments>> perSegment;
    std::optional<std::pair<qint64, qint64>> months;

    // The last metric and touchpoint seen, and what they resolved to.
    qint64 lastMetric = -1;
    const Scale *scale = nullptr;
    RespondentSums *metricOutcomes = nullptr;
    qint64 lastTouchpoint = -1;
    IdSet *touchpointRaters = nullptr;
    RespondentSums *touchpointExperience = nullptr;
    std::vector<SampleMoments> *touchpointSegments = nullptr;
    // Per touchpoint, moments by segment ID (segments are few and their IDs small).
    QHash<qint64, std::vector<SampleMoments>> segmentArrays;
    // Answers left out as no import could have stored them.
    qint64 invalid = 0;

    void flushRun()
    {
        if (runCount > 0)
            cells[run] += runCount;
        runCount = 0;
    }

    void row(qint64 metric, int kind, qint64 touchpoint, qint64 month, double value, std::optional<qint64> segment,
             std::optional<qint64> respondent)
    {
        if (metric != lastMetric) {
            lastMetric = metric;
            const auto found = scales.constFind(metric);
            scale = found == scales.cend() ? nullptr : &*found;
            metricOutcomes = nullptr;
        }
        // Only answers an import could have stored (as ScoreQueries reads them): within the
        // metric's scale and dated in the valid years; the rest are counted and left out.
        if (!scale || !(value >= scale->min && value <= scale->max) ||
            (month != NoMonth && (month < ScoreQueries::FirstValidMonth || month > ScoreQueries::LastValidMonth))) {
            ++invalid;
            return;
        }
        const Cell cell{metric, kind, touchpoint, month, value};
        if (runCount == 0 || cell != run) {
            flushRun();
            run = cell;
        }
        ++runCount;
        if (month != NoMonth)
            months = std::pair{std::min(months ? months->first : month, month), std::max(months ? months->second : month, month)};
        if (touchpoint != lastTouchpoint) {
            lastTouchpoint = touchpoint;
            touchpointRaters = nullptr;
            touchpointExperience = nullptr;
            touchpointSegments = nullptr;
            if (touchpoint != 0) {
                if (!ratedBy.contains(touchpoint))
                    ratedBy.insert(touchpoint, IdSet(maxRespondent));
                touchpointRaters = &ratedBy[touchpoint];
                touchpointSegments = &segmentArrays[touchpoint];
            }
        }
        if (respondent)
            everyone.insert(*respondent);
        if (kind != 0)
            return;
        if (touchpoint == 0) {
            if (respondent) {
                if (dense && !metricOutcomes) {
                    if (!outcomeArrays.contains(metric))
                        outcomeArrays.insert(metric, RespondentSums(maxRespondent));
                    metricOutcomes = &outcomeArrays[metric];
                }
                if (metricOutcomes && metricOutcomes->covers(*respondent))
                    metricOutcomes->add(*respondent, value);
                else
                    outcomes.add(metric, *respondent, value);
            }
            return;
        }
        if (respondent)
            touchpointRaters->insert(*respondent);
        if (!scale || !scale->inScope)
            return;
        const double normalised = scale->normalised(value);
        if (respondent) {
            if (dense && !touchpointExperience) {
                if (!experienceArrays.contains(touchpoint))
                    experienceArrays.insert(touchpoint, RespondentSums(maxRespondent));
                touchpointExperience = &experienceArrays[touchpoint];
            }
            if (touchpointExperience && touchpointExperience->covers(*respondent))
                touchpointExperience->add(*respondent, normalised);
            else
                experience.add(touchpoint, *respondent, normalised);
        }
        if (segment) {
            if (*segment >= 0 && *segment < 4096) {
                if (size_t(*segment) >= touchpointSegments->size())
                    touchpointSegments->resize(size_t(*segment) + 1);
                (*touchpointSegments)[size_t(*segment)].add(normalised);
            } else {
                perSegment[touchpoint][*segment].add(normalised);
            }
        }
    }
};

namespace {

constexpr const char *ScanFunction = "cxmap_scan";

void scanStep(sqlite3_context *context, int, sqlite3_value **values)
{
    auto *accumulator = static_cast<AnswerScan::Accumulator *>(sqlite3_user_data(context));
    const auto optional = [](sqlite3_value *value) {
        return sqlite3_value_type(value) == SQLITE_NULL ? std::nullopt : std::optional<qint64>(sqlite3_value_int64(value));
    };
    accumulator->row(sqlite3_value_int64(values[0]), sqlite3_value_int(values[1]), sqlite3_value_int64(values[2]),
                     Schema::storedMonth(sqlite3_value_int64(values[3])).value_or(NoMonth), sqlite3_value_double(values[4]),
                     optional(values[5]), optional(values[6]));
}

void scanFinal(sqlite3_context *context)
{
    sqlite3_result_null(context);
}

} // namespace

AnswerScan::AnswerScan(SqliteDatabase &db, const QueryScope &scope, const QList<ScaleInfo> &scales)
    : m_sums(std::make_unique<Accumulator>())
{
    Accumulator &accumulator = *m_sums;
    for (const ScaleInfo &scale : scales)
        accumulator.scales.insert(scale.id, Accumulator::Scale{false, scale.min, scale.max, scale.higherIsBetter});
    for (const ScaleInfo &metric : scope.metrics)
        if (const auto found = accumulator.scales.find(metric.id); found != accumulator.scales.end())
            found->inScope = true;
    // Bits for every respondent of the file, and no more, whatever IDs the answers hold.
    accumulator.maxRespondent = std::clamp<qint64>(db.queryInt("SELECT max(id) FROM respondent").value_or(0), 0, qint64(1) << 32);
    accumulator.everyone = IdSet(accumulator.maxRespondent);
    const qint64 arrays = db.queryInt("SELECT count(*) FROM touchpoint").value_or(0) + qint64(scales.size());
    accumulator.dense = (accumulator.maxRespondent + 1) * qint64(sizeof(RespondentSums::Entry)) * arrays <= DenseBudgetBytes;

    // Registered for this pass only, on this connection, callable from top-level SQL only.
    const int rc = sqlite3_create_function_v2(db.handle(), ScanFunction, 7, SQLITE_UTF8 | SQLITE_DIRECTONLY, &accumulator,
                                              nullptr, scanStep, scanFinal, nullptr);
    if (rc != SQLITE_OK)
        throw SqliteError(rc, QString::fromUtf8(sqlite3_errmsg(db.handle())));
    try {
        QString sql = QStringLiteral("SELECT %1(metric_id, kind, touchpoint_id, month, value, segment_id, respondent_id)"
                                     " FROM measurement WHERE 1")
                          .arg(QLatin1String(ScanFunction));
        // Our own integers only (IDs, month indexes), as in ScoreQueries.
        if (scope.segment)
            sql += QStringLiteral(" AND segment_id = %1").arg(*scope.segment);
        // Undated answers (month 0) are outside any period.
        if (scope.monthFrom || scope.monthTo)
            sql += QStringLiteral(" AND month <> 0");
        if (scope.monthFrom)
            sql += QStringLiteral(" AND month >= %1").arg(*scope.monthFrom);
        if (scope.monthTo)
            sql += QStringLiteral(" AND month <= %1").arg(*scope.monthTo);
        SqliteStatement scan(db, sql);
        scan.step();
    } catch (...) {
        sqlite3_create_function_v2(db.handle(), ScanFunction, 7, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr, nullptr);
        throw;
    }
    sqlite3_create_function_v2(db.handle(), ScanFunction, 7, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr, nullptr);
    accumulator.flushRun();

    // The histogram as ScoreQueries::moments() gives it: metrics in ID order, then kind,
    // touchpoint, month, value.
    MetricMoments *current = nullptr;
    QHash<qint64, const ScaleInfo *> byId;
    for (const ScaleInfo &scale : scales)
        byId.insert(scale.id, &scale);
    for (const auto &[cell, count] : accumulator.cells) {
        const auto &[metric, kind, touchpoint, month, value] = cell;
        const MeasurementKind measurementKind = kind == 1 ? MeasurementKind::Expectation : MeasurementKind::Experience;
        if (!current || current->metric != metric || current->kind != measurementKind || current->touchpoint != touchpoint) {
            m_moments.append(MetricMoments{touchpoint, metric, measurementKind, {}, 0, 0, 0, std::nullopt, {}, {}});
            current = &m_moments.last();
        }
        const SampleMoments sample{count, double(count) * value, double(count) * value * value};
        current->raw += sample;
        current->distribution[value] += count;
        const ScaleInfo *scale = byId.value(metric);
        if (scale && scale->topBoxFrom && value >= *scale->topBoxFrom)
            current->topBox += count;
        current->promoters += value >= 9.0 ? count : 0;
        current->detractors += value <= 6.0 ? count : 0;
        if (month != NoMonth) {
            current->lastMonth = std::max(current->lastMonth.value_or(month), month);
            if (current->months.isEmpty() || current->months.last().first != month)
                current->months.append({month, SampleMoments{}});
            current->months.last().second += sample;
        }
    }
    accumulator.cells.clear();

    for (auto it = accumulator.ratedBy.cbegin(); it != accumulator.ratedBy.cend(); ++it)
        if (const qint64 raters = it->count(); raters > 0)
            m_respondentsPerTouchpoint.insert(it.key(), raters);
    m_respondents = accumulator.everyone.count();
    for (auto it = accumulator.segmentArrays.cbegin(); it != accumulator.segmentArrays.cend(); ++it)
        for (size_t segment = 0; segment < it->size(); ++segment)
            if (it->at(segment).n > 0)
                accumulator.perSegment[it.key()][qint64(segment)] += it->at(segment);
    for (auto it = accumulator.perSegment.cbegin(); it != accumulator.perSegment.cend(); ++it)
        if (!it->isEmpty())
            m_perSegment.insert(it.key(), *it);
    m_monthRange = accumulator.months;
    m_invalidAnswers = accumulator.invalid;
}

AnswerScan::~AnswerScan() = default;
AnswerScan::AnswerScan(AnswerScan &&) noexcept = default;
AnswerScan &AnswerScan::operator=(AnswerScan &&) noexcept = default;

QHash<qint64, PairedMoments> AnswerScan::outcomePairs(qint64 outcomeMetric) const
{
    QHash<qint64, PairedMoments> result;
    const Accumulator &sums = *m_sums;
    const auto outcomeFound = sums.outcomeArrays.constFind(outcomeMetric);
    const RespondentSums *outcomeArray = outcomeFound != sums.outcomeArrays.cend() ? &*outcomeFound : nullptr;
    // A respondent's mean outcome answer, wherever it was kept.
    const auto outcomeOf = [&](qint64 respondent) -> std::optional<double> {
        if (outcomeArray && outcomeArray->covers(respondent)) {
            const RespondentSums::Entry &entry = outcomeArray->at(respondent);
            return entry.count ? std::optional<double>(double(entry.sum) / entry.count) : std::nullopt;
        }
        if (const FlatSums::Slot *slot = sums.outcomes.lookup(outcomeMetric, respondent))
            return slot->sum / double(slot->count);
        return std::nullopt;
    };
    for (auto it = sums.experienceArrays.cbegin(); it != sums.experienceArrays.cend(); ++it) {
        PairedMoments &pairs = result[it.key()];
        for (qint64 respondent = 0; respondent < it->size(); ++respondent) {
            const RespondentSums::Entry &entry = it->at(respondent);
            if (entry.count == 0)
                continue;
            if (const std::optional<double> y = outcomeOf(respondent))
                pairs.add(double(entry.sum) / entry.count, *y);
        }
        if (pairs.n == 0)
            result.remove(it.key());
    }
    sums.experience.forEach([&](qint64 touchpoint, qint64 respondent, const FlatSums::Slot &slot) {
        if (const std::optional<double> y = outcomeOf(respondent))
            result[touchpoint].add(slot.sum / double(slot.count), *y);
    });
    return result;
}

} // namespace cxmap
