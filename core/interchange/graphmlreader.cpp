// Reading GraphML: cxmap's own files whole, other programs' (yEd, networkx) as far as a journey
// map can hold them, each fault one line naming the file and line.
#include "graphmlformat.h"

#include "sequencemap.h"
#include "xmltree.h"

#include "layout/tidylayout.h"
#include "render/mapgeometry.h"
#include "store/documenterror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace cxmap {

namespace {

class GraphmlReader
{
public:
    GraphmlReader(const QString &name, FormatReport &report)
        : m_name(name)
        , m_report(report)
    {}

    JourneyBundle read(const XmlElement &root);

private:
    struct KeyInfo
    {
        QString name;
        QString type;
        QString domain;
        bool graphics = false;
    };

    [[noreturn]] void fail(const XmlElement &at, const QString &what) const
    {
        throw DocumentError(QStringLiteral("%1:%2: %3").arg(m_name).arg(at.line).arg(what));
    }

    // The element's attributes by name; yEd graphics under the key "graphics".
    QHash<QString, const XmlElement *> values(const XmlElement &element) const
    {
        QHash<QString, const XmlElement *> result;
        for (const XmlElement *d : element.childrenNamed(QStringLiteral("data"))) {
            const auto key = m_keys.constFind(d->attribute(QStringLiteral("key")));
            if (key == m_keys.cend())
                fail(*d, QCoreApplication::translate("cxmap::GraphMlReader", "data for the key \"%1\", which the file does not declare")
                             .arg(d->attribute(QStringLiteral("key"))));
            result.insert(key->graphics ? QStringLiteral("#graphics") : key->name, d);
        }
        return result;
    }

    std::optional<double> number(const QHash<QString, const XmlElement *> &values,
                                 const QString &key, double min, double max)
    {
        const XmlElement *element = values.value(key);
        if (!element || element->text.trimmed().isEmpty())
            return std::nullopt;
        bool ok = false;
        const double value = element->text.trimmed().toDouble(&ok);
        if (!ok || value < min || value > max)
            fail(*element, QCoreApplication::translate("cxmap::GraphMlReader", "\"%1\" must be a number from %2 to %3, not \"%4\"")
                               .arg(key)
                               .arg(min)
                               .arg(max)
                               .arg(element->text.trimmed()));
        return value;
    }

    void collectNodes(const XmlElement &graph, QList<const XmlElement *> &nodes,
                      QList<const XmlElement *> &edges, int &groups);
    template<typename IdType>
    void readBands(const XmlElement *element, const char *extentKey,
                   IndexedList<Band<IdType>, IdType> &bands, qint64 &highest);

    QString m_name;
    FormatReport &m_report;
    QHash<QString, KeyInfo> m_keys;
};

void GraphmlReader::collectNodes(const XmlElement &graph, QList<const XmlElement *> &nodes,
                                 QList<const XmlElement *> &edges, int &groups)
{
    for (const XmlElement &element : graph.children) {
        if (element.name == QLatin1String("node")) {
            if (const XmlElement *nested = element.child(QStringLiteral("graph"))) {
                ++groups; // a yEd group or folder: its content counts, the group itself is no card
                collectNodes(*nested, nodes, edges, groups);
            } else {
                nodes.append(&element);
            }
        } else if (element.name == QLatin1String("edge")) {
            edges.append(&element);
        } else if (element.name == QLatin1String("hyperedge")) {
            m_report.add(
                QCoreApplication::translate("cxmap::GraphMlReader", "hyperedges (line %1 and others), which a journey has no place for")
                    .arg(element.line));
        }
    }
}

template<typename IdType>
void GraphmlReader::readBands(const XmlElement *element, const char *extentKey,
                              IndexedList<Band<IdType>, IdType> &bands, qint64 &highest)
{
    if (!element)
        return;
    QJsonParseError error;
    const QJsonDocument list = QJsonDocument::fromJson(element->text.trimmed().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !list.isArray())
        fail(*element, QCoreApplication::translate("cxmap::GraphMlReader", "the graph's \"%1\" attribute is not a JSON list")
                           .arg(m_keys.value(element->attribute(QStringLiteral("key"))).name));
    for (const QJsonValue &value : list.array()) {
        const QJsonObject band = value.toObject();
        const qint64 id = qint64(band.value(QLatin1String("id")).toDouble());
        const QString name = band.value(QLatin1String("name")).toString().trimmed();
        const double extent = band.value(QLatin1String(extentKey)).toDouble();
        if (id < 1 || name.isEmpty() || !(extent >= MinimumBandExtent && extent <= 1e6) ||
            bands.contains(IdType(id)))
            fail(*element,
                 QStringLiteral(
                     "the graph's list of %1 has an entry without a proper id, name or %2")
                     .arg(QLatin1String(extentKey) == QLatin1String("width")
                              ? QStringLiteral("stages")
                              : QStringLiteral("lanes"),
                          QLatin1String(extentKey)));
        bands.append(Band<IdType>{IdType(id), name, extent});
        highest = std::max(highest, id);
    }
}

JourneyBundle GraphmlReader::read(const XmlElement &root)
{
    if (root.name != QLatin1String("graphml"))
        fail(root, QCoreApplication::translate("cxmap::GraphMlReader", "not a GraphML file (its root element is <%1>)").arg(root.name));
    for (const XmlElement *key : root.childrenNamed(QStringLiteral("key"))) {
        KeyInfo info;
        info.domain = key->attribute(QStringLiteral("for"));
        info.type = key->attribute(QStringLiteral("attr.type"));
        info.graphics = key->hasAttribute(QStringLiteral("yfiles.type"));
        info.name = info.graphics ? key->attribute(QStringLiteral("yfiles.type"))
                                  : key->attribute(QStringLiteral("attr.name"));
        if (key->attribute(QStringLiteral("id")).isEmpty())
            fail(*key, QCoreApplication::translate("cxmap::GraphMlReader", "a <key> without an id"));
        m_keys.insert(key->attribute(QStringLiteral("id")), info);
    }
    const XmlElement *graph = root.child(QStringLiteral("graph"));
    if (!graph)
        fail(root, QCoreApplication::translate("cxmap::GraphMlReader", "the GraphML file holds no <graph>"));
    if (root.childrenNamed(QStringLiteral("graph")).size() > 1)
        m_report.add(QCoreApplication::translate("cxmap::GraphMlReader", "the graphs after the first (a map is one graph)"));
    const bool undirectedDefault =
        graph->attribute(QStringLiteral("edgedefault")) == QLatin1String("undirected");

    JourneyBundle bundle;
    Journey &journey = bundle.journey;
    const QHash<QString, const XmlElement *> graphValues = values(*graph);
    journey.setName(graphValues.value(QStringLiteral("name"))
                        ? graphValues.value(QStringLiteral("name"))->text
                        : QString());
    journey.setDescription(graphValues.value(QStringLiteral("description"))
                               ? graphValues.value(QStringLiteral("description"))->text
                               : QString());
    if (const XmlElement *outcome = graphValues.value(QStringLiteral("outcome")))
        journey.setOutcomeMetric(outcome->text.trimmed());
    qint64 highest = 0;
    readBands(graphValues.value(QStringLiteral("stages")), "width", journey.stages(), highest);
    readBands(graphValues.value(QStringLiteral("lanes")), "height", journey.lanes(), highest);

    QList<const XmlElement *> nodes, edges;
    int groups = 0;
    collectNodes(*graph, nodes, edges, groups);
    if (groups > 0)
        m_report.add(
            QCoreApplication::translate("cxmap::GraphMlReader", "%1 (their nodes were read, the groups themselves are no touchpoints)")
                .arg(countOf(groups, QCoreApplication::translate("cxmap::GraphMlReader", "group node"), QCoreApplication::translate("cxmap::GraphMlReader", "group nodes"))));

    // Node and edge IDs: in a file cxmap wrote (it lists the stages), its own ("t12", "e40") are
    // kept, so measurements still find their touchpoints; other files' get new ones.
    const bool ours = graphValues.contains(QStringLiteral("stages"));
    const auto ownId = [ours](const QString &id, QChar prefix) -> qint64 {
        if (!ours || id.size() < 2 || id.at(0) != prefix)
            return 0;
        bool ok = false;
        const qint64 value = id.mid(1).toLongLong(&ok);
        return ok && value > 0 && value < qint64(1e15) ? value : 0;
    };
    QSet<qint64> taken;
    for (const Stage &stage : journey.stages())
        taken.insert(stage.id.value());
    for (const Lane &lane : journey.lanes())
        taken.insert(lane.id.value());
    QList<qint64> nodeIds, edgeIds;
    for (const XmlElement *node : std::as_const(nodes)) {
        const qint64 id = ownId(node->attribute(QStringLiteral("id")), QLatin1Char('t'));
        nodeIds.append(id > 0 && !taken.contains(id) ? id : 0);
        if (nodeIds.last() > 0)
            taken.insert(id);
        highest = std::max(highest, nodeIds.last());
    }
    for (const XmlElement *edge : std::as_const(edges)) {
        const qint64 id = ownId(edge->attribute(QStringLiteral("id")), QLatin1Char('e'));
        edgeIds.append(id > 0 && !taken.contains(id) ? id : 0);
        if (edgeIds.last() > 0)
            taken.insert(id);
        highest = std::max(highest, edgeIds.last());
    }
    qint64 next = highest + 1;
    const auto stageNamed = [&](const QString &name) {
        if (const Stage *stage = journey.findStageByName(name))
            return stage->id;
        const StageId id(next++);
        journey.stages().append(Stage{id, name, DefaultStageWidth});
        return id;
    };
    const auto laneNamed = [&](const QString &name) {
        if (const Lane *lane = journey.findLaneByName(name))
            return lane->id;
        const LaneId id(next++);
        journey.lanes().append(Lane{id, name, DefaultLaneHeight});
        return id;
    };

    const QStringList known{QStringLiteral("name"),        QStringLiteral("label"),
                            QStringLiteral("stage"),       QStringLiteral("lane"),
                            QStringLiteral("kind"),        QStringLiteral("owner"),
                            QStringLiteral("description"), QStringLiteral("notes"),
                            QStringLiteral("target"),      QStringLiteral("moment_of_truth"),
                            QStringLiteral("#graphics"),   QStringLiteral("performance"),
                            QStringLiteral("n"),           QStringLiteral("reliable"),
                            QStringLiteral("colour")};
    QHash<QString, TouchpointId> byNodeId;
    QHash<TouchpointId, QPointF> absolute;
    QSet<QString> unknown;
    int unassigned = 0;
    bool scores = false;
    for (qsizetype i = 0; i < nodes.size(); ++i) {
        const XmlElement &node = *nodes.at(i);
        const QString nodeId = node.attribute(QStringLiteral("id"));
        if (nodeId.isEmpty())
            fail(node, QCoreApplication::translate("cxmap::GraphMlReader", "a node without an id"));
        if (byNodeId.contains(nodeId))
            fail(node, QCoreApplication::translate("cxmap::GraphMlReader", "the node id \"%1\" is used twice").arg(nodeId));
        const QHash<QString, const XmlElement *> v = values(node);
        for (auto it = v.cbegin(); it != v.cend(); ++it)
            if (!known.contains(it.key()))
                unknown.insert(it.key());
        scores = scores || v.contains(QStringLiteral("performance"));
        const auto text = [&v](const char *key) {
            const XmlElement *element = v.value(QString::fromLatin1(key));
            return element ? element->text : QString();
        };
        Touchpoint t;
        t.id = TouchpointId(nodeIds.at(i) > 0 ? nodeIds.at(i) : next++);
        const XmlElement *shape = nullptr;
        if (const XmlElement *graphics = v.value(QStringLiteral("#graphics")))
            for (const XmlElement &child : graphics->children)
                if (child.name.endsWith(QLatin1String("Node")))
                    shape = &child;
        QString label = shape && shape->child(QStringLiteral("NodeLabel"))
                            ? shape->childText(QStringLiteral("NodeLabel"))
                            : QString();
        t.name = text("name").trimmed();
        if (t.name.isEmpty())
            t.name = !label.isEmpty() ? label : text("label").trimmed();
        if (t.name.isEmpty())
            t.name = nodeId;
        QString stage = text("stage").trimmed();
        QString lane = text("lane").trimmed();
        if (stage.isEmpty() || lane.isEmpty())
            ++unassigned;
        t.stage = stageNamed(stage.isEmpty() ? QStringLiteral("Unassigned") : stage);
        t.lane = laneNamed(lane.isEmpty() ? QStringLiteral("Unassigned") : lane);
        const std::optional<TouchpointKind> kind = kindFromString(text("kind"));
        if (!kind)
            fail(*v.value(QStringLiteral("kind")),
                 QCoreApplication::translate("cxmap::GraphMlReader", "node %1: \"kind\" must be direct or indirect, not \"%2\"")
                     .arg(nodeId, text("kind")));
        t.kind = *kind;
        t.owner = text("owner");
        t.description = text("description");
        t.notes = text("notes");
        t.target = number(v, QStringLiteral("target"), 0.0, 100.0);
        const QString truth = text("moment_of_truth").trimmed().toLower();
        if (!truth.isEmpty() && truth != QLatin1String("true") && truth != QLatin1String("false"))
            fail(*v.value(QStringLiteral("moment_of_truth")),
                 QCoreApplication::translate("cxmap::GraphMlReader", "node %1: \"moment_of_truth\" must be true or false").arg(nodeId));
        t.momentOfTruth = truth == QLatin1String("true");
        if (const XmlElement *geometry =
                shape ? shape->child(QStringLiteral("Geometry")) : nullptr) {
            bool okX = false, okY = false;
            const QPointF corner(geometry->attribute(QStringLiteral("x")).toDouble(&okX),
                                 geometry->attribute(QStringLiteral("y")).toDouble(&okY));
            if (!okX || !okY || std::abs(corner.x()) > 1e7 || std::abs(corner.y()) > 1e7)
                fail(*geometry,
                     QCoreApplication::translate("cxmap::GraphMlReader", "node %1: its geometry has no proper x and y").arg(nodeId));
            absolute.insert(t.id, corner);
        }
        journey.touchpoints().append(t);
        byNodeId.insert(nodeId, t.id);
    }
    if (unassigned > 0)
        m_report.add(
            QCoreApplication::translate("cxmap::GraphMlReader", "the stage or lane of %1 without them (put in “Unassigned”)")
                .arg(countOf(unassigned, QStringLiteral("node"), QStringLiteral("nodes"))));
    if (scores)
        m_report.add(QStringLiteral(
            "the scores in the file (performance, n): scores come from the answers in a .cxmap"));
    if (!unknown.isEmpty()) {
        QStringList names = unknown.values();
        names.sort();
        m_report.add(
            QCoreApplication::translate("cxmap::GraphMlReader", "the node %1 %2")
                .arg(names.size() == 1 ? QCoreApplication::translate("cxmap::GraphMlReader", "attribute") : QCoreApplication::translate("cxmap::GraphMlReader", "attributes"),
                     names.join(QStringLiteral(", "))));
    }

    QSet<std::pair<qint64, qint64>> linked;
    int loops = 0, repeats = 0, undirected = 0;
    QSet<QString> unknownEdge;
    for (qsizetype i = 0; i < edges.size(); ++i) {
        const XmlElement &edge = *edges.at(i);
        const TouchpointId from = byNodeId.value(edge.attribute(QStringLiteral("source")));
        const TouchpointId to = byNodeId.value(edge.attribute(QStringLiteral("target")));
        if (!from.isValid() || !to.isValid())
            fail(edge, QCoreApplication::translate("cxmap::GraphMlReader", "an edge from \"%1\" to \"%2\": no node has that id")
                           .arg(edge.attribute(QStringLiteral("source")),
                                edge.attribute(QStringLiteral("target"))));
        const QString directed = edge.attribute(QStringLiteral("directed"));
        if (directed == QLatin1String("false") ||
            (undirectedDefault && directed != QLatin1String("true")))
            ++undirected;
        if (from == to) {
            ++loops;
            continue;
        }
        if (linked.contains({from.value(), to.value()})) {
            ++repeats;
            continue;
        }
        linked.insert({from.value(), to.value()});
        const QHash<QString, const XmlElement *> v = values(edge);
        for (auto it = v.cbegin(); it != v.cend(); ++it)
            if (it.key() != QLatin1String("share") && it.key() != QLatin1String("label") &&
                it.key() != QLatin1String("#graphics"))
                unknownEdge.insert(it.key());
        Transition t;
        t.id = TransitionId(edgeIds.at(i) > 0 ? edgeIds.at(i) : next++);
        t.from = from;
        t.to = to;
        t.share = number(v, QStringLiteral("share"), 0.0, 1.0);
        if (const XmlElement *label = v.value(QStringLiteral("label")))
            t.label = label->text;
        else if (const XmlElement *graphics = v.value(QStringLiteral("#graphics")))
            for (const XmlElement &line : graphics->children)
                if (const XmlElement *edgeLabel = line.child(QStringLiteral("EdgeLabel")))
                    t.label = edgeLabel->text.trimmed();
        journey.transitions().append(t);
    }
    if (loops > 0)
        m_report.add(countOf(loops, QCoreApplication::translate("cxmap::GraphMlReader", "edge from a node to itself"),
                             QCoreApplication::translate("cxmap::GraphMlReader", "edges from a node to themselves")));
    if (repeats > 0)
        m_report.add(
            countOf(repeats, QCoreApplication::translate("cxmap::GraphMlReader", "repeated edge"), QCoreApplication::translate("cxmap::GraphMlReader", "repeated edges")) +
            QCoreApplication::translate("cxmap::GraphMlReader", " (one transition per pair is kept)"));
    if (!unknownEdge.isEmpty()) {
        QStringList names = unknownEdge.values();
        names.sort();
        m_report.add(
            QCoreApplication::translate("cxmap::GraphMlReader", "the edge %1 %2")
                .arg(names.size() == 1 ? QCoreApplication::translate("cxmap::GraphMlReader", "attribute") : QCoreApplication::translate("cxmap::GraphMlReader", "attributes"),
                     names.join(QStringLiteral(", "))));
    }
    if (undirected > 0)
        m_report.add(
            QCoreApplication::translate("cxmap::GraphMlReader", "the undirectedness of %1 (read from source to target)")
                .arg(countOf(undirected, QStringLiteral("edge"), QStringLiteral("edges"))));

    const XmlElement *nextIdElement = graphValues.value(QStringLiteral("next_id"));
    journey.setNextId(
        std::max(next, nextIdElement ? nextIdElement->text.trimmed().toLongLong() : 0));

    // Positions: yEd's rectangles where every node has one, relative to the card's cell.
    if (!journey.touchpoints().isEmpty() && absolute.size() == journey.touchpoints().size()) {
        const MapGeometry geometry(journey);
        const MapMetrics &metrics = geometry.metrics();
        const QList<Touchpoint> all = journey.touchpoints().items();
        for (Touchpoint t : all) {
            const QRectF cell = geometry.cellRect(t.stage, t.lane);
            QPointF position = absolute.value(t.id) - cell.topLeft();
            // A card moved out of its cell in yEd comes back to the cell's nearest edge.
            if (position.x() < 0 || position.y() < 0 || position.x() >= cell.width() ||
                position.y() >= cell.height()) {
                position.setX(
                    std::clamp(position.x(), 0.0, std::max(0.0, cell.width() - metrics.cardWidth)));
                position.setY(std::clamp(position.y(), 0.0,
                                         std::max(0.0, cell.height() - metrics.cardHeight)));
            }
            t.position = position;
            journey.touchpoints().replace(t);
        }
        if (unassigned > 0) {
            m_report.add(QStringLiteral(
                "the node positions (without stages and lanes, the map was laid out anew)"));
            journey = tidied(journey);
        }
    } else if (!journey.touchpoints().isEmpty()) {
        if (!absolute.isEmpty())
            m_report.add(QStringLiteral(
                "the node positions (not every node has one: the map was laid out anew)"));
        journey = tidied(journey);
    }
    return bundle;
}

} // namespace

JourneyBundle GraphmlFormat::parse(const QByteArray &data, const QString &name,
                                   FormatReport &report) const
{
    return GraphmlReader(name, report).read(parseXml(data, name));
}

} // namespace cxmap
