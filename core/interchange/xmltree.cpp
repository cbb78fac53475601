#include "xmltree.h"

#include "store/documenterror.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <algorithm>

namespace cxmap {

namespace {

constexpr int MaximumDepth = 64;
constexpr qint64 MaximumElements = 4'000'000;

} // namespace

QString XmlElement::attribute(const QString &wanted) const
{
    for (const auto &[key, value] : attributes)
        if (key == wanted)
            return value;
    return {};
}

bool XmlElement::hasAttribute(const QString &wanted) const
{
    return std::any_of(attributes.cbegin(), attributes.cend(),
                       [&wanted](const auto &a) { return a.first == wanted; });
}

const XmlElement *XmlElement::child(const QString &wanted) const
{
    for (const XmlElement &element : children)
        if (element.name == wanted)
            return &element;
    return nullptr;
}

QList<const XmlElement *> XmlElement::childrenNamed(const QString &wanted) const
{
    QList<const XmlElement *> found;
    for (const XmlElement &element : children)
        if (element.name == wanted)
            found.append(&element);
    return found;
}

QString XmlElement::childText(const QString &wanted) const
{
    const XmlElement *element = child(wanted);
    return element ? element->text.trimmed() : QString();
}

XmlElement parseXml(const QByteArray &data, const QString &name)
{
    QXmlStreamReader reader(data);
    QList<XmlElement> stack;
    XmlElement root;
    bool haveRoot = false;
    qint64 elements = 0;
    const auto fail = [&](const QString &what) {
        throw DocumentError(QStringLiteral("%1:%2: %3")
                                .arg(name)
                                .arg(std::max<qint64>(reader.lineNumber(), 1))
                                .arg(what));
    };
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement: {
            if (stack.size() >= MaximumDepth)
                fail(QCoreApplication::translate("cxmap::XmlTree", "elements nested more than %1 deep").arg(MaximumDepth));
            if (++elements > MaximumElements)
                fail(QCoreApplication::translate("cxmap::XmlTree", "more than %1 elements").arg(MaximumElements));
            XmlElement element;
            element.name = reader.name().toString();
            element.namespaceUri = reader.namespaceUri().toString();
            element.line = reader.lineNumber();
            for (const QXmlStreamAttribute &attribute : reader.attributes())
                element.attributes.append(
                    {attribute.name().toString(), attribute.value().toString()});
            stack.append(element);
            break;
        }
        case QXmlStreamReader::EndElement: {
            XmlElement element = stack.takeLast();
            if (stack.isEmpty()) {
                root = std::move(element);
                haveRoot = true;
            } else {
                stack.last().children.append(std::move(element));
            }
            break;
        }
        case QXmlStreamReader::Characters:
            if (!stack.isEmpty())
                stack.last().text += reader.text();
            break;
        case QXmlStreamReader::EntityReference:
            fail(QCoreApplication::translate("cxmap::XmlTree", "the entity &%1; is not defined").arg(reader.name()));
            break;
        default:
            break;
        }
    }
    if (reader.hasError())
        fail(QCoreApplication::translate("cxmap::XmlTree", "not well-formed XML: %1").arg(reader.errorString()));
    if (!haveRoot)
        throw DocumentError(QCoreApplication::translate("cxmap::XmlTree", "%1:1: not XML (no element found)").arg(name));
    return root;
}

} // namespace cxmap
