#pragma once

// A wide survey export on the demo journey for tests: one row per respondent (x0, x1, …), a
// submission date in September 2026 and 1–5 ratings of Number porting and First bill that cycle
// through every answer, so any number of rows is valid and deterministic.
#include <QFile>
#include <QString>

namespace cxmap::test {

/** Writes `rows` rows to `path`; returns `path`, or an empty string when it cannot be written. */
inline QString writeSampleSurvey(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("id,Submitted,Number porting,First bill\n");
    for (int i = 0; i < rows; ++i)
        file.write(QStringLiteral("x%1,2026-09-%2,%3,%4\n")
                       .arg(i)
                       .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                       .arg(1 + i % 5)
                       .arg(1 + (i / 5) % 5)
                       .toUtf8());
    return path;
}

} // namespace cxmap::test
