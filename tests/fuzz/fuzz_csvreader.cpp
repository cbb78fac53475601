// libFuzzer target for CsvReader and CsvWriter. For each delimiter (detected, ',', ';', tab) it
// checks that the chunk size never changes what is read, and that whatever reads without error
// writes back and reads again to the same fields. Any difference aborts, so that libFuzzer keeps
// the input.

#include "import/csvreader.h"
#include "import/csvwriter.h"

#include <QBuffer>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace cxmap;

namespace {

struct Parsed
{
    std::vector<std::vector<std::string>> records;
    std::vector<qint64> lines;
    QString error;
    char delimiter = 0;

    bool operator==(const Parsed &) const = default;
};

Parsed parse(const QByteArray &input, char delimiter, qsizetype chunkSize)
{
    QBuffer buffer;
    buffer.setData(input);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("fuzz.csv"), {delimiter, chunkSize});
    Parsed result;
    CsvRecord record;
    while (reader.next(record)) {
        std::vector<std::string> fields;
        for (int i = 0; i < record.size(); ++i)
            fields.emplace_back(record.field(i).data(), record.field(i).size());
        // Exercise the conversion the import uses; the value itself is checked by the tests.
        if (record.text(record.size() - 1).size() > record.field(record.size() - 1).size())
            std::abort();
        result.records.push_back(std::move(fields));
        result.lines.push_back(record.line());
    }
    result.error = reader.errorString();
    result.delimiter = reader.delimiter();
    if (reader.hasError() == result.error.isEmpty())
        std::abort();
    return result;
}

[[noreturn]] void fail(const char *what, const Parsed &expected, const Parsed &actual)
{
    std::fprintf(stderr, "%s: %zu records, error '%s' vs %zu records, error '%s'\n", what,
                 expected.records.size(), qPrintable(expected.error), actual.records.size(),
                 qPrintable(actual.error));
    std::abort();
}

void check(const QByteArray &input, char delimiter)
{
    const Parsed whole = parse(input, delimiter, 4096);
    for (const qsizetype chunk : {1, 7}) {
        const Parsed pieces = parse(input, delimiter, chunk);
        if (!(pieces == whole))
            fail("chunk size changed the result", whole, pieces);
    }
    for (size_t i = 0; i < whole.records.size(); ++i) {
        if (whole.records[i].empty() || (i > 0 && whole.lines[i] <= whole.lines[i - 1]))
            fail("empty record or line numbers not increasing", whole, whole);
    }
    if (!whole.error.isEmpty())
        return;

    QBuffer out;
    out.open(QIODevice::WriteOnly);
    CsvWriter writer(&out, whole.delimiter);
    for (const std::vector<std::string> &fields : whole.records) {
        QList<QByteArrayView> views;
        for (const std::string &field : fields)
            views.append(QByteArrayView(field.data(), static_cast<qsizetype>(field.size())));
        if (!writer.writeRecord(views))
            std::abort();
    }
    const Parsed again = parse(out.data(), whole.delimiter, 4096);
    if (!again.error.isEmpty() || again.records != whole.records)
        fail("write and read back differ", whole, again);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    for (const char delimiter : {'\0', ',', ';', '\t'})
        check(input, delimiter);
    return 0;
}
