#include "csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <cstring>

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
{
    m_options.chunkSize = std::max<qsizetype>(m_options.chunkSize, 1);
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
    qint64 quoteLine = 0;
    qint64 quoteColumn = 0;
    record.m_line = m_line;

    const auto endField = [&] {
        const qsizetype n =
            mayTrim ? trimEnd(data, fieldStart + keep) : static_cast<qsizetype>(data.size());
        ends.push_back(n);
        mayTrim = false;
        fieldStart = n;
        keep = 0;
        state = State::FieldStart;
    };
    const auto isBlankLine = [&] { return ends.size() == 1 && data.empty() && !quoted; };

    for (;;) {
        if (m_pos == m_end) {
            if (static_cast<qsizetype>(data.size()) > m_options.maxRecordSize) {
                const QString limit = QString::number(m_options.maxRecordSize);
                if (state == State::Quoted) {
                    return fail(quoteLine, quoteColumn,
                                tr("quoted field is not closed within %1 bytes").arg(limit));
                }
                return fail(record.m_line, 0, tr("record is longer than %1 bytes").arg(limit));
            }
            if (!fill(1)) {
                if (m_status == Status::Failed)
                    return false;
                m_status = Status::AtEnd;
                if (state == State::Quoted)
                    return fail(quoteLine, quoteColumn, tr("quoted field is not closed"));
                endField();
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
        endField();
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

    // Enough for the BOM checks, or the whole sample to detect the delimiter from.
    const qsizetype wanted = given != 0 ? 4 : kSniffSize;
    if (!fill(wanted) && m_status == Status::Failed)
        return false;

    const QByteArrayView head(m_buffer.data(), std::min<qsizetype>(m_end, 4));
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF") || head.contains('\0'))
        return fail(1, 1, tr("the file is UTF-16; save it as UTF-8"));
    if (head.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;

    m_delimiter = given != 0
                      ? given
                      : detectDelimiter(QByteArrayView(m_buffer.data() + m_pos, m_end - m_pos),
                                        m_end < wanted);
    for (const char c : {m_delimiter, '\r', '\n', '\0'})
        m_stops[static_cast<uchar>(c)] |= kUnquotedStop;
    for (const char c : {'"', '\r', '\n', '\0'})
        m_stops[static_cast<uchar>(c)] |= kQuotedStop;
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
        const qint64 n = m_device->read(m_buffer.data() + m_end,
                                        std::min(m_options.chunkSize, capacity - m_end));
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
    if (QByteArrayView(data.data(), size).isValidUtf8() &&
        std::none_of(record.m_ends.begin(), record.m_ends.end(), startsInside)) {
        return true;
    }
    for (int i = 0; i < record.size(); ++i) {
        if (!record.field(i).isValidUtf8()) {
            return fail(record.m_line, i + 1, tr("not valid UTF-8; save the file as UTF-8"));
        }
    }
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
