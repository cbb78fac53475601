#include "inventory.h"

#include "csvreader.h"
#include "importmapping.h"
#include "layout/placement.h"
#include "store/documenterror.h"
#include "store/safefile.h"
#include "valueparsing.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>

#include <initializer_list>
#include <vector>

namespace cxmap {

namespace {

constexpr int HeaderSearchRows = 10;

// Reads one inventory file: finds its header, then hands out rows with the cells by role.
class InventoryFile
{
public:
    InventoryFile(QIODevice *device, const QString &name)
        : m_reader(device, name)
        , m_name(name)
    {}

    // Finds the header among the first rows (past title lines); `roles` lists each role's
    // accepted names, normalised; a role whose first name starts with '!' is required.
    void readHeader(const QList<QStringList> &roles, const QString &expected)
    {
        m_columns = QList<int>(roles.size(), -1);
        for (int row = 0; row < HeaderSearchRows && next(); ++row) {
            QList<int> columns(roles.size(), -1);
            bool complete = true;
            for (int role = 0; role < roles.size(); ++role) {
                for (int i = 0; i < m_record.size() && columns[role] < 0; ++i) {
                    const QString cell = normaliseLabel(m_record.text(i));
                    for (QString name : roles.at(role)) {
                        name.remove(QLatin1Char('!'));
                        if (cell == name)
                            columns[role] = i;
                    }
                }
                if (columns[role] < 0 && roles.at(role).constFirst().startsWith(QLatin1Char('!')))
                    complete = false;
            }
            if (complete) {
                m_columns = columns;
                return;
            }
        }
        if (m_reader.hasError())
            throw DocumentError(m_reader.errorString());
        throw DocumentError(QCoreApplication::translate("cxmap::Inventory", "%1:%2: no header row naming the columns %3")
                                .arg(m_name)
                                .arg(m_record.line() > 0 ? m_record.line() : 1)
                                .arg(expected));
    }

    bool next()
    {
        if (m_reader.next(m_record))
            return true;
        if (m_reader.hasError())
            throw DocumentError(m_reader.errorString());
        return false;
    }

    QString cell(int role) const
    {
        const int column = m_columns.value(role, -1);
        return column < 0 ? QString() : m_record.text(column).trimmed();
    }

    [[noreturn]] void fail(int role, const QString &what) const
    {
        const int column = m_columns.value(role, -1);
        throw DocumentError(m_name + QLatin1Char(':') + QString::number(m_record.line()) +
                            (column >= 0 ? QLatin1Char(':') + QString::number(column + 1) : QString()) +
                            QStringLiteral(": ") + what);
    }

    qint64 line() const { return m_record.line(); }
    bool commaDecimal() const { return m_reader.delimiter() != ','; }

private:
    CsvReader m_reader;
    CsvRecord m_record;
    QString m_name;
    QList<int> m_columns;
};

enum TouchpointColumn { StageColumn, LaneColumn, NameColumn, KindColumn, OwnerColumn, DescriptionColumn, TargetColumn, NotesColumn };
enum TransitionColumn { FromColumn, ToColumn, ShareColumn, LabelColumn };

QList<QStringList> names(std::initializer_list<std::initializer_list<const char *>> roles)
{
    QList<QStringList> result;
    for (const auto &role : roles) {
        QStringList list;
        for (const char *name : role)
            list << QString::fromLatin1(name);
        result << list;
    }
    return result;
}

// A number, allowing "4,5" where the comma does not separate fields and a trailing "%".
std::optional<double> parseAmount(const QString &text, bool commaDecimal, bool *percent)
{
    QString value = text.trimmed();
    *percent = value.endsWith(QLatin1Char('%'));
    if (*percent)
        value.chop(1);
    return ValueParsing::parseNumber(value.toUtf8(), commaDecimal);
}

} // namespace

Journey importInventory(const Journey &base, QIODevice *touchpointsDevice, const QString &touchpointsName,
                        QIODevice *transitionsDevice, const QString &transitionsName, InventorySummary *summary)
{
    Journey journey = base;
    InventorySummary counts;

    QHash<QString, StageId> stages;
    for (const Stage &stage : journey.stages())
        stages.insert(stage.name.trimmed().toLower(), stage.id);
    QHash<QString, LaneId> lanes;
    for (const Lane &lane : journey.lanes())
        lanes.insert(lane.name.trimmed().toLower(), lane.id);
    // Touchpoints by name as imports match them; the line that named each (0: on the map).
    QHash<QString, std::pair<TouchpointId, qint64>> touchpoints;
    for (const Touchpoint &touchpoint : journey.touchpoints())
        touchpoints.insert(normaliseLabel(touchpoint.name), {touchpoint.id, 0});

    InventoryFile file(touchpointsDevice, touchpointsName);
    file.readHeader(names({{"!stage", "phase"},
                           {"!lane", "channel", "swimlane"},
                           {"!name", "touchpoint", "touchpoint name"},
                           {"kind", "type"},
                           {"owner", "department", "responsible"},
                           {"description"},
                           {"target", "target score"},
                           {"notes", "note"}}),
                    QCoreApplication::translate("cxmap::Inventory", "stage, lane and name (and kind, owner, description, target)"));
    QList<TouchpointId> added;
    while (file.next()) {
        Touchpoint touchpoint;
        touchpoint.name = file.cell(NameColumn);
        if (touchpoint.name.isEmpty())
            file.fail(NameColumn, QCoreApplication::translate("cxmap::Inventory", "a touchpoint needs a name"));
        const QString key = normaliseLabel(touchpoint.name);
        if (const auto existing = touchpoints.constFind(key); existing != touchpoints.cend()) {
            file.fail(NameColumn, existing->second > 0
                                ? QCoreApplication::translate("cxmap::Inventory", "touchpoint \"%1\" is already on line %2").arg(touchpoint.name).arg(existing->second)
                                : QCoreApplication::translate("cxmap::Inventory", "touchpoint \"%1\" is already on the map").arg(touchpoint.name));
        }

        const QString stageName = file.cell(StageColumn);
        const QString laneName = file.cell(LaneColumn);
        if (stageName.isEmpty())
            file.fail(StageColumn, QCoreApplication::translate("cxmap::Inventory", "touchpoint \"%1\" needs a stage").arg(touchpoint.name));
        if (laneName.isEmpty())
            file.fail(LaneColumn, QCoreApplication::translate("cxmap::Inventory", "touchpoint \"%1\" needs a lane").arg(touchpoint.name));
        auto stage = stages.constFind(stageName.toLower());
        if (stage == stages.cend()) {
            stage = stages.insert(stageName.toLower(), journey.addStage(stageName));
            ++counts.stagesAdded;
        }
        auto lane = lanes.constFind(laneName.toLower());
        if (lane == lanes.cend()) {
            lane = lanes.insert(laneName.toLower(), journey.addLane(laneName));
            ++counts.lanesAdded;
        }
        touchpoint.stage = *stage;
        touchpoint.lane = *lane;

        const QString kind = file.cell(KindColumn);
        if (!kind.isEmpty()) {
            const std::optional<TouchpointKind> parsed = kindFromString(kind.toLower());
            if (!parsed)
                file.fail(KindColumn, QCoreApplication::translate("cxmap::Inventory", "kind must be direct or indirect, not \"%1\"").arg(kind));
            touchpoint.kind = *parsed;
        }
        touchpoint.owner = file.cell(OwnerColumn);
        touchpoint.description = file.cell(DescriptionColumn);
        touchpoint.notes = file.cell(NotesColumn);
        if (const QString target = file.cell(TargetColumn); !target.isEmpty()) {
            bool percent = false;
            const std::optional<double> value = parseAmount(target, file.commaDecimal(), &percent);
            if (!value || *value < 0.0 || *value > 100.0)
                file.fail(TargetColumn, QCoreApplication::translate("cxmap::Inventory", "target must be a score from 0 to 100, not \"%1\"").arg(target));
            touchpoint.target = value;
        }
        touchpoint.id = TouchpointId(journey.allocateId());
        journey.touchpoints().append(touchpoint);
        touchpoints.insert(key, {touchpoint.id, file.line()});
        added.append(touchpoint.id);
    }
    counts.touchpoints = int(added.size());

    if (transitionsDevice) {
        InventoryFile edges(transitionsDevice, transitionsName);
        edges.readHeader(names({{"!from", "source"}, {"!to", "target", "destination"}, {"share", "probability"}, {"label"}}),
                         QCoreApplication::translate("cxmap::Inventory", "from and to (and share, label)"));
        QHash<std::pair<qint64, qint64>, qint64> seen;
        for (const Transition &transition : journey.transitions())
            seen.insert({transition.from.value(), transition.to.value()}, 0);
        while (edges.next()) {
            const auto resolve = [&](int role) {
                const QString name = edges.cell(role);
                if (name.isEmpty())
                    edges.fail(role, QCoreApplication::translate("cxmap::Inventory", "a transition needs a touchpoint in \"%1\"")
                                         .arg(role == FromColumn ? QStringLiteral("from") : QStringLiteral("to")));
                const auto found = touchpoints.constFind(normaliseLabel(name));
                if (found == touchpoints.cend())
                    edges.fail(role, QCoreApplication::translate("cxmap::Inventory", "unknown touchpoint \"%1\" (it is neither in %2 nor on the map)")
                                         .arg(name, touchpointsName));
                return found->first;
            };
            Transition transition;
            transition.from = resolve(FromColumn);
            transition.to = resolve(ToColumn);
            if (transition.from == transition.to)
                edges.fail(ToColumn, QCoreApplication::translate("cxmap::Inventory", "a transition from \"%1\" to itself").arg(edges.cell(FromColumn)));
            const std::pair<qint64, qint64> ends{transition.from.value(), transition.to.value()};
            if (const auto duplicate = seen.constFind(ends); duplicate != seen.cend()) {
                edges.fail(ToColumn, *duplicate > 0 ? QCoreApplication::translate("cxmap::Inventory", "the transition from \"%1\" to \"%2\" is already on line %3")
                                                    .arg(edges.cell(FromColumn), edges.cell(ToColumn))
                                                    .arg(*duplicate)
                                              : QCoreApplication::translate("cxmap::Inventory", "the transition from \"%1\" to \"%2\" is already on the map")
                                                    .arg(edges.cell(FromColumn), edges.cell(ToColumn)));
            }
            if (const QString share = edges.cell(ShareColumn); !share.isEmpty()) {
                bool percent = false;
                std::optional<double> value = parseAmount(share, edges.commaDecimal(), &percent);
                if (value && percent)
                    *value /= 100.0;
                if (!value || *value < 0.0 || *value > 1.0)
                    edges.fail(ShareColumn, QCoreApplication::translate("cxmap::Inventory", "share must be a fraction from 0 to 1 (0.6) or a percentage (60%), not \"%1\"")
                                          .arg(share));
                transition.share = value;
            }
            transition.label = edges.cell(LabelColumn);
            transition.id = TransitionId(journey.allocateId());
            journey.transitions().append(transition);
            seen.insert(ends, edges.line());
            ++counts.transitions;
        }
    }

    placeNewCards(journey, added);
    if (summary)
        *summary = counts;
    return journey;
}

Journey importInventory(const Journey &base, const QString &touchpointsPath, const QString &transitionsPath,
                        InventorySummary *summary)
{
    const auto open = [](QFile &file) {
        if (const QString problem = SafeFile::whyNotAReadableFile(file.fileName()); !problem.isEmpty())
            throw DocumentError(QStringLiteral("%1: %2").arg(file.fileName(), problem));
        if (!file.open(QIODevice::ReadOnly))
            throw DocumentError(QCoreApplication::translate("cxmap::Inventory", "%1: cannot read it: %2").arg(file.fileName(), file.errorString()));
    };
    QFile touchpoints(touchpointsPath);
    open(touchpoints);
    QFile transitions(transitionsPath);
    if (!transitionsPath.isEmpty())
        open(transitions);
    return importInventory(base, &touchpoints, touchpointsPath, transitionsPath.isEmpty() ? nullptr : &transitions,
                           transitionsPath, summary);
}

} // namespace cxmap
