// The .cxmap store (DESIGN §4): round trips, every refusal with its one-line message, and
// saves that fail or are killed half-way leaving the previous file intact.
#include "fullvfs.h"
#include "analysis/analysisrequest.h"
#include "analysis/findings.h"
#include "analysis/findingsjson.h"
#include "demo/demodocument.h"
#include "model/journey.h"
#include "rawsqlite.h"
#include "samplejourney.h"
#include "store/datatables.h"
#include "store/documentfile.h"
#include "store/journalrecovery.h"
#include "store/lockfile.h"
#include "store/measurementwriter.h"
#include "store/schema.h"

#include <QDir>
#include <QJsonDocument>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <sys/stat.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>

using namespace cxmap;
using cxmap::test::runSqlite;

namespace {

// Two maps big enough that saving one takes a while, so a kill lands mid-save.
Journey bigJourney(int variant)
{
    Journey journey = test::sampleJourney();
    journey.setName(QStringLiteral("variant %1").arg(variant));
    for (int i = 0; i < 4000; ++i) {
        Touchpoint touchpoint;
        touchpoint.id = TouchpointId(journey.allocateId());
        touchpoint.stage = journey.stages().at(i % 7).id;
        touchpoint.lane = journey.lanes().at((i / 7) % 7).id;
        touchpoint.name = QStringLiteral("Touchpoint %1 of variant %2").arg(i).arg(variant);
        touchpoint.description = QString(200, QLatin1Char('a' + char(variant)));
        journey.touchpoints().append(touchpoint);
    }
    return journey;
}

QString openError(const QString &path, DocumentFile::Access access = DocumentFile::Access::ReadOnly)
{
    try {
        // What a user does: open it and read the map.
        DocumentFile::open(path, access)->readJourney();
    } catch (const DocumentError &error) {
        return error.message();
    }
    return QString();
}

// The child side of killedMidSave(): saves `variant` once over the file, killed by the test VFS
// at write `killAt` (half-written when `torn`).
int saveKilledAt(const QString &path, int variant, long long killAt, bool torn)
{
    test::installFullDiskVfs();
    const Journey journey = bigJourney(variant);
    std::unique_ptr<DocumentFile> file = DocumentFile::open(path, DocumentFile::Access::ReadWrite);
    test::resetWriteCount();
    test::killAtWrite(killAt, torn);
    file->saveJourney(journey);
    return 0;
}

// The child side of emptyLockOfALiveWriterIsRespected(): holds the document open for writing
// until its input closes.
int holdOpen(const QString &path)
{
    std::unique_ptr<DocumentFile> file = DocumentFile::open(path, DocumentFile::Access::ReadWrite);
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    char buffer[16];
    while (std::fread(buffer, 1, sizeof buffer, stdin) > 0) {
    }
    return 0;
}

} // namespace

class TestDocumentFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createAndReopen();
    void headerIdentifiesTheFormat();
    void noSideFilesWhileIdle();
    void createRefusesToReplace();
    void refusals_data();
    void refusals();
    void foreignObjectsAreRefused_data();
    void foreignObjectsAreRefused();
    void secondWriterIsRefused();
    void staleLockIsTakenOver();
    void readOnlyFile();
    void readOnlyFolder();
    void fullDiskDuringSave();
    void fullDiskDuringCreate();
    void killedMidSave();
    void emptyLockOfALiveWriterIsRespected();
    void olderFormatIsMigratedAfterABackup();
    void migratedAnswersAnalyseAsBefore();
    void saveAsCopiesTheAnswers();
    void monthIndex_data();
    void monthIndex();

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromUtf8(name)); }
};

void TestDocumentFile::init()
{
    QVERIFY(m_dir.isValid());
    test::installFullDiskVfs();
    test::setWriteBudget(-1);
}

void TestDocumentFile::createAndReopen()
{
    const Journey journey = test::sampleJourney();
    const QString file = path("roundtrip.cxmap");
    DocumentFile::create(file, journey);
    std::unique_ptr<DocumentFile> reopened = DocumentFile::open(file, DocumentFile::Access::ReadOnly);
    const Journey loaded = reopened->readJourney();
    QCOMPARE(loaded, journey);
    QCOMPARE(loaded.nextId(), journey.nextId());
    QCOMPARE(readMetrics(reopened->database()).size(), builtinMetrics().size());
}

void TestDocumentFile::headerIdentifiesTheFormat()
{
    const QString file = path("header.cxmap");
    DocumentFile::create(file, test::sampleJourney());
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray header = raw.read(100);
    QCOMPARE(header.left(16), QByteArray("SQLite format 3\0", 16));
    // Offsets 60 (user_version) and 68 (application_id), big-endian, per SQLite's file format.
    auto bigEndian = [&header](int offset) {
        return qint32((quint8(header[offset]) << 24) | (quint8(header[offset + 1]) << 16)
                      | (quint8(header[offset + 2]) << 8) | quint8(header[offset + 3]));
    };
    QCOMPARE(bigEndian(68), Schema::ApplicationId);
    QCOMPARE(bigEndian(60), Schema::CurrentVersion);
}

void TestDocumentFile::noSideFilesWhileIdle()
{
    const QString file = path("idle.cxmap");
    {
        std::unique_ptr<DocumentFile> document = DocumentFile::create(file, test::sampleJourney());
        document->saveJourney(bigJourney(1));
        const QStringList files = QDir(m_dir.path()).entryList({QStringLiteral("*idle*")}, QDir::Files | QDir::Hidden);
        QCOMPARE(files, test::strings({".idle.cxmap.lock", "idle.cxmap"}));
        QVERIFY(LockFile::readOwner(file).has_value());
        QCOMPARE(LockFile::readOwner(file)->pid, QCoreApplication::applicationPid());
    }
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*idle*")}, QDir::Files | QDir::Hidden),
             QStringList({QStringLiteral("idle.cxmap")}));
}

void TestDocumentFile::createRefusesToReplace()
{
    const QString file = path("existing.cxmap");
    DocumentFile::create(file, test::sampleJourney());
    try {
        DocumentFile::create(file, Journey::fromTemplate(Journey::Template::Empty));
        QFAIL("create replaced an existing file");
    } catch (const DocumentError &error) {
        QCOMPARE(error.message(), file + QStringLiteral(": already exists; choose another name"));
    }
    QCOMPARE(DocumentFile::open(file, DocumentFile::Access::ReadOnly)->readJourney(), test::sampleJourney());
}

void TestDocumentFile::refusals_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason");
    QTest::newRow("missing file") << QStringLiteral("missing.cxmap") << QStringLiteral("no such file");
    QTest::newRow("text file") << QStringLiteral("README.md") << QStringLiteral("not a cxmap document (it is not an SQLite database)");
    QTest::newRow("empty file") << QStringLiteral("empty.cxmap") << QStringLiteral("not a cxmap document (it is not an SQLite database)");
    QTest::newRow("other program's database") << QStringLiteral("other.sqlite") << QStringLiteral("not a cxmap document (it is an SQLite database of another program)");
    QTest::newRow("newer format") << QStringLiteral("newer.cxmap") << QStringLiteral("it was made by a newer cxmap (format version 99; this one reads up to %1); update cxmap to open it").arg(Schema::CurrentVersion);
    QTest::newRow("no format version") << QStringLiteral("unversioned.cxmap") << QStringLiteral("it has no valid format version");
    QTest::newRow("truncated") << QStringLiteral("truncated.cxmap") << QStringLiteral("damaged");
    QTest::newRow("scribbled page") << QStringLiteral("scribbled.cxmap") << QStringLiteral("damaged");
    QTest::newRow("missing table") << QStringLiteral("missingtable.cxmap") << QStringLiteral("of its tables or indexes are missing");
    QTest::newRow("broken reference") << QStringLiteral("dangling.cxmap") << QStringLiteral("it is damaged: touchpoint");
    QTest::newRow("folder") << QStringLiteral(".") << QStringLiteral("is a folder, not a cxmap document");
}

void TestDocumentFile::refusals()
{
    QFETCH(QString, name);
    QFETCH(QString, reason);
    const QString file = m_dir.filePath(name);

    const auto write = [&file](const QByteArray &bytes) {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(bytes);
    };
    if (name == QLatin1String("README.md"))
        write("# cxmap\n\nCustomer journey maps backed by measured experience.\n");
    else if (name == QLatin1String("empty.cxmap"))
        write(QByteArray());
    else if (name == QLatin1String("other.sqlite"))
        runSqlite(file, "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)");
    else if (name != QLatin1String("missing.cxmap") && name != QLatin1String("."))
        DocumentFile::create(file, bigJourney(1));

    if (name == QLatin1String("newer.cxmap"))
        runSqlite(file, "PRAGMA user_version = 99");
    if (name == QLatin1String("unversioned.cxmap"))
        runSqlite(file, "PRAGMA user_version = 0");
    if (name == QLatin1String("missingtable.cxmap"))
        runSqlite(file, "DROP TABLE aggregate");
    if (name == QLatin1String("dangling.cxmap"))
        runSqlite(file, "PRAGMA foreign_keys = OFF; UPDATE touchpoint SET stage_id = 999999 WHERE position = 0");
    if (name == QLatin1String("truncated.cxmap")) {
        QFile cut(file);
        QVERIFY(cut.resize(cut.size() / 2));
    }
    if (name == QLatin1String("scribbled.cxmap")) {
        // Overwrite a few pages in the middle of the touchpoint table with noise.
        QFile scribble(file);
        QVERIFY(scribble.open(QIODevice::ReadWrite));
        QByteArray noise(4096 * 3, '\0');
        QRandomGenerator generator(42);
        for (char &byte : noise)
            byte = char(generator.bounded(256));
        QVERIFY(scribble.seek((scribble.size() / 4096 / 2) * 4096));
        scribble.write(noise);
    }

    const QByteArray before = QFile::exists(file) && QFileInfo(file).isFile()
                                  ? [&file] { QFile in(file); in.open(QIODevice::ReadOnly); return in.readAll(); }()
                                  : QByteArray();
    for (DocumentFile::Access access : {DocumentFile::Access::ReadOnly, DocumentFile::Access::ReadWrite}) {
        const QString message = openError(file, access);
        QVERIFY2(message.startsWith(file + QStringLiteral(": ")), qPrintable(message));
        QVERIFY2(message.contains(reason), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1Char('\n')), "the message must be one line");
    }
    if (!before.isEmpty()) {
        QFile after(file);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QVERIFY2(after.readAll() == before, "a refused file must not be touched");
    }
    QVERIFY2(!QFile::exists(LockFile::lockPathFor(file)), "a refused file must not stay locked");
}

void TestDocumentFile::foreignObjectsAreRefused_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<QString>("reason");
    QTest::newRow("trigger") << QByteArray("CREATE TRIGGER wipe AFTER INSERT ON stage BEGIN DELETE FROM touchpoint; END")
                             << QStringLiteral("it contains a trigger \"wipe\" that cxmap does not create; it is refused for safety");
    QTest::newRow("view") << QByteArray("CREATE VIEW everything AS SELECT * FROM touchpoint")
                          << QStringLiteral("it contains a view \"everything\" that cxmap does not create; it is refused for safety");
    QTest::newRow("extra table") << QByteArray("CREATE TABLE payload (x)")
                                 << QStringLiteral("its table \"payload\" is not what cxmap creates");
    QTest::newRow("altered table") << QByteArray("ALTER TABLE stage ADD COLUMN colour TEXT")
                                   << QStringLiteral("its table \"stage\" is not what cxmap creates");
}

void TestDocumentFile::foreignObjectsAreRefused()
{
    QFETCH(QByteArray, sql);
    QFETCH(QString, reason);
    const QString file = path("foreign.cxmap");
    QFile::remove(file);
    DocumentFile::create(file, test::sampleJourney());
    runSqlite(file, sql.constData());
    QCOMPARE(openError(file), file + QStringLiteral(": not a valid cxmap document: ") + reason);
}

void TestDocumentFile::secondWriterIsRefused()
{
    const QString file = path("locked.cxmap");
    std::unique_ptr<DocumentFile> first = DocumentFile::create(file, test::sampleJourney());
    const QString message = openError(file, DocumentFile::Access::ReadWrite);
    QVERIFY2(message.startsWith(file + QStringLiteral(": it is open in another cxmap (")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("(process %1)").arg(QCoreApplication::applicationPid())), qPrintable(message));
    QVERIFY2(message.endsWith(QStringLiteral("open it read-only or as a copy")), qPrintable(message));
    // Reading alongside the writer is fine, and the writer keeps its lock.
    QCOMPARE(openError(file, DocumentFile::Access::ReadOnly), QString());
    QVERIFY(QFile::exists(LockFile::lockPathFor(file)));
    first.reset();
    QCOMPARE(openError(file, DocumentFile::Access::ReadWrite), QString());
}

void TestDocumentFile::staleLockIsTakenOver()
{
    const QString file = path("stale.cxmap");
    DocumentFile::create(file, test::sampleJourney());
    // A lock left by a process that has ended, on this machine.
    QProcess finished;
    finished.start(QStringLiteral("true"), {});
    QVERIFY(finished.waitForStarted());
    const qint64 deadPid = finished.processId();
    QVERIFY(finished.waitForFinished());
    QFile lock(LockFile::lockPathFor(file));
    QVERIFY(lock.open(QIODevice::WriteOnly));
    lock.write(QStringLiteral("cxmap document lock\nuser=ghost\nhost=%1\npid=%2\n")
                   .arg(QSysInfo::machineHostName()).arg(deadPid).toUtf8());
    lock.close();
    QCOMPARE(openError(file, DocumentFile::Access::ReadWrite), QString());

    // One from another machine is respected: we cannot tell whether it is alive.
    lock.open(QIODevice::WriteOnly);
    lock.write("cxmap document lock\nuser=alice\nhost=elsewhere.example\npid=1234\nsince=2026-11-20T09:00:00Z\n");
    lock.close();
    const QString message = openError(file, DocumentFile::Access::ReadWrite);
    QVERIFY2(message.contains(QStringLiteral("alice on elsewhere.example (process 1234)")), qPrintable(message));
    QFile::remove(LockFile::lockPathFor(file));
}

void TestDocumentFile::readOnlyFile()
{
    const QString file = path("readonly.cxmap");
    DocumentFile::create(file, test::sampleJourney());
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    QCOMPARE(openError(file, DocumentFile::Access::ReadWrite),
             file + QStringLiteral(": the file is read-only; open it read-only or save a copy"));
    std::unique_ptr<DocumentFile> reader = DocumentFile::open(file, DocumentFile::Access::ReadOnly);
    QCOMPARE(reader->readJourney(), test::sampleJourney());
    try {
        reader->saveJourney(bigJourney(1));
        QFAIL("saved into a read-only document");
    } catch (const DocumentError &error) {
        QCOMPARE(error.message(), file + QStringLiteral(": cannot save: it was opened read-only"));
    }
    reader.reset();
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
    QCOMPARE(DocumentFile::open(file, DocumentFile::Access::ReadOnly)->readJourney(), test::sampleJourney());
}

void TestDocumentFile::readOnlyFolder()
{
    const QString folder = path("sealed");
    QVERIFY(QDir().mkpath(folder));
    const QString file = folder + QStringLiteral("/map.cxmap");
    DocumentFile::create(file, test::sampleJourney());
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    const QString message = openError(file, DocumentFile::Access::ReadWrite);
    QVERIFY2(message.startsWith(file + QStringLiteral(": its folder is read-only")), qPrintable(message));
    QCOMPARE(openError(file, DocumentFile::Access::ReadOnly), QString());
    try {
        DocumentFile::create(folder + QStringLiteral("/new.cxmap"), test::sampleJourney());
        QFAIL("created a file in a read-only folder");
    } catch (const DocumentError &error) {
        QCOMPARE(error.message(), folder + QStringLiteral("/new.cxmap: cannot create it: the folder is read-only"));
    }
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
}

void TestDocumentFile::fullDiskDuringSave()
{
    const QString file = path("full.cxmap");
    const Journey original = test::sampleJourney();
    std::unique_ptr<DocumentFile> document = DocumentFile::create(file, original);

    // Budgets from "nothing fits" to "the journal fits but the pages do not".
    for (long long budget : {0LL, 4096LL, 100000LL, 400000LL}) {
        test::setWriteBudget(budget);
        try {
            document->saveJourney(bigJourney(2));
            QFAIL(qPrintable(QStringLiteral("saving 4,000 touchpoints fitted in %1 bytes").arg(budget)));
        } catch (const DocumentError &error) {
            QCOMPARE(error.message(), file + QStringLiteral(": cannot save; the file was not changed: the disk is full"));
        }
        test::setWriteBudget(-1);
        QCOMPARE(document->readJourney(), original);
    }
    document.reset();
    QCOMPARE(DocumentFile::open(file, DocumentFile::Access::ReadOnly)->readJourney(), original);
}

void TestDocumentFile::fullDiskDuringCreate()
{
    const QString file = path("fullcreate.cxmap");
    DocumentFile::create(file, test::sampleJourney());
    test::setWriteBudget(20000);
    try {
        DocumentFile::create(file, bigJourney(1), /*overwrite=*/true);
        QFAIL("created a large file on a full disk");
    } catch (const DocumentError &error) {
        QCOMPARE(error.message(), file + QStringLiteral(": cannot create it: the disk is full"));
    }
    test::setWriteBudget(-1);
    QCOMPARE(DocumentFile::open(file, DocumentFile::Access::ReadOnly)->readJourney(), test::sampleJourney());
    // No temporary file is left behind.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*fullcreate*")}, QDir::Files | QDir::Hidden),
             QStringList({QStringLiteral("fullcreate.cxmap")}));
}

void TestDocumentFile::killedMidSave()
{
    const QString file = path("killed.cxmap");
    const QString journal = file + QStringLiteral("-journal");
    const Journey variants[] = {bigJourney(1), bigJourney(2)};
    int current = 0;
    // How many writes one save makes, to spread the kills over all of them.
    long long writes = 0;
    {
        std::unique_ptr<DocumentFile> document = DocumentFile::create(file, variants[0]);
        test::resetWriteCount();
        document->saveJourney(variants[1]);
        writes = test::writeCount();
        document->saveJourney(variants[0]);
    }
    QVERIFY2(writes > 20, qPrintable(QString::number(writes)));

    // A kill at each of a dozen points of a save, from its first write to its last, every other
    // one in the middle of a write: deterministic, where killing after a sleep hits wherever the
    // machine happens to be.
    constexpr int Rounds = 12;
    int withJournal = 0;
    for (int round = 0; round < Rounds; ++round) {
        const long long killAt = 1 + (writes - 1) * round / (Rounds - 1);
        const bool torn = round % 2 == 1;
        const int target = 1 - current;
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("--save-killed-at"), file, QString::number(target + 1), QString::number(killAt),
                     torn ? QStringLiteral("torn") : QStringLiteral("whole")});
        QVERIFY(child.waitForFinished(60000));
        QVERIFY2(child.exitStatus() == QProcess::CrashExit || child.exitCode() == 0, child.readAllStandardError().constData());

        // A read-only open never plays a journal back: it says one is there, or reads the map
        // as it was before the save.
        if (JournalRecovery::isPending(file)) {
            ++withJournal;
            const QByteArray before = [&file] { QFile in(file); in.open(QIODevice::ReadOnly); return in.readAll(); }();
            QCOMPARE(openError(file), file + QStringLiteral(": an interrupted save left a journal beside it (") + journal
                                          + QStringLiteral("); open it in cxmap to recover it"));
            QFile after(file);
            QVERIFY(after.open(QIODevice::ReadOnly));
            QVERIFY2(after.readAll() == before, "a read-only open changed the file");
        } else {
            const Journey read = DocumentFile::open(file, DocumentFile::Access::ReadOnly)->readJourney();
            QVERIFY(read == variants[0] || read == variants[1]);
        }

        // The killed writer's lock is stale: the next writer takes over and rolls back.
        std::unique_ptr<DocumentFile> reopened = DocumentFile::open(file, DocumentFile::Access::ReadWrite);
        const Journey survived = reopened->readJourney();
        QVERIFY2(survived == variants[current] || survived == variants[target],
                 qPrintable(QStringLiteral("round %1: a mix of two saves survived (%2 touchpoints, \"%3\")")
                                .arg(round).arg(survived.touchpoints().size()).arg(survived.name())));
        QCOMPARE(reopened->database().queryText("PRAGMA integrity_check").value_or(QString()), QStringLiteral("ok"));
        QVERIFY(!QFile::exists(journal));
        if (survived == variants[target])
            current = target;
    }
    // Both phases of a save were hit: while the journal was written (SQLite leaves its header
    // zero until the journal is complete, so it is never played back) and while the file was.
    QVERIFY2(withJournal >= 2 && Rounds - withJournal >= 2,
             qPrintable(QStringLiteral("%1 of %2 kills left a journal to play back").arg(withJournal).arg(Rounds)));
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*killed*")}, QDir::Files | QDir::Hidden),
             QStringList({QStringLiteral("killed.cxmap")}));
}

void TestDocumentFile::emptyLockOfALiveWriterIsRespected()
{
    const QString file = path("racing.cxmap");
    DocumentFile::create(file, test::sampleJourney());
    QProcess holder;
    holder.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--hold-open"), file});
    QVERIFY(holder.waitForStarted());
    QVERIFY(holder.waitForReadyRead(20000));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("ready"));

    // The holder's lock file as it is between its creation and its first write: empty. A
    // second writer starting at that moment must still find it held.
    const QString lockPath = LockFile::lockPathFor(file);
    QVERIFY(QFile::resize(lockPath, 0));
    LockFile second(file);
    const std::optional<LockOwner> owner = second.tryLock();
    QVERIFY2(owner.has_value(), "an empty lock file of a live writer was taken over");
    QVERIFY(!second.isLocked());
    QVERIFY(QFile::exists(lockPath));
    const QString message = openError(file, DocumentFile::Access::ReadWrite);
    QVERIFY2(message.startsWith(file + QStringLiteral(": it is open in another cxmap (")), qPrintable(message));

    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished());
    QCOMPARE(holder.exitCode(), 0);
    QVERIFY(!QFile::exists(lockPath));
    QCOMPARE(openError(file, DocumentFile::Access::ReadWrite), QString());
}

void TestDocumentFile::olderFormatIsMigratedAfterABackup()
{
    // A version-1 file: what cxmap 0.1 wrote before findings were cached in the file.
    const QString file = path("version1.cxmap");
    DocumentFile::create(file, test::sampleJourney());
    runSqlite(file, cxmap::test::DowngradeToVersion1);
    QFile original(file);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray version1 = original.readAll();
    original.close();

    // Read-only, it is left as it is.
    QCOMPARE(openError(file), file + QStringLiteral(": it has the older format version 1; open it in cxmap to upgrade it "
                                                    "(a read-only command does not change it)"));
    QVERIFY(!QFile::exists(file + QStringLiteral(".v1.bak")));

    std::unique_ptr<DocumentFile> migrated = DocumentFile::open(file, DocumentFile::Access::ReadWrite);
    QCOMPARE(migrated->readJourney(), test::sampleJourney());
    QCOMPARE(migrated->database().queryInt("PRAGMA user_version").value_or(0), qint64(Schema::CurrentVersion));
    QCOMPARE(migrated->database().queryInt("SELECT count(*) FROM analysis_cache").value_or(-1), 0);
    QCOMPARE(migrated->database().queryInt("SELECT count(*) FROM workshop_vote").value_or(-1), 0);

    // The backup is the file as it was, byte for byte, and still opens as version 1 would.
    QFile backup(file + QStringLiteral(".v1.bak"));
    QVERIFY(backup.open(QIODevice::ReadOnly));
    QVERIFY(backup.readAll() == version1);
    migrated.reset();
    QCOMPARE(DocumentFile::open(file, DocumentFile::Access::ReadOnly)->readJourney(), test::sampleJourney());
}

void TestDocumentFile::migratedAnswersAnalyseAsBefore()
{
    // Format 4 stores the answers anew (in score order, 0 for no touchpoint or no month). A
    // file of the older format, with journey-level answers and answers without a time, must
    // give the same findings once migrated as the same answers stored today.
    const QString file = path("analysed.cxmap");
    writeDemoDocument(file, true);
    // All answers, and a period that ends before the last month.
    AnalysisRequest ending;
    ending.to = QDate::currentDate().addMonths(-3);
    const auto findingsOf = [](const QString &path, const AnalysisRequest &request) {
        const std::unique_ptr<DocumentFile> document = DocumentFile::open(path, DocumentFile::Access::ReadWrite);
        const Findings findings = computeFindings(document->database(), document->readJourney(), request);
        return QJsonDocument(findingsToJson(findings)).toJson();
    };
    const QByteArray periodWithoutUndated = findingsOf(file, ending);

    runSqlite(file, "INSERT INTO measurement (metric_id, kind, touchpoint_id, month, value, batch_id, position,"
                    " respondent_id, segment_id, time) SELECT metric_id, kind, touchpoint_id, 0, value, batch_id,"
                    " position + 10000000, respondent_id, segment_id, NULL FROM measurement WHERE position % 7 = 0");
    // Answers without a time are outside any period.
    QCOMPARE(findingsOf(file, ending), periodWithoutUndated);
    const auto counts = [](SqliteDatabase &db) {
        return QList<qint64>{db.queryInt("SELECT count(*) FROM measurement").value_or(-1),
                             db.queryInt("SELECT count(*) FROM measurement WHERE touchpoint_id = 0").value_or(-1),
                             db.queryInt("SELECT count(*) FROM measurement WHERE month = 0").value_or(-1)};
    };
    const auto analysed = [&](const QString &path, QList<qint64> *stored) {
        *stored = counts(DocumentFile::open(path, DocumentFile::Access::ReadOnly)->database());
        return findingsOf(path, AnalysisRequest{}) + findingsOf(path, ending);
    };
    QList<qint64> storedBefore;
    const QByteArray before = analysed(file, &storedBefore);
    QVERIFY(storedBefore.at(1) > 0);
    QVERIFY(storedBefore.at(2) > 0);

    runSqlite(file, cxmap::test::DowngradeToVersion1);
    QList<qint64> storedAfter;
    // Opened for writing first: that migrates it.
    const QByteArray all = findingsOf(file, AnalysisRequest{});
    const QByteArray after = analysed(file, &storedAfter);
    QCOMPARE(storedAfter, storedBefore);
    // The old table's pages went with the upgrade, and the file has the page size of new ones.
    {
        const std::unique_ptr<DocumentFile> migrated = DocumentFile::open(file, DocumentFile::Access::ReadOnly);
        QCOMPARE(migrated->database().queryInt("PRAGMA freelist_count").value_or(-1), 0);
        QCOMPARE(migrated->database().queryInt("PRAGMA page_size").value_or(-1), Schema::PageSize);
    }
    QVERIFY(before.size() > 1000);
    QCOMPARE(after, before);
    QVERIFY(after.startsWith(all));
}

void TestDocumentFile::saveAsCopiesTheAnswers()
{
    const QString file = path("source.cxmap");
    std::unique_ptr<DocumentFile> source = DocumentFile::create(file, test::sampleJourney(), false, [](SqliteDatabase &db) {
        Batch batch;
        batch.fileName = QStringLiteral("wave1.csv");
        batch.format = QStringLiteral("long");
        MeasurementWriter writer(db, batch);
        MeasurementRecord record;
        record.respondent = QStringLiteral("r1");
        record.metric = QStringLiteral("csat");
        record.value = 4;
        record.timestamp = 1767225600; // 2026-01-01T00:00:00Z
        writer.add(record);
        writer.finish(1, {});
    });
    Journey edited = test::sampleJourney();
    edited.setName(QStringLiteral("Edited copy"));
    std::unique_ptr<DocumentFile> copy = source->saveAs(path("copy.cxmap"), edited);
    QCOMPARE(copy->readJourney(), edited);
    QCOMPARE(readDataCounts(copy->database()).measurements, 1);
    QCOMPARE(readBatches(copy->database()).constFirst().fileName, QStringLiteral("wave1.csv"));
    // The source keeps its own map.
    QCOMPARE(source->readJourney(), test::sampleJourney());
    // The respondent key was stored hashed, not as given.
    QVERIFY(copy->database().queryText("SELECT key FROM respondent").value_or(QString()) != QStringLiteral("r1"));
    QCOMPARE(copy->database().queryText("SELECT key FROM respondent").value_or(QString()).size(), 32);
}

void TestDocumentFile::monthIndex_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<qint64>("expected");
    // year * 12 + month - 1, dates checked with `date -u -d @SECONDS`.
    QTest::newRow("epoch") << qint64(0) << qint64(1970 * 12);
    QTest::newRow("2026-01-01") << qint64(1767225600) << qint64(2026 * 12);
    QTest::newRow("2026-02-28 23:59:59") << qint64(1772323199) << qint64(2026 * 12 + 1);
    QTest::newRow("2024-02-29 leap day") << qint64(1709164800) << qint64(2024 * 12 + 1);
    QTest::newRow("2024-03-01") << qint64(1709251200) << qint64(2024 * 12 + 2);
    QTest::newRow("1969-12-31 23:59:59") << qint64(-1) << qint64(1969 * 12 + 11);
}

void TestDocumentFile::monthIndex()
{
    QFETCH(qint64, seconds);
    QFETCH(qint64, expected);
    QCOMPARE(MeasurementWriter::monthIndex(seconds), expected);
}

int main(int argc, char **argv)
{
    if (argc == 6 && qstrcmp(argv[1], "--save-killed-at") == 0) {
        QCoreApplication app(argc, argv);
        return saveKilledAt(QString::fromLocal8Bit(argv[2]), std::atoi(argv[3]), std::atoll(argv[4]),
                            qstrcmp(argv[5], "torn") == 0);
    }
    if (argc == 3 && qstrcmp(argv[1], "--hold-open") == 0) {
        QCoreApplication app(argc, argv);
        return holdOpen(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestDocumentFile test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_documentfile.moc"
