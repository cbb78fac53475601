#pragma once

#include "importmapping.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace cxmap {

/** One name a long or aggregated file uses in its touchpoint or metric column. */
struct NameUse
{
    QString name;
    qint64 rows = 0;
    /** The first line it is on, for the user to find it. */
    qint64 firstLine = 0;
    /** For a metric: the lowest and highest number given, when any was. */
    std::optional<double> min;
    std::optional<double> max;
};

/** The names of a long or aggregated file, for the wizard's page that maps them. */
struct FileNames
{
    QList<NameUse> touchpoints;
    QList<NameUse> metrics;
    qint64 rows = 0;
    /** More distinct names than NameScan keeps: the rest are not listed. */
    bool truncated = false;
    /** "file:line:column: what" when the file cannot be read; empty otherwise. */
    QString error;
};

/**
 * Reads a long or aggregated file (CSV or a sheet of a workbook) once and lists every distinct
 * touchpoint and metric it names, in order of first appearance, with counts — at most
 * MaxNames of each. `cancelled` is asked every few thousand rows.
 */
FileNames scanNames(const QString &path, const QString &sheet, ImportFormat format, const ImportMapping &mapping,
                    const std::function<bool()> &cancelled = {});

inline constexpr int MaxNames = 10000;

/**
 * `candidates` ordered by how alike they are to `name` (on their letters and digits: shared
 * words first, then edit distance), most alike first; with the index of each in `candidates`.
 */
QList<int> rankByLikeness(const QString &name, const QStringList &candidates);

/**
 * Whether two names are alike enough to offer one for the other: a word of three letters or
 * more in common, one's letters inside the other's, or at most a third of the letters apart.
 */
bool areAlike(const QString &a, const QString &b);

} // namespace cxmap
