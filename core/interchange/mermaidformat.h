#pragma once

#include "journeyformat.h"

namespace cxmap {

/**
 * Mermaid's `journey` diagram, as developers write it in Markdown:
 *
 * ```
 * journey
 *     title Switching mobile contract
 *     section Discover
 *       Search & website: 3: Web
 *       Friend's recommendation: 4: Social
 * ```
 *
 * Written: the title is the map's name, `accDescr` its description, one `section` per stage,
 * one task per touchpoint (stage by stage, lane by lane, top to bottom) scored on Mermaid's 1–5
 * from its measured performance where answers were analysed, else from its target, else 3, with
 * its lane as the actor. Characters Mermaid cannot show in a name (`:` `;` `#`, a `,` in an
 * actor, line breaks) become look-alikes, and everything else of the map is reported.
 *
 * Read (the same subset): sections → stages, tasks → touchpoints with the score as their target,
 * the first actor → the lane (others into the notes), the sequence → a transition from each
 * task to the next, and a tidy layout. `%%` comments and front matter are skipped.
 */
class MermaidFormat : public TextJourneyFormat
{
public:
    QString id() const override { return QStringLiteral("mermaid"); }
    QString name() const override { return QStringLiteral("Mermaid journey"); }
    QStringList extensions() const override
    {
        return {QStringLiteral("mmd"), QStringLiteral("mermaid")};
    }
    bool writesScores() const override { return true; }

    JourneyBundle parse(const QByteArray &data, const QString &name,
                        FormatReport &report) const override;
    QByteArray serialize(const JourneyBundle &bundle, FormatReport &report) const override;
};

} // namespace cxmap
