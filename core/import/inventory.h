#pragma once

#include "model/journey.h"

#include <QString>

class QIODevice;

namespace cxmap {

/** What an inventory added to the map. */
struct InventorySummary
{
    int stagesAdded = 0;
    int lanesAdded = 0;
    int touchpoints = 0;
    int transitions = 0;
};

/**
 * The touchpoint inventory of DESIGN §5: the spreadsheets CX teams keep, made into a map.
 *
 * The touchpoints CSV has a header naming its columns, in any order: `stage`, `lane`, `name`
 * (or `touchpoint`), and optionally `kind` (direct or indirect), `owner`, `description`,
 * `target` (0–100) and `notes`; other columns are ignored. The transitions CSV has `from`, `to`
 * (touchpoint names) and optionally `share` (0–1, or a percentage) and `label`. Both are read as
 * survey exports are (RFC 4180, `,` `;` or tab, a BOM, title lines above the header).
 *
 * Stages and lanes are matched by name (ignoring case); unknown ones are appended in order of
 * first appearance. New touchpoints are laid out by placeNewCards() (core/layout): in rows of
 * cards below any already there; a stage or lane grows when a cell needs more room, keeping
 * cells roughly as wide as they are tall.
 *
 * Returns `base` extended; throws DocumentError "<file>:<line>:<column>: <what>" (column counted
 * from 1) for a duplicate touchpoint name (ignoring case and punctuation, as imports match
 * them), a missing name, stage or lane, a bad kind or target, a transition naming an unknown
 * touchpoint, a bad share, or a file that cannot be read; `base` is never changed.
 */
Journey importInventory(const Journey &base, const QString &touchpointsPath, const QString &transitionsPath = QString(),
                        InventorySummary *summary = nullptr);

/** The same from open devices; the names are used in messages only. */
Journey importInventory(const Journey &base, QIODevice *touchpoints, const QString &touchpointsName,
                        QIODevice *transitions = nullptr, const QString &transitionsName = QString(),
                        InventorySummary *summary = nullptr);

} // namespace cxmap
