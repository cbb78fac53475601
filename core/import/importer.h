#pragma once

#include "importmapping.h"
#include "model/ids.h"

#include <QMap>
#include <QStringList>

#include <functional>
#include <optional>

namespace cxmap {

class DocumentFile;

struct ImportOptions
{
    /** nullopt: the mapping's format, else detected from the header rows. */
    std::optional<ImportFormat> format;
    std::optional<ImportMapping> mapping;
    /** Import a file whose content was imported before. */
    bool force = false;
    /** Read and check everything, then roll back: the wizard's validation step writes nothing. */
    bool dryRun = false;
    /**
     * With dryRun: go on past errors in rows and list them in the summary (the first this many,
     * with counts of the rest), instead of stopping at the first. 0: stop at the first.
     */
    int collectErrors = 0;
    /** The sheet of a workbook; empty: its first visible sheet. */
    QString sheet;
    /** Called every few thousand rows with bytes read and the file size; return false to cancel. */
    std::function<bool(qint64 done, qint64 total)> progress;
};

/** "12,345": the counts in summaries are read by people, in the application and its command line. */
QString grouped(qint64 number);

/** What one import did, for `cxmap import` and the wizard's last page. */
struct ImportSummary
{
    BatchId batch;
    ImportFormat format = ImportFormat::Long;
    QString fileName;
    qint64 rowsRead = 0;
    qint64 answers = 0;
    qint64 aggregateRows = 0;
    QMap<QString, qint64> skipped;
    QStringList matchedColumns;
    /** The columns matched automatically by name, "header → touchpoint (metric)", to confirm. */
    QStringList automaticColumns;
    /** Every column not imported, by its header. */
    QStringList unmatchedColumns;
    QStringList privateColumns;
    QStringList newSegments;
    /** Shown first: unmatched columns that look like ratings ("Baggage handling: whole numbers 1 to 5"). */
    QStringList warnings;
    /** "UTF-8", "Windows-1252", "Excel workbook, sheet \"Responses\""… */
    QString encoding;
    /** No respondent column: every row was taken as one respondent. */
    bool respondentPerRow = false;
    /** Aggregated rows that gave no n ("n unknown"). */
    qint64 unknownN = 0;
    /** Columns whose text answers were read as a survey tool's scale: "column: scale". */
    QStringList labelScales;
    /** With ImportOptions::collectErrors: the first errors, one line each, and how many in all. */
    QStringList errors;
    qint64 errorCount = 0;
    /** Every error by what it says (without file, line and column): how often. */
    QMap<QString, qint64> errorKinds;
    double seconds = 0.0;

    /** Warnings first, then rows, answers, skipped by reason, every column left out. */
    QString describe() const;
};

/**
 * Reads a survey export (CSV in any encoding DESIGN §5 names, or an Excel workbook) into the
 * document as one new batch, in one transaction: on any error (a broken row, an unknown
 * touchpoint, a value off its scale, an unparseable date, a file imported before) nothing is
 * written and a DocumentError names the file, line and column. The map is read from the
 * document file itself, so the map must be saved first. With ImportOptions::dryRun the summary
 * is that of the real import (its batch the number the batch would get) and the document is
 * left as it was; with collectErrors too, errors in rows are listed in it instead of thrown.
 */
ImportSummary importSurvey(DocumentFile &document, const QString &dataPath, const ImportOptions &options = {});

/** Removes a batch and all its answers, in one transaction. Returns the number of rows removed. */
qint64 removeBatch(DocumentFile &document, BatchId batch);

} // namespace cxmap
