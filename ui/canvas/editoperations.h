#pragma once

#include "document/edittarget.h"
#include "render/mapgeometry.h"

#include <QPointF>
#include <QString>

#include <optional>

namespace cxmap {

class JourneyScene;

/**
 * The editing operations behind the tools, menus and keys. Each acts on a scene's document
 * through one undo command (or one macro) and then selects what it made.
 */
namespace edit {

/** The scene's document may be changed (it is not read-only). */
bool canEdit(const JourneyScene *scene);

/**
 * Adds a touchpoint to the cell, at `position` or at the cell's free position below its cards,
 * selects it and, with `rename`, opens its name for editing.
 */
TouchpointId addTouchpoint(JourneyScene *scene, const Cell &cell,
                           std::optional<QPointF> position = std::nullopt, bool rename = true);
/** Where the add-touchpoint action puts a card: the selection's cell, else the first in view. */
std::optional<Cell> cellForNewTouchpoint(const JourneyScene *scene);

/** Deletes the selected touchpoints (with their transitions), transitions, stage or lane. */
void deleteSelection(JourneyScene *scene);
/** Opens the selected object's name (a transition's label) for editing in place. */
void renameCurrent(JourneyScene *scene);
/** Renames a touchpoint, stage or lane, or relabels a transition; empty names are refused. */
bool rename(JourneyScene *scene, const EditTarget &target, const QString &text);
void selectAll(JourneyScene *scene);
/** Tidies the layout as one undo step; false when it was already tidy. */
bool tidyLayout(JourneyScene *scene);
/** Adds the transition, or selects it when it exists; false when nothing was added. */
bool connect(JourneyScene *scene, TouchpointId from, TouchpointId to);
/** Inserts a stage after the selected one (or at the end) and opens its name. */
void insertStage(JourneyScene *scene);
/** Inserts a lane below the selected one (or at the end) and opens its name. */
void insertLane(JourneyScene *scene);

/** placeClear() of core/layout with the scene's journey and metrics. */
void placeClear(const JourneyScene *scene, QList<Touchpoint> &cards);

/** A name not yet used by a touchpoint: "New touchpoint", "New touchpoint 2"… */
QString uniqueTouchpointName(const Journey &journey, const QString &base);

} // namespace edit
} // namespace cxmap
