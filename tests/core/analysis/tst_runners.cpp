// Analysis and import off the GUI thread: results arrive through signals, in order, and a
// cancelled import writes nothing.
#include "analysis/analysisrunner.h"
#include "demo/demodocument.h"
#include "import/importrunner.h"
#include "model/journey.h"
#include "store/datatables.h"
#include "store/documentfile.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cxmap;

class TestRunners : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void analysisArrivesThroughASignal();
    void onlyTheNewestRequestIsAnswered();
    void unsavedMapIsAnalysedForItsGraph();
    void analysisFailureIsOneMessage();
    void importRunsWithProgress();
    void cancelledImportWritesNothing();

private:
    QString writeAnswers(const char *name, int rows) const;
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestRunners::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo.cxmap"));
    writeDemoDocument(m_demo);
}

QString TestRunners::writeAnswers(const char *name, int rows) const
{
    const QString path = m_dir.filePath(QString::fromLatin1(name));
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write("respondent,timestamp,segment,touchpoint,metric,value\n");
    for (int i = 0; i < rows; ++i)
        file.write(QStringLiteral("x%1,2026-10-%2,Business,First bill,csat,%3\n")
                       .arg(i).arg(1 + i % 28, 2, 10, QLatin1Char('0')).arg(1 + i % 5).toUtf8());
    return path;
}

void TestRunners::analysisArrivesThroughASignal()
{
    auto document = DocumentFile::open(m_demo, DocumentFile::Access::ReadOnly);
    const Journey journey = document->readJourney();
    const Findings direct = computeFindings(document->database(), journey, {});

    AnalysisRunner runner;
    QSignalSpy finished(&runner, &AnalysisRunner::finished);
    runner.start(m_demo, journey, {});
    QVERIFY(runner.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const Findings findings = finished.first().first().value<Findings>();
    QCOMPARE(findings.weakestLinks, direct.weakestLinks);
    QCOMPARE(findings.momentsOfTruth, direct.momentsOfTruth);
    QTRY_VERIFY(!runner.isRunning());
}

void TestRunners::onlyTheNewestRequestIsAnswered()
{
    const Journey journey = DocumentFile::open(m_demo, DocumentFile::Access::ReadOnly)->readJourney();
    AnalysisRunner runner;
    QSignalSpy finished(&runner, &AnalysisRunner::finished);
    AnalysisRequest business;
    business.segment = QStringLiteral("Business");
    runner.start(m_demo, journey, {});
    runner.start(m_demo, journey, {});
    runner.start(m_demo, journey, business);
    runner.waitForIdle();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<Findings>().request.segment, QStringLiteral("Business"));
}

void TestRunners::unsavedMapIsAnalysedForItsGraph()
{
    const Journey journey = DocumentFile::open(m_demo, DocumentFile::Access::ReadOnly)->readJourney();
    AnalysisRunner runner;
    QSignalSpy finished(&runner, &AnalysisRunner::finished);
    runner.start(QString(), journey, {});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    const Findings findings = finished.first().first().value<Findings>();
    QCOMPARE(findings.answers, 0);
    QVERIFY(findings.weakestLinks.isEmpty());
    // Reach and unavoidable touchpoints need no answers.
    QVERIFY(!findings.structure.unavoidable.isEmpty());
    const TouchpointId porting = journey.findTouchpointByName(QStringLiteral("Number porting"))->id;
    QCOMPARE(findings.find(porting)->reach, 1.0);
}

void TestRunners::analysisFailureIsOneMessage()
{
    const QString notADocument = m_dir.filePath(QStringLiteral("notes.cxmap"));
    QFile file(notADocument);
    file.open(QIODevice::WriteOnly);
    file.write("just text\n");
    file.close();
    AnalysisRunner runner;
    QSignalSpy failed(&runner, &AnalysisRunner::failed);
    runner.start(notADocument, Journey(), {});
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QCOMPARE(failed.first().first().toString(), notADocument + QStringLiteral(": not a cxmap document (it is not an SQLite database)"));
}

void TestRunners::importRunsWithProgress()
{
    const QString copy = m_dir.filePath(QStringLiteral("import.cxmap"));
    QVERIFY(QFile::copy(m_demo, copy));
    auto document = DocumentFile::open(copy, DocumentFile::Access::ReadWrite);
    const qint64 before = readDataCounts(document->database()).measurements;

    ImportRunner runner;
    QSignalSpy progress(&runner, &ImportRunner::progress);
    QSignalSpy finished(&runner, &ImportRunner::finished);
    QVERIFY(runner.start(document.get(), writeAnswers("wave.csv", 20000)));
    QVERIFY(!runner.start(document.get(), writeAnswers("other.csv", 10)));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QVERIFY(progress.size() >= 2);
    const ImportSummary summary = finished.first().first().value<ImportSummary>();
    QCOMPARE(summary.answers, 20000);
    QCOMPARE(readDataCounts(document->database()).measurements, before + 20000);
}

void TestRunners::cancelledImportWritesNothing()
{
    const QString copy = m_dir.filePath(QStringLiteral("cancel.cxmap"));
    QVERIFY(QFile::copy(m_demo, copy));
    auto document = DocumentFile::open(copy, DocumentFile::Access::ReadWrite);
    const qint64 before = readDataCounts(document->database()).measurements;

    ImportRunner runner;
    QSignalSpy failed(&runner, &ImportRunner::failed);
    ImportOptions options;
    // Cancel from the worker's first progress report, so the cancel lands mid-import.
    options.progress = [&runner](qint64, qint64) {
        runner.cancel();
        return true;
    };
    QVERIFY(runner.start(document.get(), writeAnswers("big.csv", 50000), options));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 60000);
    QVERIFY2(failed.first().first().toString().endsWith(QStringLiteral("import cancelled; nothing was imported")),
             qPrintable(failed.first().first().toString()));
    QCOMPARE(readDataCounts(document->database()).measurements, before);
    QCOMPARE(readBatches(document->database()).size(), 1);
}

QTEST_GUILESS_MAIN(TestRunners)
#include "tst_runners.moc"
