// Graph analysis benchmark: a journey of 10,000 touchpoints and 30,000 transitions shaped like
// a real one (7 stages, transitions mostly forward within a stage or to the next, 3 % going
// back from support and renewal to use), timed through makeSnapshot, reach, structure and
// the weakest and best paths. Prints the median of 5 runs per part; the target is < 1 s total.
//
//   bench_graph [--check]     --check: exit 1 when the median total misses the target

#include "analysis/graphanalysis.h"
#include "analysis/graphsnapshot.h"
#include "analysis/reach.h"
#include "model/journey.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QStringLiteral>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <random>
#include <utility>
#include <vector>

using namespace cxmap;

namespace {

constexpr int TouchpointCount = 10'000;
constexpr int TransitionCount = 30'000;
constexpr int Runs = 5;
constexpr double TargetSeconds = 1.0;

struct Bench
{
    Journey journey;
    QHash<TouchpointId, double> performance;
};

Bench makeJourney()
{
    Bench bench;
    Journey &journey = bench.journey;
    journey = Journey::fromTemplate(Journey::Template::Default);
    const auto &stages = journey.stages().items();
    const auto &lanes = journey.lanes().items();
    const int stageCount = int(stages.size());
    std::mt19937 random(20240601);

    // Touchpoints per stage; within a stage a touchpoint's slot is its position along the
    // stage, which is where customers come from and go to (locality, as on a real map).
    std::vector<std::vector<TouchpointId>> byStage(static_cast<size_t>(stageCount));
    for (int i = 0; i < TouchpointCount; ++i) {
        const int stage = i * stageCount / TouchpointCount;
        auto &placed = byStage[size_t(stage)];
        Touchpoint touchpoint;
        touchpoint.id = TouchpointId(journey.allocateId());
        touchpoint.stage = stages.at(stage).id;
        touchpoint.lane = lanes.at(qsizetype(placed.size() % size_t(lanes.size()))).id;
        touchpoint.name = QStringLiteral("Touchpoint %1").arg(i);
        journey.touchpoints().append(touchpoint);
        placed.push_back(touchpoint.id);
    }

    // Stage indices of the default template: 4 Use, 5 Get support, 6 Renew or leave.
    constexpr int Use = 4;
    constexpr int Support = 5;
    constexpr int Renew = 6;
    constexpr int Window = 60;
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    QSet<std::pair<qint64, qint64>> seen;
    auto connect = [&](TouchpointId a, TouchpointId b) {
        if (a == b || seen.contains({a.value(), b.value()}))
            return;
        seen.insert({a.value(), b.value()});
        journey.transitions().append(Transition{TransitionId(journey.allocateId()), a, b, {}, {}});
    };
    auto near = [&](int slot, int fromSize, int toSize) {
        const int centre = int(double(slot) / double(fromSize) * double(toSize));
        return std::clamp(centre + int(random() % (2 * Window + 1)) - Window, 0, toSize - 1);
    };
    // A backbone first, so that customers come into every touchpoint after the first stage and
    // go on from every touchpoint before the last, as on a map someone drew.
    for (int stage = 1; stage < stageCount; ++stage) {
        const auto &to = byStage[size_t(stage)];
        const auto &from = byStage[size_t(stage - 1)];
        for (int slot = 0; slot < int(to.size()); ++slot)
            connect(from[size_t(near(slot, int(to.size()), int(from.size())))], to[size_t(slot)]);
        for (int slot = 0; slot < int(from.size()); ++slot)
            connect(from[size_t(slot)], to[size_t(near(slot, int(from.size()), int(to.size())))]);
    }
    // Support loops: 3 % of the transitions send customers back to use, from support (most)
    // and from renewal.
    constexpr int BackCount = TransitionCount * 3 / 100;
    for (int back = 0; back < BackCount; ++back) {
        const int stage = back % 5 == 0 ? Renew : Support;
        const auto &from = byStage[size_t(stage)];
        const auto &to = byStage[size_t(Use)];
        const int slot = int(random() % unsigned(from.size()));
        connect(from[size_t(slot)], to[size_t(near(slot, int(from.size()), int(to.size())))]);
    }
    // The rest onwards, within the stage or to the next.
    while (journey.transitions().size() < TransitionCount) {
        const int stage = int(random() % unsigned(stageCount));
        const auto &from = byStage[size_t(stage)];
        const int slot = int(random() % unsigned(from.size()));
        const int target = unit(random) < 0.5 ? stage : stage + 1;
        if (target >= stageCount)
            continue;
        const auto &to = byStage[size_t(target)];
        const int toSlot = target == stage
                               ? slot + 1 + int(random() % Window) // forward: no loop in a stage
                               : near(slot, int(from.size()), int(to.size()));
        if (toSlot < int(to.size()))
            connect(from[size_t(slot)], to[size_t(toSlot)]);
    }

    // Shares as people enter them: a third of the touchpoints fully, a tenth partly.
    QHash<TouchpointId, QList<qsizetype>> outgoing;
    for (qsizetype t = 0; t < journey.transitions().size(); ++t)
        outgoing[journey.transitions().at(t).from].append(t);
    for (auto it = outgoing.cbegin(); it != outgoing.cend(); ++it) {
        const double kind = unit(random);
        if (kind > 0.43)
            continue;
        std::vector<double> weights;
        for (qsizetype i = 0; i < it->size(); ++i)
            weights.push_back(0.1 + unit(random));
        double sum = 0.0;
        for (double w : weights)
            sum += w;
        for (qsizetype i = 0; i < it->size(); ++i) {
            if (kind > 0.33 && i % 2 == 1)
                continue; // partly given: the rest share the remainder
            Transition transition = journey.transitions().at(it->at(i));
            transition.share = weights[size_t(i)] / sum;
            journey.transitions().replace(transition);
        }
    }

    for (const Touchpoint &touchpoint : journey.touchpoints())
        if (unit(random) < 0.95)
            bench.performance.insert(touchpoint.id, 100.0 * unit(random));
    return bench;
}

double seconds(std::chrono::steady_clock::time_point from, std::chrono::steady_clock::time_point to)
{
    return std::chrono::duration<double>(to - from).count();
}

} // namespace

int main(int argc, char **argv)
{
    const bool check = argc > 1 && std::strcmp(argv[1], "--check") == 0;
    const Bench bench = makeJourney();

    enum Part { Snapshot, Reach, Structure, Weakest, Best, Total, PartCount };
    const std::array<const char *, PartCount> names = {
        "makeSnapshot", "computeReach", "analyseStructure", "weakestPath", "bestPath", "total"};
    std::array<std::vector<double>, PartCount> times;
    double checksum = 0.0;
    for (int run = 0; run < Runs; ++run) {
        using Clock = std::chrono::steady_clock;
        const auto t0 = Clock::now();
        const GraphSnapshot snapshot = makeSnapshot(bench.journey);
        const auto t1 = Clock::now();
        const ReachResult reach = computeReach(snapshot);
        const auto t2 = Clock::now();
        const GraphStructure structure = analyseStructure(snapshot);
        const auto t3 = Clock::now();
        const JourneyPath weakest = weakestPath(snapshot, bench.performance);
        const auto t4 = Clock::now();
        const JourneyPath best = bestPath(snapshot, bench.performance);
        const auto t5 = Clock::now();
        times[Snapshot].push_back(seconds(t0, t1));
        times[Reach].push_back(seconds(t1, t2));
        times[Structure].push_back(seconds(t2, t3));
        times[Weakest].push_back(seconds(t3, t4));
        times[Best].push_back(seconds(t4, t5));
        times[Total].push_back(seconds(t0, t5));

        if (run == 0) {
            const StrongComponents components = snapshot.strongComponents();
            qsizetype largest = 0;
            for (const QList<int> &members : components.members)
                largest = std::max(largest, members.size());
            double exitSum = 0.0;
            for (double p : reach.exitProbability)
                exitSum += p;
            std::printf("graph: %d touchpoints, %d transitions, %zu entries, %zu exits, "
                        "largest loop %lld touchpoints, %lld rework loops\n",
                        snapshot.nodeCount(), snapshot.edgeCount(), snapshot.entries().size(),
                        snapshot.exits().size(), static_cast<long long>(largest),
                        static_cast<long long>(structure.reworkLoops.size()));
            std::printf("reach: exits absorb %.12f, trapped %.3g; unavoidable %lld, dead ends "
                        "%lld, unreachable %lld\n",
                        exitSum, reach.trappedProbability,
                        static_cast<long long>(structure.unavoidable.size()),
                        static_cast<long long>(structure.deadEnds.size()),
                        static_cast<long long>(structure.unreachable.size()));
            std::printf("weakest path: %lld touchpoints, minimum %.2f%s; best path: %lld "
                        "touchpoints, minimum %.2f\n",
                        static_cast<long long>(weakest.touchpoints.size()),
                        weakest.minimum.value_or(-1.0), weakest.exact ? "" : " (not exact)",
                        static_cast<long long>(best.touchpoints.size()),
                        best.minimum.value_or(-1.0));
            if (largest < 1000) {
                std::fprintf(stderr, "benchmark graph has no loop of 1,000 touchpoints\n");
                return 2;
            }
        }
        checksum += reach.reach.value(snapshot.touchpoint(0));
    }

    std::printf("median of %d runs (ms):\n", Runs);
    for (int part = 0; part < PartCount; ++part) {
        std::vector<double> &list = times[size_t(part)];
        std::sort(list.begin(), list.end());
        std::printf("  %-18s %8.1f\n", names[size_t(part)], 1000.0 * list[list.size() / 2]);
    }
    const double total = times[Total][times[Total].size() / 2];
    std::printf("target < %.0f ms: %s (checksum %.6f)\n", 1000.0 * TargetSeconds,
                total < TargetSeconds ? "met" : "MISSED", checksum);
    return check && total >= TargetSeconds ? 1 : 0;
}
