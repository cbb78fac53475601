#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <array>
#include <string>
#include <vector>

class QIODevice;

namespace cxmap {

/**
 * One record (row) of a CSV file. Field values are stored unquoted, unescaped and trimmed in
 * one buffer that the reader reuses from record to record, so reading a file does not allocate
 * per field. Views returned by field() stay valid until the record is read into again.
 */
class CsvRecord
{
public:
    /** The number of fields; rows of one file may differ (the format layer decides). */
    int size() const { return static_cast<int>(m_ends.size()); }
    bool isEmpty() const { return m_ends.empty(); }

    /** The UTF-8 bytes of field @p i; an empty view when @p i is out of range. */
    QByteArrayView field(int i) const
    {
        if (i < 0 || i >= size())
            return {};
        const qsizetype begin = i == 0 ? 0 : m_ends[i - 1];
        return QByteArrayView(m_data.data() + begin, m_ends[i] - begin);
    }

    /** Field @p i as text; an empty string when @p i is out of range. */
    QString text(int i) const { return QString::fromUtf8(field(i)); }

    /** All fields as text, for headers and tests; the hot path should use field(). */
    QStringList texts() const;

    /** The 1-based physical line on which the record starts. */
    qint64 line() const { return m_line; }

    /** Empties the record; it keeps its memory for the next one. */
    void clear();

private:
    friend class CsvReader;

    std::string m_data;
    std::vector<qsizetype> m_ends;
    qint64 m_line = 0;
};

/** How to read a CSV file. The defaults suit every file we know of. */
struct CsvOptions
{
    /** The field delimiter; 0 detects ',', ';' or tab from the first 64 KiB. */
    char delimiter = 0;
    /** Bytes read from the device at a time. */
    qsizetype chunkSize = 256 * 1024;
    /** A longer record is an error: it is almost always a quote left open, and it bounds memory. */
    qsizetype maxRecordSize = 64 * 1024 * 1024;
};

/**
 * Streams RFC 4180 records from a device, with the leniency real survey exports need: a UTF-8
 * BOM is skipped; CRLF, LF and lone CR all end lines; a missing final newline is fine; blank lines
 * are skipped (but counted, so line numbers stay physical); spaces and tabs around a field, quoted
 * or not, are trimmed; a quote inside an unquoted field, or text after a closing quote, is kept
 * literally. Ragged rows are not an error here.
 *
 * Errors stop reading and are one line, "<file>:<line>:<column>: <message>", the column being
 * the field's number counted from 1 (as a spreadsheet counts columns, and as the import's own
 * errors do): a UTF-16 file, invalid UTF-8, a NUL byte, a quote left open at the end of the
 * file (named by the line and field where it opened); "<file>:<line>: <message>" for a record
 * longer than CsvOptions::maxRecordSize or a read error.
 *
 * Memory stays at one chunk plus the longest record, whatever the file size.
 */
class CsvReader
{
public:
    /**
     * Reads from @p device, which must be open and must outlive the reader. @p fileName is used
     * only in error messages, as given.
     */
    CsvReader(QIODevice *device, const QString &fileName, CsvOptions options = {});
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    /** Reads the next record; false at the end or on error (then hasError()). */
    bool next(CsvRecord &record);

    bool hasError() const { return m_status == Status::Failed; }
    /** One line, "<file>:<line>: <message>"; empty unless hasError(). */
    QString errorString() const { return m_error; }

    /** The delimiter given or detected; 0 until the first call to next(). */
    char delimiter() const { return m_delimiter; }

    /** Bytes of the device consumed so far, for progress bars. */
    qint64 bytesRead() const { return m_bufferOffset + m_pos; }

private:
    enum class Status { NotStarted, Reading, AtEnd, Failed };

    bool readRecord(CsvRecord &record);
    bool start();
    bool fill(qsizetype minimum);
    void lineBreak(char c, qint64 offset);
    bool finishRecord(CsvRecord &record);
    bool fail(qint64 line, qint64 column, const QString &message);

    QIODevice *m_device;
    QString m_fileName;
    CsvOptions m_options;
    Status m_status = Status::NotStarted;
    QString m_error;
    char m_delimiter = 0;

    // m_buffer[m_pos, m_end) is unparsed input; m_bufferOffset is the file offset of m_buffer[0].
    std::vector<char> m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    qint64 m_bufferOffset = 0;

    qint64 m_line = 1;
    // The file offset of the last CR, so that an LF right after it (even in the next chunk) does
    // not count as a second line break.
    qint64 m_lastCr = -2;

    // Per byte: does it stop a run of unquoted or of quoted field bytes.
    std::array<quint8, 256> m_stops{};
};

} // namespace cxmap
