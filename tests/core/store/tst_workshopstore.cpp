// Workshop input in the .cxmap store (issue 10, DESIGN §4): its own tables, saved and read with
// the map, undone like any edit; the version 2 → 3 migration on a real version-2 file; and the
// open checks for workshop rows a hostile writer could leave.
#include "commands/touchpointcommands.h"
#include "commands/workshopcommands.h"
#include "document/journeydocument.h"
#include "model/journey.h"
#include "rawsqlite.h"
#include "samplejourney.h"
#include "store/documentfile.h"
#include "store/schema.h"
#include "store/sqlitedb.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <sqlite3.h>

using namespace cxmap;
using cxmap::test::runSqlite;

namespace {

const QString Version2File = QStringLiteral(CXMAP_TEST_DATA "/store/version2.cxmap");

// Every row a query gives, as text: what "unchanged" is compared by.
QStringList rowsOfQuery(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    QStringList rows;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return {QStringLiteral("cannot open")};
    }
    sqlite3_stmt *query = nullptr;
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &query, nullptr) == SQLITE_OK) {
        while (sqlite3_step(query) == SQLITE_ROW) {
            QStringList values;
            for (int column = 0; column < sqlite3_column_count(query); ++column)
                values.append(sqlite3_column_type(query, column) == SQLITE_NULL
                                  ? QStringLiteral("NULL")
                                  : QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(query, column))));
            rows.append(values.join(QLatin1Char('|')));
        }
    } else {
        rows.append(QStringLiteral("no such table"));
    }
    sqlite3_finalize(query);
    sqlite3_close(db);
    return rows;
}

// Every row of a table, in its own order.
QStringList rowsOf(const QString &path, const char *table)
{
    return rowsOfQuery(path, QByteArray("SELECT * FROM ").append(table));
}

QString openError(const QString &path, DocumentFile::Access access = DocumentFile::Access::ReadOnly)
{
    try {
        DocumentFile::open(path, access)->readJourney();
    } catch (const DocumentError &error) {
        return error.message();
    }
    return QString();
}

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toUTC();
}

// A map with a workshop that uses everything the tables hold: two sessions, votes out of ID
// order, every note kind, text that needs care, a time with milliseconds and a missing time.
Journey journeyWithWorkshop()
{
    Journey journey = test::sampleJourney();
    const TouchpointId compare = journey.touchpoints().at(1).id;
    const TouchpointId checkout = journey.touchpoints().at(2).id;
    Workshop &workshop = journey.workshop();
    const qint64 morning = journey.allocateId();
    const qint64 afternoon = journey.allocateId();
    workshop.sessions = {WorkshopSession{morning, QStringLiteral("Kick-off, Berlin"), utc("2026-03-02T09:00:00.000Z")},
                         WorkshopSession{afternoon, QStringLiteral("Review \"Q2\" — 🙂"), QDateTime()}};
    const qint64 first = journey.allocateId();
    const qint64 second = journey.allocateId();
    workshop.votes = {WorkshopVote{second, afternoon, checkout, utc("2026-03-02T15:12:30.250Z")},
                      WorkshopVote{first, morning, checkout, utc("2026-03-02T09:05:00.000Z")},
                      WorkshopVote{journey.allocateId(), morning, compare, QDateTime()}};
    workshop.notes = {WorkshopNote{journey.allocateId(), morning, checkout, NoteKind::PainPoint,
                                   QStringLiteral("Card declined twice,\nno reason given"), utc("2026-03-02T09:07:00.001Z")},
                      WorkshopNote{journey.allocateId(), afternoon, compare, NoteKind::Idea, QString(), QDateTime()},
                      WorkshopNote{journey.allocateId(), afternoon, checkout, NoteKind::Question,
                                   QStringLiteral("Who owns the 3-D Secure page?"), utc("2026-03-02T15:20:00.000Z")}};
    return journey;
}

qint64 rowCount(DocumentFile &file, const char *table)
{
    return file.database().queryInt(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)).toUtf8().constData()).value_or(-1);
}

} // namespace

class TestWorkshopStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void roundTripsExactly();
    void savesReplaceTheWorkshop();
    void idsStayAllocatedAfterReopen();
    void undoneCaptureIsNotSaved();
    void deletedTouchpointKeepsItsInput();
    void saveAsKeepsTheWorkshop();
    void realVersion2FileIsMigrated();
    void readOnlyOpenDoesNotMigrateVersion2();
    void version2WithWorkshopTablesIsRefused();
    void hostileWorkshopRows_data();
    void hostileWorkshopRows();

private:
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    QTemporaryDir m_dir;
};

void TestWorkshopStore::init()
{
    QVERIFY(m_dir.isValid());
    for (const QString &name : QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden))
        QFile::remove(m_dir.filePath(name));
}

void TestWorkshopStore::roundTripsExactly()
{
    const Journey journey = journeyWithWorkshop();
    // A new file (and autosave, which writes its recovery file the same way).
    DocumentFile::create(path("room.cxmap"), journey);
    const Journey back = DocumentFile::open(path("room.cxmap"), DocumentFile::Access::ReadOnly)->readJourney();
    QCOMPARE(back.workshop().sessions, journey.workshop().sessions);
    QCOMPARE(back.workshop().votes, journey.workshop().votes);
    QCOMPARE(back.workshop().notes, journey.workshop().notes);
    QCOMPARE(back, journey);
    // To the millisecond, and a time that was never given stays absent.
    QCOMPARE(back.workshop().votes.at(0).created.time().msec(), 250);
    QVERIFY(!back.workshop().sessions.at(1).started.isValid());
    QCOMPARE(back.workshop().votesFor(journey.touchpoints().at(2).id), 2);

    // The rows are in their own tables, none among the survey answers.
    std::unique_ptr<DocumentFile> file = DocumentFile::open(path("room.cxmap"), DocumentFile::Access::ReadOnly);
    QCOMPARE(rowCount(*file, "workshop_session"), 2);
    QCOMPARE(rowCount(*file, "workshop_vote"), 3);
    QCOMPARE(rowCount(*file, "workshop_note"), 3);
    QCOMPARE(rowCount(*file, "measurement"), 0);
    QCOMPARE(file->database().queryText("SELECT created FROM workshop_vote WHERE position = 0").value_or(QString()),
             QStringLiteral("2026-03-02T15:12:30.250Z"));
    QCOMPARE(file->database().queryText("SELECT kind FROM workshop_note WHERE position = 1").value_or(QString()),
             QStringLiteral("idea"));
}

void TestWorkshopStore::savesReplaceTheWorkshop()
{
    Journey journey = journeyWithWorkshop();
    std::unique_ptr<DocumentFile> file = DocumentFile::create(path("room.cxmap"), test::sampleJourney());
    QCOMPARE(rowCount(*file, "workshop_vote"), 0);
    file->saveJourney(journey);
    QCOMPARE(file->readJourney(), journey);

    // A vote taken back and a note rewritten: the next save holds exactly that.
    journey.workshop().votes.removeFirst();
    journey.workshop().notes[0].text = QStringLiteral("Card declined once");
    file->saveJourney(journey);
    QCOMPARE(file->readJourney(), journey);
    QCOMPARE(rowCount(*file, "workshop_vote"), 2);

    // Everything taken back: the tables are empty again.
    journey.workshop() = {};
    file->saveJourney(journey);
    QCOMPARE(file->readJourney(), journey);
    for (const char *table : {"workshop_session", "workshop_vote", "workshop_note"})
        QCOMPARE(rowCount(*file, table), 0);
}

void TestWorkshopStore::idsStayAllocatedAfterReopen()
{
    // A file whose stored counter lags behind (written by hand, say): the next ID handed out
    // must not be one a vote already has.
    Journey journey = journeyWithWorkshop();
    DocumentFile::create(path("room.cxmap"), journey);
    runSqlite(path("room.cxmap"), "UPDATE document SET value = '1' WHERE key = 'next_id'");
    const Journey back = DocumentFile::open(path("room.cxmap"), DocumentFile::Access::ReadOnly)->readJourney();
    qint64 highest = 0;
    for (const WorkshopNote &note : journey.workshop().notes)
        highest = std::max(highest, note.id);
    QVERIFY(back.nextId() > highest);
}

void TestWorkshopStore::undoneCaptureIsNotSaved()
{
    std::unique_ptr<DocumentFile> file = DocumentFile::create(path("room.cxmap"), test::sampleJourney());
    JourneyDocument document(file->readJourney());
    const TouchpointId checkout = document.journey().touchpoints().at(2).id;
    const WorkshopSession session{document.allocateId(), QStringLiteral("Workshop"), utc("2026-05-04T10:00:00.000Z")};
    document.undoStack()->push(new CaptureWorkshopInputCommand(
        &document, WorkshopVote{document.allocateId(), session.id, checkout, utc("2026-05-04T10:01:00.000Z")}, session));
    document.undoStack()->push(new CaptureWorkshopInputCommand(
        &document, WorkshopNote{document.allocateId(), session.id, checkout, NoteKind::Question,
                                QStringLiteral("Why two steps?"), utc("2026-05-04T10:02:00.000Z")}));

    file->saveJourney(document.journey());
    QCOMPARE(file->readJourney().workshop().votes.size(), 1);
    QCOMPARE(file->readJourney().workshop().notes.size(), 1);
    QCOMPARE(file->readJourney(), document.journey());

    // Undo both captures, save: nothing of them is left, not even the session they began.
    document.undoStack()->undo();
    document.undoStack()->undo();
    file->saveJourney(document.journey());
    QVERIFY(file->readJourney().workshop().isEmpty());
    QCOMPARE(rowCount(*file, "workshop_session"), 0);

    // Redo the vote, save, reopen: it is back as it was captured.
    document.undoStack()->redo();
    file->saveJourney(document.journey());
    file.reset();
    const Journey reopened = DocumentFile::open(path("room.cxmap"), DocumentFile::Access::ReadWrite)->readJourney();
    QCOMPARE(reopened.workshop().sessions, QList<WorkshopSession>{session});
    QCOMPARE(reopened.workshop().votesFor(checkout), 1);
    QVERIFY(reopened.workshop().notes.isEmpty());
}

void TestWorkshopStore::deletedTouchpointKeepsItsInput()
{
    // As with survey answers, deleting a card (undoably) does not delete what the room said
    // about it: a save in between must keep it, so that undo after reopening still finds it.
    std::unique_ptr<DocumentFile> file = DocumentFile::create(path("room.cxmap"), journeyWithWorkshop());
    JourneyDocument document(file->readJourney());
    const TouchpointId checkout = document.journey().touchpoints().at(2).id;
    document.undoStack()->push(new RemoveTouchpointsCommand(&document, {checkout}));
    QVERIFY(!document.journey().touchpoints().contains(checkout));
    file->saveJourney(document.journey());
    const Journey saved = file->readJourney();
    QCOMPARE(saved.workshop(), journeyWithWorkshop().workshop());
    QCOMPARE(saved.workshop().votesFor(checkout), 2);
    document.undoStack()->undo();
    file->saveJourney(document.journey());
    QCOMPARE(file->readJourney(), journeyWithWorkshop());
}

void TestWorkshopStore::saveAsKeepsTheWorkshop()
{
    std::unique_ptr<DocumentFile> source = DocumentFile::create(path("room.cxmap"), test::sampleJourney());
    const Journey journey = journeyWithWorkshop();
    std::unique_ptr<DocumentFile> copy = source->saveAs(path("copy.cxmap"), journey);
    QCOMPARE(copy->readJourney(), journey);
    // The source keeps its own (empty) workshop.
    QVERIFY(source->readJourney().workshop().isEmpty());
}

void TestWorkshopStore::realVersion2FileIsMigrated()
{
    // tests/data/store/version2.cxmap was written by cxmap before version 3 (see README.txt
    // there): a map, six answers and three aggregated rows with their n.
    const QString file = path("version2.cxmap");
    QVERIFY(QFile::copy(Version2File, file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    QFile original(file);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray version2 = original.readAll();
    original.close();
    {
        SqliteDatabase raw(file, SQLITE_OPEN_READONLY);
        QCOMPARE(raw.queryInt("PRAGMA user_version").value_or(0), 2);
    }

    std::unique_ptr<DocumentFile> migrated = DocumentFile::open(file, DocumentFile::Access::ReadWrite);
    SqliteDatabase &db = migrated->database();
    QCOMPARE(db.queryInt("PRAGMA user_version").value_or(0), qint64(Schema::CurrentVersion));
    QCOMPARE(Schema::CurrentVersion, 4);
    QCOMPARE(Schema::verify(db), QString());
    for (const char *table : {"workshop_session", "workshop_vote", "workshop_note"})
        QCOMPARE(rowCount(*migrated, table), 0);
    // The answers as they were, in the table of version 4: journey-level ones at touchpoint 0.
    QCOMPARE(db.queryInt("SELECT count(*) FROM measurement").value_or(-1), 6);
    QCOMPARE(db.queryInt("SELECT count(*) FROM measurement WHERE touchpoint_id = 0").value_or(-1), 2);
    // n may now be unknown.
    QVERIFY(db.queryText("SELECT sql FROM sqlite_schema WHERE name = 'aggregate'")
                .value_or(QString())
                .contains(QStringLiteral("n INTEGER CHECK (n IS NULL OR n > 0)")));

    // The map as it was written.
    const Journey journey = migrated->readJourney();
    QCOMPARE(journey.name(), QStringLiteral("version2"));
    QCOMPARE(journey.touchpoints().size(), 4);
    QCOMPARE(journey.transitions().size(), 3);
    QCOMPARE(journey.findTouchpointByName(QStringLiteral("Compare plans"))->target, std::optional<double>(70.0));
    QVERIFY(journey.workshop().isEmpty());

    // The backup is the file as it was, byte for byte.
    const QString backup = file + QStringLiteral(".v2.bak");
    QFile backupFile(backup);
    QVERIFY(backupFile.open(QIODevice::ReadOnly));
    QVERIFY(backupFile.readAll() == version2);

    // Every row of the map, the answers and the aggregated rows is what version 2 held.
    for (const char *table : {"document", "stage", "lane", "touchpoint", "transition", "metric", "segment",
                              "respondent", "batch", "aggregate"})
        QCOMPARE(rowsOf(file, table), rowsOf(backup, table));
    // Version 4 keeps the answers in score order with 0 for no touchpoint or no month, and
    // each one's place in the file (its old rowid) as its position.
    const QStringList answers = rowsOfQuery(backup, "SELECT batch_id, rowid, respondent_id, coalesce(touchpoint_id, 0),"
                                                    " metric_id, kind, segment_id, time, coalesce(month, 0), value"
                                                    " FROM measurement ORDER BY rowid");
    QCOMPARE(answers.size(), 6);
    QCOMPARE(rowsOfQuery(file, "SELECT batch_id, position, respondent_id, touchpoint_id, metric_id, kind, segment_id,"
                               " time, month, value FROM measurement ORDER BY batch_id, position"),
             answers);
    QCOMPARE(rowsOf(file, "aggregate").size(), 3);
    QCOMPARE(db.queryInt("SELECT sum(n) FROM aggregate").value_or(0), 412 + 120 + 950);
    QCOMPARE(rowsOf(file, "measurement").size(), 6);

    // The migrated file takes workshop input and opens read-only as any current file.
    Journey captured = journey;
    const qint64 session = captured.allocateId();
    captured.workshop().sessions.append(WorkshopSession{session, QStringLiteral("After the upgrade"), utc("2026-06-01T08:00:00.000Z")});
    captured.workshop().votes.append(WorkshopVote{captured.allocateId(), session, journey.touchpoints().at(0).id, QDateTime()});
    migrated->saveJourney(captured);
    migrated.reset();
    QCOMPARE(DocumentFile::open(file, DocumentFile::Access::ReadOnly)->readJourney(), captured);
}

void TestWorkshopStore::readOnlyOpenDoesNotMigrateVersion2()
{
    const QString file = path("version2.cxmap");
    QVERIFY(QFile::copy(Version2File, file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(openError(file), file + QStringLiteral(": it has the older format version 2; open it in cxmap to upgrade it "
                                                    "(a read-only command does not change it)"));
    QVERIFY(!QFile::exists(file + QStringLiteral(".v2.bak")));
    QFile copy(file);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    QFile original(Version2File);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QVERIFY(copy.readAll() == original.readAll());
}

void TestWorkshopStore::version2WithWorkshopTablesIsRefused()
{
    // A file that claims version 2 but has version 3's tables is not what version 2 made.
    const QString file = path("claims2.cxmap");
    DocumentFile::create(file, journeyWithWorkshop());
    runSqlite(file, "PRAGMA user_version = 2");
    const QString message = openError(file, DocumentFile::Access::ReadWrite);
    QVERIFY2(message.startsWith(file + QStringLiteral(": not a valid cxmap document: its table ")), qPrintable(message));
    QVERIFY(!message.contains(QLatin1Char('\n')));
    QVERIFY(!QFile::exists(file + QStringLiteral(".v2.bak")));
}

void TestWorkshopStore::hostileWorkshopRows_data()
{
    // A read-write open meets a broken CHECK in SQLite's integrity check; a read-only one (whose
    // schema SQLite reads without its CHECKs) in cxmap's value checks. Both refuse the file.
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("readOnly");
    QTest::addColumn<QString>("readWrite");
    const auto same = [](const char *tag, const char *sql, const QString &reason) {
        QTest::newRow(tag) << QByteArray(sql) << reason << reason;
    };
    same("vote of no session", "PRAGMA foreign_keys = OFF; UPDATE workshop_vote SET session_id = 999 WHERE position = 1",
         QStringLiteral("it is damaged: the workshop vote %1 belongs to a session that does not exist"));
    same("note of no session", "PRAGMA foreign_keys = OFF; UPDATE workshop_note SET session_id = 999 WHERE position = 0",
         QStringLiteral("it is damaged: the workshop note %2 belongs to a session that does not exist"));
    same("time that is no time", "UPDATE workshop_note SET created = '2026-13-45T99:00:00.000Z' WHERE position = 0",
         QStringLiteral("it is damaged: the workshop note %2 has a time that is not a date and time (\"2026-13-45T99:00:00.000Z\")"));
    QTest::newRow("note kind outside the CHECK")
        << QByteArray("PRAGMA ignore_check_constraints = ON; UPDATE workshop_note SET kind = 'praise' WHERE position = 0")
        << QStringLiteral("it is damaged: the workshop note %2 has a kind that is not pain_point, idea or question")
        << QStringLiteral("it is damaged (CHECK constraint failed in workshop_note)");
    QTest::newRow("time in another shape")
        << QByteArray("PRAGMA ignore_check_constraints = ON; UPDATE workshop_note SET created = '2026-03-02 09:07' WHERE position = 0")
        << QStringLiteral("it is damaged: the workshop note %2 has a time that is not a date and time (\"2026-03-02 09:07\")")
        << QStringLiteral("it is damaged (CHECK constraint failed in workshop_note)");
    // The same holds for the map's own CHECKs, which read-only commands did not see before.
    QTest::newRow("touchpoint kind outside the CHECK")
        << QByteArray("PRAGMA ignore_check_constraints = ON; UPDATE touchpoint SET kind = 'psychic' WHERE position = 1")
        << QStringLiteral("it is damaged: the touchpoint \"Compare plans\" has a kind that is neither direct nor indirect")
        << QStringLiteral("it is damaged (CHECK constraint failed in touchpoint)");
    QTest::newRow("target outside the CHECK")
        << QByteArray("PRAGMA ignore_check_constraints = ON; UPDATE touchpoint SET target = 250 WHERE position = 2")
        << QStringLiteral("it is damaged: the touchpoint \"Online checkout\" has a target outside 0–100")
        << QStringLiteral("it is damaged (CHECK constraint failed in touchpoint)");
    QTest::newRow("share outside the CHECK")
        << QByteArray("PRAGMA ignore_check_constraints = ON; UPDATE transition SET share = 1.5 WHERE position = 0")
        << QStringLiteral("it is damaged: the transition %3 has a share outside 0–1")
        << QStringLiteral("it is damaged (CHECK constraint failed in transition)");
}

void TestWorkshopStore::hostileWorkshopRows()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, readOnly);
    QFETCH(QString, readWrite);
    const QString file = path("hostile.cxmap");
    const Journey journey = journeyWithWorkshop();
    DocumentFile::create(file, journey);
    runSqlite(file, sql.constData());
    const auto expected = [&journey](QString reason) {
        reason.replace(QLatin1String("%1"), QString::number(journey.workshop().votes.at(1).id));
        reason.replace(QLatin1String("%2"), QString::number(journey.workshop().notes.at(0).id));
        reason.replace(QLatin1String("%3"), QString::number(journey.transitions().at(0).id.value()));
        return reason;
    };
    QCOMPARE(openError(file, DocumentFile::Access::ReadOnly), file + QStringLiteral(": ") + expected(readOnly));
    QCOMPARE(openError(file, DocumentFile::Access::ReadWrite), file + QStringLiteral(": ") + expected(readWrite));
}

QTEST_GUILESS_MAIN(TestWorkshopStore)
#include "tst_workshopstore.moc"
