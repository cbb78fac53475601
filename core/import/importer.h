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
    QStringList unmatchedColumns;
    QStringList privateColumns;
    QStringList newSegments;
    double seconds = 0.0;

    /** A few lines: rows, answers, skipped by reason, columns left out. */
    QString describe() const;
};

/**
 * Reads a survey export into the document as one new batch, in one transaction: on any error
 * (a broken row, an unknown touchpoint, a value off its scale, an unparseable date, a file
 * imported before) nothing is written and a DocumentError names the file, line and column.
 * The map is read from the document file itself, so the map must be saved first. With
 * ImportOptions::dryRun the summary is that of the real import (its batch the number the batch
 * would get) and the document is left as it was.
 */
ImportSummary importSurvey(DocumentFile &document, const QString &dataPath, const ImportOptions &options = {});

/** Removes a batch and all its answers, in one transaction. Returns the number of rows removed. */
qint64 removeBatch(DocumentFile &document, BatchId batch);

} // namespace cxmap
