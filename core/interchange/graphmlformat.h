#pragma once

#include "journeyformat.h"

namespace cxmap {

/**
 * GraphML with yEd's extensions: touchpoints are nodes, transitions directed edges, and every
 * node carries yEd's graphics (its card's rectangle where the canvas draws it, filled with its
 * score colour, labelled with its name), so the file opens laid out in yEd and loads in any
 * GraphML reader (networkx, Gephi) with plain attributes.
 *
 * Node attributes: name, stage, lane (by name), kind, owner, description, notes, target,
 * moment_of_truth, and where answers were analysed performance (0–100), n, reliable and colour.
 * Edge attributes: share, label. Graph attributes: name, description, outcome, next_id, and stages
 * and lanes as JSON lists of {id, name, width|height} so that their order and sizes come back. Node
 * IDs are "t" and edge IDs "e" followed by cxmap's IDs.
 *
 * Read back, it gives the whole map: cards return to their cells at their positions (a card
 * dragged outside its cell in yEd is kept inside it). From other programs' GraphML: a node's
 * name is its `name` attribute, else its yEd label, else its ID; nodes without stage or lane
 * go into an "Unassigned" one; group nodes, undirected edges and attributes cxmap has no place
 * for are reported. Scores are never read: they come from answers.
 */
class GraphmlFormat : public TextJourneyFormat
{
public:
    QString id() const override { return QStringLiteral("graphml"); }
    QString name() const override { return QStringLiteral("GraphML (yEd)"); }
    QStringList extensions() const override { return {QStringLiteral("graphml")}; }
    bool supportsFile(const QString &path, const QByteArray &head) const override;
    bool writesScores() const override { return true; }

    JourneyBundle parse(const QByteArray &data, const QString &name,
                        FormatReport &report) const override;
    QByteArray serialize(const JourneyBundle &bundle, FormatReport &report) const override;
};

} // namespace cxmap
