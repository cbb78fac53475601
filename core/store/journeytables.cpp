#include "journeytables.h"

#include "model/journey.h"
#include "sqlitedb.h"
#include "workshoptables.h"

namespace cxmap {

namespace {

QString property(SqliteDatabase &db, const char *key)
{
    SqliteStatement query(db, "SELECT value FROM document WHERE key = ?");
    query.bind(1, QString::fromLatin1(key));
    return query.step() ? query.columnText(0) : QString();
}

void setProperty(SqliteStatement &insert, const char *key, const QString &value)
{
    insert.bind(1, QString::fromLatin1(key));
    insert.bind(2, value);
    insert.run();
}

template<typename IdType>
void readBands(SqliteDatabase &db, const char *sql, IndexedList<Band<IdType>, IdType> &bands)
{
    SqliteStatement query(db, sql);
    while (query.step())
        bands.append(Band<IdType>{IdType(query.columnInt(0)), query.columnText(1),
                                  query.columnDouble(2)});
}

template<typename IdType>
void writeBands(SqliteDatabase &db, const char *sql, const IndexedList<Band<IdType>, IdType> &bands)
{
    SqliteStatement insert(db, sql);
    for (qsizetype i = 0; i < bands.size(); ++i) {
        const Band<IdType> &band = bands.at(i);
        insert.bind(1, band.id.value());
        insert.bind(2, static_cast<qint64>(i));
        insert.bind(3, band.name);
        insert.bind(4, band.extent);
        insert.run();
    }
}

} // namespace

Journey readJourney(SqliteDatabase &db)
{
    Journey journey;
    journey.setName(property(db, "name"));
    journey.setDescription(property(db, "description"));
    journey.setOutcomeMetric(property(db, "outcome_metric"));

    readBands(db, "SELECT id, name, width FROM stage ORDER BY position", journey.stages());
    readBands(db, "SELECT id, name, height FROM lane ORDER BY position", journey.lanes());

    SqliteStatement touchpoints(db, "SELECT id, stage_id, lane_id, name, description, kind, owner,"
                                    " target, moment_of_truth, notes, x, y FROM touchpoint"
                                    " ORDER BY position");
    while (touchpoints.step()) {
        Touchpoint touchpoint;
        touchpoint.id = TouchpointId(touchpoints.columnInt(0));
        touchpoint.stage = StageId(touchpoints.columnInt(1));
        touchpoint.lane = LaneId(touchpoints.columnInt(2));
        touchpoint.name = touchpoints.columnText(3);
        touchpoint.description = touchpoints.columnText(4);
        touchpoint.kind = kindFromString(touchpoints.columnText(5)).value_or(TouchpointKind::Direct);
        touchpoint.owner = touchpoints.columnText(6);
        touchpoint.target = touchpoints.columnOptionalDouble(7);
        touchpoint.momentOfTruth = touchpoints.columnInt(8) != 0;
        touchpoint.notes = touchpoints.columnText(9);
        touchpoint.position = QPointF(touchpoints.columnDouble(10), touchpoints.columnDouble(11));
        journey.touchpoints().append(touchpoint);
    }

    SqliteStatement transitions(db, "SELECT id, from_id, to_id, share, label FROM transition"
                                    " ORDER BY position");
    while (transitions.step()) {
        journey.transitions().append(Transition{
            TransitionId(transitions.columnInt(0)), TouchpointId(transitions.columnInt(1)),
            TouchpointId(transitions.columnInt(2)), transitions.columnOptionalDouble(3),
            transitions.columnText(4)});
    }

    journey.workshop() = readWorkshop(db);

    // The counter must stay above every ID in the file, whatever the stored value says.
    qint64 highest = 0;
    for (const Stage &stage : journey.stages())
        highest = std::max(highest, stage.id.value());
    for (const Lane &lane : journey.lanes())
        highest = std::max(highest, lane.id.value());
    for (const Touchpoint &touchpoint : journey.touchpoints())
        highest = std::max(highest, touchpoint.id.value());
    for (const Transition &transition : journey.transitions())
        highest = std::max(highest, transition.id.value());
    const Workshop &workshop = journey.workshop();
    for (const WorkshopSession &session : workshop.sessions)
        highest = std::max(highest, session.id);
    for (const WorkshopVote &vote : workshop.votes)
        highest = std::max(highest, vote.id);
    for (const WorkshopNote &note : workshop.notes)
        highest = std::max(highest, note.id);
    journey.setNextId(std::max(property(db, "next_id").toLongLong(), highest + 1));
    return journey;
}

void writeJourney(SqliteDatabase &db, const Journey &journey)
{
    db.execute("DELETE FROM transition; DELETE FROM touchpoint; DELETE FROM lane;"
               " DELETE FROM stage");

    SqliteStatement setter(db, "INSERT OR REPLACE INTO document (key, value) VALUES (?, ?)");
    setProperty(setter, "name", journey.name());
    setProperty(setter, "description", journey.description());
    setProperty(setter, "outcome_metric", journey.outcomeMetric());
    setProperty(setter, "next_id", QString::number(journey.nextId()));

    writeBands(db, "INSERT INTO stage (id, position, name, width) VALUES (?, ?, ?, ?)",
               journey.stages());
    writeBands(db, "INSERT INTO lane (id, position, name, height) VALUES (?, ?, ?, ?)",
               journey.lanes());

    SqliteStatement touchpoints(db, "INSERT INTO touchpoint (id, position, stage_id, lane_id, name,"
                                    " description, kind, owner, target, moment_of_truth, notes, x, y)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (qsizetype i = 0; i < journey.touchpoints().size(); ++i) {
        const Touchpoint &touchpoint = journey.touchpoints().at(i);
        touchpoints.bind(1, touchpoint.id.value());
        touchpoints.bind(2, static_cast<qint64>(i));
        touchpoints.bind(3, touchpoint.stage.value());
        touchpoints.bind(4, touchpoint.lane.value());
        touchpoints.bind(5, touchpoint.name);
        touchpoints.bind(6, touchpoint.description);
        touchpoints.bind(7, kindToString(touchpoint.kind));
        touchpoints.bind(8, touchpoint.owner);
        touchpoints.bind(9, touchpoint.target);
        touchpoints.bind(10, touchpoint.momentOfTruth ? 1 : 0);
        touchpoints.bind(11, touchpoint.notes);
        touchpoints.bind(12, touchpoint.position.x());
        touchpoints.bind(13, touchpoint.position.y());
        touchpoints.run();
    }

    SqliteStatement transitions(db, "INSERT INTO transition (id, position, from_id, to_id, share,"
                                    " label) VALUES (?, ?, ?, ?, ?, ?)");
    for (qsizetype i = 0; i < journey.transitions().size(); ++i) {
        const Transition &transition = journey.transitions().at(i);
        transitions.bind(1, transition.id.value());
        transitions.bind(2, static_cast<qint64>(i));
        transitions.bind(3, transition.from.value());
        transitions.bind(4, transition.to.value());
        transitions.bind(5, transition.share);
        transitions.bind(6, transition.label);
        transitions.run();
    }

    writeWorkshop(db, journey.workshop());
}

} // namespace cxmap
