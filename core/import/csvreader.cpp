#include "csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <cstring>
#include <optional>

namespace cxmap {

namespace {

constexpr qsizetype kSniffSize = 64 * 1024;
constexpr quint8 kUnquotedStop = 1;
constexpr quint8 kQuotedStop = 2;
constexpr std::array<char, 3> kCandidates = {',', ';', '\t'};

QString tr(const char *text)
{
    return QCoreApplication::translate("cxmap::CsvReader", text);
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

// Drops trailing spaces and tabs from @p data, but not from its first @p floor bytes.
qsizetype trimEnd(std::string &data, qsizetype floor)
{
    auto n = static_cast<qsizetype>(data.size());
    while (n > floor && isBlank(data[n - 1]))
        --n;
    data.resize(n);
    return n;
}

bool isAscii(const char *data, qsizetype size)
{
    constexpr quint64 highBits = 0x8080808080808080ULL;
    qsizetype i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 word;
        std::memcpy(&word, data + i, sizeof word);
        if (word & highBits)
            return false;
    }
    for (; i < size; ++i) {
        if (static_cast<uchar>(data[i]) >= 0x80)
            return false;
    }
    return true;
}

// Windows-1252's characters for 0x80–0x9F; 0 where the code page has none (those bytes fit no
// encoding cxmap reads once the file is not UTF-8). 0xA0–0xFF are Latin-1, U+00A0–U+00FF.
constexpr std::array<char16_t, 32> kWindows1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void appendUtf8(std::string &out, char32_t c)
{
    if (c < 0x80) {
        out.push_back(char(c));
    } else if (c < 0x800) {
        out.push_back(char(0xC0 | (c >> 6)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(char(0xE0 | (c >> 12)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (c >> 18)));
        out.push_back(char(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(char(0x80 | (c & 0x3F)));
    }
}

// Whether a sample that may end inside a sequence is UTF-8 up to that cut.
bool isUtf8Prefix(QByteArrayView sample)
{
    qsizetype end = sample.size();
    // Step back over a sequence the cut may have split (at most three bytes).
    for (qsizetype back = 1; back <= 3 && back <= end; ++back) {
        const auto c = static_cast<uchar>(sample[end - back]);
        if ((c & 0xC0) == 0x80)
            continue;
        if (c >= 0xC0)
            end -= back;
        break;
    }
    return sample.first(end).isValidUtf8();
}

// UTF-8 where the sample is, or where it has UTF-8's sequences at all (a file that then breaks
// them mixes encodings, and its first bad byte is the error to show); else Windows-1252, whose
// text almost never forms them.
TextEncoding guessEncoding(QByteArrayView sample, bool complete)
{
    if (complete ? sample.isValidUtf8() : isUtf8Prefix(sample))
        return TextEncoding::Utf8;
    for (qsizetype i = 0; i < sample.size(); ++i) {
        const auto lead = static_cast<uchar>(sample[i]);
        const int length = lead >= 0xF0 && lead < 0xF5 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 && lead < 0xE0 ? 2 : 0;
        if (length == 0 || lead >= 0xF5 || i + length > sample.size())
            continue;
        if (sample.sliced(i, length).isValidUtf8())
            return TextEncoding::Utf8;
    }
    return TextEncoding::Windows1252;
}

// The most lines that share one non-zero count of a candidate.
int agreement(std::vector<int> counts)
{
    std::erase(counts, 0);
    std::sort(counts.begin(), counts.end());
    int best = 0;
    for (size_t i = 0; i < counts.size();) {
        size_t j = i;
        while (j < counts.size() && counts[j] == counts[i])
            ++j;
        best = std::max(best, static_cast<int>(j - i));
        i = j;
    }
    return best;
}

// Counts each candidate per line, outside quotes, and picks the one whose count agrees on the
// most lines; ties go to the earlier of ',' ';' tab. A title line without delimiters above the
// header counts zero for every candidate and so does not sway the choice. When @p complete is
// false the sample was cut off, so its last line is partial and is left out (unless it is the
// only one).
char detectDelimiter(QByteArrayView sample, bool complete)
{
    std::array<std::vector<int>, kCandidates.size()> perLine;
    std::array<int, kCandidates.size()> counts{};
    bool inQuotes = false;
    bool lineHasData = false;
    const auto endLine = [&] {
        if (lineHasData) {
            for (size_t i = 0; i < kCandidates.size(); ++i)
                perLine[i].push_back(counts[i]);
        }
        counts = {};
        lineHasData = false;
    };
    for (const char c : sample) {
        if (c == '"') {
            inQuotes = !inQuotes;
        } else if (!inQuotes) {
            if (c == '\n' || c == '\r') {
                endLine();
                continue;
            }
            for (size_t i = 0; i < kCandidates.size(); ++i) {
                if (c == kCandidates[i])
                    ++counts[i];
            }
        }
        lineHasData = true;
    }
    if (complete || perLine[0].empty())
        endLine();

    char best = kCandidates[0];
    int bestScore = 0;
    for (size_t i = 0; i < kCandidates.size(); ++i) {
        const int score = agreement(perLine[i]);
        if (score > bestScore) {
            best = kCandidates[i];
            bestScore = score;
        }
    }
    return best;
}

} // namespace

// Turns UTF-16 from the device into UTF-8 as it streams. An unpaired surrogate becomes the byte
// 0xFF, which is never UTF-8, so the record check names its line and column.
class CsvReader::Utf16Decoder
{
public:
    explicit Utf16Decoder(bool bigEndian)
        : m_bigEndian(bigEndian)
    {}

    /** Raw bytes already read from the device (the sniffed start, past the byte order mark). */
    void push(const char *data, qsizetype size) { m_raw.append(data, size_t(size)); }

    /**
     * Reads up to `budget` raw bytes from `device` and appends their UTF-8 to `out`; returns
     * the raw bytes read (0 at the end, -1 on a read error). At the end, a dangling odd byte or
     * high surrogate comes out as 0xFF.
     */
    qint64 decode(QIODevice *device, qint64 budget, std::string &out)
    {
        const size_t kept = m_raw.size();
        m_raw.resize(kept + size_t(budget));
        const qint64 n = device->read(m_raw.data() + kept, budget);
        m_raw.resize(kept + size_t(std::max<qint64>(n, 0)));
        if (n < 0)
            return -1;
        size_t i = 0;
        for (; i + 1 < m_raw.size(); i += 2) {
            const auto a = static_cast<uchar>(m_raw[i]);
            const auto b = static_cast<uchar>(m_raw[i + 1]);
            const char16_t unit = m_bigEndian ? char16_t(a << 8 | b) : char16_t(b << 8 | a);
            unitIn(unit, out);
        }
        m_raw.erase(0, i);
        if (n == 0) {
            if (m_high || !m_raw.empty())
                out.push_back('\xFF');
            m_high = 0;
            m_raw.clear();
        }
        return n;
    }

private:
    void unitIn(char16_t unit, std::string &out)
    {
        if (unit >= 0xDC00 && unit <= 0xDFFF) {
            if (m_high) {
                appendUtf8(out, 0x10000 + ((char32_t(m_high) - 0xD800) << 10) + (unit - 0xDC00));
                m_high = 0;
            } else {
                out.push_back('\xFF');
            }
            return;
        }
        if (m_high) {
            out.push_back('\xFF');
            m_high = 0;
        }
        if (unit >= 0xD800 && unit <= 0xDBFF)
            m_high = unit;
        else
            appendUtf8(out, unit);
    }

    bool m_bigEndian;
    std::string m_raw;
    char16_t m_high = 0;
};

QStringList CsvRecord::texts() const
{
    QStringList result;
    result.reserve(size());
    for (int i = 0; i < size(); ++i)
        result.append(text(i));
    return result;
}

void CsvRecord::clear()
{
    m_data.clear();
    m_ends.clear();
    m_line = 0;
}

CsvReader::CsvReader(QIODevice *device, const QString &fileName, CsvOptions options)
    : m_device(device)
    , m_fileName(fileName)
    , m_options(options)
    , m_encoding(options.encoding)
{
    m_options.chunkSize = std::max<qsizetype>(m_options.chunkSize, 1);
    m_options.maxFields = std::max<qsizetype>(m_options.maxFields, 1);
    m_options.maxFieldSize = std::max<qsizetype>(m_options.maxFieldSize, 1);
}

CsvReader::~CsvReader() = default;

qint64 CsvReader::bytesRead() const
{
    // Decoded bytes are not the file's; the device's count is at most a chunk ahead.
    if (m_utf16)
        return m_deviceBytes;
    return m_bufferOffset + m_pos;
}

QString CsvReader::encodingName() const
{
    switch (m_encoding) {
    case TextEncoding::Auto:
    case TextEncoding::Utf8:
        return m_bom ? QStringLiteral("UTF-8 with BOM") : QStringLiteral("UTF-8");
    case TextEncoding::Utf16LE:
        return m_bom ? QStringLiteral("UTF-16LE with BOM") : QStringLiteral("UTF-16LE");
    case TextEncoding::Utf16BE:
        return m_bom ? QStringLiteral("UTF-16BE with BOM") : QStringLiteral("UTF-16BE");
    case TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

bool CsvReader::next(CsvRecord &record)
{
    if (readRecord(record))
        return true;
    record.clear();
    return false;
}

bool CsvReader::readRecord(CsvRecord &record)
{
    record.clear();
    if (m_status == Status::NotStarted && !start())
        return false;
    if (m_status != Status::Reading)
        return false;

    enum class State { FieldStart, Unquoted, Quoted, QuotedQuote, AfterQuoted };
    State state = State::FieldStart;
    std::string &data = record.m_data;
    std::vector<qsizetype> &ends = record.m_ends;
    qsizetype fieldStart = 0;
    // Bytes at the start of the current field that trimming must leave: quoted content.
    qsizetype keep = 0;
    // Whether the last byte appended outside quotes was a space or tab. Tracked from the input
    // rather than read back from the record, which stalls on the store just made.
    bool mayTrim = false;
    // A lone empty field is a blank line, unless it was written as "".
    bool quoted = false;
    // The current field began with a quote.
    bool fieldQuoted = false;
    const auto quotedTooLong = [this] {
        return tr("quoted field is longer than %1 bytes; is a quote left open?").arg(m_options.maxFieldSize);
    };
    qint64 quoteLine = 0;
    qint64 quoteColumn = 0;
    record.m_line = m_line;

    // False when the field breaks a limit (the reader has failed then).
    const auto endField = [&] {
        const qsizetype n =
            mayTrim ? trimEnd(data, fieldStart + keep) : static_cast<qsizetype>(data.size());
        const auto column = static_cast<qint64>(ends.size()) + 1;
        if (n - fieldStart > m_options.maxFieldSize) {
            if (fieldQuoted)
                return fail(quoteLine, quoteColumn, quotedTooLong());
            return fail(record.m_line, column, tr("the field is longer than %1 bytes").arg(m_options.maxFieldSize));
        }
        if (column > m_options.maxFields)
            return fail(record.m_line, column, tr("more than %1 fields; a row holds at most %1 columns").arg(m_options.maxFields));
        ends.push_back(n);
        mayTrim = false;
        fieldQuoted = false;
        fieldStart = n;
        keep = 0;
        state = State::FieldStart;
        return true;
    };
    const auto isBlankLine = [&] { return ends.size() == 1 && data.empty() && !quoted; };

    for (;;) {
        if (m_pos == m_end) {
            // Checked a chunk at a time: a hostile field or record costs at most one chunk more.
            const auto size = static_cast<qsizetype>(data.size());
            if (size > m_options.maxRecordSize || size - fieldStart > m_options.maxFieldSize) {
                if (state == State::Quoted && size > m_options.maxRecordSize)
                    return fail(quoteLine, quoteColumn,
                                tr("quoted field is not closed within %1 bytes").arg(m_options.maxRecordSize));
                if (fieldQuoted)
                    return fail(quoteLine, quoteColumn, quotedTooLong());
                if (size > m_options.maxRecordSize)
                    return fail(record.m_line, 0, tr("record is longer than %1 bytes").arg(m_options.maxRecordSize));
                return fail(record.m_line, static_cast<qint64>(ends.size()) + 1,
                            tr("the field is longer than %1 bytes").arg(m_options.maxFieldSize));
            }
            if (!fill(1)) {
                if (m_status == Status::Failed)
                    return false;
                m_status = Status::AtEnd;
                if (state == State::Quoted)
                    return fail(quoteLine, quoteColumn, tr("quoted field is not closed"));
                if (!endField())
                    return false;
                if (isBlankLine())
                    return false;
                return finishRecord(record);
            }
        }

        const char *const base = m_buffer.data();
        const char *p = base + m_pos;
        const char *const end = base + m_end;
        char c = *p;
        switch (state) {
        case State::FieldStart:
            if (c == m_delimiter || c == '\r' || c == '\n' || c == '\0')
                break;
            if (isBlank(c)) {
                ++m_pos;
                continue;
            }
            if (c == '"') {
                quoted = true;
                fieldQuoted = true;
                quoteLine = m_line;
                quoteColumn = static_cast<qint64>(ends.size()) + 1;
                ++m_pos;
                state = State::Quoted;
                continue;
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            const char *const from = p;
            while (p != end && !(m_stops[static_cast<uchar>(*p)] & kUnquotedStop))
                ++p;
            if (p != from) {
                data.append(from, p - from);
                mayTrim = isBlank(p[-1]);
            }
            m_pos = p - base;
            if (p == end)
                continue;
            c = *p;
            break;
        }
        case State::Quoted: {
            const char *const from = p;
            while (p != end && !(m_stops[static_cast<uchar>(*p)] & kQuotedStop))
                ++p;
            data.append(from, p - from);
            m_pos = p - base;
            if (p == end)
                continue;
            c = *p;
            if (c == '\0')
                break;
            ++m_pos;
            if (c == '"') {
                state = State::QuotedQuote;
            } else {
                data.push_back(c);
                lineBreak(c, m_bufferOffset + m_pos - 1);
            }
            continue;
        }
        case State::QuotedQuote:
            if (c == '"') {
                data.push_back(c);
                ++m_pos;
                state = State::Quoted;
                continue;
            }
            keep = static_cast<qsizetype>(data.size()) - fieldStart;
            state = State::AfterQuoted;
            [[fallthrough]];
        case State::AfterQuoted:
            if (c == m_delimiter || c == '\r' || c == '\n' || c == '\0')
                break;
            data.push_back(c);
            mayTrim = isBlank(c);
            ++m_pos;
            continue;
        }

        // c, at m_pos, ends the field: a delimiter, a line break, or a NUL that is never text.
        if (c == '\0') {
            return fail(m_line, static_cast<qint64>(ends.size()) + 1,
                        tr("NUL byte: this is not a text file, or it is UTF-16; "
                           "save it as UTF-8"));
        }
        ++m_pos;
        if (!endField())
            return false;
        if (c == m_delimiter)
            continue;
        lineBreak(c, m_bufferOffset + m_pos - 1);
        if (!isBlankLine())
            return finishRecord(record);
        data.clear();
        ends.clear();
        record.m_line = m_line;
    }
}

bool CsvReader::start()
{
    m_status = Status::Reading;
    if (!m_device || !m_device->isReadable())
        return fail(0, 0, tr("cannot read the file"));
    const char given = m_options.delimiter;
    if (given == '"' || given == '\r' || given == '\n')
        return fail(0, 0, tr("a quote or line break cannot be the delimiter"));

    if (!fill(4) && m_status == Status::Failed)
        return false;
    if (!detectEncoding())
        return false;
    if (given == 0) {
        // The sample the delimiter, and an encoding not yet known, are detected from. With the
        // delimiter given, the encoding is decided at the first record that is not ASCII.
        if (!fill(kSniffSize) && m_status == Status::Failed)
            return false;
        const QByteArrayView sample(m_buffer.data() + m_pos, m_end - m_pos);
        const bool complete = m_end < kSniffSize;
        if (m_encoding == TextEncoding::Auto && !isAscii(sample.data(), sample.size()))
            m_encoding = guessEncoding(sample, complete);
        m_delimiter = detectDelimiter(sample, complete);
    } else {
        m_delimiter = given;
    }
    for (const char c : {m_delimiter, '\r', '\n', '\0'})
        m_stops[static_cast<uchar>(c)] |= kUnquotedStop;
    for (const char c : {'"', '\r', '\n', '\0'})
        m_stops[static_cast<uchar>(c)] |= kQuotedStop;
    return true;
}

// From the first bytes: a byte order mark, or the NULs of UTF-16 or UTF-32 text that starts
// with ASCII (a CSV header always does).
bool CsvReader::detectEncoding()
{
    const QByteArrayView head(m_buffer.data(), std::min<qsizetype>(m_end, 4));
    const auto at = [&head](qsizetype i) { return i < head.size() ? head[i] : char(1); };
    const bool full = head.size() == 4;
    if (head.startsWith(QByteArrayView("\xFF\xFE\0\0", 4)) || head.startsWith(QByteArrayView("\0\0\xFE\xFF", 4))
        || (full && at(0) != 0 && at(1) == 0 && at(2) == 0 && at(3) == 0)
        || (full && at(0) == 0 && at(1) == 0 && at(2) == 0 && at(3) != 0))
        return fail(1, 1, tr("the file is UTF-32, which cxmap does not read; save it as UTF-8 or UTF-16"));

    std::optional<bool> utf16BigEndian;
    if (head.startsWith("\xEF\xBB\xBF")) {
        m_bom = true;
        m_pos = 3;
        if (m_encoding == TextEncoding::Auto)
            m_encoding = TextEncoding::Utf8;
    } else if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        m_bom = true;
        m_pos = 2;
        utf16BigEndian = head.startsWith("\xFE\xFF");
    } else if (m_encoding == TextEncoding::Auto && full && at(0) != 0 && at(1) == 0 && at(2) != 0 && at(3) == 0) {
        utf16BigEndian = false;
    } else if (m_encoding == TextEncoding::Auto && full && at(0) == 0 && at(1) != 0 && at(2) == 0 && at(3) != 0) {
        utf16BigEndian = true;
    }
    if (m_encoding == TextEncoding::Utf16LE || m_encoding == TextEncoding::Utf16BE)
        utf16BigEndian = m_encoding == TextEncoding::Utf16BE;
    if (!utf16BigEndian)
        return true;

    m_encoding = *utf16BigEndian ? TextEncoding::Utf16BE : TextEncoding::Utf16LE;
    // What was read is raw UTF-16: it goes through the decoder like the rest.
    m_utf16 = std::make_unique<Utf16Decoder>(*utf16BigEndian);
    m_utf16->push(m_buffer.data() + m_pos, m_end - m_pos);
    m_deviceBytes = m_end;
    m_pos = 0;
    m_end = 0;
    m_bufferOffset = 0;
    return true;
}

// Keeps the unparsed bytes and reads, a chunk at a time, until at least @p minimum bytes are
// buffered or the device ends. False when nothing is buffered.
bool CsvReader::fill(qsizetype minimum)
{
    const qsizetype kept = m_end - m_pos;
    if (kept > 0 && m_pos > 0)
        std::memmove(m_buffer.data(), m_buffer.data() + m_pos, kept);
    m_bufferOffset += m_pos;
    m_pos = 0;
    m_end = kept;
    if (m_buffer.empty())
        m_buffer.resize(std::max(m_options.chunkSize, std::min<qsizetype>(minimum, 4096)));

    while (m_end < minimum) {
        // Grow towards the minimum only as far as the device delivers, so that a short file
        // does not cost a 64 KiB detection buffer.
        auto capacity = static_cast<qsizetype>(m_buffer.size());
        if (m_end == capacity) {
            capacity = std::min(2 * capacity, std::max(minimum, m_options.chunkSize));
            m_buffer.resize(capacity);
        }
        const qint64 n = readDecoded(m_buffer.data() + m_end, std::min(m_options.chunkSize, capacity - m_end));
        if (n < 0) {
            fail(m_line, 0, tr("cannot read: %1").arg(m_device->errorString()));
            return false;
        }
        if (n == 0) {
            // Pipes and processes may just be slow; files and buffers are at their end.
            if (m_device->isSequential() && m_device->waitForReadyRead(-1))
                continue;
            break;
        }
        m_end += n;
    }
    return m_end > 0;
}

// Reads from the device, through the UTF-16 decoder when the file is UTF-16.
qint64 CsvReader::readDecoded(char *data, qint64 maxSize)
{
    if (!m_utf16)
        return m_device->read(data, maxSize);
    while (m_decodedPos == m_decoded.size()) {
        m_decoded.clear();
        m_decodedPos = 0;
        const qint64 n = m_utf16->decode(m_device, std::max<qint64>(maxSize, 2), m_decoded);
        if (n < 0)
            return -1;
        m_deviceBytes += n;
        if (n == 0)
            break;
    }
    const auto count = std::min<qint64>(maxSize, qint64(m_decoded.size() - m_decodedPos));
    std::memcpy(data, m_decoded.data() + m_decodedPos, size_t(count));
    m_decodedPos += size_t(count);
    return count;
}

void CsvReader::lineBreak(char c, qint64 offset)
{
    if (c == '\n' && m_lastCr == offset - 1)
        return;
    ++m_line;
    if (c == '\r')
        m_lastCr = offset;
}

bool CsvReader::finishRecord(CsvRecord &record)
{
    const std::string &data = record.m_data;
    const auto size = static_cast<qsizetype>(data.size());
    if (isAscii(data.data(), size))
        return true;
    // Valid as a whole and no field starting inside a sequence means every field is valid.
    const auto startsInside = [&](qsizetype end) {
        return end < size && (static_cast<uchar>(data[end]) & 0xC0) == 0x80;
    };
    const bool valid = QByteArrayView(data.data(), size).isValidUtf8()
        && std::none_of(record.m_ends.begin(), record.m_ends.end(), startsInside);
    // The first non-ASCII bytes decide: everything before them reads the same either way.
    if (m_encoding == TextEncoding::Auto)
        m_encoding = valid ? TextEncoding::Utf8 : guessEncoding(QByteArrayView(data.data(), size), true);
    if (m_encoding == TextEncoding::Windows1252)
        return decodeWindows1252(record);
    if (valid)
        return true;
    for (int i = 0; i < record.size(); ++i) {
        if (!record.field(i).isValidUtf8()) {
            if (m_utf16)
                return fail(record.m_line, i + 1, tr("not valid UTF-16 (a lone surrogate); save the file as UTF-8"));
            return fail(record.m_line, i + 1,
                        tr("not valid UTF-8, though the text before it is; save the whole file as UTF-8"));
        }
    }
    return true;
}

bool CsvReader::decodeWindows1252(CsvRecord &record)
{
    m_scratch.clear();
    m_scratch.reserve(record.m_data.size() + record.m_data.size() / 2);
    qsizetype begin = 0;
    for (size_t field = 0; field < record.m_ends.size(); ++field) {
        const qsizetype end = record.m_ends[field];
        for (qsizetype i = begin; i < end; ++i) {
            const auto c = static_cast<uchar>(record.m_data[size_t(i)]);
            if (c < 0x80) {
                m_scratch.push_back(char(c));
            } else if (c >= 0xA0) {
                appendUtf8(m_scratch, c);
            } else if (const char16_t mapped = kWindows1252High[c - 0x80]) {
                appendUtf8(m_scratch, mapped);
            } else {
                return fail(record.m_line, qint64(field) + 1,
                            tr("byte 0x%1 is text neither in UTF-8 nor in Windows-1252; save the file as UTF-8")
                                .arg(QString::number(c, 16).toUpper()));
            }
        }
        begin = end;
        record.m_ends[field] = static_cast<qsizetype>(m_scratch.size());
    }
    record.m_data.swap(m_scratch);
    return true;
}

bool CsvReader::fail(qint64 line, qint64 column, const QString &message)
{
    m_status = Status::Failed;
    if (line <= 0)
        m_error = QStringLiteral("%1: %2").arg(m_fileName, message);
    else if (column <= 0)
        m_error = QStringLiteral("%1:%2: %3").arg(m_fileName, QString::number(line), message);
    else
        m_error = QStringLiteral("%1:%2:%3: %4")
                      .arg(m_fileName, QString::number(line), QString::number(column), message);
    return false;
}

} // namespace cxmap
