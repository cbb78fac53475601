#pragma once

// Golden files of the interchange tests: tests/data/interchange/<case>/. Set CXMAP_UPDATE_GOLDEN=1
// to rewrite the expected files from what the code writes now (then read the diff before
// committing it).
#include "interchange/cxmapjsonformat.h"
#include "store/documenterror.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTest>

namespace cxmap::test {

inline QString interchangePath(const QString &relative)
{
    return QDir(QStringLiteral(CXMAP_TEST_DATA "/interchange")).filePath(relative);
}

inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

inline bool updatingGolden()
{
    return qEnvironmentVariableIsSet("CXMAP_UPDATE_GOLDEN");
}

/** Empty when `actual` is the golden file's content, else the first line that differs. */
inline QString goldenDifference(const QByteArray &actual, const QString &path)
{
    if (updatingGolden()) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(actual) != actual.size())
            return QStringLiteral("cannot write %1").arg(path);
        return {};
    }
    if (!QFile::exists(path))
        return QStringLiteral("%1 does not exist (CXMAP_UPDATE_GOLDEN=1 writes it)").arg(path);
    const QStringList want = QString::fromUtf8(readBytes(path)).split(QLatin1Char('\n'));
    const QStringList got = QString::fromUtf8(actual).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < std::max(want.size(), got.size()); ++i)
        if (want.value(i) != got.value(i))
            return QStringLiteral("%1:%2:\n  expected: %3\n  actual:   %4")
                .arg(path)
                .arg(i + 1)
                .arg(want.value(i), got.value(i));
    return {};
}

/** A case's map (map.json) with the scores of its scores.json, when it has one. */
inline JourneyBundle loadCase(const QString &name)
{
    FormatReport report;
    JourneyBundle bundle =
        CxmapJsonFormat().parse(readBytes(interchangePath(name + QStringLiteral("/map.json"))),
                                name + QStringLiteral("/map.json"), report);
    const QString scores = interchangePath(name + QStringLiteral("/scores.json"));
    if (QFile::exists(scores)) {
        const QJsonObject object = QJsonDocument::fromJson(readBytes(scores)).object();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const Touchpoint *touchpoint = bundle.journey.findTouchpointByName(it.key());
            if (!touchpoint)
                qFatal("scores.json names an unknown touchpoint %s", qPrintable(it.key()));
            const QJsonObject score = it.value().toObject();
            bundle.scores.insert(
                touchpoint->id,
                TouchpointScore{score.value(QLatin1String("performance")).toDouble(),
                                qint64(score.value(QLatin1String("n")).toDouble()),
                                score.value(QLatin1String("reliable")).toBool()});
        }
    }
    return bundle;
}

inline QByteArray reportText(const FormatReport &report)
{
    return (report.items().join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

} // namespace cxmap::test
