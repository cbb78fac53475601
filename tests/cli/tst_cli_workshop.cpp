// Workshop input seen from the command line (issue 10): `cxmap info` counts what the room
// captured, `cxmap convert` carries it between cxmap JSON and the .cxmap document, and a real
// version-2 document is upgraded by the first command that opens it for writing.
#include "runcxmap.h"
#include "samplejourney.h"

#include "commands/workshopcommands.h"
#include "document/journeydocument.h"
#include "store/documentfile.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cxmap;
using cxmap::test::CliResult;
using cxmap::test::runCxmap;

namespace {

QJsonObject jsonOf(const CliResult &result)
{
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

QJsonObject workshopCounts(qint64 votes, qint64 notes, qint64 sessions)
{
    return QJsonObject{{QStringLiteral("votes"), votes}, {QStringLiteral("notes"), notes}, {QStringLiteral("sessions"), sessions}};
}

QJsonObject infoJson(const QString &path)
{
    const CliResult info = runCxmap({QStringLiteral("info"), path, QStringLiteral("--json")});
    if (info.exitCode != 0)
        qWarning("info failed: %s", qPrintable(info.err));
    return jsonOf(info);
}

} // namespace

class TestCliWorkshop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void infoCountsCapturedInput();
    void infoOfAMapWithoutWorkshop();
    void convertKeepsWorkshopInput();
    void version2DocumentIsUpgradedByAWriter();

private:
    QTemporaryDir m_dir;
};

void TestCliWorkshop::infoCountsCapturedInput()
{
    // Captured as the presentation does: commands on the document, then a save.
    const QString path = m_dir.filePath(QStringLiteral("room.cxmap"));
    std::unique_ptr<DocumentFile> file = DocumentFile::create(path, test::sampleJourney());
    JourneyDocument document(file->readJourney());
    const TouchpointId checkout = document.journey().touchpoints().at(2).id;
    const TouchpointId compare = document.journey().touchpoints().at(1).id;
    const WorkshopSession session{document.allocateId(), QStringLiteral("Workshop"), QDateTime::currentDateTimeUtc()};
    QUndoStack *undo = document.undoStack();
    undo->push(new CaptureWorkshopInputCommand(&document, WorkshopVote{document.allocateId(), session.id, checkout, QDateTime::currentDateTimeUtc()}, session));
    undo->push(new CaptureWorkshopInputCommand(&document, WorkshopVote{document.allocateId(), session.id, checkout, QDateTime::currentDateTimeUtc()}));
    const WorkshopVote third{document.allocateId(), session.id, compare, QDateTime::currentDateTimeUtc()};
    undo->push(new CaptureWorkshopInputCommand(&document, third));
    undo->push(new CaptureWorkshopInputCommand(&document, WorkshopNote{document.allocateId(), session.id, compare, NoteKind::Idea,
                                                                       QStringLiteral("Show the monthly price first"), QDateTime::currentDateTimeUtc()}));
    // The third vote is taken back (Shift+V) before the save.
    undo->push(new RemoveWorkshopVoteCommand(&document, third));
    QCOMPARE(document.journey().workshop().votes.size(), 2);
    file->saveJourney(document.journey());
    file.reset();

    const QJsonObject info = infoJson(path);
    QCOMPARE(info.value(QLatin1String("workshop")).toObject(), workshopCounts(2, 1, 1));

    const CliResult text = runCxmap({QStringLiteral("info"), path});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(QStringLiteral("\n  workshop:        2 votes, 1 note from 1 session\n")), qPrintable(text.out));
}

void TestCliWorkshop::infoOfAMapWithoutWorkshop()
{
    const QString path = m_dir.filePath(QStringLiteral("plain.cxmap"));
    QCOMPARE(runCxmap({QStringLiteral("new"), path}).exitCode, 0);
    QCOMPARE(infoJson(path).value(QLatin1String("workshop")).toObject(), workshopCounts(0, 0, 0));
    const CliResult text = runCxmap({QStringLiteral("info"), path});
    QVERIFY2(text.out.contains(QStringLiteral("\n  workshop:        none\n")), qPrintable(text.out));
}

void TestCliWorkshop::convertKeepsWorkshopInput()
{
    const QString json = QStringLiteral(CXMAP_TEST_DATA "/interchange/edge-cases/map.json");
    const QString document = m_dir.filePath(QStringLiteral("edge.cxmap"));
    const CliResult converted = runCxmap({QStringLiteral("convert"), json, document});
    QCOMPARE(converted.err, QString());
    QCOMPARE(converted.exitCode, 0);
    // The document holds everything the JSON has: nothing is listed as not kept.
    QVERIFY2(!converted.out.contains(QStringLiteral("Not kept")), qPrintable(converted.out));
    QCOMPARE(infoJson(document).value(QLatin1String("workshop")).toObject(), workshopCounts(2, 1, 1));

    // And back: the workshop section is the one it came from, IDs, times and a missing time.
    const QString back = m_dir.filePath(QStringLiteral("edge-back.json"));
    const CliResult again = runCxmap({QStringLiteral("convert"), document, back});
    QCOMPARE(again.exitCode, 0);
    QFile original(json), written(back);
    QVERIFY(original.open(QIODevice::ReadOnly) && written.open(QIODevice::ReadOnly));
    const QJsonObject before = QJsonDocument::fromJson(original.readAll()).object();
    const QJsonObject after = QJsonDocument::fromJson(written.readAll()).object();
    QVERIFY(!before.value(QLatin1String("workshop")).toObject().isEmpty());
    QCOMPARE(after.value(QLatin1String("workshop")), before.value(QLatin1String("workshop")));
}

void TestCliWorkshop::version2DocumentIsUpgradedByAWriter()
{
    const QString path = m_dir.filePath(QStringLiteral("version2.cxmap"));
    QVERIFY(QFile::copy(QStringLiteral(CXMAP_TEST_DATA "/store/version2.cxmap"), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    // A read-only command leaves it as it is and says what to do.
    const CliResult refused = runCxmap({QStringLiteral("info"), path});
    QVERIFY(refused.exitCode > 0);
    QCOMPARE(refused.err, QStringLiteral("cxmap: %1: it has the older format version 2; open it in cxmap to upgrade it "
                                         "(a read-only command does not change it)\n")
                              .arg(path));

    // An import opens it for writing: upgraded after a backup, its answers and aggregates kept.
    const QString answers = m_dir.filePath(QStringLiteral("more.csv"));
    QFile csv(answers);
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("respondent,timestamp,segment,touchpoint,metric,value\nR9,2026-05-01T10:00:00Z,Business,Shop visit,csat,3\n");
    csv.close();
    const CliResult imported = runCxmap({QStringLiteral("import"), path, answers});
    QCOMPARE(imported.err, QString());
    QCOMPARE(imported.exitCode, 0);
    QVERIFY(QFile::exists(path + QStringLiteral(".v2.bak")));
    const QJsonObject info = infoJson(path);
    QCOMPARE(info.value(QLatin1String("measurements")).toInteger(), 7);
    QCOMPARE(info.value(QLatin1String("aggregate_rows")).toInteger(), 3);
    QCOMPARE(info.value(QLatin1String("workshop")).toObject(), workshopCounts(0, 0, 0));
}

QTEST_GUILESS_MAIN(TestCliWorkshop)
#include "tst_cli_workshop.moc"
