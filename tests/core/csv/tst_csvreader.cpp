#include "import/csvreader.h"
#include "import/csvwriter.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryFile>
#include <QTest>

#include <cstring>
#include <initializer_list>

using namespace cxmap;

// AddressSanitizer keeps freed memory in quarantine, so peak memory says nothing under it.
#if defined(__SANITIZE_ADDRESS__)
#define CXMAP_TEST_ASAN
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define CXMAP_TEST_ASAN
#endif
#endif

namespace {

using Records = QList<QStringList>;
using Lines = QList<qint64>;

constexpr qsizetype kDefaultChunk = CsvOptions{}.chunkSize;

QStringList row(std::initializer_list<const char *> fields)
{
    QStringList result;
    for (const char *field : fields)
        result.append(QString::fromUtf8(field));
    return result;
}

struct Parsed
{
    Records records;
    Lines lines;
    QString error;
    char delimiter = 0;
    qint64 bytesRead = 0;
};

Parsed parse(QIODevice *device, CsvOptions options)
{
    CsvReader reader(device, QStringLiteral("data.csv"), options);
    Parsed result;
    CsvRecord record;
    while (reader.next(record)) {
        result.records.append(record.texts());
        result.lines.append(record.line());
    }
    result.error = reader.errorString();
    result.delimiter = reader.delimiter();
    result.bytesRead = reader.bytesRead();
    return result;
}

Parsed parse(const QByteArray &input, CsvOptions options = {})
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    return parse(&buffer, options);
}

// Text as UTF-16, in either byte order, with or without a byte order mark.
QByteArray utf16(QStringView text, bool bigEndian, bool bom)
{
    QByteArray bytes;
    const auto put = [&](char16_t unit) {
        bytes += char(bigEndian ? unit >> 8 : unit & 0xFF);
        bytes += char(bigEndian ? unit & 0xFF : unit >> 8);
    };
    if (bom)
        put(0xFEFF);
    for (const QChar c : text)
        put(c.unicode());
    return bytes;
}

QString show(const Records &records, const Lines &lines)
{
    QStringList rows;
    for (qsizetype i = 0; i < records.size(); ++i) {
        rows.append(QString::number(lines.value(i)) + QLatin1String(":[") +
                    records[i].join(QLatin1Char('|')) + QLatin1Char(']'));
    }
    return rows.join(QLatin1Char(' '));
}

// The kernel's peak resident set of this process, in KiB; -1 where /proc is missing.
qint64 peakResidentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Produces long-format rows on demand, so that a huge input never exists in memory at once.
class RowGenerator : public QIODevice
{
public:
    explicit RowGenerator(qint64 rows)
        : m_rows(rows)
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        qint64 written = 0;
        while (written < maxSize) {
            if (m_pending.isEmpty()) {
                if (m_next == m_rows)
                    break;
                m_pending = QByteArray("r") + QByteArray::number(m_next) +
                            ",2024-03-01T10:00:00Z,business,\"Check-in, desk\",csat," +
                            QByteArray::number(m_next % 5 + 1) + "\r\n";
                ++m_next;
            }
            const qint64 n = std::min<qint64>(maxSize - written, m_pending.size());
            std::memcpy(data + written, m_pending.constData(), n);
            m_pending.remove(0, n);
            written += n;
        }
        return written;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_rows;
    qint64 m_next = 0;
    QByteArray m_pending;
};

// One line of `size` commas, made as it is read (issue 13: 40 MB of them once took 1.86 GB).
class CommaLine : public QIODevice
{
public:
    explicit CommaLine(qint64 size)
        : m_left(size)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = std::min(maxSize, m_left);
        std::memset(data, ',', size_t(n));
        m_left -= n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_left;
};

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void errors_data();
    void errors();
    void messyExportFile();
    void recordSpanningChunks();
    void generatedRows();
    void memoryIsBounded();
    void fieldAccess();
    void headerOf200000ColumnsIsRefusedEarly();
    void lineOfCommasIsRefusedInBoundedMemory();
    void longFieldIsRefused_data();
    void longFieldIsRefused();
    void writerOutput();
    void writerRoundTrip_data();
    void writerRoundTrip();
};

void TestCsvReader::parse_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<Records>("records");
    QTest::addColumn<Lines>("lines");
    QTest::addColumn<char>("detected");

    QTest::newRow("quoted comma") << QByteArray("a,\"b,c\",d\n") << '\0'
                                  << Records{row({"a", "b,c", "d"})} << Lines{1} << ',';
    QTest::newRow("doubled quote") << QByteArray("a,\"say \"\"hi\"\"\",\"\"\"\"\n") << '\0'
                                   << Records{row({"a", "say \"hi\"", "\""})} << Lines{1} << ',';
    QTest::newRow("embedded LF") << QByteArray("id,comment\n1,\"line one\nline two\"\n2,x\n")
                                 << '\0'
                                 << Records{row({"id", "comment"}),
                                            row({"1", "line one\nline two"}), row({"2", "x"})}
                                 << Lines{1, 2, 4} << ',';
    QTest::newRow("embedded CRLF")
        << QByteArray("id,comment\r\n1,\"a\r\nb\"\r\n2,x\r\n") << '\0'
        << Records{row({"id", "comment"}), row({"1", "a\r\nb"}), row({"2", "x"})} << Lines{1, 2, 4}
        << ',';
    QTest::newRow("empty quoted field")
        << QByteArray("a,\"\",c\n\"\"\n") << '\0' << Records{row({"a", "", "c"}), row({""})}
        << Lines{1, 2} << ',';
    QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBFid,name\n1,x\n") << '\0'
                         << Records{row({"id", "name"}), row({"1", "x"})} << Lines{1, 2} << ',';
    QTest::newRow("CRLF line ends")
        << QByteArray("a,b\r\n1,2\r\n3,4\r\n") << '\0'
        << Records{row({"a", "b"}), row({"1", "2"}), row({"3", "4"})} << Lines{1, 2, 3} << ',';
    QTest::newRow("LF line ends") << QByteArray("a,b\n1,2\n3,4\n") << '\0'
                                  << Records{row({"a", "b"}), row({"1", "2"}), row({"3", "4"})}
                                  << Lines{1, 2, 3} << ',';
    QTest::newRow("lone CR line ends")
        << QByteArray("a,b\r1,2\r3,4\r") << '\0'
        << Records{row({"a", "b"}), row({"1", "2"}), row({"3", "4"})} << Lines{1, 2, 3} << ',';
    QTest::newRow("no final newline")
        << QByteArray("a,b\n1,\"2\"") << '\0' << Records{row({"a", "b"}), row({"1", "2"})}
        << Lines{1, 2} << ',';
    QTest::newRow("trailing delimiter is an empty field")
        << QByteArray("a,b,\n,\n") << '\0' << Records{row({"a", "b", ""}), row({"", ""})}
        << Lines{1, 2} << ',';
    QTest::newRow("semicolon detected")
        << QByteArray("name;score;comment\nAnna;4,5;good, fast\nBen;3;slow\n") << '\0'
        << Records{row({"name", "score", "comment"}), row({"Anna", "4,5", "good, fast"}),
                   row({"Ben", "3", "slow"})}
        << Lines{1, 2, 3} << ';';
    QTest::newRow("tab detected") << QByteArray("name\tscore\n\"Smith, Anna\"\t4\nLee, Bo\t5\n")
                                  << '\0'
                                  << Records{row({"name", "score"}), row({"Smith, Anna", "4"}),
                                             row({"Lee, Bo", "5"})}
                                  << Lines{1, 2, 3} << '\t';
    QTest::newRow("delimiter inside quotes ignored by detection")
        << QByteArray("\"a;b;c\",x\n\"d;e;f\",y\n") << '\0'
        << Records{row({"a;b;c", "x"}), row({"d;e;f", "y"})} << Lines{1, 2} << ',';
    QTest::newRow("explicit delimiter")
        << QByteArray("a,b;c\n1,2;3\n") << ';' << Records{row({"a,b", "c"}), row({"1,2", "3"})}
        << Lines{1, 2} << ';';
    QTest::newRow("explicit unusual delimiter")
        << QByteArray("a|b, c|d\n") << '|' << Records{row({"a", "b, c", "d"})} << Lines{1} << '|';
    QTest::newRow("space padding trimmed")
        << QByteArray("  a , b\t,c  \n 1,  \"x, y\"  , \" z \" \n") << '\0'
        << Records{row({"a", "b", "c"}), row({"1", "x, y", " z "})} << Lines{1, 2} << ',';
    QTest::newRow("title line above header")
        << QByteArray("Customer survey, March 2024\nid;segment;score\n1;business;5\n2;leisure;4\n")
        << '\0'
        << Records{row({"Customer survey, March 2024"}), row({"id", "segment", "score"}),
                   row({"1", "business", "5"}), row({"2", "leisure", "4"})}
        << Lines{1, 2, 3, 4} << ';';
    QTest::newRow("blank lines skipped")
        << QByteArray("\na,b\n\n1,2\r\n\r\n   \n3,4\n\n") << '\0'
        << Records{row({"a", "b"}), row({"1", "2"}), row({"3", "4"})} << Lines{2, 4, 7} << ',';
    QTest::newRow("line numbers after multi-line fields")
        << QByteArray("h,v\n\"1\n2\n3\",a\nx,b\n\"a\r\nb\",c\ny,d\r\"p\rq\",e\rz,f") << '\0'
        << Records{row({"h", "v"}), row({"1\n2\n3", "a"}), row({"x", "b"}), row({"a\r\nb", "c"}),
                   row({"y", "d"}), row({"p\rq", "e"}),    row({"z", "f"})}
        << Lines{1, 2, 5, 6, 8, 9, 11} << ',';
    QTest::newRow("stray quote kept literally")
        << QByteArray("a,5\" screen,b\"\"c\n") << '\0'
        << Records{row({"a", "5\" screen", "b\"\"c"})} << Lines{1} << ',';
    QTest::newRow("text after closing quote kept")
        << QByteArray("\"ab\"cd,\"x\" y ,e\n") << '\0' << Records{row({"abcd", "x y", "e"})}
        << Lines{1} << ',';
    QTest::newRow("ragged rows reported as they are")
        << QByteArray("a,b,c\n1,2\n3,4,5,6\n") << '\0'
        << Records{row({"a", "b", "c"}), row({"1", "2"}), row({"3", "4", "5", "6"})}
        << Lines{1, 2, 3} << ',';
    QTest::newRow("UTF-8 text") << QByteArray("name,city\nJos\xC3\xA9,Z\xC3\xBCrich\n") << '\0'
                                << Records{row({"name", "city"}),
                                           row({"Jos\xC3\xA9", "Z\xC3\xBCrich"})}
                                << Lines{1, 2} << ',';
    // Encodings (issue 12): every record comes out as UTF-8.
    QTest::newRow("UTF-16LE with BOM")
        << utf16(u"id,city\r\n1,Z\u00FCrich\r\n", false, true) << '\0'
        << Records{row({"id", "city"}), row({"1", "Z\xC3\xBCrich"})} << Lines{1, 2} << ',';
    QTest::newRow("UTF-16BE with BOM, a character beyond the BMP")
        << utf16(u"a;b\nx;\U0001F600\n", true, true) << '\0'
        << Records{row({"a", "b"}), row({"x", "\xF0\x9F\x98\x80"})} << Lines{1, 2} << ';';
    QTest::newRow("UTF-16LE without BOM")
        << utf16(u"a,b\n1,2\n", false, false) << '\0'
        << Records{row({"a", "b"}), row({"1", "2"})} << Lines{1, 2} << ',';
    QTest::newRow("Windows-1252 (Excel on Windows)")
        << QByteArray("name;price\r\nCaf\xE9 cr\xE8me;\x80 5 \x96 6\r\n\x93quoted\x94;x\r\n") << '\0'
        << Records{row({"name", "price"}), row({"Caf\xC3\xA9 cr\xC3\xA8me", "\xE2\x82\xAC 5 \xE2\x80\x93 6"}),
                   row({"\xE2\x80\x9Cquoted\xE2\x80\x9D", "x"})}
        << Lines{1, 2, 3} << ';';
    QTest::newRow("Windows-1252 in a multi-line field")
        << QByteArray("a,b\n1,\"caf\xE9\nbar\"\n") << '\0'
        << Records{row({"a", "b"}), row({"1", "caf\xC3\xA9\nbar"})} << Lines{1, 2} << ',';
    QTest::newRow("single column")
        << QByteArray("name\nAnna\nBen") << '\0'
        << Records{row({"name"}), row({"Anna"}), row({"Ben"})} << Lines{1, 2, 3} << ',';
    QTest::newRow("empty file") << QByteArray() << '\0' << Records{} << Lines{} << ',';
    QTest::newRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << '\0' << Records{} << Lines{}
                                << ',';
}

void TestCsvReader::parse()
{
    QFETCH(QByteArray, input);
    QFETCH(char, delimiter);
    QFETCH(Records, records);
    QFETCH(Lines, lines);
    QFETCH(char, detected);

    // Tiny chunks put a chunk boundary at every position of every test input. Detection reads
    // 64 KiB before parsing, so the small chunks only bite with the delimiter given.
    for (const qsizetype chunk : {kDefaultChunk, qsizetype(1), qsizetype(2), qsizetype(3)}) {
        const char given = chunk == kDefaultChunk ? delimiter : detected;
        const Parsed got = ::parse(input, {given, chunk});
        const QByteArray context = "chunk size " + QByteArray::number(chunk) + ": got " +
                                   show(got.records, got.lines).toUtf8() + ", expected " +
                                   show(records, lines).toUtf8();
        QVERIFY2(got.error.isEmpty(), qPrintable(got.error));
        QVERIFY2(got.records == records, context.constData());
        QVERIFY2(got.lines == lines, context.constData());
        QCOMPARE(got.delimiter, detected);
        QCOMPARE(got.bytesRead, input.size());
    }
}

void TestCsvReader::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("recordsBefore");

    QTest::newRow("unterminated quote")
        << QByteArray("a,b\n1,\"open\n2,3\n4,5\n") << '\0'
        << QStringLiteral("data.csv:2:2: quoted field is not closed") << 1;
    QTest::newRow("unterminated quote after multi-line field")
        << QByteArray("a,b\n\"x\ny\",1\n  \"z,2\n") << '\0'
        << QStringLiteral("data.csv:4:1: quoted field is not closed") << 2;
    // UTF-32, by its byte order mark or by the NULs of ASCII text: named, and refused.
    QTest::newRow("UTF-32 LE BOM")
        << QByteArray("\xFF\xFE\0\0" "a\0\0\0", 8) << '\0'
        << QStringLiteral("data.csv:1:1: the file is UTF-32, which cxmap does not read; save it as UTF-8 or UTF-16") << 0;
    QTest::newRow("UTF-32 BE BOM")
        << QByteArray("\0\0\xFE\xFF\0\0\0a", 8) << ','
        << QStringLiteral("data.csv:1:1: the file is UTF-32, which cxmap does not read; save it as UTF-8 or UTF-16") << 0;
    QTest::newRow("UTF-32 without BOM")
        << QByteArray("a\0\0\0,\0\0\0", 8) << '\0'
        << QStringLiteral("data.csv:1:1: the file is UTF-32, which cxmap does not read; save it as UTF-8 or UTF-16") << 0;
    QTest::newRow("UTF-8, then a byte that is not")
        << QByteArray("a,b\n1,Jos\xC3\xA9\n\n3,\xC3(\n") << '\0'
        << QStringLiteral("data.csv:4:2: not valid UTF-8, though the text before it is; save the whole file as UTF-8") << 2;
    QTest::newRow("sequence split across fields")
        << QByteArray("a,b\n\xC3\xA9,x\n\"\xC3\",\xA9\n") << '\0'
        << QStringLiteral("data.csv:3:1: not valid UTF-8, though the text before it is; save the whole file as UTF-8") << 2;
    QTest::newRow("a byte Windows-1252 has no character for")
        << QByteArray("a,b\n1,caf\xE9\n2,x\x81y\n") << '\0'
        << QStringLiteral("data.csv:3:2: byte 0x81 is text neither in UTF-8 nor in Windows-1252; save the file as UTF-8") << 2;
    QTest::newRow("UTF-16 with a lone surrogate")
        << QByteArray("\xFF\xFE" "a\0,\0b\0\n\0" "1\0,\0\x00\xD8\n\0", 18) << '\0'
        << QStringLiteral("data.csv:2:2: not valid UTF-16 (a lone surrogate); save the file as UTF-8") << 1;
    QTest::newRow("NUL byte")
        << QByteArray("a,b\n1,x\0y\n", 10) << '\0'
        << QStringLiteral("data.csv:2:2: NUL byte: this is not a text file, or it is UTF-16; "
                          "save it as UTF-8")
        << 1;
    QTest::newRow("quote as delimiter")
        << QByteArray("a,b\n") << '"'
        << QStringLiteral("data.csv: a quote or line break cannot be the delimiter") << 0;
}

void TestCsvReader::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(char, delimiter);
    QFETCH(QString, error);
    QFETCH(int, recordsBefore);

    for (const qsizetype chunk : {kDefaultChunk, qsizetype(1), qsizetype(3)}) {
        // As in parse(): small chunks only matter once detection is out of the way.
        const char given = chunk == kDefaultChunk || delimiter != 0 ? delimiter : ',';
        const Parsed got = ::parse(input, {given, chunk});
        QCOMPARE(got.error, error);
        QCOMPARE(got.records.size(), recordsBefore);
    }

    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("data.csv"), {delimiter});
    CsvRecord record;
    while (reader.next(record)) {
    }
    QVERIFY(reader.hasError());
    QVERIFY(!reader.next(record));
    QCOMPARE(reader.errorString(), error);
}

void TestCsvReader::messyExportFile()
{
    QFile file(QStringLiteral(CXMAP_TEST_DATA "/csv/messy-export.csv"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const Parsed got = ::parse(&file, {});
    QVERIFY2(got.error.isEmpty(), qPrintable(got.error));
    QCOMPARE(got.delimiter, ';');
    QCOMPARE(
        got.records,
        (Records{row({"Airline passenger survey", "export 2024-03-01"}),
                 row({"id", "Class", "Inflight wifi service", "Comment", "satisfaction"}),
                 row({"1", "Business", "4", "Great crew; fast \"priority\" boarding", "satisfied"}),
                 row({"2", "Eco", "0", "Delayed.\r\nLost bag", "neutral or dissatisfied"}),
                 row({"3", "Eco Plus", "5", "", "satisfied"})}));
    QCOMPARE(got.lines, (Lines{1, 3, 4, 5, 8}));
    QCOMPARE(got.bytesRead, file.size());
}

void TestCsvReader::recordSpanningChunks()
{
    // Longer than the 64 KiB detection sample plus several chunks, with every kind of escape.
    QByteArray big;
    for (int i = 0; big.size() < 120 * 1024; ++i)
        big += "word " + QByteArray::number(i) + (i % 7 == 0 ? ", \"q\"\r\n" : " ");
    QByteArray escaped = big;
    escaped.replace("\"", "\"\"");
    const QByteArray input = "id,text,n\n1,\"" + escaped + "\",x\n2,short,y\n";
    const qint64 bigLines = big.count("\r\n");

    for (const qsizetype chunk : {qsizetype(4096), qsizetype(1000), kDefaultChunk}) {
        QBuffer buffer;
        buffer.setData(input);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, QStringLiteral("big.csv"), {0, chunk});
        CsvRecord record;
        QVERIFY(reader.next(record));
        QCOMPARE(record.texts(), row({"id", "text", "n"}));
        QVERIFY(reader.next(record));
        QCOMPARE(record.size(), 3);
        QCOMPARE(record.field(0), "1");
        QVERIFY(record.field(1) == big);
        QCOMPARE(record.field(2), "x");
        QCOMPARE(record.line(), 2);
        QVERIFY(reader.next(record));
        QCOMPARE(record.texts(), row({"2", "short", "y"}));
        QCOMPARE(record.line(), 3 + bigLines);
        QVERIFY(!reader.next(record));
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    }

    // A quote left open must not buffer the rest of the file without limit.
    QBuffer buffer;
    buffer.setData(input.left(100) + QByteArray(200000, 'a'));
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("big.csv"), {0, 4096, 100000});
    CsvRecord record;
    QVERIFY(reader.next(record));
    QVERIFY(!reader.next(record));
    QCOMPARE(reader.errorString(),
             QStringLiteral("big.csv:2:2: quoted field is not closed within 100000 bytes"));
}

void TestCsvReader::generatedRows()
{
    constexpr int rows = 200000;
    QTemporaryFile file;
    QVERIFY(file.open());
    {
        QByteArray text = "respondent,timestamp,segment,touchpoint,metric,value,kind\n";
        for (int i = 0; i < rows; ++i) {
            text +=
                "r" + QByteArray::number(i) + ",2024-03-01 10:00:00,business,\"Check-in, desk\"," +
                (i % 2 ? "csat" : "effort") + "," + QByteArray::number(i % 5 + 1) + ",experience\n";
        }
        QCOMPARE(file.write(text), text.size());
        QVERIFY(file.flush());
    }
    QFile in(file.fileName());
    QVERIFY(in.open(QIODevice::ReadOnly));
    CsvReader reader(&in, QStringLiteral("long.csv"));
    CsvRecord record;
    qint64 count = 0;
    qint64 valueSum = 0;
    while (reader.next(record)) {
        ++count;
        QCOMPARE(record.size(), 7);
        QCOMPARE(record.line(), count);
        if (count > 1)
            valueSum += record.field(5).toInt();
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(count, rows + 1);
    QCOMPARE(valueSum, qint64(rows / 5) * (1 + 2 + 3 + 4 + 5));
    QCOMPARE(reader.bytesRead(), in.size());
}

void TestCsvReader::memoryIsBounded()
{
#ifdef CXMAP_TEST_ASAN
    QSKIP("peak memory is meaningless under AddressSanitizer");
#endif
    const qint64 before = peakResidentKiB();
    if (before < 0)
        QSKIP("needs /proc/self/status");
    constexpr qint64 rows = 1500000; // about 80 MB of CSV
    RowGenerator device(rows);
    CsvReader reader(&device, QStringLiteral("generated.csv"), {0, 64 * 1024});
    CsvRecord record;
    qint64 count = 0;
    while (reader.next(record))
        ++count;
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(count, rows);
    QCOMPARE(record.size(), 0);
    QVERIFY(reader.bytesRead() > 80 * 1000 * 1000);
    const qint64 grownKiB = peakResidentKiB() - before;
    QVERIFY2(grownKiB < 16 * 1024, qPrintable(QStringLiteral("grew %1 KiB").arg(grownKiB)));
}

void TestCsvReader::fieldAccess()
{
    const QByteArray input("a, \"b\" ,c\n");
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("x.csv"));
    QCOMPARE(reader.delimiter(), '\0');
    CsvRecord record;
    QVERIFY(reader.next(record));
    QCOMPARE(reader.delimiter(), ',');
    QCOMPARE(record.size(), 3);
    QVERIFY(!record.isEmpty());
    QCOMPARE(record.field(1), "b");
    QCOMPARE(record.text(2), QStringLiteral("c"));
    QVERIFY(record.field(3).isEmpty());
    QVERIFY(record.field(-1).isEmpty());
    QCOMPARE(record.text(3), QString());
    QVERIFY(!reader.next(record));
    QVERIFY(record.isEmpty());
    QVERIFY(!reader.hasError());
}

void TestCsvReader::headerOf200000ColumnsIsRefusedEarly()
{
    // A spreadsheet has at most 16,384 columns: the 16,385th field is refused where it is,
    // without reading the rest of the line (issue 13: this took 60 s, quadratically).
    QByteArray header;
    for (int i = 0; i < 200000; ++i)
        header += (i ? ",c" : "c") + QByteArray::number(i);
    const QByteArray input = header + "\n1,2\n";
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("data.csv"));
    CsvRecord record;
    QVERIFY(!reader.next(record));
    QCOMPARE(reader.errorString(), QStringLiteral("data.csv:1:16385: more than 16384 fields; a row holds at most 16384 columns"));
    // Read up to the limit and at most a chunk more: the limit's cost is the bytes before it.
    QVERIFY2(reader.bytesRead() < 16385 * 8 + kDefaultChunk, qPrintable(QString::number(reader.bytesRead())));
    QVERIFY(reader.bytesRead() < input.size() / 2);

    // At the limit, a header is read whole.
    QByteArray widest;
    for (int i = 0; i < 16384; ++i)
        widest += (i ? ",c" : "c") + QByteArray::number(i);
    QCOMPARE(::parse(widest + "\n").records.value(0).size(), 16384);
}

void TestCsvReader::lineOfCommasIsRefusedInBoundedMemory()
{
    CommaLine device(40 * 1000 * 1000);
#ifndef CXMAP_TEST_ASAN
    const qint64 before = peakResidentKiB();
#endif
    CsvReader reader(&device, QStringLiteral("commas.csv"), {','});
    CsvRecord record;
    QVERIFY(!reader.next(record));
    QCOMPARE(reader.errorString(), QStringLiteral("commas.csv:1:16385: more than 16384 fields; a row holds at most 16384 columns"));
    QVERIFY(reader.bytesRead() <= 16385 + kDefaultChunk);
#ifndef CXMAP_TEST_ASAN
    if (before >= 0) {
        const qint64 grownKiB = peakResidentKiB() - before;
        QVERIFY2(grownKiB < 16 * 1024, qPrintable(QStringLiteral("grew %1 KiB").arg(grownKiB)));
    }
#endif
}

void TestCsvReader::longFieldIsRefused_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("error");
    const QByteArray huge(ImportLimits::MaxFieldBytes + 1, 'x');
    QTest::newRow("unquoted") << QByteArray("a,b\n1," + huge + "\n")
                              << QStringLiteral("data.csv:2:2: the field is longer than 131072 bytes");
    QTest::newRow("quoted, closed") << QByteArray("a,b\n\"" + huge + "\",2\n")
                                    << QStringLiteral("data.csv:2:1: quoted field is longer than 131072 bytes; is a quote left open?");
    QTest::newRow("spread over many chunks") << QByteArray("a,b\n1," + huge + huge + huge + "\n")
                                             << QStringLiteral("data.csv:2:2: the field is longer than 131072 bytes");
}

void TestCsvReader::longFieldIsRefused()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, error);
    for (const qsizetype chunk : {kDefaultChunk, qsizetype(4096)}) {
        const Parsed got = ::parse(input, {',', chunk});
        QCOMPARE(got.error, error);
        QCOMPARE(got.records.size(), 1);
    }
    // A field just at the limit is fine.
    const QByteArray fits(ImportLimits::MaxFieldBytes, 'y');
    QCOMPARE(::parse("a,b\n1," + fits + "\n").records.value(1).value(1).size(), fits.size());
}

void TestCsvReader::writerOutput()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer);
    QVERIFY(writer.writeRecord(QList<QByteArrayView>{"\xEF\xBB\xBFx", "a,b", "say \"hi\"", "",
                                                     " pad", "line\nbreak", "plain"}));
    QVERIFY(writer.writeRecord(QList<QByteArrayView>{""}));
    QVERIFY(writer.writeRecord(QStringList{QStringLiteral("Z\u00FCrich"), QStringLiteral("a;b")}));
    QCOMPARE(buffer.data(), QByteArray("\"\xEF\xBB\xBFx\",\"a,b\",\"say \"\"hi\"\"\",,\" pad\","
                                       "\"line\nbreak\",plain\r\n"
                                       "\"\"\r\n"
                                       "Z\xC3\xBCrich,a;b\r\n"));
    QVERIFY(!writer.hasError());

    QBuffer closed;
    CsvWriter failing(&closed);
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): device not open");
    QVERIFY(!failing.writeRecord(QStringList{QStringLiteral("a")}));
    QVERIFY(failing.hasError());
}

void TestCsvReader::writerRoundTrip_data()
{
    QTest::addColumn<char>("delimiter");
    QTest::newRow("comma") << ',';
    QTest::newRow("semicolon") << ';';
    QTest::newRow("tab") << '\t';
}

void TestCsvReader::writerRoundTrip()
{
    QFETCH(char, delimiter);
    const Records records{
        row({"\xEF\xBB\xBF"
             "bom",
             "plain", ""}),
        row({""}),
        row({" lead", "trail\t", "\ttab", "a,b", "a;b", "a\tb"}),
        row({"say \"hi\"", "\"", "5\" screen"}),
        row({"line\nbreak", "cr\rlf", "crlf\r\n", "\n"}),
        row({"Z\xC3\xBCrich", "\xE2\x82\xAC 5"}),
        row({"", "", ""}),
    };
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, delimiter);
    for (const QStringList &fields : records)
        QVERIFY(writer.writeRecord(fields));
    buffer.close();

    // The writer's output also reads back through every chunk boundary, and with detection.
    for (const qsizetype chunk : {kDefaultChunk, qsizetype(1)}) {
        const Parsed got = ::parse(buffer.data(), {delimiter, chunk});
        QVERIFY2(got.error.isEmpty(), qPrintable(got.error));
        QCOMPARE(got.records, records);
    }
    const Parsed detected = ::parse(buffer.data());
    QCOMPARE(detected.delimiter, delimiter);
    QCOMPARE(detected.records, records);

    // A record read from a file writes back to the same bytes when it needs no quoting changes.
    const QByteArray canonical("id,\"a,b\",\"x\"\"y\"\r\n");
    QBuffer in;
    in.setData(canonical);
    in.open(QIODevice::ReadOnly);
    CsvReader reader(&in, QStringLiteral("c.csv"));
    CsvRecord record;
    QVERIFY(reader.next(record));
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    CsvWriter copy(&out);
    QVERIFY(copy.writeRecord(record));
    QCOMPARE(out.data(), canonical);
}

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
