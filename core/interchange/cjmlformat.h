#pragma once

#include "journeyformat.h"

namespace cxmap {

/**
 * CJML 2.0, the Customer Journey Modelling Language of SINTEF (cjml.no), as its public tools
 * write it: `<CJML version="2.0">` with planned and actual journeys, each with its phases, its
 * actors (end users and service providers) and its touchpoints in sequence — communication points
 * (an initiator, a receiver and a channel) and actions (one actor) — with an experience rating
 * (1–5) where there is one.
 *
 * Written, a map is one planned journey: stages are phases; lanes are service-provider actors
 * beside one end user, the customer; a direct touchpoint is a communication point from the
 * customer to its lane's actor over the channel of that name, an indirect one an action of its
 * lane's actor (what others do: reviews, friends); the description is the comment and the target
 * the experience rating. What CJML cannot hold is reported: the layout, transitions (CJML tells
 * one sequence), owners, notes, moment-of-truth flags, and targets between the 25-point steps of
 * the 1–5 rating.
 *
 * Read, the first planned journey is the map (the first actual one when there is no plan):
 * phases → stages, actors → lanes (each touchpoint in the lane of its party other than the end
 * user), the sequence → a transition from each touchpoint to the next, a planned rating → the
 * target; a channel that is not the lane's name goes into the notes. Actual journeys are
 * individual customers: their ratings become `emotion` answers (−3…+3) of that customer on the
 * matching touchpoints, and how they deviate from the plan (ad-hoc steps, missing or failing
 * ones) is noted in the map's description.
 */
class CjmlFormat : public TextJourneyFormat
{
public:
    QString id() const override { return QStringLiteral("cjml"); }
    QString name() const override { return QStringLiteral("CJML 2.0 (XML)"); }
    QStringList extensions() const override
    {
        return {QStringLiteral("xml"), QStringLiteral("cjml")};
    }
    bool supportsFile(const QString &path, const QByteArray &head) const override;

    JourneyBundle parse(const QByteArray &data, const QString &name,
                        FormatReport &report) const override;
    QByteArray serialize(const JourneyBundle &bundle, FormatReport &report) const override;
};

} // namespace cxmap
