// Speed targets, measured against the named references in the same run:
//   1. all touchpoint scores of 1,000,000 answers in at most 1.3 × what sqlite3 needs for the
//      equivalent GROUP BY on the same file (issue 4);
//   2. opening a document with a million answers takes about as long as one with a hundred
//      (issue 4);
//   3. the whole analysis, uncached — what a filter change costs in the editor — in at most
//      2 × the same GROUP BY (issue 12).
// Usage: bench_scores [WORKDIR]   (prints a table; exit 1 when a target is missed)
// The machine's load is printed with the numbers: the ratios compare runs of the same moment.
#include "benchmachine.h"
#include "analysis/findings.h"
#include "analysis/findingscache.h"
#include "demo/demojourney.h"
#include "store/documentfile.h"
#include "store/measurementwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace cxmap;

using cxmap::bench::machineLoad;
using cxmap::bench::median;

namespace {

constexpr int Repeats = 7;
const char *const EquivalentGroupBy = "SELECT metric_id, kind, touchpoint_id, count(*), total(value), total(value * value)"
                                      " FROM measurement GROUP BY metric_id, kind, touchpoint_id";

double medianMs(const std::function<void()> &run, int repeats = Repeats)
{
    QList<double> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times.at(repeats / 2);
}

// Answers shaped like a survey programme: 50,000 respondents, the demo's touchpoints, csat, ces
// and nps, some expectation answers, three segments, twelve months.
void writeAnswers(const QString &path, qint64 count)
{
    const Journey journey = loadDemoJourney();
    QFile::remove(path);
    DocumentFile::create(path, journey, true, [&](SqliteDatabase &db) {
        Batch batch;
        batch.fileName = QStringLiteral("benchmark");
        batch.format = QStringLiteral("long");
        MeasurementWriter writer(db, batch);
        QRandomGenerator random(20261122);
        const qint64 metrics[] = {writer.metric(QStringLiteral("csat"))->id, writer.metric(QStringLiteral("ces"))->id,
                                  writer.metric(QStringLiteral("nps"))->id};
        const double maxima[] = {5, 7, 10};
        const double minima[] = {1, 1, 0};
        const QByteArray segments[] = {"SIM only", "Handset bundle", "Business"};
        for (qint64 i = 0; i < count; ++i) {
            ResolvedMeasurement m;
            const int respondent = int(random.bounded(50000));
            m.respondent = writer.respondentId(QByteArray::number(respondent));
            m.segment = writer.segmentId(segments[respondent % 3]);
            const int which = int(random.bounded(3));
            m.metric = metrics[which];
            m.touchpoint = journey.touchpoints().at(random.bounded(int(journey.touchpoints().size()))).id.value();
            m.kind = random.bounded(10) == 0 ? MeasurementKind::Expectation : MeasurementKind::Experience;
            m.value = minima[which] + double(random.bounded(int(maxima[which] - minima[which]) + 1));
            m.time = 1761955200 + qint64(random.bounded(365)) * 86400; // from 2025-11-01
            writer.insert(m);
        }
        writer.finish(count, {});
    });
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::tempPath() + QStringLiteral("/cxmap-bench");
    QDir().mkpath(folder);
    const QString large = folder + QStringLiteral("/million.cxmap");
    const QString small = folder + QStringLiteral("/hundred.cxmap");

    QElapsedTimer timer;
    timer.start();
    writeAnswers(large, 1000000);
    writeAnswers(small, 100);
    std::printf("wrote 1,000,000 and 100 answers in %.1f s\n", double(timer.elapsed()) / 1000.0);

    auto document = DocumentFile::open(large, DocumentFile::Access::ReadWrite);
    const Journey journey = document->readJourney();
    SqliteDatabase &db = document->database();

    // 1. Scores vs the equivalent GROUP BY, in this process and by the sqlite3 program.
    const double scores = medianMs([&] { computeScores(db, journey, {}); });
    const double inProcess = medianMs([&] {
        SqliteStatement query(db, EquivalentGroupBy);
        while (query.step()) {
        }
    });
    // The sqlite3 program on the same file; its start-up (SELECT 1) is measured and taken off.
    double program = -1.0;
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (!sqlite3.isEmpty()) {
        auto run = [&](const char *sql) {
            return medianMs([&] {
                QProcess process;
                process.setStandardOutputFile(QProcess::nullDevice());
                process.start(sqlite3, {QStringLiteral("-readonly"), large, QString::fromLatin1(sql)});
                process.waitForFinished(-1);
            });
        };
        program = run(EquivalentGroupBy) - run("SELECT 1");
    }

    // 2. Opening: the file checked, the map read, the findings taken from the cache.
    FindingsCache::findingsFor(*document, journey, {});
    document.reset();
    {
        auto smallDocument = DocumentFile::open(small, DocumentFile::Access::ReadWrite);
        FindingsCache::findingsFor(*smallDocument, smallDocument->readJourney(), {});
    }
    auto opening = [](const QString &path) {
        return medianMs([&] {
            auto opened = DocumentFile::open(path, DocumentFile::Access::ReadWrite);
            const Journey map = opened->readJourney();
            if (!FindingsCache::load(opened->database(), map, {}))
                std::abort();
        });
    };
    const double openLarge = opening(large);
    const double openSmall = opening(small);

    // 3. The whole analysis, uncached, as a filter change in the editor runs it (its own
    // read-only connection), against the same GROUP BY measured again beside it: the two
    // alternate, so that each pair shares the machine's load of the moment.
    auto reopened = DocumentFile::open(large, DocumentFile::Access::ReadOnly);
    QList<double> analyses, references;
    for (int i = 0; i < Repeats; ++i) {
        analyses.append(medianMs([&] { computeFindings(reopened->database(), journey, {}); }, 1));
        references.append(medianMs([&] {
            SqliteStatement query(reopened->database(), EquivalentGroupBy);
            while (query.step()) {
            }
        }, 1));
    }
    std::sort(analyses.begin(), analyses.end());
    std::sort(references.begin(), references.end());
    const double everything = analyses.at(Repeats / 2);
    const double reference = references.at(Repeats / 2);
    AnalysisRequest business;
    business.segment = QStringLiteral("Business");
    const double filtered = medianMs([&] { computeFindings(reopened->database(), journey, business); });

    const double ratioInProcess = scores / inProcess;
    const double ratioProgram = program > 0 ? scores / program : 0.0;
    const double ratioAnalysis = everything / reference;
    const double ratioAnalysisProgram = program > 0 ? everything / program : 0.0;
    // "About as long": within 1.5 × plus 20 ms, so that a few milliseconds of noise on a
    // sub-10 ms open do not read as a failure.
    const bool openOk = openLarge <= openSmall * 1.5 + 20.0;
    const bool scoresOk = ratioInProcess <= 1.3 && (program <= 0 || ratioProgram <= 1.3);
    const bool analysisOk = ratioAnalysis <= 2.0 && (program <= 0 || ratioAnalysisProgram <= 2.0);
    std::printf("\nmedian of %d runs, 1,000,000 answers; load average %s\n", Repeats, machineLoad().constData());
    std::printf("  all touchpoint scores (computeScores)        %8.1f ms\n", scores);
    std::printf("  equivalent GROUP BY, same process            %8.1f ms   ratio %.2f (target <= 1.30)\n", inProcess, ratioInProcess);
    if (program > 0)
        std::printf("  equivalent GROUP BY, sqlite3 program         %8.1f ms   ratio %.2f (target <= 1.30)\n", program, ratioProgram);
    std::printf("  open + map + cached findings, 1,000,000      %8.1f ms\n", openLarge);
    std::printf("  open + map + cached findings, 100            %8.1f ms   (target: about as long)\n", openSmall);
    std::printf("  whole analysis, uncached (computeFindings)   %8.1f ms\n", everything);
    std::printf("  equivalent GROUP BY, alternating with it     %8.1f ms   ratio %.2f (target <= 2.00)\n", reference, ratioAnalysis);
    if (program > 0)
        std::printf("  equivalent GROUP BY, sqlite3 program         %8.1f ms   ratio %.2f (target <= 2.00)\n", program,
                    ratioAnalysisProgram);
    std::printf("  whole analysis, uncached, segment Business   %8.1f ms   (for reference)\n", filtered);
    const bool pass = scoresOk && openOk && analysisOk;
    std::printf("load average at the end %s\n%s\n", machineLoad().constData(), pass ? "PASS" : "FAIL");
    return pass ? 0 : 1;
}
