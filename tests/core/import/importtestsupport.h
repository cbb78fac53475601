#pragma once

// What the import tests share: the journey the fixtures rate, documents made from it, an import
// that reports its error instead of throwing, and dumps of what a batch stored, with names
// instead of IDs, so that expectations can be written down as text (tests/data/import/<case>/).
#include "import/importer.h"
#include "model/journey.h"
#include "samplejourney.h"
#include "store/documentfile.h"
#include "store/sqlitedb.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTest>

#include <memory>
#include <optional>

namespace cxmap::test {

/** The default stages and lanes with every touchpoint the import fixtures rate. */
inline Journey importJourney()
{
    Journey journey = Journey::fromTemplate(Journey::Template::Default);
    journey.setName(QStringLiteral("Import fixtures"));
    auto add = [&journey](int stage, int lane, const char *name) {
        Touchpoint touchpoint;
        touchpoint.id = TouchpointId(journey.allocateId());
        touchpoint.stage = journey.stages().at(stage).id;
        touchpoint.lane = journey.lanes().at(lane).id;
        touchpoint.name = QString::fromUtf8(name);
        touchpoint.position = QPointF(10, 10);
        journey.touchpoints().append(touchpoint);
    };
    add(1, 0, "Compare plans");
    add(2, 0, "Online checkout");
    add(3, 6, "Welcome email");
    add(3, 1, "SIM activation");
    add(5, 4, "Support chat");
    // The airline survey of DESIGN §5.
    add(2, 1, "Online boarding");
    add(4, 1, "Inflight wifi service");
    add(4, 2, "Seat comfort");
    return journey;
}

inline QString dataPath(const QString &relative)
{
    return QStringLiteral(CXMAP_TEST_DATA "/import/") + relative;
}

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

/** Creates a document holding `journey` (importJourney() by default) and closes it. */
inline void createDocument(const QString &path, const Journey &journey = importJourney())
{
    DocumentFile::create(path, journey, true);
}

/** An import as a user runs it: opened, imported, closed. Either a summary or the message. */
struct ImportOutcome
{
    std::optional<ImportSummary> summary;
    QString error;
};

inline ImportOutcome importInto(const QString &document, const QString &data, const ImportOptions &options = {},
                                DocumentFile::Access access = DocumentFile::Access::ReadWrite)
{
    ImportOutcome outcome;
    try {
        std::unique_ptr<DocumentFile> file = DocumentFile::open(document, access);
        outcome.summary = importSurvey(*file, data, options);
    } catch (const DocumentError &error) {
        outcome.error = error.message();
    }
    return outcome;
}

/** The mapping file at `path`, or nullopt after failing the test with its message. */
inline std::optional<ImportMapping> readMapping(const QString &path)
{
    try {
        return ImportMapping::fromJson(fileBytes(path), path);
    } catch (const DocumentError &error) {
        qWarning("%s", qPrintable(error.message()));
        return std::nullopt;
    }
}

inline QString monthText(qint64 month)
{
    return QStringLiteral("%1-%2").arg(month / 12).arg(month % 12 + 1, 2, 10, QLatin1Char('0'));
}

inline QString timeText(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

/**
 * Every answer of a batch, one line each, sorted:
 * "touchpoint|metric|kind|value|segment|time|month|respondent key", "(journey)" for an outcome.
 */
inline QStringList dumpAnswers(DocumentFile &document, qint64 batch)
{
    SqliteStatement query(document.database(),
                          "SELECT coalesce(t.name, '(journey)'), m.name, a.kind, a.value, coalesce(s.name, ''),"
                          " a.time, a.month, coalesce(r.key, '') FROM measurement a"
                          " JOIN metric m ON m.id = a.metric_id"
                          " LEFT JOIN touchpoint t ON t.id = a.touchpoint_id"
                          " LEFT JOIN segment s ON s.id = a.segment_id"
                          " LEFT JOIN respondent r ON r.id = a.respondent_id WHERE a.batch_id = ?");
    query.bind(1, batch);
    QStringList lines;
    while (query.step()) {
        lines << QStringList{query.columnText(0), query.columnText(1),
                             query.columnInt(2) == 1 ? QStringLiteral("expectation") : QStringLiteral("experience"),
                             QString::number(query.columnDouble(3)), query.columnText(4),
                             query.isNull(5) ? QString() : timeText(query.columnInt(5)),
                             query.columnInt(6) == 0 ? QString() : monthText(query.columnInt(6)), query.columnText(7)}
                     .join(QLatin1Char('|'));
    }
    lines.sort();
    return lines;
}

/** Every aggregated row of a batch: "touchpoint|metric|kind|segment|from|to|n|mean|sd|top_box". */
inline QStringList dumpAggregates(DocumentFile &document, qint64 batch)
{
    SqliteStatement query(document.database(),
                          "SELECT coalesce(t.name, '(journey)'), m.name, a.kind, coalesce(s.name, ''), a.month_from,"
                          " a.month_to, a.n, a.mean, a.sd, a.top_box FROM aggregate a"
                          " JOIN metric m ON m.id = a.metric_id"
                          " LEFT JOIN touchpoint t ON t.id = a.touchpoint_id"
                          " LEFT JOIN segment s ON s.id = a.segment_id WHERE a.batch_id = ?");
    query.bind(1, batch);
    const auto number = [&query](int column) {
        return query.isNull(column) ? QString() : QString::number(query.columnDouble(column));
    };
    QStringList lines;
    while (query.step()) {
        lines << QStringList{query.columnText(0), query.columnText(1),
                             query.columnInt(2) == 1 ? QStringLiteral("expectation") : QStringLiteral("experience"),
                             query.columnText(3), query.isNull(4) ? QString() : monthText(query.columnInt(4)),
                             query.isNull(5) ? QString() : monthText(query.columnInt(5)),
                             QString::number(query.columnInt(6)), number(7), number(8), number(9)}
                     .join(QLatin1Char('|'));
    }
    lines.sort();
    return lines;
}

/** The key a respondent is stored under: the salted hash (DESIGN §5, privacy) unless kept. */
inline QString storedKey(DocumentFile &document, const QString &raw, bool kept)
{
    if (kept)
        return raw;
    SqliteStatement salt(document.database(), "SELECT value FROM document WHERE key = 'respondent_salt'");
    salt.step();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(salt.columnText(0).toUtf8());
    hash.addData(raw.toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(32));
}

/**
 * An expected dump from a fixture file: lines in any order, "#" comments and blank lines left
 * out, "{raw key}" replaced by the key as the document must store it.
 */
inline QStringList expectedLines(const QString &path, DocumentFile &document, bool keptKeys)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([^}]*)\\}"));
    QStringList lines;
    for (QString line : QString::fromUtf8(fileBytes(path)).split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QRegularExpressionMatch match = placeholder.match(line);
        if (match.hasMatch())
            line.replace(match.capturedStart(), match.capturedLength(), storedKey(document, match.captured(1), keptKeys));
        lines << line;
    }
    lines.sort();
    return lines;
}

inline qint64 count(DocumentFile &document, const char *sql)
{
    SqliteStatement query(document.database(), sql);
    return query.step() ? query.columnInt(0) : -1;
}

/** Shows both lists where they differ, so a failing comparison says which answers are wrong. */
inline QString difference(const QStringList &actual, const QStringList &expected)
{
    QStringList out;
    for (const QString &line : actual)
        if (!expected.contains(line))
            out << QStringLiteral("  unexpected: ") + line;
    for (const QString &line : expected)
        if (!actual.contains(line))
            out << QStringLiteral("  missing:    ") + line;
    return out.join(QLatin1Char('\n'));
}

} // namespace cxmap::test
