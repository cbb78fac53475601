// The report's workshop section (issue 11, DESIGN §4): the room's votes and notes as the map
// holds them (Journey::workshop()), ranked and dated by session; left out when there are none,
// and the cover says which. Written as a real PDF and read back with poppler's pdftotext, as
// a reader's search would find the words.
#include "demo/demojourney.h"
#include "report/reportdata.h"
#include "report/reportoptions.h"
#include "report/reportwriter.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cxmap;

namespace {

QString pdfText(const QString &pdf, int page)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(page),
                                                 QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60000))
        return {};
    QString text = QString::fromUtf8(process.readAllStandardOutput());
    return text.replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
}

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

ReportData reportOf(const Journey &journey)
{
    ReportData data;
    data.journey = journey;
    data.fileName = QStringLiteral("room.cxmap");
    data.analysedAt = at("2026-03-10T12:00:00Z");
    data.version = QStringLiteral("test");
    return data;
}

} // namespace

class TestReportWorkshop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void votesAndNotesFromTheMap();
    void noInputLeavesTheSectionOut();

private:
    QTemporaryDir m_dir;
    ReportOptions m_options;
};

void TestReportWorkshop::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "pdftotext (poppler-utils) is missing");
    m_options.sections = {ReportSection::Cover, ReportSection::Workshop};
}

void TestReportWorkshop::votesAndNotesFromTheMap()
{
    Journey journey = loadDemoJourney();
    const Touchpoint &most = journey.touchpoints().at(3);
    const Touchpoint &fewer = journey.touchpoints().at(10);
    Workshop &room = journey.workshop();
    room.sessions = {{9001, QStringLiteral("Kick-off"), at("2026-03-02T09:00:00Z")},
                     {9002, QStringLiteral("Review"), at("2026-03-09T08:30:00Z")}};
    for (qint64 i = 0; i < 3; ++i)
        room.votes.append({9100 + i, 9001, most.id, at("2026-03-02T10:10:00Z")});
    room.votes.append({9110, 9002, fewer.id, at("2026-03-09T09:00:00Z")});
    room.notes = {{9200, 9001, most.id, NoteKind::PainPoint, QStringLiteral("Customers wait on hold twice"),
                   at("2026-03-02T10:30:00Z")},
                  {9201, 9002, fewer.id, NoteKind::Idea, QStringLiteral("Offer a callback slot"), at("2026-03-09T09:10:00Z")}};

    const QString pdf = m_dir.filePath(QStringLiteral("room.pdf"));
    QCOMPARE(writeReportPdf(pdf, reportOf(journey), m_options), 2);
    QVERIFY(pdfText(pdf, 1).contains(QStringLiteral("Workshop 4 votes and 2 notes from 2 session(s)")));
    const QString text = pdfText(pdf, 2);
    QVERIFY2(text.contains(QStringLiteral("4 votes and 2 notes from 2 session(s): Kick-off")), qPrintable(text.left(400)));
    QVERIFY(text.contains(QStringLiteral("Review")));
    // The votes ranked, most first, with the stage each card is in.
    const qsizetype three = text.indexOf(QStringLiteral("%1 %2 3").arg(most.name, journey.stages().find(most.stage)->name));
    const qsizetype one = text.indexOf(QStringLiteral("%1 %2 1").arg(fewer.name, journey.stages().find(fewer.stage)->name));
    QVERIFY2(three >= 0 && one > three, qPrintable(text));
    // The notes with their kind and session.
    QVERIFY(text.contains(QStringLiteral("Pain point Customers wait on hold twice Kick-off")));
    QVERIFY(text.contains(QStringLiteral("Idea Offer a callback slot Review")));
}

void TestReportWorkshop::noInputLeavesTheSectionOut()
{
    const QString pdf = m_dir.filePath(QStringLiteral("empty.pdf"));
    QCOMPARE(writeReportPdf(pdf, reportOf(loadDemoJourney()), m_options), 1);
    QVERIFY(pdfText(pdf, 1).contains(QStringLiteral("Workshop no votes or notes recorded on this map")));
}

// The report measures its text: a QGuiApplication (offscreen under ctest).
QTEST_MAIN(TestReportWorkshop)
#include "tst_reportworkshop.moc"
