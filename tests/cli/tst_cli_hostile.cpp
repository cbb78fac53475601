// Hostile and damaged files met through the real executable (issue 13): every one gets one line
// on stderr naming the file and the reason, never a crash, a hang or a changed file; read-only
// commands never write; and what a user can do next is said.
#include "rawsqlite.h"
#include "runcxmap.h"
#include "samplejourney.h"

#include "analysis/findings.h"
#include "analysis/findingscache.h"
#include "analysis/findingsjson.h"
#include "model/journey.h"
#include "store/documentfile.h"
#include "store/sqlitedb.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <QRandomGenerator>
#include <QRegularExpression>

#include <sqlite3.h>
#include <sys/file.h>
#include <sys/stat.h>

#include <cmath>

using cxmap::test::CliResult;
using cxmap::test::bytesOf;
using cxmap::test::runCxmap;
using cxmap::test::runSqlite;

namespace {

QByteArray digestOf(const QString &path)
{
    return QCryptographicHash::hash(bytesOf(path), QCryptographicHash::Sha256).toHex();
}

void verifyOneLineError(const CliResult &result, const QString &mustContain)
{
    QVERIFY2(result.exitCode > 0,
             qPrintable(QStringLiteral("exit %1: %2").arg(result.exitCode).arg(result.err)));
    QVERIFY2(result.err.endsWith(QLatin1Char('\n')) && result.err.count(QLatin1Char('\n')) == 1,
             qPrintable(QStringLiteral("stderr is not one line: [%1]").arg(result.err)));
    QVERIFY2(!result.err.contains(QLatin1Char('\x1b')), "an escape code reached the terminal");
    QVERIFY2(result.err.contains(mustContain), qPrintable(result.err));
}

QStringList sideFiles(const QString &folder)
{
    QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
    names.sort();
    return names;
}

} // namespace

class TestCliHostile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cacheNamingAnUnknownTouchpointIsRecomputed();
    void foreignConstraintNeverRuns();
    void damagedIndexIsRefused();
    void readOnlyCommandsNeverMigrate();
    void readOnlyCommandsNeverPlayAJournalBack();
    void foreignJournalIsNotPlayedBack();
    void damagedFilesSayWhatIsDamaged();
    void namesFromFilesAreEscaped();
    void killedWriterLeavesNoLitter();
    void importFromWhatIsNotAFile();
    void linkToADocument();
    void infiniteValuesNeverReachAStatistic();
    void impossibleMonthsAreLeftOut();
    void readOnlyCommandsLeaveTheFileAsItWas();

private:
    QString copyOfDemo(const QString &name);
    QString m_demo;
    QTemporaryDir m_dir;
    QString m_folder;
};

void TestCliHostile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo-original.cxmap"));
    const CliResult demo = runCxmap({QStringLiteral("demo"), m_demo});
    QCOMPARE(demo.exitCode, 0);
}

void TestCliHostile::init()
{
    // A folder per test, so that side files are easy to count.
    m_folder = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
    QVERIFY(QDir().mkpath(m_folder));
}

QString TestCliHostile::copyOfDemo(const QString &name)
{
    const QString path = m_folder + QLatin1Char('/') + name;
    QFile::remove(path);
    if (!QFile::copy(m_demo, path))
        return QString();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

// Defect 1: findings kept in the file named a touchpoint that is not on the map, and the text
// report dereferenced it.
void TestCliHostile::cacheNamingAnUnknownTouchpointIsRecomputed()
{
    const QString file = copyOfDemo(QStringLiteral("cached.cxmap"));
    const CliResult computed = runCxmap({QStringLiteral("analyze"), file});
    QCOMPARE(computed.exitCode, 0);
    {
        // What the editor does: keep the findings in the file.
        auto document = cxmap::DocumentFile::open(file, cxmap::DocumentFile::Access::ReadWrite);
        const cxmap::Journey journey = document->readJourney();
        cxmap::FindingsCache::findingsFor(*document, journey, {});
        // Then someone edits the kept findings: the first weakest link becomes a touchpoint
        // that is not on the map.
        cxmap::SqliteDatabase &db = document->database();
        QCOMPARE(db.queryInt("SELECT count(*) FROM analysis_cache").value_or(0), 1);
        QJsonObject result =
            QJsonDocument::fromJson(
                db.queryText("SELECT result FROM analysis_cache").value_or(QString()).toUtf8())
                .object();
        QJsonObject ids = result.value(QStringLiteral("ids")).toObject();
        QJsonArray weakest = ids.value(QStringLiteral("weakest_links")).toArray();
        QVERIFY(!weakest.isEmpty());
        weakest[0] = 999999;
        ids.insert(QStringLiteral("weakest_links"), weakest);
        result.insert(QStringLiteral("ids"), ids);
        cxmap::SqliteStatement update(db, "UPDATE analysis_cache SET result = ?");
        update.bind(1, QJsonDocument(result).toJson(QJsonDocument::Compact));
        update.run();
        QVERIFY(cxmap::FindingsCache::load(db, journey, {}) == std::nullopt);
    }
    const QByteArray before = digestOf(file);
    const CliResult report = runCxmap({QStringLiteral("analyze"), file});
    QCOMPARE(report.exitCode, 0);
    QCOMPARE(report.err, QString());
    // Recomputed: the same report as before the cache was written, with the file's name.
    QCOMPARE(report.out, computed.out);
    QCOMPARE(digestOf(file), before);
}

// Defect 2: a constraint in a foreign schema ran on every row during the integrity check, before
// the schema comparison refused the file.
void TestCliHostile::foreignConstraintNeverRuns()
{
    const QString file = copyOfDemo(QStringLiteral("constraint.cxmap"));
    // A constraint every stored answer breaks: had it run, the check would have said so.
    runSqlite(file, QStringLiteral(
                     "PRAGMA writable_schema = ON;"
                     "UPDATE sqlite_schema SET sql = replace(sql, 'value REAL NOT NULL,',"
                     " 'value REAL NOT NULL CHECK (value < -1000),') WHERE name = 'measurement';"));
    const QByteArray before = digestOf(file);
    for (const char *command : {"info", "analyze"}) {
        const CliResult result = runCxmap({QString::fromLatin1(command), file});
        verifyOneLineError(result,
                           file + QStringLiteral(": not a valid cxmap document: its table "
                                                 "\"measurement\" is not what cxmap creates"));
    }
    verifyOneLineError(runCxmap({QStringLiteral("import"), file, m_demo}),
                       QStringLiteral("its table \"measurement\" is not what cxmap creates"));
    QCOMPARE(digestOf(file), before);
}

// Defect 4: a quick check does not compare indexes with their tables; a damaged answer index
// changed what analyze reported. Since format 4 the respondents' answers have no index of their
// own (the table is in score order); the aggregated answers' index is damaged the same way.
void TestCliHostile::damagedIndexIsRefused()
{
    const QString file = copyOfDemo(QStringLiteral("index.cxmap"));
    runSqlite(file, QStringLiteral("INSERT INTO aggregate (batch_id, metric_id, kind, n, mean) VALUES (1, 1, 0, 120, 4.1);"));
    // Hide the index, move the aggregated row to another batch, and put the index back as it
    // was: it now disagrees with the table, while every page stays well-formed.
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(file.toUtf8().constData(), &db), SQLITE_OK);
    sqlite3_stmt *query = nullptr;
    QCOMPARE(sqlite3_prepare_v2(
                 db, "SELECT rootpage, sql FROM sqlite_schema WHERE name = 'aggregate_batch'", -1,
                 &query, nullptr),
             SQLITE_OK);
    QCOMPARE(sqlite3_step(query), SQLITE_ROW);
    const qint64 rootPage = sqlite3_column_int64(query, 0);
    const QByteArray sql(reinterpret_cast<const char *>(sqlite3_column_text(query, 1)));
    sqlite3_finalize(query);
    sqlite3_close(db);
    runSqlite(file, QStringLiteral("PRAGMA writable_schema = ON; DELETE FROM sqlite_schema WHERE name "
                                "= 'aggregate_batch';"));
    runSqlite(file, QStringLiteral("UPDATE aggregate SET batch_id = 2;"));
    runSqlite(file, QStringLiteral("PRAGMA writable_schema = ON; INSERT INTO sqlite_schema VALUES "
                                "('index', 'aggregate_batch', 'aggregate', %1, '%2');")
                     .arg(rootPage)
                     .arg(QString::fromUtf8(sql)));

    const QByteArray before = digestOf(file);
    for (const char *command : {"info", "analyze"})
        verifyOneLineError(runCxmap({QString::fromLatin1(command), file}),
                           file + QStringLiteral(": it is damaged (row "));
    const CliResult result = runCxmap({QStringLiteral("analyze"), file});
    QVERIFY2(result.err.contains(QStringLiteral("aggregate_batch")), qPrintable(result.err));
    QCOMPARE(digestOf(file), before);
}

// Defect 5: `info` migrated a foreign file that claimed to be format 1, committed it, then
// refused it, leaving a backup beside it.
void TestCliHostile::readOnlyCommandsNeverMigrate()
{
    const QString foreign = m_folder + QStringLiteral("/foreign.cxmap");
    runSqlite(foreign, QStringLiteral("PRAGMA application_id = %1; PRAGMA user_version = 1;"
                                   "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);")
                        .arg(0x43584D50));
    const QByteArray foreignBefore = bytesOf(foreign);
    // The export goes elsewhere, so that the folder shows anything a command leaves beside the file.
    QTemporaryDir exports;
    QVERIFY(exports.isValid());
    const QString report = exports.filePath(QStringLiteral("report.pdf"));
    for (const char *command : {"info", "analyze", "export", "import"}) {
        QStringList arguments{QString::fromLatin1(command), foreign};
        if (qstrcmp(command, "import") == 0)
            arguments << m_demo;
        if (qstrcmp(command, "export") == 0)
            arguments << QStringLiteral("--pdf") << report;
        verifyOneLineError(runCxmap(arguments),
                           foreign + QStringLiteral(": not a valid cxmap document: "));
    }
    QVERIFY(bytesOf(foreign) == foreignBefore);
    QCOMPARE(sideFiles(m_folder), QStringList{QStringLiteral("foreign.cxmap")});
    QVERIFY(!QFile::exists(report));

    // A genuine format-1 file: read-only commands leave it as it is and say how to upgrade it;
    // a writing command upgrades it after a backup.
    const QString old = copyOfDemo(QStringLiteral("version1.cxmap"));
    runSqlite(old, cxmap::test::DowngradeToVersion1);
    const QByteArray oldBefore = bytesOf(old);
    for (const char *command : {"info", "analyze", "export"}) {
        QStringList arguments{QString::fromLatin1(command), old};
        if (qstrcmp(command, "export") == 0)
            arguments << QStringLiteral("--pdf") << report;
        verifyOneLineError(
            runCxmap(arguments),
            old + QStringLiteral(
                      ": it has the older format version 1; open it in cxmap to upgrade it"));
    }
    QVERIFY(bytesOf(old) == oldBefore);
    QVERIFY(!QFile::exists(old + QStringLiteral(".v1.bak")));
    QVERIFY(!QFile::exists(report));
    const CliResult removed =
        runCxmap({QStringLiteral("import"), old, QStringLiteral("--remove"), QStringLiteral("1")});
    QCOMPARE(removed.err, QString());
    QVERIFY(bytesOf(old + QStringLiteral(".v1.bak")) == oldBefore);
    QCOMPARE(runCxmap({QStringLiteral("info"), old}).exitCode, 0);
}

namespace {

// What a save killed half-way leaves: the file with some pages of the new map written, and the
// journal holding the old ones. Made by copying both while a transaction of cxmap's own (which
// journals the document's identity, as every save and import does) has spilled its pages into
// the file.
void makeInterruptedSave(const QString &source, const QString &target)
{
    QFile::remove(target);
    QFile::remove(target + QStringLiteral("-journal"));
    {
        auto document = cxmap::DocumentFile::open(source, cxmap::DocumentFile::Access::ReadWrite);
        cxmap::SqliteDatabase &db = document->database();
        db.execute("PRAGMA cache_size = 2");
        cxmap::SqliteTransaction transaction(db);
        db.execute("UPDATE touchpoint SET name = name || ' (renamed)', description = hex(randomblob(500));"
                   " DELETE FROM measurement WHERE position % 3 = 0;");
        QVERIFY(QFile::copy(source, target));
        QVERIFY(QFile::copy(source + QStringLiteral("-journal"), target + QStringLiteral("-journal")));
    } // rolled back and closed
    QVERIFY(!QFile::exists(source + QStringLiteral("-journal")));
    QVERIFY(bytesOf(target) != bytesOf(source));
}

} // namespace

// Defect 6 (first half): `info` played a journal back. Read-only commands now refuse and name
// it; a writing command recovers the save.
void TestCliHostile::readOnlyCommandsNeverPlayAJournalBack()
{
    const QString scratch = copyOfDemo(QStringLiteral("scratch.cxmap"));
    const QString file = m_folder + QStringLiteral("/interrupted.cxmap");
    makeInterruptedSave(scratch, file);
    const QString journal = file + QStringLiteral("-journal");
    const QByteArray before = bytesOf(file);
    const QByteArray journalBefore = bytesOf(journal);
    QTemporaryDir exports;
    QVERIFY(exports.isValid());
    for (const char *command : {"info", "analyze", "export"}) {
        QStringList arguments{QString::fromLatin1(command), file};
        if (qstrcmp(command, "export") == 0)
            arguments << QStringLiteral("--pdf") << exports.filePath(QStringLiteral("report.pdf"));
        verifyOneLineError(runCxmap(arguments),
                           file +
                               QStringLiteral(": an interrupted save left a journal beside it (") +
                               journal + QStringLiteral("); open it in cxmap to recover it"));
    }
    QVERIFY(bytesOf(file) == before);
    QVERIFY(bytesOf(journal) == journalBefore);

    // A writer (the editor, an import) recovers it: the map as it was before that save.
    const CliResult removed =
        runCxmap({QStringLiteral("import"), file, QStringLiteral("--remove"), QStringLiteral("1")});
    QCOMPARE(removed.err, QString());
    QCOMPARE(removed.exitCode, 0);
    QVERIFY(!QFile::exists(journal));
    const CliResult info = runCxmap({QStringLiteral("info"), file, QStringLiteral("--json")});
    QCOMPARE(info.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(info.out.toUtf8()).object();
    QVERIFY(!object.value(QStringLiteral("touchpoints")).toArray().isEmpty());
    for (const QJsonValue &touchpoint : object.value(QStringLiteral("touchpoints")).toArray())
        QVERIFY2(!touchpoint.toObject()
                      .value(QStringLiteral("name"))
                      .toString()
                      .endsWith(QStringLiteral("(renamed)")),
                 "the interrupted save was not rolled back");
    QCOMPARE(sideFiles(m_folder), cxmap::test::strings({"interrupted.cxmap", "scratch.cxmap"}));
}

// Defect 6 (second half): a hot journal of another document beside a valid map destroyed it
// when played back. Read-only commands refuse; a writer plays it back, sees that the result is
// not this document, and puts both back as they were.
void TestCliHostile::foreignJournalIsNotPlayedBack()
{
    const QString other = copyOfDemo(QStringLiteral("other.cxmap"));
    const QString otherCopy = m_folder + QStringLiteral("/other-interrupted.cxmap");
    makeInterruptedSave(other, otherCopy);
    const QString file = m_folder + QStringLiteral("/map.cxmap");
    QCOMPARE(runCxmap({QStringLiteral("demo"), file}).exitCode, 0); // its own random key
    const QString journal = file + QStringLiteral("-journal");
    QVERIFY(QFile::rename(otherCopy + QStringLiteral("-journal"), journal));
    const QByteArray before = bytesOf(file);
    const QByteArray journalBefore = bytesOf(journal);

    verifyOneLineError(runCxmap({QStringLiteral("info"), file}),
                       QStringLiteral("an interrupted save left a journal beside it"));
    const CliResult import =
        runCxmap({QStringLiteral("import"), file, QStringLiteral("--remove"), QStringLiteral("1")});
    verifyOneLineError(import,
                       file + QStringLiteral(": the journal an interrupted save left beside it (") +
                           journal + QStringLiteral(") does not restore it ("));
    QVERIFY2(import.err.contains(QStringLiteral(
                 "both were left as they were: move the journal away to open the file without it")),
             qPrintable(import.err));
    QVERIFY(bytesOf(file) == before);
    QVERIFY(bytesOf(journal) == journalBefore);
    QCOMPARE(sideFiles(m_folder), cxmap::test::strings({"map.cxmap", "map.cxmap-journal",
                                                        "other-interrupted.cxmap", "other.cxmap"}));

    // Moved away, as the message says: the map opens as it was.
    QVERIFY(QFile::remove(journal));
    QCOMPARE(runCxmap({QStringLiteral("info"), file}).exitCode, 0);
}

// Defect 6 (the message): damaged files were refused as "it is damaged (*** in database main
// ***)", a heading that says nothing.
void TestCliHostile::damagedFilesSayWhatIsDamaged()
{
    const QString file = copyOfDemo(QStringLiteral("scribbled.cxmap"));
    // Noise over a few pages in the middle of the file, as a lost or misdirected write leaves.
    {
        QFile raw(file);
        QVERIFY(raw.open(QIODevice::ReadWrite));
        QByteArray noise(4096 * 3, '\0');
        QRandomGenerator generator(42);
        for (char &byte : noise)
            byte = char(generator.bounded(256));
        QVERIFY(raw.seek((raw.size() / 4096 / 2) * 4096));
        raw.write(noise);
    }
    const QByteArray before = bytesOf(file);
    const CliResult result = runCxmap({QStringLiteral("info"), file});
    verifyOneLineError(result, file + QStringLiteral(": "));
    const QRegularExpressionMatch reason =
        QRegularExpression(QStringLiteral("damaged \\((.+)\\)\\n$")).match(result.err);
    QVERIFY2(reason.hasMatch(), qPrintable(result.err));
    QVERIFY2(!reason.captured(1).contains(QStringLiteral("***")) && reason.captured(1).size() > 10,
             qPrintable(result.err));
    QVERIFY(bytesOf(file) == before);
}

// Defect 7: names from the file or the CSV were printed raw, so a newline split the one-line
// error and escape codes reached the terminal.
void TestCliHostile::namesFromFilesAreEscaped()
{
    const QString file = copyOfDemo(QStringLiteral("names.cxmap"));
    runSqlite(file, QStringLiteral("CREATE TABLE \"evil\nline\x1b[31mred\" (x);"));
    const CliResult info = runCxmap({QStringLiteral("info"), file});
    verifyOneLineError(
        info, QStringLiteral("its table \"evil\\nline\\x1b[31mred\" is not what cxmap creates"));

    // A touchpoint name in a CSV.
    const QString map = copyOfDemo(QStringLiteral("map.cxmap"));
    const QString csv = m_folder + QStringLiteral("/answers.csv");
    QFile out(csv);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("respondent,timestamp,segment,touchpoint,metric,value\n"
              "r1,2026-01-05,Business,\"Web\nsite\x1b]0;owned\x07\",csat,4\n");
    out.close();
    const CliResult import = runCxmap({QStringLiteral("import"), map, csv});
    verifyOneLineError(import,
                       QStringLiteral("unknown touchpoint \"Web\\nsite\\x1b]0;owned\\x07\""));
    QVERIFY(!import.err.contains(QLatin1Char('\x07')));

    // A touchpoint named that way on the map: the reports escape it too.
    runSqlite(map, QStringLiteral("UPDATE touchpoint SET name = 'Shop\x1b[2J' || char(10) || 'floor' "
                               "WHERE position = 0;"));
    for (const char *command : {"info", "analyze"}) {
        const CliResult report = runCxmap({QString::fromLatin1(command), map});
        QCOMPARE(report.exitCode, 0);
        QVERIFY2(!report.out.contains(QLatin1Char('\x1b')), command);
        QVERIFY2(report.out.contains(QStringLiteral("Shop\\x1b[2J\\nfloor")) ||
                     qstrcmp(command, "info") == 0,
                 command);
    }
}

// Defect 9: a `demo F --force` killed mid-write left a hidden ".F.xxxxxxxx.saving" that nothing
// removed. The next writer of F removes what killed writers left, and only that.
void TestCliHostile::killedWriterLeavesNoLitter()
{
    const QString file = m_folder + QStringLiteral("/d.cxmap");
    QCOMPARE(runCxmap({QStringLiteral("demo"), file}).exitCode, 0);
    // A writer killed mid-write, for real: the temporary exists, and then nobody holds it.
    QProcess killed;
    killed.start(QStringLiteral(CXMAP_EXECUTABLE),
                 {QStringLiteral("demo"), file, QStringLiteral("--force")});
    QVERIFY(killed.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(sideFiles(m_folder).size() > 1, 60000);
    killed.kill();
    QVERIFY(killed.waitForFinished());
    QVERIFY(sideFiles(m_folder).size() > 1);

    // And some left by older runs, beside one that is still being written (held by us).
    const auto plant = [this](const char *name) {
        QFile planted(m_folder + QLatin1Char('/') + QLatin1String(name));
        QVERIFY(planted.open(QIODevice::WriteOnly));
        planted.write("SQLite format 3");
    };
    plant(".d.cxmap.0badf00d.saving");
    plant(".d.cxmap.0badf00d.saving-journal");
    plant(".d.cxmap.12345678.saving-journal");
    plant(".d.cxmap.notours.saving");
    plant(".d.cxmap.cafebabe.saving");
    QFile held(m_folder + QStringLiteral("/.d.cxmap.cafebabe.saving"));
    QVERIFY(held.open(QIODevice::ReadOnly));
    QCOMPARE(::flock(held.handle(), LOCK_EX | LOCK_NB), 0);

    const CliResult again = runCxmap({QStringLiteral("demo"), file, QStringLiteral("--force")});
    QCOMPARE(again.err, QString());
    QCOMPARE(sideFiles(m_folder), cxmap::test::strings({".d.cxmap.cafebabe.saving",
                                                        ".d.cxmap.notours.saving", "d.cxmap"}));
    held.close();
    // An import (a writer that opens the file) clears them too.
    QVERIFY(QFile::remove(m_folder + QStringLiteral("/.d.cxmap.notours.saving")));
    QCOMPARE(
        runCxmap({QStringLiteral("import"), file, QStringLiteral("--remove"), QStringLiteral("1")})
            .exitCode,
        0);
    QCOMPARE(sideFiles(m_folder), QStringList{QStringLiteral("d.cxmap")});
}

// Defect 10: /dev/zero, a FIFO or a folder as the data file were all "no such file".
void TestCliHostile::importFromWhatIsNotAFile()
{
    const QString file = copyOfDemo(QStringLiteral("d.cxmap"));
    const QString fifo = m_folder + QStringLiteral("/pipe.csv");
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QByteArray before = digestOf(file);
    verifyOneLineError(runCxmap({QStringLiteral("import"), file, QStringLiteral("/dev/zero")}),
                       QStringLiteral("/dev/zero: is a device, not a file"));
    verifyOneLineError(runCxmap({QStringLiteral("import"), file, fifo}),
                       fifo + QStringLiteral(": is a named pipe (FIFO), not a file"));
    verifyOneLineError(runCxmap({QStringLiteral("import"), file, m_folder}),
                       m_folder + QStringLiteral(": is a folder, not a file"));
    verifyOneLineError(
        runCxmap({QStringLiteral("import"), file, m_folder + QStringLiteral("/missing.csv")}),
        QStringLiteral("missing.csv: no such file"));
    verifyOneLineError(
        runCxmap({QStringLiteral("import"), file, m_demo, QStringLiteral("--mapping"), fifo}),
        fifo + QStringLiteral(": is a named pipe (FIFO), not a file"));
    verifyOneLineError(runCxmap({QStringLiteral("info"), fifo}),
                       fifo + QStringLiteral(": is a named pipe (FIFO), not a file"));
    verifyOneLineError(runCxmap({QStringLiteral("info"), QStringLiteral("/dev/zero")}),
                       QStringLiteral("/dev/zero: is a device, not a file"));
    QCOMPARE(digestOf(file), before);
}

// Defect 10: a link to a valid map was refused as "unable to open database file".
void TestCliHostile::linkToADocument()
{
    const QString target = copyOfDemo(QStringLiteral("real.cxmap"));
    const QString link = m_folder + QStringLiteral("/link.cxmap");
    QVERIFY(QFile::link(target, link));
    const CliResult info = runCxmap({QStringLiteral("info"), link});
    QCOMPARE(info.err, QString());
    QVERIFY2(info.out.startsWith(link + QStringLiteral(" — ")), qPrintable(info.out));
    QCOMPARE(runCxmap({QStringLiteral("analyze"), link, QStringLiteral("--json")}).exitCode, 0);
    // A writer writes the file the link leads to, and the link stays a link.
    const CliResult removed =
        runCxmap({QStringLiteral("import"), link, QStringLiteral("--remove"), QStringLiteral("1")});
    QCOMPARE(removed.err, QString());
    QVERIFY(QFileInfo(link).isSymLink());
    const CliResult after = runCxmap({QStringLiteral("info"), target, QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(after.out.toUtf8())
                 .object()
                 .value(QStringLiteral("measurements"))
                 .toInteger(),
             0);
    const CliResult demo = runCxmap({QStringLiteral("demo"), link, QStringLiteral("--force")});
    QCOMPARE(demo.err, QString());
    QVERIFY(QFileInfo(link).isSymLink());
    QCOMPARE(sideFiles(m_folder), cxmap::test::strings({"link.cxmap", "real.cxmap"}));

    const QString dangling = m_folder + QStringLiteral("/dangling.cxmap");
    QVERIFY(QFile::link(m_folder + QStringLiteral("/gone.cxmap"), dangling));
    verifyOneLineError(runCxmap({QStringLiteral("info"), dangling}),
                       QStringLiteral("which does not exist"));
}

namespace {

QJsonObject analyzeJson(const QString &file)
{
    const CliResult result = runCxmap({QStringLiteral("analyze"), file, QStringLiteral("--json")});
    if (result.exitCode != 0)
        qWarning("%s", qPrintable(result.err));
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

} // namespace

// Defect 10: infinite values planted in a file gave NaN correlations printed as "0.00" and
// marked valid, or every performance null. They are now left out, as if they were not there.
void TestCliHostile::infiniteValuesNeverReachAStatistic()
{
    const QString planted = copyOfDemo(QStringLiteral("planted.cxmap"));
    const QString without = copyOfDemo(QStringLiteral("without.cxmap"));
    // Some touchpoint answers and some outcome answers become infinite or far off their scale.
    const QString chosen = QStringLiteral("position % 97 = 0");
    runSqlite(planted,
           QStringLiteral(
               "UPDATE measurement SET value = 9e999 WHERE %1 AND touchpoint_id <> 0;"
               "UPDATE measurement SET value = -9e999 WHERE %1 AND touchpoint_id = 0;"
               "UPDATE measurement SET value = 1e300 WHERE position % 101 = 0;")
               .arg(chosen));
    runSqlite(without,
           QStringLiteral("DELETE FROM measurement WHERE %1 OR position % 101 = 0;").arg(chosen));

    QJsonObject withPlanted = analyzeJson(planted);
    QJsonObject withoutThem = analyzeJson(without);
    const QJsonArray touchpoints = withPlanted.value(QStringLiteral("touchpoints")).toArray();
    QVERIFY(!touchpoints.isEmpty());
    int important = 0;
    for (const QJsonValue &value : touchpoints) {
        const QJsonObject touchpoint = value.toObject();
        QVERIFY2(touchpoint.value(QStringLiteral("performance")).isDouble(),
                 qPrintable(touchpoint.value(QStringLiteral("name")).toString()));
        if (touchpoint.value(QStringLiteral("importance")).isDouble()) {
            ++important;
            QVERIFY(std::abs(touchpoint.value(QStringLiteral("importance")).toDouble()) <= 1.0);
        }
    }
    QVERIFY2(important > 0, "no touchpoint has an importance");
    // The same findings as without those answers, with a note saying they were left out.
    const QStringList notes = withPlanted.take(QStringLiteral("notes")).toVariant().toStringList();
    QVERIFY2(
        !notes
             .filter(QStringLiteral(
                 " stored answers lie outside their metric's scale or outside the years 1800–2999"))
             .isEmpty(),
        qPrintable(notes.join(QLatin1Char('\n'))));
    const QStringList notesWithout =
        withoutThem.take(QStringLiteral("notes")).toVariant().toStringList();
    QCOMPARE(notes.size(), notesWithout.size() + 1);
    QCOMPARE(withPlanted.value(QStringLiteral("touchpoints")),
             withoutThem.value(QStringLiteral("touchpoints")));
    QCOMPARE(withPlanted.value(QStringLiteral("moments_of_truth")),
             withoutThem.value(QStringLiteral("moments_of_truth")));
    QCOMPARE(withPlanted.value(QStringLiteral("weakest_links")),
             withoutThem.value(QStringLiteral("weakest_links")));

    const CliResult report = runCxmap({QStringLiteral("analyze"), planted});
    QCOMPARE(report.exitCode, 0);
    QVERIFY2(!report.out.contains(QRegularExpression(QStringLiteral("\\b(nan|-?inf)\\b"),
                                                     QRegularExpression::CaseInsensitiveOption)),
             qPrintable(report.out));

    // Infinite numbers in the map itself: the file is damaged.
    const QString map = copyOfDemo(QStringLiteral("map.cxmap"));
    runSqlite(map, QStringLiteral("UPDATE touchpoint SET x = 9e999 WHERE position = 0;"));
    verifyOneLineError(runCxmap({QStringLiteral("info"), map}),
                       QStringLiteral("it is damaged: the touchpoint \""));
    const QString scale = copyOfDemo(QStringLiteral("scale.cxmap"));
    runSqlite(scale, QStringLiteral("UPDATE metric SET max = 9e999 WHERE name = 'csat';"));
    verifyOneLineError(
        runCxmap({QStringLiteral("analyze"), scale}),
        QStringLiteral(
            "it is damaged: the metric \"csat\" has a scale that is not a usable range"));
}

// Defect 10: a huge month printed as "768614336404564650-08".
void TestCliHostile::impossibleMonthsAreLeftOut()
{
    const QString planted = copyOfDemo(QStringLiteral("months.cxmap"));
    const QString without = copyOfDemo(QStringLiteral("without.cxmap"));
    runSqlite(planted,
           QStringLiteral("UPDATE measurement SET month = 9223372036854775807 WHERE position % 50 = 0;"
                          "UPDATE measurement SET month = -5 WHERE position % 51 = 0;"));
    runSqlite(without,
           QStringLiteral("DELETE FROM measurement WHERE position % 50 = 0 OR position % 51 = 0;"));
    QJsonObject withPlanted = analyzeJson(planted);
    QJsonObject withoutThem = analyzeJson(without);
    const QJsonObject basis = withPlanted.value(QStringLiteral("basis")).toObject();
    QCOMPARE(basis, withoutThem.value(QStringLiteral("basis")).toObject());
    QVERIFY2(QRegularExpression(QStringLiteral("^20\\d\\d-\\d\\d$"))
                 .match(basis.value(QStringLiteral("last_month")).toString())
                 .hasMatch(),
             qPrintable(basis.value(QStringLiteral("last_month")).toString()));
    QCOMPARE(withPlanted.value(QStringLiteral("touchpoints")),
             withoutThem.value(QStringLiteral("touchpoints")));
    const CliResult report = runCxmap({QStringLiteral("analyze"), planted});
    QVERIFY2(!report.out.contains(QStringLiteral("768614336404564650")), qPrintable(report.out));
}

// The guarantee behind defects 5 and 6: info and analyze open the file read-only and write
// nothing, beside it or into it, even when findings could be kept.
void TestCliHostile::readOnlyCommandsLeaveTheFileAsItWas()
{
    const QString file = copyOfDemo(QStringLiteral("d.cxmap"));
    const QByteArray before = bytesOf(file);
    const QFileInfo info(file);
    const QDateTime modified = info.lastModified();
    for (const QStringList &arguments :
         {QStringList{QStringLiteral("info"), file},
          QStringList{QStringLiteral("info"), file, QStringLiteral("--json")},
          QStringList{QStringLiteral("analyze"), file},
          QStringList{QStringLiteral("analyze"), file, QStringLiteral("--json"),
                      QStringLiteral("--segment"), QStringLiteral("Business")}}) {
        const CliResult result = runCxmap(arguments);
        QCOMPARE(result.exitCode, 0);
    }
    QVERIFY(bytesOf(file) == before);
    QCOMPARE(QFileInfo(file).lastModified(), modified);
    QCOMPARE(sideFiles(m_folder), QStringList{QStringLiteral("d.cxmap")});
}

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_cli_hostile.moc"
