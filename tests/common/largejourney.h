#pragma once

// A realistic large journey for layout tests, screenshots and benchmarks: the default seven
// stages and seven channel lanes, touchpoints spread over the cells as real maps spread them
// (busy Use and Get support stages, few Chat and Social cards), transitions mostly forward with
// shares, customers staying in their channel or switching, support loops back to use, and
// leavers who come back to compare. Deterministic for a seed.
//
// tst_tidylayout writes it to a .cxmap, untidy and tidied, when CXMAP_LARGE_JOURNEY_DIR is set:
//   CXMAP_LARGE_JOURNEY_DIR=/tmp/maps build/tests/core/layout/tst_tidylayout writesTheLargeJourney
#include "layout/placement.h"
#include "model/journey.h"

#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <numeric>

namespace cxmap::test {

namespace largejourney {

// What happens in each stage, to name cards as a CX team would.
inline QStringList stageActivities(int stage)
{
    static const char *const activities[7][10] = {
        {"Search ad", "Friend's tip", "Review site", "Influencer post", "Store window",
         "Newsletter", "Radio spot", "Banner", "Podcast mention", "Comparison article"},
        {"Plan finder", "Price comparison", "Coverage check", "Handset advice", "Live demo", "FAQ",
         "Trade-in quote", "Family plan calculator", "Sales call", "Brochure"},
        {"Checkout", "Credit check", "Contract signing", "Payment", "Order confirmation",
         "Click and collect", "Upgrade offer", "Promo code", "Delivery slot", "Receipt"},
        {"SIM delivery", "Number porting", "Activation", "Welcome pack", "App login", "Setup call",
         "First bill", "Account setup", "Device transfer", "Voicemail setup"},
        {"Usage check", "Roaming", "Top-up", "Bill payment", "Plan change", "Loyalty reward",
         "Speed test", "Data warning", "Add-on purchase", "Outage notice"},
        {"Fault report", "Billing query", "Repair booking", "Chatbot", "Complaint", "Callback",
         "Technician visit", "Refund", "Escalation", "Community forum"},
        {"Renewal offer", "Retention call", "Cancellation", "Exit survey", "Win-back offer",
         "Contract end notice", "Device buy-out", "Upgrade", "Referral", "Final bill"},
    };
    QStringList list;
    for (const char *activity : activities[stage])
        list.append(QString::fromUtf8(activity));
    return list;
}

inline int weighted(QRandomGenerator &random, const QList<int> &weights)
{
    const int total = std::accumulate(weights.cbegin(), weights.cend(), 0);
    int pick = int(random.bounded(total));
    for (int i = 0; i < weights.size(); ++i) {
        pick -= weights.at(i);
        if (pick < 0)
            return i;
    }
    return int(weights.size()) - 1;
}

} // namespace largejourney

/**
 * `count` touchpoints over the default stages and lanes, with 1–3 transitions out of most of
 * them (shares summing to 1), loops back from support and from leaving,
 * placed as a touchpoint inventory places them (placeNewCards(): rows in generation order), which
 * is what a map looks like before anyone tidies it.
 */
inline Journey largeJourney(int count = 300, quint32 seed = 1)
{
    using namespace largejourney;
    QRandomGenerator random(seed);
    Journey journey = Journey::fromTemplate(Journey::Template::Default);
    journey.setName(QStringLiteral("Large journey (%1 touchpoints)").arg(count));
    const QList<int> stageWeights{12, 14, 12, 14, 20, 18, 10};
    const QList<int> laneWeights{22, 20, 12, 12, 10, 10, 14};
    const int stages = int(journey.stages().size());
    const int lanes = int(journey.lanes().size());

    QList<QList<QList<TouchpointId>>> cells(stages, QList<QList<TouchpointId>>(lanes));
    QList<int> stageOf;
    QSet<QString> names;
    QList<TouchpointId> added;
    for (int i = 0; i < count; ++i) {
        const int stage = weighted(random, stageWeights);
        const int lane = weighted(random, laneWeights);
        const QStringList activities = stageActivities(stage);
        QString name = QStringLiteral("%1 · %2").arg(
            activities.at(int(random.bounded(activities.size()))), journey.lanes().at(lane).name);
        for (int n = 2; names.contains(name); ++n)
            name =
                QStringLiteral("%1 · %2 %3")
                    .arg(name.section(QStringLiteral(" · "), 0, 0), journey.lanes().at(lane).name)
                    .arg(n);
        names.insert(name);
        Touchpoint touchpoint;
        touchpoint.id = TouchpointId(journey.allocateId());
        touchpoint.stage = journey.stages().at(stage).id;
        touchpoint.lane = journey.lanes().at(lane).id;
        touchpoint.name = name;
        touchpoint.kind =
            lane == 5 && random.bounded(2) == 0 ? TouchpointKind::Indirect : TouchpointKind::Direct;
        touchpoint.target = 60.0 + 5.0 * random.bounded(6);
        journey.touchpoints().append(touchpoint);
        cells[stage][lane].append(touchpoint.id);
        stageOf.append(stage);
        added.append(touchpoint.id);
    }

    const auto pickIn = [&](int stage, int lane) -> TouchpointId {
        const QList<TouchpointId> &cell = cells.at(stage).at(lane);
        if (!cell.isEmpty())
            return cell.at(int(random.bounded(cell.size())));
        QList<TouchpointId> anywhere;
        for (const QList<TouchpointId> &other : cells.at(stage))
            anywhere.append(other);
        return anywhere.isEmpty() ? TouchpointId()
                                  : anywhere.at(int(random.bounded(anywhere.size())));
    };
    const QStringList labels{QStringLiteral("upgrade"), QStringLiteral("complaint"),
                             QStringLiteral("switch channel"), QStringLiteral("repeat"),
                             QStringLiteral("self-service")};
    QSet<std::pair<qint64, qint64>> linked;
    for (int i = 0; i < count; ++i) {
        const Touchpoint from = journey.touchpoints().at(i);
        const int stage = stageOf.at(i);
        const int lane = int(journey.lanes().indexOf(from.lane));
        // The last stage mostly ends journeys; a few leavers come back to compare.
        const int out = stage == stages - 1 ? (random.bounded(10) < 3 ? 1 : 0)
                                            : 1 + weighted(random, {50, 35, 15});
        QList<Transition> links;
        for (int k = 0; k < out; ++k) {
            int target;
            if (stage == stages - 1) {
                target = 1;
            } else {
                const int move = weighted(random, {15, 65, 12, 8});
                target = move == 0   ? stage
                         : move == 1 ? stage + 1
                         : move == 2 ? stage + 2
                                     : stage - 1 - int(random.bounded(2));
                // Support loops back to use; otherwise a step back is a rework loop.
                if (stage == 5 && move == 3)
                    target = 4;
                target = std::clamp(target, 0, stages - 1);
            }
            const int targetLane = random.bounded(100) < 45 ? lane : weighted(random, laneWeights);
            const TouchpointId to = pickIn(target, targetLane);
            if (!to.isValid() || to == from.id || linked.contains({from.id.value(), to.value()}))
                continue;
            linked.insert({from.id.value(), to.value()});
            Transition transition;
            transition.from = from.id;
            transition.to = to;
            if (random.bounded(5) == 0)
                transition.label = labels.at(int(random.bounded(labels.size())));
            links.append(transition);
        }
        // Shares: random weights, in hundredths, summing to 1 as the analysis expects.
        QList<double> weights;
        double sum = 0.0;
        for (qsizetype k = 0; k < links.size(); ++k) {
            weights.append(0.2 + random.generateDouble());
            sum += weights.last();
        }
        double given = 0.0;
        for (qsizetype k = 0; k < links.size(); ++k) {
            Transition transition = links.at(k);
            transition.id = TransitionId(journey.allocateId());
            const double share = k + 1 < links.size()
                                     ? std::round(100.0 * weights.at(k) / sum) / 100.0
                                     : std::round(100.0 * (1.0 - given)) / 100.0;
            given += share;
            transition.share = share;
            journey.transitions().append(transition);
        }
    }
    placeNewCards(journey, added);
    return journey;
}

/** The same journey with its cards scattered in their cells, overlapping as a hurried hand leaves
 * them. */
inline Journey scatteredJourney(int count, quint32 seed)
{
    Journey journey = largeJourney(count, seed);
    QRandomGenerator random(seed ^ 0x5eedu);
    const QList<Touchpoint> touchpoints = journey.touchpoints().items();
    for (Touchpoint touchpoint : touchpoints) {
        const double width = journey.stages().find(touchpoint.stage)->extent;
        const double height = journey.lanes().find(touchpoint.lane)->extent;
        touchpoint.position = QPointF(std::round(random.bounded(std::max(1.0, width - 200.0))),
                                      std::round(random.bounded(std::max(1.0, height - 64.0))));
        journey.touchpoints().replace(touchpoint);
    }
    return journey;
}

} // namespace cxmap::test
