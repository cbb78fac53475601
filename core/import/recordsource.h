#pragma once

#include <QString>
#include <QtGlobal>

namespace cxmap {

class CsvRecord;

/**
 * The limits every reader of survey data holds a file to (README, "Importing survey data"). They
 * bound memory, and each is checked as the bytes arrive, so refusing a hostile file costs time
 * linear in what was read before the limit was met.
 */
namespace ImportLimits {
/** Columns of a row: what a spreadsheet has at most (Excel's XFD). */
inline constexpr qsizetype MaxColumns = 16384;
/** Bytes (UTF-8) of one field: 32,767 characters, Excel's cell limit, at up to 4 bytes each, rounded up. */
inline constexpr qsizetype MaxFieldBytes = 128 * 1024;
/** Bytes (UTF-8) of one record. */
inline constexpr qsizetype MaxRecordBytes = 16 * 1024 * 1024;
} // namespace ImportLimits

/**
 * Where the rows of a survey export come from: a CSV file or a sheet of a workbook. Rows arrive
 * as CsvRecords of UTF-8 fields with the line (a sheet's row number) errors name; a source that
 * fails stops and says why in one line naming the file, line and column.
 */
class RecordSource
{
public:
    virtual ~RecordSource() = default;

    /** The next non-blank row; false at the end or on error (then hasError()). */
    virtual bool next(CsvRecord &record) = 0;
    virtual bool hasError() const = 0;
    virtual QString errorString() const = 0;
    /** Bytes of the file consumed so far, for progress. */
    virtual qint64 bytesRead() const = 0;
    /**
     * The CSV delimiter, or ',' for a source whose numbers are never written with a decimal
     * comma (a workbook stores numbers as numbers).
     */
    virtual char delimiter() const = 0;
    /** What the summary names: "UTF-8", "Windows-1252", "sheet \"Responses\" of a workbook"… */
    virtual QString encodingName() const = 0;
};

} // namespace cxmap
