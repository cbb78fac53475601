#pragma once

#include "import/importmapping.h"
#include "import/surveyheader.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cxmap {

/**
 * The first rows of a survey export as the wizard shows them: read with the importer's own CSV
 * reader and format detection, so the preview and the import agree on what the file is.
 */
struct ImportSource
{
    QString path;
    /** The sheet read, for a workbook; empty for a CSV file. */
    QString sheet;
    /** A workbook's sheets, in its order; empty for a CSV file. */
    QStringList sheets;
    /** "UTF-8", "Windows-1252", "Excel workbook, sheet …": as the import's summary names it. */
    QString encoding;
    /** Rows as read, title lines and header rows included, at most the preview's worth. */
    QList<QStringList> rows;
    QList<qint64> lines;
    char delimiter = 0;
    ImportFormat detected = ImportFormat::Long;
    /** "file:line:column: what is wrong" when the file cannot be read; empty otherwise. */
    QString error;

    /**
     * Reads the start of `path` (a CSV file, or the sheet `sheet` of a workbook, its first by
     * default): the rows the importer detects the format from, and more.
     */
    static ImportSource read(const QString &path, const QString &sheet = {}, int previewRows = 60);

    bool isValid() const { return error.isEmpty() && !rows.isEmpty(); }
    /** The rows format detection and header reading see (the importer reads twelve). */
    LeadingRows leading() const;
    /** The header in `format`; says the problem instead of throwing. */
    std::optional<SurveyHeader> header(ImportFormat format, QString *problem) const;
    /** "comma", "semicolon", "tab"… */
    QString delimiterName() const;
};

/** The format's name and what it looks like, for people. */
QString describeFormat(ImportFormat format);

/** The formats that list touchpoints as columns, whose columns the wizard maps. */
bool hasColumnMapping(ImportFormat format);

} // namespace cxmap
