#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <initializer_list>
#include <utility>

class QJsonValue;

namespace cxmap {

/**
 * JSON written by hand, so that keys keep the order we give them and every item of a list sits
 * on one line (QJsonDocument sorts keys and spreads an object over many lines): a map kept in
 * git then diffs one line per changed item.
 */

/** A JSON string literal: quotes, backslashes and control characters escaped, the rest UTF-8. */
QString jsonString(const QString &text);
/** The shortest text that reads back as the same double; integers without a decimal point. */
QString jsonNumber(double value);
/** A scalar, array or object in compact JSON with our escaping (objects keep Qt's key order). */
QString jsonValue(const QJsonValue &value);
/** `{"a": 1, "b": "x"}` from already-encoded values, in the given order. */
QString jsonObjectLine(std::initializer_list<std::pair<const char *, QString>> members);

/**
 * The line of each element of the document's arrays, by the path of keys that leads to them
 * ("touchpoints"[3] is on line 40, "workshop.votes"[0] on line 61), found by a scan of the text,
 * so that a reader can name the line of a faulty item.
 */
class JsonLineIndex
{
public:
    explicit JsonLineIndex(const QByteArray &json);

    /** The line (from 1) of element `index` of the array at `path`; 0 if unknown. */
    int line(const QString &key, qsizetype index) const;
    /** The line of the top-level `key` itself; 0 if unknown. */
    int keyLine(const QString &key) const;

    /** The line (from 1) of a byte offset. */
    static int lineOf(const QByteArray &json, qsizetype offset);

private:
    QHash<QString, QList<int>> m_elements;
    QHash<QString, int> m_keys;
};

} // namespace cxmap
