// Export speed benchmark (issue 11, "Done when"): the real `cxmap export`, run as a user runs it,
// against the two targets of the issue, in the same run:
//   1. the demo's full PDF report (every section) in under 2 seconds;
//   2. a map-only PDF of a 500-touchpoint journey (tests/common/largejourney.h, with 20,000 csat
//      answers so that its cards carry scores) in no more time than Graphviz's `dot -Tpdf` takes
//      to lay out and draw the same graph: the same touchpoints as boxes with their names, one
//      cluster per stage, the same transitions with their labels.
// The runs alternate (cxmap, dot, cxmap, dot …) so that each pair shares the machine's load of the
// moment; the verdict is the median of the pairs' wall-clock ratios. Both are whole processes,
// start-up included, as a script would call them.
//
//   bench_export [--runs N] [--touchpoints N] [--dir DIR] [--check]
//
//   --runs         runs of each (default 5)
//   --touchpoints  touchpoints of the large journey (default 500)
//   --dir          keep the generated maps, the DOT file and the PDFs there (default: a temporary folder)
//   --check        exit 1 unless both targets are met
//
// Needs Graphviz's dot (package graphviz).

#include "benchmachine.h"
#include "largejourney.h"

#include "store/documentfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

using namespace cxmap;

using cxmap::bench::machineLoad;
using cxmap::bench::median;

namespace {

constexpr double TargetReportSeconds = 2.0;
constexpr double TargetRatio = 1.0;

struct Options
{
    int runs = 5;
    int touchpoints = 500;
    QString dir;
    bool check = false;
};

/** Wall-clock seconds of one run, or nothing (with the reason in `error`) when it failed. */
std::optional<double> timed(const QString &program, const QStringList &arguments, QString *error)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 %2 failed: %3")
                     .arg(program, arguments.join(QLatin1Char(' ')),
                          QString::fromUtf8(process.readAllStandardError()).trimmed());
        return std::nullopt;
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

QString dotString(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('"'), QStringLiteral("\\\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

/** The journey as Graphviz sees a journey map: stages as clusters left to right, touchpoints as named boxes. */
bool writeDot(const Journey &journey, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    // newrank: without it dot 2.43 fails on this graph ("lost edge", exit 1) and without the
    // clusters it takes minutes; with it, the clustered layout is dot's quickest that succeeds.
    QString dot = QStringLiteral("digraph journey {\n  rankdir=LR;\n  newrank=true;\n"
                                 "  node [shape=box, style=rounded, fontname=\"sans\"];\n");
    for (const Stage &stage : journey.stages()) {
        dot += QStringLiteral("  subgraph cluster_%1 {\n    label=%2;\n").arg(stage.id.value()).arg(dotString(stage.name));
        for (const Touchpoint &touchpoint : journey.touchpoints())
            if (touchpoint.stage == stage.id)
                dot += QStringLiteral("    t%1 [label=%2];\n").arg(touchpoint.id.value()).arg(dotString(touchpoint.name));
        dot += QStringLiteral("  }\n");
    }
    for (const Transition &transition : journey.transitions()) {
        dot += QStringLiteral("  t%1 -> t%2").arg(transition.from.value()).arg(transition.to.value());
        if (!transition.label.isEmpty())
            dot += QStringLiteral(" [label=%1]").arg(dotString(transition.label));
        dot += QStringLiteral(";\n");
    }
    dot += QStringLiteral("}\n");
    return file.write(dot.toUtf8()) > 0;
}

/** csat answers (1–5) of 2,000 respondents at ten touchpoints each, in the long format. */
bool writeAnswers(const Journey &journey, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    QRandomGenerator random(11);
    QByteArray out = "respondent,timestamp,segment,touchpoint,metric,value\n";
    const QList<Touchpoint> touchpoints = journey.touchpoints().items();
    for (int respondent = 0; respondent < 2000; ++respondent) {
        const int bias = respondent % 3 - 1;
        const QByteArray time = QStringLiteral("2026-%1-%2T10:00:00Z")
                                    .arg(1 + respondent % 12, 2, 10, QLatin1Char('0'))
                                    .arg(1 + respondent % 28, 2, 10, QLatin1Char('0'))
                                    .toLatin1();
        const QByteArray segment = respondent % 2 ? "Business" : "Private";
        for (int k = 0; k < 10; ++k) {
            const Touchpoint &touchpoint = touchpoints.at(int(random.bounded(touchpoints.size())));
            const int value = std::clamp(3 + bias + int(random.bounded(3)) - 1, 1, 5);
            out += "R" + QByteArray::number(respondent) + ',' + time + ',' + segment + ',' + touchpoint.name.toUtf8()
                   + ",csat," + QByteArray::number(value) + '\n';
        }
    }
    return file.write(out) == out.size();
}

std::optional<Options> parseOptions(const QStringList &arguments)
{
    Options options;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const bool hasValue = i + 1 < arguments.size();
        if (argument == QLatin1String("--check"))
            options.check = true;
        else if (argument == QLatin1String("--runs") && hasValue)
            options.runs = arguments.at(++i).toInt();
        else if (argument == QLatin1String("--touchpoints") && hasValue)
            options.touchpoints = arguments.at(++i).toInt();
        else if (argument == QLatin1String("--dir") && hasValue)
            options.dir = arguments.at(++i);
        else
            return std::nullopt;
    }
    if (options.runs < 1 || options.touchpoints < 10)
        return std::nullopt;
    return options;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const std::optional<Options> options = parseOptions(QCoreApplication::arguments());
    if (!options) {
        std::fprintf(stderr, "usage: bench_export [--runs N] [--touchpoints N] [--dir DIR] [--check]\n");
        return 2;
    }
    const QString dot = QStandardPaths::findExecutable(QStringLiteral("dot"));
    if (dot.isEmpty()) {
        std::fprintf(stderr, "bench_export: Graphviz's dot is missing (apt-get install graphviz)\n");
        return 2;
    }
    const QString cxmap = QStringLiteral(CXMAP_EXECUTABLE);
    QTemporaryDir temporary;
    const QDir dir(options->dir.isEmpty() ? temporary.path() : options->dir);
    if (!dir.exists() && !QDir().mkpath(dir.path())) {
        std::fprintf(stderr, "bench_export: cannot create %s\n", qPrintable(dir.path()));
        return 2;
    }
    const QString demo = dir.filePath(QStringLiteral("demo.cxmap"));
    const QString large = dir.filePath(QStringLiteral("large.cxmap"));
    const QString answers = dir.filePath(QStringLiteral("large-answers.csv"));
    const QString graph = dir.filePath(QStringLiteral("large.dot"));
    const QString reportPdf = dir.filePath(QStringLiteral("demo-report.pdf"));
    const QString mapPdf = dir.filePath(QStringLiteral("large-map.pdf"));
    const QString dotPdf = dir.filePath(QStringLiteral("large-dot.pdf"));

    QString error;
    const Journey journey = test::largeJourney(options->touchpoints, 7);
    try {
        DocumentFile::create(large, journey, true);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_export: cannot write %s: %s\n", qPrintable(large), e.what());
        return 2;
    }
    if (!writeAnswers(journey, answers) || !writeDot(journey, graph)) {
        std::fprintf(stderr, "bench_export: cannot write the answers or the DOT file in %s\n", qPrintable(dir.path()));
        return 2;
    }
    if (!timed(cxmap, {QStringLiteral("demo"), demo, QStringLiteral("--force")}, &error)
        || !timed(cxmap, {QStringLiteral("import"), large, answers}, &error)) {
        std::fprintf(stderr, "bench_export: %s\n", qPrintable(error));
        return 2;
    }
    std::printf("bench_export: %d runs; the large journey has %lld touchpoints and %lld transitions\n", options->runs,
                static_cast<long long>(journey.touchpoints().size()), static_cast<long long>(journey.transitions().size()));
    std::printf("load average before: %s\n", machineLoad().constData());

    std::vector<double> reports;
    std::vector<double> maps;
    std::vector<double> dots;
    std::vector<double> ratios;
    for (int run = 0; run < options->runs; ++run) {
        const auto report = timed(cxmap, {QStringLiteral("export"), demo, QStringLiteral("--pdf"), reportPdf}, &error);
        const auto map = report ? timed(cxmap, {QStringLiteral("export"), large, QStringLiteral("--pdf"), mapPdf,
                                                QStringLiteral("--sections"), QStringLiteral("map")},
                                        &error)
                                : std::nullopt;
        const auto graphviz = map ? timed(dot, {QStringLiteral("-Tpdf"), QStringLiteral("-o"), dotPdf, graph}, &error)
                                  : std::nullopt;
        if (!graphviz) {
            std::fprintf(stderr, "bench_export: %s\n", qPrintable(error));
            return 2;
        }
        reports.push_back(*report);
        maps.push_back(*map);
        dots.push_back(*graphviz);
        ratios.push_back(*map / *graphviz);
        std::printf("run %d: demo report %.3f s; map-only PDF %.3f s, dot -Tpdf %.3f s (%.2f x)\n", run + 1, *report, *map,
                    *graphviz, *map / *graphviz);
        std::fflush(stdout);
    }
    std::printf("load average after: %s\n", machineLoad().constData());

    const double report = median(reports);
    const double ratio = median(ratios);
    const bool reportFast = report < TargetReportSeconds;
    const bool mapFast = ratio <= TargetRatio;
    std::printf("demo full report: median %.3f s (target < %.1f s): %s\n", report, TargetReportSeconds,
                reportFast ? "PASS" : "FAIL");
    std::printf("%d-touchpoint map-only PDF: median %.3f s vs dot -Tpdf %.3f s, median ratio %.2f x (target <= %.1f x): %s\n",
                options->touchpoints, median(maps), median(dots), ratio, TargetRatio, mapFast ? "PASS" : "FAIL");
    std::printf("PDF sizes: report %lld bytes, map %lld bytes, dot %lld bytes\n",
                static_cast<long long>(QFileInfo(reportPdf).size()), static_cast<long long>(QFileInfo(mapPdf).size()),
                static_cast<long long>(QFileInfo(dotPdf).size()));
    return options->check && !(reportFast && mapFast) ? 1 : 0;
}
