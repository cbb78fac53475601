#include "pendinganswers.h"

#include <QByteArray>

#include <sqlite3.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <utility>

namespace cxmap {

namespace {

struct PendingTable : sqlite3_vtab
{
    const std::vector<AnswerRun> *runs = nullptr;
};

// Merges the runs: a heap of the next row of each run, the smallest key on top.
struct PendingCursor : sqlite3_vtab_cursor
{
    using Row = PendingAnswer;
    using Run = AnswerRun;
    const std::vector<Run> *runs = nullptr;
    // (run, row) of each run not yet read to its end.
    std::vector<std::pair<size_t, size_t>> heap;
    sqlite3_int64 rowid = 0;

    const Run &runOf(const std::pair<size_t, size_t> &place) const { return (*runs)[place.first]; }
    const Row &at(const std::pair<size_t, size_t> &place) const { return runOf(place).rows[place.second]; }
    // The table's key: the fields before the position, the batch, the position. For
    // std::*_heap, which keep the greatest on top, "after" puts the smallest key there.
    bool after(const std::pair<size_t, size_t> &a, const std::pair<size_t, size_t> &b) const
    {
        const Row &x = at(a);
        const Row &y = at(b);
        const auto split = Row::Position;
        if (!std::equal(x.key.begin(), x.key.begin() + split, y.key.begin()))
            return std::lexicographical_compare(y.key.begin(), y.key.begin() + split, x.key.begin(), x.key.begin() + split);
        if (runOf(a).batch != runOf(b).batch)
            return runOf(b).batch < runOf(a).batch;
        return y.key[split] < x.key[split];
    }
    const Run &currentRun() const { return runOf(heap.front()); }
    const Row &current() const { return at(heap.front()); }
    void start()
    {
        heap.clear();
        rowid = 0;
        for (size_t run = 0; run < runs->size(); ++run)
            if (!(*runs)[run].rows.empty())
                heap.emplace_back(run, 0);
        std::make_heap(heap.begin(), heap.end(), [this](const auto &a, const auto &b) { return after(a, b); });
    }
    void next()
    {
        const auto greater = [this](const auto &a, const auto &b) { return after(a, b); };
        std::pop_heap(heap.begin(), heap.end(), greater);
        auto &place = heap.back();
        if (++place.second < runOf(place).rows.size())
            std::push_heap(heap.begin(), heap.end(), greater);
        else
            heap.pop_back();
        ++rowid;
    }
};

// The virtual table's columns are the table's; batch_id is the writer's, the same on every row.
constexpr int PendingBatchColumn = 5;

int pendingConnect(sqlite3 *db, void *client, int, const char *const *, sqlite3_vtab **table, char **)
{
    const int rc = sqlite3_declare_vtab(db, QByteArray("CREATE TABLE x(").append(PendingAnswers::Columns).append(')').constData());
    if (rc != SQLITE_OK)
        return rc;
    sqlite3_vtab_config(db, SQLITE_VTAB_DIRECTONLY);
    auto *pending = new PendingTable;
    pending->runs = static_cast<const std::vector<AnswerRun> *>(client);
    *table = pending;
    return SQLITE_OK;
}

int pendingDisconnect(sqlite3_vtab *table)
{
    delete static_cast<PendingTable *>(table);
    return SQLITE_OK;
}

int pendingBestIndex(sqlite3_vtab *, sqlite3_index_info *info)
{
    info->estimatedCost = 1e6;
    // The rows come in the table's key order: SQLite need not sort them to merge them with
    // the table's own (the claim only saves time; an INSERT is right in any order).
    bool keyOrder = info->nOrderBy <= PendingBatchColumn + 2;
    for (int i = 0; i < info->nOrderBy && keyOrder; ++i)
        keyOrder = info->aOrderBy[i].iColumn == i && !info->aOrderBy[i].desc;
    info->orderByConsumed = keyOrder ? 1 : 0;
    return SQLITE_OK;
}

int pendingOpen(sqlite3_vtab *table, sqlite3_vtab_cursor **cursor)
{
    auto *pending = new PendingCursor;
    pending->runs = static_cast<const PendingTable *>(table)->runs;
    *cursor = pending;
    return SQLITE_OK;
}

int pendingClose(sqlite3_vtab_cursor *cursor)
{
    delete static_cast<PendingCursor *>(cursor);
    return SQLITE_OK;
}

int pendingFilter(sqlite3_vtab_cursor *cursor, int, const char *, int, sqlite3_value **)
{
    static_cast<PendingCursor *>(cursor)->start();
    return SQLITE_OK;
}

int pendingNext(sqlite3_vtab_cursor *cursor)
{
    static_cast<PendingCursor *>(cursor)->next();
    return SQLITE_OK;
}

int pendingEof(sqlite3_vtab_cursor *cursor)
{
    return static_cast<PendingCursor *>(cursor)->heap.empty() ? 1 : 0;
}

int pendingRowid(sqlite3_vtab_cursor *cursor, sqlite3_int64 *rowid)
{
    *rowid = static_cast<PendingCursor *>(cursor)->rowid;
    return SQLITE_OK;
}

int pendingColumn(sqlite3_vtab_cursor *cursor, sqlite3_context *context, int column)
{
    using Row = PendingAnswer;
    const Row &row = static_cast<PendingCursor *>(cursor)->current();
    if (column == Row::ValueKey) {
        sqlite3_result_double(context, row.value);
        return SQLITE_OK;
    }
    if (column == PendingBatchColumn) {
        sqlite3_result_int64(context, static_cast<PendingCursor *>(cursor)->currentRun().batch);
        return SQLITE_OK;
    }
    const qint64 value = row.key[size_t(column < PendingBatchColumn ? column : column - 1)];
    if (value == PendingAnswer::Null)
        sqlite3_result_null(context);
    else
        sqlite3_result_int64(context, value);
    return SQLITE_OK;
}

sqlite3_module pendingModule()
{
    sqlite3_module module{};
    module.iVersion = 1;
    module.xCreate = nullptr; // eponymous only: no CREATE VIRTUAL TABLE can name it
    module.xConnect = pendingConnect;
    module.xBestIndex = pendingBestIndex;
    module.xDisconnect = pendingDisconnect;
    module.xDestroy = pendingDisconnect;
    module.xOpen = pendingOpen;
    module.xClose = pendingClose;
    module.xFilter = pendingFilter;
    module.xNext = pendingNext;
    module.xEof = pendingEof;
    module.xColumn = pendingColumn;
    module.xRowid = pendingRowid;
    return module;
}

const sqlite3_module PendingModule = pendingModule();

} // namespace

namespace PendingAnswers {

int attach(sqlite3 *db, const std::vector<AnswerRun> *runs)
{
    return sqlite3_create_module_v2(db, TableName, &PendingModule, const_cast<std::vector<AnswerRun> *>(runs), nullptr);
}

void sortByKey(const std::vector<PendingAnswer> &rows, std::vector<quint32> &order, std::vector<quint64> &scratch)
{
    const size_t count = rows.size();
    order.resize(count);
    for (size_t i = 0; i < count; ++i)
        order[i] = quint32(i);

    // Where the key's ranges allow (ratings, a few dozen touchpoints, some months), pack the
    // fields before the position, and the row's place in the run (its position's order), into
    // one 64-bit number per row: sorting those is several times faster than comparing rows
    // field by field.
    constexpr int PackedFields = PendingAnswer::Position;
    const auto integral = [](double v) { return std::abs(v) < 1e15 && v == double(qint64(v)); };
    const bool valuesIntegral = std::all_of(rows.begin(), rows.end(),
                                            [&](const PendingAnswer &row) { return integral(row.value); });
    const auto sortValue = [&](const PendingAnswer &row, int field) {
        if (field == PendingAnswer::ValueKey && valuesIntegral)
            return qint64(row.value);
        return row.key[size_t(field)];
    };
    std::array<qint64, PackedFields> min;
    std::array<qint64, PackedFields> max;
    min.fill(std::numeric_limits<qint64>::max());
    max.fill(std::numeric_limits<qint64>::min());
    for (const PendingAnswer &row : rows) {
        for (int field = 0; field < PackedFields; ++field) {
            const qint64 value = sortValue(row, field);
            min[size_t(field)] = std::min(min[size_t(field)], value);
            max[size_t(field)] = std::max(max[size_t(field)], value);
        }
    }
    const int positionBits = std::bit_width(count);
    std::array<int, PackedFields> bits{};
    int total = positionBits;
    for (size_t field = 0; field < size_t(PackedFields); ++field) {
        const quint64 span = min[field] > max[field] ? 0 : quint64(max[field]) - quint64(min[field]);
        bits[field] = span >= (quint64(1) << 62) ? 64 : std::bit_width(span);
        total += bits[field];
    }
    if (total > 64) {
        std::sort(order.begin(), order.end(), [&rows](quint32 a, quint32 b) {
            return std::lexicographical_compare(rows[a].key.begin(), rows[a].key.begin() + PendingAnswer::KeyFields,
                                                rows[b].key.begin(), rows[b].key.begin() + PendingAnswer::KeyFields);
        });
        return;
    }
    std::vector<quint64> &packed = scratch;
    packed.resize(count);
    for (size_t i = 0; i < count; ++i) {
        quint64 key = 0;
        for (int field = 0; field < PackedFields; ++field) {
            const int width = bits[size_t(field)];
            key = width == 0 ? key : (key << width) | (quint64(sortValue(rows[i], field)) - quint64(min[size_t(field)]));
        }
        packed[i] = (key << positionBits) | i;
    }
    std::sort(packed.begin(), packed.end());
    const quint64 mask = (quint64(1) << positionBits) - 1;
    for (size_t i = 0; i < count; ++i)
        order[i] = quint32(packed[i] & mask);
}

void detach(sqlite3 *db)
{
    // A null module removes the name.
    sqlite3_create_module_v2(db, TableName, nullptr, nullptr, nullptr);
}

} // namespace PendingAnswers

} // namespace cxmap
