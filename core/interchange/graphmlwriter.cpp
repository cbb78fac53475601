// Writing GraphML with yEd's graphics (see graphmlformat.h).
#include "graphmlformat.h"

#include "jsontext.h"
#include "sequencemap.h"

#include "render/mapgeometry.h"
#include "render/rendertheme.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamWriter>

#include <cmath>

namespace cxmap {

namespace {

const QString GraphmlNamespace = QStringLiteral("http://graphml.graphdrawing.org/xmlns");
const QString YedNamespace = QStringLiteral("http://www.yworks.com/xml/graphml");
// A card without answers: the light theme's "no score" grey (RenderTheme::light().noScore),
// spelt out because a headless export has no fonts to build a theme with.
const QColor NoScore(0xc9, 0xcf, 0xd8);

struct Key
{
    const char *id;
    const char *domain;
    const char *name;
    const char *type;
};

// The attributes cxmap writes, in the order they appear.
const Key Keys[] = {
    {"g_name", "graph", "name", "string"},
    {"g_description", "graph", "description", "string"},
    {"g_outcome", "graph", "outcome", "string"},
    {"g_next_id", "graph", "next_id", "long"},
    {"g_stages", "graph", "stages", "string"},
    {"g_lanes", "graph", "lanes", "string"},
    {"n_name", "node", "name", "string"},
    {"n_stage", "node", "stage", "string"},
    {"n_lane", "node", "lane", "string"},
    {"n_kind", "node", "kind", "string"},
    {"n_owner", "node", "owner", "string"},
    {"n_description", "node", "description", "string"},
    {"n_notes", "node", "notes", "string"},
    {"n_target", "node", "target", "double"},
    {"n_moment_of_truth", "node", "moment_of_truth", "boolean"},
    {"n_performance", "node", "performance", "double"},
    {"n_n", "node", "n", "long"},
    {"n_reliable", "node", "reliable", "boolean"},
    {"n_colour", "node", "colour", "string"},
    {"e_share", "edge", "share", "double"},
    {"e_label", "edge", "label", "string"},
};

QString number(double value)
{
    return jsonNumber(value);
}

void data(QXmlStreamWriter &xml, const char *key, const QString &value)
{
    if (value.isEmpty())
        return; // GraphML readers take a missing value as the default; networkx drops empty ones.
    xml.writeStartElement(QStringLiteral("data"));
    xml.writeAttribute(QStringLiteral("key"), QString::fromLatin1(key));
    xml.writeCharacters(value);
    xml.writeEndElement();
}

template<typename Bands> QString bandList(const Bands &bands, const char *extentKey)
{
    QJsonArray list;
    for (const auto &band : bands)
        list.append(QJsonObject{{QStringLiteral("id"), double(band.id.value())},
                                {QStringLiteral("name"), band.name},
                                {QString::fromLatin1(extentKey), band.extent}});
    return QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
}

} // namespace

bool GraphmlFormat::supportsFile(const QString &path, const QByteArray &head) const
{
    return TextJourneyFormat::supportsFile(path, head) ||
           (path.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive) && head.contains("<graphml"));
}

QByteArray GraphmlFormat::serialize(const JourneyBundle &bundle, FormatReport &report) const
{
    const Journey &journey = bundle.journey;
    const MapGeometry geometry(journey);
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(GraphmlNamespace);
    xml.writeNamespace(YedNamespace, QStringLiteral("y"));
    xml.writeNamespace(QStringLiteral("http://www.yworks.com/xml/yed/3"), QStringLiteral("yed"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                       QStringLiteral("xsi"));
    xml.writeStartElement(GraphmlNamespace, QStringLiteral("graphml"));
    xml.writeAttribute(QStringLiteral("http://www.w3.org/2001/XMLSchema-instance"),
                       QStringLiteral("schemaLocation"),
                       QStringLiteral("http://graphml.graphdrawing.org/xmlns "
                                      "http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd"));
    for (const Key &key : Keys) {
        xml.writeEmptyElement(QStringLiteral("key"));
        xml.writeAttribute(QStringLiteral("id"), QString::fromLatin1(key.id));
        xml.writeAttribute(QStringLiteral("for"), QString::fromLatin1(key.domain));
        xml.writeAttribute(QStringLiteral("attr.name"), QString::fromLatin1(key.name));
        xml.writeAttribute(QStringLiteral("attr.type"), QString::fromLatin1(key.type));
    }
    for (const auto &[id, domain, type] : {std::tuple("n_graphics", "node", "nodegraphics"),
                                           std::tuple("e_graphics", "edge", "edgegraphics")}) {
        xml.writeEmptyElement(QStringLiteral("key"));
        xml.writeAttribute(QStringLiteral("id"), QString::fromLatin1(id));
        xml.writeAttribute(QStringLiteral("for"), QString::fromLatin1(domain));
        xml.writeAttribute(QStringLiteral("yfiles.type"), QString::fromLatin1(type));
    }

    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("G"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
    data(xml, "g_name", journey.name());
    data(xml, "g_description", journey.description());
    data(xml, "g_outcome", journey.outcomeMetric());
    data(xml, "g_next_id", QString::number(journey.nextId()));
    data(xml, "g_stages", bandList(journey.stages(), "width"));
    data(xml, "g_lanes", bandList(journey.lanes(), "height"));

    for (const Touchpoint &t : journey.touchpoints()) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("t%1").arg(t.id.value()));
        data(xml, "n_name", t.name);
        data(xml, "n_stage", journey.stages().find(t.stage)->name);
        data(xml, "n_lane", journey.lanes().find(t.lane)->name);
        data(xml, "n_kind", kindToString(t.kind));
        data(xml, "n_owner", t.owner);
        data(xml, "n_description", t.description);
        data(xml, "n_notes", t.notes);
        data(xml, "n_target", t.target ? number(*t.target) : QString());
        data(xml, "n_moment_of_truth",
             t.momentOfTruth ? QStringLiteral("true") : QStringLiteral("false"));
        const auto score = bundle.scores.constFind(t.id);
        const bool scored = score != bundle.scores.cend() && score->n > 0;
        const QColor fill = scored ? RenderTheme::scoreColor(score->performance) : NoScore;
        if (scored) {
            data(xml, "n_performance", number(std::round(score->performance * 10.0) / 10.0));
            data(xml, "n_n", QString::number(score->n));
            data(xml, "n_reliable",
                 score->reliable ? QStringLiteral("true") : QStringLiteral("false"));
        }
        data(xml, "n_colour", fill.name());

        const QRectF card = geometry.cardRect(t);
        xml.writeStartElement(QStringLiteral("data"));
        xml.writeAttribute(QStringLiteral("key"), QStringLiteral("n_graphics"));
        xml.writeStartElement(YedNamespace, QStringLiteral("ShapeNode"));
        xml.writeEmptyElement(YedNamespace, QStringLiteral("Geometry"));
        xml.writeAttribute(QStringLiteral("x"), number(card.x()));
        xml.writeAttribute(QStringLiteral("y"), number(card.y()));
        xml.writeAttribute(QStringLiteral("width"), number(card.width()));
        xml.writeAttribute(QStringLiteral("height"), number(card.height()));
        xml.writeEmptyElement(YedNamespace, QStringLiteral("Fill"));
        xml.writeAttribute(QStringLiteral("color"), fill.name().toUpper());
        xml.writeAttribute(QStringLiteral("transparent"), QStringLiteral("false"));
        xml.writeEmptyElement(YedNamespace, QStringLiteral("BorderStyle"));
        xml.writeAttribute(QStringLiteral("color"), QStringLiteral("#333333"));
        // Indirect touchpoints (reviews, friends) are drawn dashed, as on the canvas.
        xml.writeAttribute(QStringLiteral("type"), t.kind == TouchpointKind::Indirect
                                                       ? QStringLiteral("dashed")
                                                       : QStringLiteral("line"));
        xml.writeAttribute(QStringLiteral("width"),
                           t.momentOfTruth ? QStringLiteral("3.0") : QStringLiteral("1.0"));
        xml.writeStartElement(YedNamespace, QStringLiteral("NodeLabel"));
        xml.writeAttribute(QStringLiteral("alignment"), QStringLiteral("center"));
        xml.writeAttribute(QStringLiteral("autoSizePolicy"), QStringLiteral("content"));
        xml.writeAttribute(QStringLiteral("fontSize"), QStringLiteral("12"));
        xml.writeAttribute(QStringLiteral("modelName"), QStringLiteral("internal"));
        xml.writeAttribute(QStringLiteral("modelPosition"), QStringLiteral("c"));
        xml.writeAttribute(QStringLiteral("textColor"), RenderTheme::textOn(fill).name().toUpper());
        xml.writeCharacters(t.name);
        xml.writeEndElement();
        xml.writeEmptyElement(YedNamespace, QStringLiteral("Shape"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("roundrectangle"));
        xml.writeEndElement(); // ShapeNode
        xml.writeEndElement(); // data
        xml.writeEndElement(); // node
    }

    for (const Transition &t : journey.transitions()) {
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("e%1").arg(t.id.value()));
        xml.writeAttribute(QStringLiteral("source"), QStringLiteral("t%1").arg(t.from.value()));
        xml.writeAttribute(QStringLiteral("target"), QStringLiteral("t%1").arg(t.to.value()));
        data(xml, "e_share", t.share ? number(*t.share) : QString());
        data(xml, "e_label", t.label);
        xml.writeStartElement(QStringLiteral("data"));
        xml.writeAttribute(QStringLiteral("key"), QStringLiteral("e_graphics"));
        xml.writeStartElement(YedNamespace, QStringLiteral("PolyLineEdge"));
        xml.writeEmptyElement(YedNamespace, QStringLiteral("LineStyle"));
        xml.writeAttribute(QStringLiteral("color"), QStringLiteral("#555555"));
        xml.writeAttribute(QStringLiteral("type"), QStringLiteral("line"));
        // As thick as its share, as on the canvas.
        xml.writeAttribute(QStringLiteral("width"),
                           number(std::round((1.0 + 5.0 * t.share.value_or(0.0)) * 10.0) / 10.0));
        xml.writeEmptyElement(YedNamespace, QStringLiteral("Arrows"));
        xml.writeAttribute(QStringLiteral("source"), QStringLiteral("none"));
        xml.writeAttribute(QStringLiteral("target"), QStringLiteral("standard"));
        if (!t.label.isEmpty())
            xml.writeTextElement(YedNamespace, QStringLiteral("EdgeLabel"), t.label);
        xml.writeEndElement(); // PolyLineEdge
        xml.writeEndElement(); // data
        xml.writeEndElement(); // edge
    }
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // graphml
    xml.writeEndDocument();

    reportUnkept(bundle,
                 MapPart::Outcome | MapPart::Layout | MapPart::Transitions | MapPart::Owners |
                     MapPart::Notes | MapPart::Descriptions | MapPart::Kinds |
                     MapPart::MomentsOfTruth | MapPart::Targets,
                 report);
    return out;
}

} // namespace cxmap
