// Canvas benchmark (issue 5): a map of 2,000 touchpoints and 6,000 transitions is opened — file
// read, document and scene built, every card scored — in under a second, and a full repaint of a 1920×1080 view
// stays under 16 ms on the software rasteriser, whether the whole map is in view or a part of it
// at 100%. Prints the median of several runs per case.
//
//   QT_QPA_PLATFORM=offscreen bench_canvas [--check]   --check: exit 1 when a target is missed

#include "benchmachine.h"
#include "canvas/itemtypes.h"
#include "canvas/journeyscene.h"
#include "document/editorstate.h"
#include "canvas/journeyview.h"
#include "document/journeydocument.h"
#include "store/documentfile.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>
#include <random>
#include <time.h>
#include <vector>

using namespace cxmap;

using cxmap::bench::machineLoad;
using cxmap::bench::median;

namespace {

constexpr int Stages = 20;
constexpr int Lanes = 10;
constexpr int PerCell = 10;
constexpr int TouchpointCount = Stages * Lanes * PerCell;
constexpr int TransitionCount = 3 * TouchpointCount;
constexpr double OpenTargetMs = 1000.0;
constexpr double PaintTargetMs = 16.0;

// Ten cards per cell in two columns of five, as a tidy map of that size would be.
Journey makeJourney()
{
    Journey journey;
    journey.setName(QStringLiteral("Benchmark journey"));
    for (int s = 0; s < Stages; ++s)
        journey.addStage(QStringLiteral("Stage %1").arg(s + 1), 440);
    for (int l = 0; l < Lanes; ++l)
        journey.addLane(QStringLiteral("Channel %1").arg(l + 1), 380);
    std::mt19937 random(20240605);
    std::vector<std::vector<TouchpointId>> byStage(Stages);
    for (int s = 0; s < Stages; ++s) {
        for (int l = 0; l < Lanes; ++l) {
            for (int i = 0; i < PerCell; ++i) {
                Touchpoint t;
                t.id = TouchpointId(journey.allocateId());
                t.stage = journey.stages().at(s).id;
                t.lane = journey.lanes().at(l).id;
                t.name = QStringLiteral("Touchpoint %1.%2.%3 with a longer name").arg(s).arg(l).arg(i);
                t.owner = QStringLiteral("Department %1").arg(l);
                t.kind = i % 7 == 0 ? TouchpointKind::Indirect : TouchpointKind::Direct;
                t.position = QPointF(10 + (i / 5) * 210, 10 + (i % 5) * 74);
                journey.touchpoints().append(t);
                byStage[size_t(s)].push_back(t.id);
            }
        }
    }
    // Mostly on to the next stage, some within the stage, a few back (support loops).
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    while (journey.transitions().size() < TransitionCount) {
        const int s = int(random() % Stages);
        const double kind = unit(random);
        const int target = kind < 0.75 ? s + 1 : (kind < 0.95 ? s : s - 3);
        if (target < 0 || target >= Stages)
            continue;
        const auto &from = byStage[size_t(s)];
        const auto &to = byStage[size_t(target)];
        const size_t a = random() % from.size();
        // Near the same lane: customers rarely jump across the whole map.
        const size_t b = std::clamp<size_t>(a + random() % 40 - 20, 0, to.size() - 1);
        if (from[a] == to[b])
            continue;
        Transition transition{TransitionId(journey.allocateId()), from[a], to[b], std::nullopt, QString()};
        if (unit(random) < 0.5)
            transition.share = 0.1 + 0.8 * unit(random);
        if (unit(random) < 0.2)
            transition.label = QStringLiteral("goes on");
        journey.transitions().append(transition);
    }
    return journey;
}

double msSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// CPU time of this thread: what the rasteriser costs, whatever else the machine is doing.
double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const bool check = argc > 1 && std::strcmp(argv[1], "--check") == 0;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.cxmap"));
    DocumentFile::create(path, makeJourney());
    std::printf("map: %d touchpoints, %d transitions, %d stages x %d lanes\n", TouchpointCount,
                TransitionCount, Stages, Lanes);

    // Scores on every card, a tenth of them unreliable (hatched), so repaints draw the badges.
    Findings findings;
    {
        const Journey journey = DocumentFile::open(path, DocumentFile::Access::ReadOnly)->readJourney();
        std::mt19937 random(7);
        std::uniform_real_distribution<double> performance(15.0, 95.0);
        for (const Touchpoint &touchpoint : journey.touchpoints()) {
            const bool reliable = random() % 10 != 0;
            TouchpointFinding finding;
            finding.id = touchpoint.id;
            finding.name = touchpoint.name;
            finding.performance.mean = performance(random);
            finding.performance.n = reliable ? 400 : 12;
            finding.reliable = reliable;
            finding.evidence = reliable ? EvidenceLevel::Solid : EvidenceLevel::Thin;
            findings.touchpoints.append(finding);
        }
    }

    // Opening: the file read and checked, the document made, the scene built with every item,
    // route and label.
    std::vector<double> opens;
    std::vector<double> openCpu;
    std::unique_ptr<JourneyDocument> document;
    std::unique_ptr<EditorState> state;
    std::unique_ptr<JourneyScene> scene;
    for (int run = 0; run < 5; ++run) {
        scene.reset();
        state.reset();
        document.reset();
        const double cpuStart = threadCpuMs();
        const auto start = std::chrono::steady_clock::now();
        {
            const std::unique_ptr<DocumentFile> file = DocumentFile::open(path, DocumentFile::Access::ReadOnly);
            document = std::make_unique<JourneyDocument>(file->readJourney());
        }
        state = std::make_unique<EditorState>(document.get());
        scene = std::make_unique<JourneyScene>(state.get());
        // Every card scored, as the map shows once its (cached) findings are read.
        state->setFindings(findings);
        opens.push_back(msSince(start));
        openCpu.push_back(threadCpuMs() - cpuStart);
    }
    const double open = median(opens);
    std::printf("open (read + document + scene): median %.1f ms, cpu %.1f ms (target < %.0f ms)\n", open,
                median(openCpu), OpenTargetMs);

    // Breakdown for profiling: BENCH_HIDE=cards or arrows leaves those out of the repaints.
    const QByteArray hide = qgetenv("BENCH_HIDE");
    for (QGraphicsItem *item : scene->items())
        if ((hide == "cards" && item->type() == TouchpointItemType) || (hide == "arrows" && item->type() == TransitionItemType))
            item->setVisible(false);

    JourneyView view;
    view.setJourneyScene(scene.get());
    view.resize(1920, 1080);
    view.setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    view.show();
    QCoreApplication::processEvents();

    std::printf("1920x1080 view, median ms per frame (target for a repaint: < %.0f ms):\n", PaintTargetMs);
    // A repaint after any change (selection, hover, an edit elsewhere) finds the arrows and
    // cards cached; the first one at a new zoom (every frame of a Ctrl+wheel zoom) draws all of
    // them. Both are printed; the target is held by the repaint.
    struct Case
    {
        const char *name;
        double zoom;
    };
    bool paintMet = true;
    QImage image(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    std::vector<double> cpu;
    auto render = [&view, &image, &cpu] {
        QPainter painter(&image);
        const double cpuStart = threadCpuMs();
        const auto start = std::chrono::steady_clock::now();
        view.viewport()->render(&painter);
        painter.end();
        cpu.push_back(threadCpuMs() - cpuStart);
        return msSince(start);
    };
    for (const Case &c : {Case{"whole map in view", 0.0}, Case{"50%", 0.5}, Case{"100%", 1.0}, Case{"200%", 2.0}}) {
        if (c.zoom > 0) {
            view.setZoom(c.zoom);
            view.centerOn(scene->geometry().bounds().center());
        } else {
            view.fitToWindow();
        }
        const double zoom = view.zoom();
        // The first frame at a new zoom (arrows drafted while zooming), then the first once the
        // zoom settles (arrows smooth). No event processing in between: the view must not
        // repaint itself first.
        std::vector<double> cold;
        std::vector<double> settled;
        std::vector<double> settledCpu;
        for (int run = 1; run <= 7; ++run) {
            view.setZoom(zoom * (1.0 + 1e-3 * run));
            cold.push_back(render());
            view.settleZoom();
            const std::vector<double> before = cpu;
            settled.push_back(render());
            settledCpu.push_back(cpu.back());
            cpu = before;
        }
        const double coldCpu = median(cpu);
        cpu.clear();
        std::vector<double> warm;
        for (int run = 0; run < 25; ++run)
            warm.push_back(render());
        const double paint = median(warm);
        paintMet = paintMet && paint < PaintTargetMs;
        std::printf("%-17s (zoom %3.0f%%): repaint %5.1f ms (cpu %5.1f); first frame of a zoom %5.1f ms "
                    "(cpu %5.1f); first after it settles %5.1f ms (cpu %5.1f)\n",
                    c.name, zoom * 100, paint, median(cpu), median(cold), coldCpu, median(settled),
                    median(settledCpu));
        cpu.clear();
    }
    const bool met = open < OpenTargetMs && paintMet;
    std::printf("targets: %s\n", met ? "met" : "MISSED");
    view.setJourneyScene(nullptr);
    return check && !met ? 1 : 0;
}
