#pragma once

#include "recordsource.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
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

    /** For readers of other sources (workbooks): appends one field of UTF-8 bytes. */
    void appendField(QByteArrayView utf8)
    {
        m_data.append(utf8.data(), size_t(utf8.size()));
        m_ends.push_back(static_cast<qsizetype>(m_data.size()));
    }
    /** For readers of other sources: the line (a sheet's row number) errors name. */
    void setLine(qint64 line) { m_line = line; }

private:
    friend class CsvReader;

    std::string m_data;
    std::vector<qsizetype> m_ends;
    qint64 m_line = 0;
};

/** The text encodings a CSV file may come in (DESIGN §5). */
enum class TextEncoding { Auto, Utf8, Utf16LE, Utf16BE, Windows1252 };

/** How to read a CSV file. The defaults suit every file we know of. */
struct CsvOptions
{
    /** The field delimiter; 0 detects ',', ';' or tab from the first 64 KiB. */
    char delimiter = 0;
    /** Bytes read from the device at a time. */
    qsizetype chunkSize = 256 * 1024;
    /**
     * A longer record is an error: it is almost always a quote left open, and it bounds memory.
     * Counted in UTF-8 bytes, after any decoding.
     */
    qsizetype maxRecordSize = ImportLimits::MaxRecordBytes;
    /** A record with more fields is an error (a spreadsheet has at most 16,384 columns). */
    qsizetype maxFields = ImportLimits::MaxColumns;
    /** A longer field is an error (a spreadsheet cell holds at most 32,767 characters). */
    qsizetype maxFieldSize = ImportLimits::MaxFieldBytes;
    /** Auto: from a byte order mark, else UTF-8 unless the bytes say Windows-1252. */
    TextEncoding encoding = TextEncoding::Auto;
};

/**
 * Streams RFC 4180 records from a device, with the leniency real survey exports need: CRLF, LF
 * and lone CR all end lines; a missing final newline is fine; blank lines are skipped (but
 * counted, so line numbers stay physical); spaces and tabs around a field, quoted or not, are
 * trimmed; a quote inside an unquoted field, or text after a closing quote, is kept literally.
 * Ragged rows are not an error here.
 *
 * Encodings (every record comes out as UTF-8): a UTF-8 byte order mark is skipped; UTF-16 LE or
 * BE (with a byte order mark, or ASCII-led text whose every other byte is NUL) is decoded as
 * it streams; without a mark, text is UTF-8 unless its first non-ASCII bytes are not, and then
 * Windows-1252 (what Excel on Windows saves as "CSV"). Because that choice is made at the first
 * non-ASCII byte, everything before it reads the same either way. UTF-32 is refused by name.
 *
 * Errors stop reading and are one line, "<file>:<line>:<column>: <message>", the column being
 * the field's number counted from 1 (as a spreadsheet counts columns, and as the import's own
 * errors do): bytes that fit the file's encoding nowhere, a NUL byte, a quote left open at the
 * end of the file (named by the line and field where it opened), more fields than
 * CsvOptions::maxFields or a field longer than CsvOptions::maxFieldSize; "<file>:<line>:
 * <message>" for a record longer than CsvOptions::maxRecordSize or a read error. Each limit is
 * checked as the bytes arrive, so a hostile line costs time linear in what was read before it
 * was refused.
 *
 * Memory stays at one chunk plus the longest record, whatever the file size.
 */
class CsvReader : public RecordSource
{
public:
    /**
     * Reads from @p device, which must be open and must outlive the reader. @p fileName is used
     * only in error messages, as given.
     */
    CsvReader(QIODevice *device, const QString &fileName, CsvOptions options = {});
    ~CsvReader() override;
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    /** Reads the next record; false at the end or on error (then hasError()). */
    bool next(CsvRecord &record) override;

    bool hasError() const override { return m_status == Status::Failed; }
    /** One line, "<file>:<line>: <message>"; empty unless hasError(). */
    QString errorString() const override { return m_error; }

    /** The delimiter given or detected; 0 until the first call to next(). */
    char delimiter() const override { return m_delimiter; }

    /** Bytes of the device consumed so far, for progress bars. */
    qint64 bytesRead() const override;

    /** The encoding as far as read: Auto while every byte so far was ASCII. */
    TextEncoding encoding() const { return m_encoding; }
    /** "UTF-8", "UTF-8 with BOM", "UTF-16LE with BOM", "Windows-1252"… for summaries. */
    QString encodingName() const override;

private:
    enum class Status { NotStarted, Reading, AtEnd, Failed };
    class Utf16Decoder;

    bool readRecord(CsvRecord &record);
    bool start();
    bool detectEncoding();
    bool fill(qsizetype minimum);
    qint64 readDecoded(char *data, qint64 maxSize);
    void lineBreak(char c, qint64 offset);
    bool finishRecord(CsvRecord &record);
    bool decodeWindows1252(CsvRecord &record);
    bool fail(qint64 line, qint64 column, const QString &message);

    QIODevice *m_device;
    QString m_fileName;
    CsvOptions m_options;
    Status m_status = Status::NotStarted;
    QString m_error;
    char m_delimiter = 0;
    TextEncoding m_encoding = TextEncoding::Auto;
    bool m_bom = false;
    std::unique_ptr<Utf16Decoder> m_utf16;
    std::string m_scratch;
    // UTF-8 decoded from UTF-16 and not yet in the buffer.
    std::string m_decoded;
    size_t m_decodedPos = 0;

    // m_buffer[m_pos, m_end) is unparsed input; m_bufferOffset is the file offset of m_buffer[0].
    std::vector<char> m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    qint64 m_bufferOffset = 0;
    // Bytes read from the device, when they are decoded (UTF-16) before parsing.
    qint64 m_deviceBytes = 0;

    qint64 m_line = 1;
    // The file offset of the last CR, so that an LF right after it (even in the next chunk) does
    // not count as a second line break.
    qint64 m_lastCr = -2;

    // Per byte: does it stop a run of unquoted or of quoted field bytes.
    std::array<quint8, 256> m_stops{};
};

} // namespace cxmap
