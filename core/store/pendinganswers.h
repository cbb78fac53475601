#pragma once

#include <QtGlobal>

#include <array>
#include <bit>
#include <limits>
#include <vector>

struct sqlite3;

namespace cxmap {

/**
 * One answer on its way into the measurement table: its columns, and the value also as an
 * integer that sorts as the double does. The fields up to Position are the table's key in its
 * order (batch_id, the same for a whole run, left out), so runs sort by comparing plain arrays.
 */
struct PendingAnswer
{
    enum Field { Metric, Kind, Touchpoint, Month, ValueKey, Position, Respondent, Segment, Time, FieldCount };
    static constexpr int KeyFields = Position + 1;
    /** NULL in the optional fields (respondent, segment, time). */
    static constexpr qint64 Null = std::numeric_limits<qint64>::min();

    std::array<qint64, FieldCount> key;
    double value;

    /** An integer with the order of the double: the magnitude bits of negatives flipped. */
    static qint64 orderKey(double value)
    {
        const auto bits = std::bit_cast<qint64>(value == 0.0 ? 0.0 : value);
        return bits < 0 ? bits ^ std::numeric_limits<qint64>::max() : bits;
    }
};

/** Answers of one batch in the table's key order. */
struct AnswerRun
{
    qint64 batch = 0;
    std::vector<PendingAnswer> rows;
};

/**
 * The runs as a table SQL can read, merged into the measurement table's key order, for one
 * INSERT … SELECT per write: binding ten values a row through the statement API costs several
 * times what SQLite needs to store them. An eponymous virtual table with the measurement
 * table's columns that only the connection's own statements can reach (direct-only: no view or
 * trigger of a file can). It declares its key order, so SQLite merges rather than sorts.
 */
namespace PendingAnswers {

inline constexpr const char *TableName = "cxmap_pending_answers";
/** Its columns: the measurement table's, in the table's order. */
inline constexpr const char *Columns = "metric_id, kind, touchpoint_id, month, value, batch_id, position, respondent_id,"
                                       " segment_id, time";

/** Makes the table read `runs` (which must outlive it) on `db`; SQLite's result code. */
int attach(sqlite3 *db, const std::vector<AnswerRun> *runs);
/** Removes the name again, so no statement can reach the runs once they are gone. */
void detach(sqlite3 *db);

/**
 * The places of `rows` in key order (the fields up to Position) into `order`; `scratch` is
 * working memory, kept by the caller so that run after run reuses it.
 */
void sortByKey(const std::vector<PendingAnswer> &rows, std::vector<quint32> &order, std::vector<quint64> &scratch);

} // namespace PendingAnswers

} // namespace cxmap
