#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace cxmap {

/**
 * An XML element read whole, with the line it starts on: the CJML and GraphML readers look
 * things up by name in any order and name the line of whatever is wrong. Names are local names
 * (the namespace is kept beside them); text is the element's own character data.
 */
struct XmlElement
{
    QString name;
    QString namespaceUri;
    QList<std::pair<QString, QString>> attributes;
    QString text;
    QList<XmlElement> children;
    qint64 line = 0;

    /** An attribute by local name; empty when absent. */
    QString attribute(const QString &name) const;
    bool hasAttribute(const QString &name) const;
    /** The first child with this local name, or nullptr. */
    const XmlElement *child(const QString &name) const;
    QList<const XmlElement *> childrenNamed(const QString &name) const;
    /** The trimmed text of the first child with this name; empty when there is none. */
    QString childText(const QString &name) const;
};

/**
 * Parses a document, refusing what is not well-formed (and documents nested deeper or larger
 * than a journey map can be) with DocumentError "<name>:<line>: <what>". No external entity or
 * DTD is ever fetched.
 */
XmlElement parseXml(const QByteArray &data, const QString &name);

} // namespace cxmap
