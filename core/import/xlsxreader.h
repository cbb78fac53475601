#pragma once

#include "csvreader.h"
#include "recordsource.h"

#include <QStringList>

#include <memory>
#include <vector>

class QIODevice;
class QXmlStreamReader;

namespace cxmap {

class ZipArchive;

/**
 * Streams the rows of one sheet of an Excel workbook (.xlsx, as Excel, Qualtrics and
 * SurveyMonkey write it) as records, so that every import format reads a workbook as it reads
 * a CSV file (DESIGN §5). The zip is read with libzip and the XML with QXmlStreamReader, the
 * sheet a row at a time: shared strings (rich text runs joined), inline strings, formula results,
 * numbers (written back as the shortest text that reads as the same number), booleans, error
 * values as Excel shows them ("#N/A"), and dates — numbers with a date style — as ISO 8601
 * text, in the workbook's 1900 or 1904 date system. Empty cells are empty fields; empty rows
 * are skipped; a record's line is the sheet's row number.
 *
 * Sizes are bounded (ImportLimits for columns and cells; parts of the zip by size and by how
 * many times they expand), so a zip bomb is refused in one line naming the file and the part.
 */
class XlsxReader : public RecordSource
{
public:
    /**
     * Opens the workbook at `path` and the sheet named `sheet` (any case), or the first visible
     * one. Throws DocumentError "<shown>: <why>" for a file that is not a workbook, a sheet
     * that is not there (listing those that are), or a part over its limits.
     */
    XlsxReader(const QString &path, const QString &shownName, const QString &sheet = {});
    ~XlsxReader() override;
    XlsxReader(const XlsxReader &) = delete;
    XlsxReader &operator=(const XlsxReader &) = delete;

    bool next(CsvRecord &record) override;
    bool hasError() const override { return !m_error.isEmpty(); }
    QString errorString() const override { return m_error; }
    qint64 bytesRead() const override;
    char delimiter() const override { return ','; }
    QString encodingName() const override;

    /** The sheets of the workbook, in its order (hidden ones included). */
    QStringList sheetNames() const { return m_sheetNames; }
    QString sheetName() const { return m_sheet; }

    /** Parts larger than these are refused before they are read. */
    static constexpr qint64 MaxSheetBytes = qint64(2) << 30;
    static constexpr qint64 MaxSharedStringsBytes = qint64(256) << 20;
    static constexpr qint64 MaxSmallPartBytes = qint64(16) << 20;

    /** Whether the first bytes of a file are a zip's (a workbook, not a CSV). */
    static bool looksLikeZip(const QString &path);

private:
    struct Workbook;
    bool fail(qint64 line, qint64 column, const QString &message);
    bool readRow(CsvRecord &record);
    bool readCell(CsvRecord &record, qint64 line, int &nextColumn);
    QString cellText(const QString &type, int style, const QString &value, const QString &inlineText) const;

    QString m_shownName;
    QString m_sheet;
    QStringList m_sheetNames;
    std::unique_ptr<ZipArchive> m_zip;
    std::unique_ptr<Workbook> m_workbook;
    std::unique_ptr<QIODevice> m_device;
    std::unique_ptr<QXmlStreamReader> m_xml;
    qint64 m_fileSize = 0;
    qint64 m_sheetSize = 0;
    qint64 m_lastRow = 0;
    bool m_atEnd = false;
    QString m_error;
};

} // namespace cxmap
