// The order an import writes answers in: the runs' sort and the virtual table's merge must give
// exactly the measurement table's key order, or SQLite inserts each answer between stored ones
// (a search and a split) instead of appending it, and the import is several times slower while
// every test of what is stored still passes.
#include "store/pendinganswers.h"
#include "store/sqlitedb.h"

#include <QRandomGenerator>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <tuple>

using namespace cxmap;

namespace {

// The table's key as SQLite orders it: integers, then the value as a REAL, batch, position.
using Key = std::tuple<qint64, qint64, qint64, qint64, double, qint64, qint64>;

Key keyOf(const PendingAnswer &row, qint64 batch)
{
    return {row.key[PendingAnswer::Metric], row.key[PendingAnswer::Kind], row.key[PendingAnswer::Touchpoint],
            row.key[PendingAnswer::Month],  row.value, batch, row.key[PendingAnswer::Position]};
}

// Rows as an import makes them; `wide` spreads touchpoints and months past what packs into 64 bits.
std::vector<PendingAnswer> rowsOf(int count, bool fractional, bool wide, quint32 seed, qint64 firstPosition = 0)
{
    QRandomGenerator random(seed);
    std::vector<PendingAnswer> rows(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        PendingAnswer &row = rows[size_t(i)];
        row.value = fractional ? (random.bounded(2001) - 1000) / 8.0 : double(random.bounded(11));
        if (fractional && i % 17 == 0)
            row.value = -0.0;
        row.key = {1 + random.bounded(3),
                   random.bounded(2),
                   wide ? qint64(random.generate64() >> 2) : random.bounded(26),
                   wide ? 24000 + random.bounded(5000) : (i % 9 == 0 ? 0 : 24300 + random.bounded(12)),
                   PendingAnswer::orderKey(row.value),
                   firstPosition + i,
                   i % 5 == 0 ? PendingAnswer::Null : 1 + random.bounded(500),
                   PendingAnswer::Null,
                   1700000000 + i};
    }
    return rows;
}

} // namespace

class TestPendingAnswers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sortIsTheTableOrder_data();
    void sortIsTheTableOrder();
    void mergeIsTheTableOrder();
};

void TestPendingAnswers::sortIsTheTableOrder_data()
{
    QTest::addColumn<bool>("fractional");
    QTest::addColumn<bool>("wide");
    QTest::newRow("ratings, packed keys") << false << false;
    QTest::newRow("negative and fractional values, packed keys") << true << false;
    QTest::newRow("wide keys, compared") << true << true;
}

void TestPendingAnswers::sortIsTheTableOrder()
{
    QFETCH(bool, fractional);
    QFETCH(bool, wide);
    const std::vector<PendingAnswer> rows = rowsOf(5000, fractional, wide, 7);
    std::vector<quint32> order;
    std::vector<quint64> scratch;
    PendingAnswers::sortByKey(rows, order, scratch);

    std::vector<quint32> expected(rows.size());
    for (size_t i = 0; i < expected.size(); ++i)
        expected[i] = quint32(i);
    std::sort(expected.begin(), expected.end(), [&rows](quint32 a, quint32 b) { return keyOf(rows[a], 1) < keyOf(rows[b], 1); });
    QVERIFY(order == expected);
}

void TestPendingAnswers::mergeIsTheTableOrder()
{
    // Runs of two batches, as a rebuild merges them: each sorted, their rows interleaved.
    std::vector<AnswerRun> runs;
    std::vector<std::pair<Key, qint64>> expected;
    for (int i = 0; i < 4; ++i) {
        const qint64 batch = i == 3 ? 1 : 2;
        const std::vector<PendingAnswer> rows = rowsOf(700 + 100 * i, i % 2 == 1, false, quint32(11 + i), 1000 * i);
        std::vector<quint32> order;
        std::vector<quint64> scratch;
        PendingAnswers::sortByKey(rows, order, scratch);
        AnswerRun &run = runs.emplace_back(AnswerRun{batch, {}});
        for (const quint32 place : order) {
            run.rows.push_back(rows[place]);
            expected.emplace_back(keyOf(rows[place], batch), rows[place].key[PendingAnswer::Respondent]);
        }
    }
    runs.emplace_back(AnswerRun{3, {}}); // an empty run is passed over
    std::sort(expected.begin(), expected.end());

    SqliteDatabase db(QStringLiteral(":memory:"), SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    QCOMPARE(PendingAnswers::attach(db.handle(), &runs), SQLITE_OK);
    const QString columns = QStringLiteral("metric_id, kind, touchpoint_id, month, value, batch_id, position");
    {
        SqliteStatement read(db, QStringLiteral("SELECT %1, respondent_id FROM %2").arg(columns, QLatin1String(PendingAnswers::TableName)));
        std::vector<std::pair<Key, qint64>> merged;
        while (read.step())
            merged.emplace_back(Key{read.columnInt(0), read.columnInt(1), read.columnInt(2), read.columnInt(3), read.columnDouble(4),
                                    read.columnInt(5), read.columnInt(6)},
                                read.isNull(7) ? PendingAnswer::Null : read.columnInt(7));
        QCOMPARE(merged.size(), expected.size());
        QVERIFY(merged == expected);
    }
    // SQLite takes the order as given: no sort of its own before merging with the table's.
    SqliteStatement plan(db, QStringLiteral("EXPLAIN QUERY PLAN SELECT %1 FROM %2 ORDER BY 1, 2, 3, 4, 5, 6, 7")
                                 .arg(columns, QLatin1String(PendingAnswers::TableName)));
    QStringList steps;
    while (plan.step())
        steps << plan.columnText(3);
    QVERIFY2(!steps.join(QLatin1Char(' ')).contains(QLatin1String("TEMP B-TREE")), qPrintable(steps.join(QLatin1String("; "))));
    QVERIFY(!steps.isEmpty());
    PendingAnswers::detach(db.handle());
    QVERIFY_THROWS_EXCEPTION(SqliteError, SqliteStatement(db, QStringLiteral("SELECT 1 FROM %1").arg(QLatin1String(PendingAnswers::TableName))));
}

QTEST_GUILESS_MAIN(TestPendingAnswers)
#include "tst_pendinganswers.moc"
