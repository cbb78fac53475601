#pragma once

#include "analysis/spotlight.h"
#include "model/ids.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cxmap {

class Journey;
struct Findings;

/** What a step of the presentation shows. */
enum class StepKind { Title, Overview, StageFocus, WeakestLink, MomentsOfTruth, FixFirst, Summary };

/** One step of the workshop presentation: what the room sees and what the facilitator says. */
struct PresentationStep
{
    StepKind kind = StepKind::Title;
    /** The headline on screen ("Onboard", "Weakest link 1 of 4"). */
    QString title;
    /** The plain-words line under it ("3.1 of 5 · 412 answers · lowest in the journey"). */
    QString caption;
    /** The stage a Stage step glides to (its index), or -1. */
    qsizetype stage = -1;
    /** The touchpoint a WeakestLink step centres on. */
    TouchpointId touchpoint;
    /** The spotlight the map shows at this step. */
    SpotlightKind spotlight = SpotlightKind::None;
    /** For the presenter's view: what to say, what the numbers rest on. */
    QStringList notes;
};

/**
 * The presentation's steps (DESIGN §8): title with the data basis → overview with the experience
 * lane → each stage in turn → the weakest links one at a time → the moments of truth → the
 * fix-first quadrant → a summary with the room's votes. Built from the map and its findings,
 * in the words of the findings panel.
 */
QList<PresentationStep> planPresentation(const Journey &journey, const Findings &findings);

/** "3.1 of 5 · 412 answers · lowest in the journey · every customer passes it". */
QString weakLinkCaption(const Journey &journey, const Findings &findings, TouchpointId touchpoint);

} // namespace cxmap
