#include "jsontext.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace cxmap {

QString jsonString(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString jsonNumber(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("null");
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString jsonValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return jsonNumber(value.toDouble());
    case QJsonValue::String:
        return jsonString(value.toString());
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(jsonValue(item));
        return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList members;
        for (auto it = object.begin(); it != object.end(); ++it)
            members.append(jsonString(it.key()) + QStringLiteral(": ") + jsonValue(it.value()));
        return QLatin1Char('{') + members.join(QStringLiteral(", ")) + QLatin1Char('}');
    }
    }
    return QStringLiteral("null");
}

QString jsonObjectLine(std::initializer_list<std::pair<const char *, QString>> members)
{
    QStringList parts;
    for (const auto &[key, value] : members)
        parts.append(jsonString(QString::fromLatin1(key)) + QStringLiteral(": ") + value);
    return QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
}

JsonLineIndex::JsonLineIndex(const QByteArray &json)
{
    // A frame per open object or array: its path ("touchpoints", "workshop.votes") and, for an
    // object, the key being read; for an array, whether the next value starts an element.
    struct Frame
    {
        char type;
        QString path;
        QString key;
        bool expectElement = false;
    };
    QList<Frame> stack;
    int line = 1;
    bool inString = false;
    bool escaped = false;
    qsizetype stringStart = -1;
    QString lastString;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
                lastString = QString::fromUtf8(json.mid(stringStart, i - stringStart));
            } else if (c == '\n') {
                ++line;
            }
            continue;
        }
        if (c == '\n') {
            ++line;
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r')
            continue;
        if (!stack.isEmpty() && stack.last().type == '[' && stack.last().expectElement &&
            c != ']') {
            m_elements[stack.last().path].append(line);
            stack.last().expectElement = false;
        }
        switch (c) {
        case '"':
            inString = true;
            stringStart = i + 1;
            break;
        case ':':
            if (!stack.isEmpty() && stack.last().type == '{') {
                stack.last().key = lastString;
                if (stack.size() == 1)
                    m_keys.insert(lastString, line);
            }
            break;
        case '{':
        case '[': {
            Frame frame{c, QString(), QString(), c == '['};
            if (!stack.isEmpty()) {
                const Frame &parent = stack.last();
                frame.path =
                    parent.type == '{'
                        ? (parent.path.isEmpty() ? parent.key
                                                 : parent.path + QLatin1Char('.') + parent.key)
                        : parent.path;
            }
            stack.append(frame);
            if (c == '[')
                m_elements[frame.path];
            break;
        }
        case '}':
        case ']':
            if (!stack.isEmpty())
                stack.removeLast();
            break;
        case ',':
            if (!stack.isEmpty() && stack.last().type == '[')
                stack.last().expectElement = true;
            break;
        default:
            break;
        }
    }
}

int JsonLineIndex::line(const QString &key, qsizetype index) const
{
    return m_elements.value(key).value(index, 0);
}

int JsonLineIndex::keyLine(const QString &key) const
{
    return m_keys.value(key, 0);
}

int JsonLineIndex::lineOf(const QByteArray &json, qsizetype offset)
{
    return int(json.left(offset).count('\n')) + 1;
}

} // namespace cxmap
