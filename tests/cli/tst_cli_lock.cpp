// The lock against a second writer, under load (issue 13): many cxmap processes import into one
// document at the same moment. Each either imports its whole file or is refused because another
// cxmap holds the document; in the end the document holds exactly the answers of the imports
// that reported success, and nothing is left beside it.
#include "runcxmap.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using cxmap::test::CliResult;
using cxmap::test::runCxmap;

class TestCliLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void concurrentImportsNeverShareTheDocument();
};

void TestCliLock::concurrentImportsNeverShareTheDocument()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("shared.cxmap"));
    QCOMPARE(runCxmap({QStringLiteral("new"), file}).exitCode, 0);

    // Journey-level answers (no touchpoint), a different number in each file, so that the total
    // tells which imports got in.
    constexpr int Files = 24;
    QStringList csvs;
    QList<qint64> rows;
    for (int i = 0; i < Files; ++i) {
        const QString csv = dir.filePath(QStringLiteral("wave%1.csv").arg(i));
        QFile out(csv);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("respondent,timestamp,segment,touchpoint,metric,value\n");
        const int count = 40 + i;
        for (int r = 0; r < count; ++r)
            out.write(QStringLiteral("w%1r%2,2026-01-%3,Business,,csat,%4\n")
                          .arg(i)
                          .arg(r)
                          .arg(1 + r % 28)
                          .arg(1 + r % 5)
                          .toUtf8());
        csvs << csv;
        rows << count;
    }

    // Every file not yet imported, all at once, until each is in. Every process either imports
    // its file or is refused with the lock's message.
    QList<bool> imported(Files, false);
    qint64 expected = 0;
    int refusals = 0;
    int successes = 0;
    for (int round = 0; round < 40 && imported.contains(false); ++round) {
        std::vector<std::pair<int, std::unique_ptr<QProcess>>> running;
        for (int i = 0; i < Files; ++i) {
            if (imported.at(i))
                continue;
            auto process = std::make_unique<QProcess>();
            process->start(QStringLiteral(CXMAP_EXECUTABLE),
                           {QStringLiteral("import"), file, csvs.at(i)});
            running.emplace_back(i, std::move(process));
        }
        for (auto &[i, process] : running) {
            QVERIFY(process->waitForFinished(120000));
            QCOMPARE(process->exitStatus(), QProcess::NormalExit);
            const QString err = QString::fromUtf8(process->readAllStandardError());
            if (process->exitCode() == 0) {
                QVERIFY2(err.isEmpty(), qPrintable(err));
                imported[i] = true;
                expected += rows.at(i);
                ++successes;
            } else {
                QVERIFY2(
                    err.startsWith(
                        QStringLiteral("cxmap: %1: it is open in another cxmap (").arg(file)) &&
                        err.count(QLatin1Char('\n')) == 1,
                    qPrintable(err));
                ++refusals;
            }
        }
    }
    QVERIFY2(!imported.contains(false), "some files never got in");
    QCOMPARE(successes, Files);
    qInfo("%d imports, %d refused while another held the document", successes, refusals);

    const CliResult info = runCxmap({QStringLiteral("info"), file, QStringLiteral("--json")});
    QCOMPARE(info.exitCode, 0);
    const QJsonObject object = QJsonDocument::fromJson(info.out.toUtf8()).object();
    QCOMPARE(object.value(QStringLiteral("measurements")).toInteger(), expected);
    const QJsonArray batches = object.value(QStringLiteral("batches")).toArray();
    QCOMPARE(batches.size(), Files);
    qint64 batchRows = 0;
    for (const QJsonValue &batch : batches)
        batchRows += batch.toObject().value(QStringLiteral("rows")).toInteger();
    QCOMPARE(batchRows, expected);
    QStringList left =
        QDir(dir.path()).entryList({QStringLiteral("*shared*")}, QDir::Files | QDir::Hidden);
    QCOMPARE(left, QStringList{QStringLiteral("shared.cxmap")});
}

QTEST_GUILESS_MAIN(TestCliLock)
#include "tst_cli_lock.moc"
