#include "output.h"

#include "store/printable.h"

#include <QCoreApplication>
#include <QStringList>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cstdio>

namespace cxmap::cli {

QString tr(const char *text)
{
    return QCoreApplication::translate("cxmap::cli", text);
}

void printLine(const QString &text)
{
    // A control character here can only have come from a name in a file: shown escaped, it
    // neither breaks the report's line nor reaches the terminal.
    const QByteArray bytes = printable(text).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fputc('\n', stdout);
}

void printJson(const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray())
                                                   : QJsonDocument(value.toObject());
    const QByteArray bytes = document.toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

void printLines(const QString &text)
{
    for (const QString &line : text.split(QLatin1Char('\n')))
        printLine(line);
}

int fail(const QString &message, ExitCode code)
{
    // One line, whatever names from files it quotes.
    const QByteArray bytes = QStringLiteral("cxmap: %1\n").arg(printable(message)).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    return code;
}

} // namespace cxmap::cli
