// Import speed benchmark (issue 3, "Speed"): a long-format file of 1,000,000 answers shaped like
// a real survey programme (50,000 respondents, the demo journey's 25 touchpoints, 3 segments,
// 12 months, csat / ces / nps, some expectation rows and journey-level NPS), imported by the real
// `cxmap import` into a fresh copy of the demo document, against `sqlite3 x.db ".import --csv"`
// of the same file into a plain table, on the same machine in the same run. Both run under
// /usr/bin/time -v for the peak resident set and the CPU time. The two run alternately, so that
// each pair shares the machine's load of the moment; the verdict is the median of the pairs'
// wall-clock ratios (the CPU-time ratio is printed beside it, as it is steadier on a busy box).
//
//   bench_import [--rows N] [--runs N] [--dir DIR] [--check]
//
//   --rows   answers in the generated file (default 1,000,000)
//   --runs   pairs of runs (default 5)
//   --dir    keep the generated files there (default: a temporary folder, removed afterwards)
//   --check  exit 1 unless import ≤ 1.0 × sqlite3 (issue 12) and cxmap's peak RSS < 200 MB
//
// Needs sqlite3 (package sqlite3) and /usr/bin/time (package time).

#include "benchmachine.h"
#include "demo/demodocument.h"
#include "demo/demojourney.h"
#include "model/journey.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <optional>
#include <random>
#include <string>
#include <vector>

using namespace cxmap;

using cxmap::bench::machineLoad;
using cxmap::bench::median;

namespace {

constexpr double TargetRatio = 1.0;
constexpr double TargetPeakMiB = 200.0;

struct Options
{
    qint64 rows = 1'000'000;
    int runs = 5;
    QString dir;
    bool check = false;
};

struct Measured
{
    double seconds = 0.0;
    double cpuSeconds = 0.0;
    double peakMiB = 0.0;
};

// Seconds since the epoch of 2025-04-01, the first of the twelve months.
constexpr qint64 FirstDay = 20179;

std::string isoTime(qint64 seconds)
{
    // civil_from_days (Howard Hinnant); the benchmark must not depend on the code it measures.
    qint64 days = seconds / 86400;
    const qint64 secondOfDay = seconds % 86400;
    days += 719468;
    const qint64 era = days / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const qint64 day = dayOfYear - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    char text[32];
    std::snprintf(text, sizeof text, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lldZ", static_cast<long long>(year),
                  static_cast<long long>(month), static_cast<long long>(day),
                  static_cast<long long>(secondOfDay / 3600), static_cast<long long>(secondOfDay / 60 % 60),
                  static_cast<long long>(secondOfDay % 60));
    return text;
}

// Writes the long-format file: each respondent answers a run of touchpoints along the journey
// (csat mostly, ces for service touchpoints, now and then an expectation) and the journey NPS.
qint64 generate(const QString &path, const Journey &journey, qint64 rows)
{
    std::vector<std::string> touchpoints;
    for (const Touchpoint &touchpoint : journey.touchpoints()) {
        std::string name = touchpoint.name.toStdString();
        if (name.find_first_of(",\"") != std::string::npos) {
            std::string quoted = "\"";
            for (const char c : name)
                quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
            name = quoted + "\"";
        }
        touchpoints.push_back(name);
    }
    const std::vector<std::string> segments = {"SIM only", "Handset bundle", "Business"};
    const qint64 respondents = std::max<qint64>(1, rows / 20);

    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return -1;
    std::mt19937_64 random(20260314);
    std::string out;
    out.reserve(1 << 20);
    out += "respondent,timestamp,segment,touchpoint,metric,value,kind\n";
    qint64 written = 0;
    for (qint64 r = 0; written < rows; ++r) {
        const qint64 respondent = r % respondents;
        char key[24];
        std::snprintf(key, sizeof key, "R_%08llx", static_cast<unsigned long long>(respondent * 2654435761ULL % 4294967291ULL));
        const std::string &segment = segments[respondent % segments.size()];
        const qint64 when = (FirstDay + qint64(random() % 365)) * 86400 + qint64(random() % 86400);
        const std::string time = isoTime(when);
        const int bias = int(respondent % 5) - 2;
        const size_t first = random() % touchpoints.size();
        const int count = 14 + int(random() % 10);
        auto line = [&](const std::string &touchpoint, const char *metric, int value, const char *kind) {
            out += key;
            out += ',';
            out += time;
            out += ',';
            out += segment;
            out += ',';
            out += touchpoint;
            out += ',';
            out += metric;
            out += ',';
            out += std::to_string(value);
            out += ',';
            out += kind;
            out += '\n';
            ++written;
        };
        for (int i = 0; i < count && written < rows; ++i) {
            const std::string &touchpoint = touchpoints[(first + size_t(i)) % touchpoints.size()];
            const int roll = int(random() % 100);
            if (roll < 70)
                line(touchpoint, "csat", std::clamp(3 + bias + int(random() % 3) - 1, 1, 5), "");
            else if (roll < 90)
                line(touchpoint, "ces", std::clamp(5 + bias + int(random() % 3) - 1, 1, 7), "experience");
            else
                line(touchpoint, "csat", std::clamp(4 + int(random() % 2), 1, 5), "expectation");
        }
        if (written < rows)
            line(std::string(), "nps", std::clamp(7 + bias + int(random() % 4) - 1, 0, 10), "");
        if (out.size() > (1 << 20) - 4096) {
            file.write(out.data(), qint64(out.size()));
            out.clear();
        }
    }
    file.write(out.data(), qint64(out.size()));
    return written;
}

// Runs a program under /usr/bin/time -v: wall-clock seconds (our own clock) and peak RSS.
std::optional<Measured> timed(const QString &program, const QStringList &arguments, QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral("/usr/bin/time"), QStringList{QStringLiteral("-v"), program} + arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit) {
        *output = QStringLiteral("%1 did not finish").arg(program);
        return std::nullopt;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const QString err = QString::fromUtf8(process.readAllStandardError());
    *output = QString::fromUtf8(process.readAllStandardOutput()) + err;
    if (process.exitCode() != 0)
        return std::nullopt;
    static const QRegularExpression rss(QStringLiteral("Maximum resident set size \\(kbytes\\): (\\d+)"));
    static const QRegularExpression user(QStringLiteral("User time \\(seconds\\): ([\\d.]+)"));
    static const QRegularExpression system(QStringLiteral("System time \\(seconds\\): ([\\d.]+)"));
    const QRegularExpressionMatch match = rss.match(err);
    if (!match.hasMatch())
        return std::nullopt;
    const double cpu = user.match(err).captured(1).toDouble() + system.match(err).captured(1).toDouble();
    return Measured{seconds, cpu, match.captured(1).toDouble() / 1024.0};
}

std::optional<Options> parseOptions(const QStringList &arguments)
{
    Options options;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const bool hasValue = i + 1 < arguments.size();
        if (argument == QLatin1String("--check")) {
            options.check = true;
        } else if (argument == QLatin1String("--rows") && hasValue) {
            options.rows = arguments.at(++i).toLongLong();
        } else if (argument == QLatin1String("--runs") && hasValue) {
            options.runs = arguments.at(++i).toInt();
        } else if (argument == QLatin1String("--dir") && hasValue) {
            options.dir = arguments.at(++i);
        } else {
            return std::nullopt;
        }
    }
    if (options.rows < 1 || options.runs < 1)
        return std::nullopt;
    return options;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const std::optional<Options> options = parseOptions(QCoreApplication::arguments());
    if (!options) {
        std::fprintf(stderr, "usage: bench_import [--rows N] [--runs N] [--dir DIR] [--check]\n");
        return 2;
    }
    for (const char *tool : {"/usr/bin/time", "/usr/bin/sqlite3"}) {
        if (!QFileInfo(QString::fromLatin1(tool)).isExecutable()) {
            std::fprintf(stderr, "bench_import: %s is missing (apt-get install time sqlite3)\n", tool);
            return 2;
        }
    }
    const QString cxmap = QStringLiteral(CXMAP_EXECUTABLE);

    QTemporaryDir temporary;
    const QDir dir(options->dir.isEmpty() ? temporary.path() : options->dir);
    if (!dir.exists() && !QDir().mkpath(dir.path())) {
        std::fprintf(stderr, "bench_import: cannot create %s\n", qPrintable(dir.path()));
        return 2;
    }
    const QString data = dir.filePath(QStringLiteral("answers.csv"));
    const QString fresh = dir.filePath(QStringLiteral("fresh.cxmap"));
    const QString document = dir.filePath(QStringLiteral("bench.cxmap"));
    const QString plain = dir.filePath(QStringLiteral("plain.db"));

    QElapsedTimer timer;
    timer.start();
    const qint64 rows = generate(data, loadDemoJourney(), options->rows);
    if (rows < 0) {
        std::fprintf(stderr, "bench_import: cannot write %s\n", qPrintable(data));
        return 2;
    }
    QFile::remove(fresh);
    writeDemoDocument(fresh, true);
    std::printf("generated %lld answers (%.1f MB) in %.1f s; demo document %.1f MB\n",
                static_cast<long long>(rows), double(QFileInfo(data).size()) / 1e6,
                double(timer.elapsed()) / 1000.0, double(QFileInfo(fresh).size()) / 1e6);

    std::printf("load average %s\n", machineLoad().constData());
    std::vector<double> importSeconds, importPeak, sqliteSeconds, sqlitePeak, ratios, cpuRatios;
    for (int run = 0; run < options->runs; ++run) {
        QString output;
        for (const QString &file : {document, document + QStringLiteral("-journal"), plain})
            QFile::remove(file);
        QFile::copy(fresh, document);
        const std::optional<Measured> imported = timed(cxmap, {QStringLiteral("import"), document, data}, &output);
        if (!imported) {
            std::fprintf(stderr, "bench_import: cxmap import failed:\n%s\n", qPrintable(output));
            return 2;
        }
        if (run == 0)
            std::printf("%s", qPrintable(output.section(QStringLiteral("\tCommand being timed"), 0, 0)));
        const std::optional<Measured> loaded = timed(QStringLiteral("/usr/bin/sqlite3"),
                                                     {plain, QStringLiteral(".import --csv %1 t").arg(data)}, &output);
        if (!loaded) {
            std::fprintf(stderr, "bench_import: sqlite3 .import failed:\n%s\n", qPrintable(output));
            return 2;
        }
        std::printf("run %d: cxmap import %.2f s (CPU %.2f s, peak %.0f MB), sqlite3 .import %.2f s (CPU %.2f s, "
                    "peak %.0f MB): ratio %.2f\n",
                    run + 1, imported->seconds, imported->cpuSeconds, imported->peakMiB, loaded->seconds,
                    loaded->cpuSeconds, loaded->peakMiB, imported->seconds / loaded->seconds);
        std::fflush(stdout);
        importSeconds.push_back(imported->seconds);
        importPeak.push_back(imported->peakMiB);
        sqliteSeconds.push_back(loaded->seconds);
        sqlitePeak.push_back(loaded->peakMiB);
        ratios.push_back(imported->seconds / loaded->seconds);
        cpuRatios.push_back(imported->cpuSeconds / loaded->cpuSeconds);
    }

    const double ratio = median(ratios);
    const double peak = *std::max_element(importPeak.begin(), importPeak.end());
    std::printf("median of %d: cxmap import %.2f s, sqlite3 .import %.2f s; ratio %.2f (target <= %.1f; CPU-time "
                "ratio %.2f); cxmap peak RSS %.0f MB (target < %.0f), sqlite3 peak RSS %.0f MB\n",
                options->runs, median(importSeconds), median(sqliteSeconds), ratio, TargetRatio, median(cpuRatios),
                peak, TargetPeakMiB, median(sqlitePeak));
    const bool pass = ratio <= TargetRatio && peak < TargetPeakMiB;
    std::printf("load average at the end %s\n%s\n", machineLoad().constData(), pass ? "PASS" : "FAIL");
    return options->check && !pass ? 1 : 0;
}
