// libFuzzer target for survey header detection: the first rows of a file, read by CsvReader as
// the import reads them, go through detectFormat() and readHeader() for the detected format and
// for every other one. Whatever the bytes, the result is a DocumentError naming the file or a
// header whose per-column lists agree, that uses no more rows than it was given, and whose
// columns are found again by their names. (It found a SurveyMonkey header claiming a second
// row the file did not have: tst_importerrors, "SurveyMonkey export cut after its first header
// row".)

#include "import/csvreader.h"
#include "import/surveyheader.h"
#include "store/documenterror.h"

#include <QBuffer>

#include <cstdio>
#include <cstdlib>

using namespace cxmap;

namespace {

[[noreturn]] void fail(const char *what, const QString &detail = QString())
{
    std::fprintf(stderr, "%s %s\n", what, qPrintable(detail));
    std::abort();
}

// As many rows as the import reads before it decides (importer.cpp).
constexpr int LeadingRowCount = 12;

void check(ImportFormat format, const LeadingRows &leading, int skipLines)
{
    SurveyHeader header;
    try {
        header = readHeader(format, leading, skipLines, QStringLiteral("fuzz.csv"));
    } catch (const DocumentError &error) {
        if (!error.message().startsWith(QStringLiteral("fuzz.csv")))
            fail("a message that does not name the file:", error.message());
        return;
    }
    const qsizetype columns = header.names.size();
    if (header.labels.size() != columns || header.aliases.size() != columns || header.timeZones.size() != columns)
        fail("per-column lists of different lengths");
    if (header.rowsUsed < 1 || header.rowsUsed > leading.rows.size())
        fail("a header of rows it was not given:", QString::number(header.rowsUsed));
    for (qsizetype i = 0; i < columns; ++i) {
        const int found = header.find(header.names.at(i));
        // A name of punctuation alone ("—") normalises to nothing and cannot be asked for.
        if (!normaliseLabel(header.names.at(i)).isEmpty() && (found < 0 || found >= columns))
            fail("a column not found by its own name:", header.names.at(i));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char *>(data), qsizetype(size));
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("fuzz.csv"));
    LeadingRows leading;
    CsvRecord record;
    while (leading.rows.size() < LeadingRowCount && reader.next(record)) {
        leading.rows.append(record.texts());
        leading.lines.append(record.line());
    }
    if (leading.rows.isEmpty())
        return 0;
    const ImportFormat detected = detectFormat(leading);
    check(detected, leading, -1);
    for (ImportFormat format : {ImportFormat::Long, ImportFormat::Wide, ImportFormat::Qualtrics, ImportFormat::SurveyMonkey,
                                ImportFormat::Aggregated})
        for (int skip : {-1, 0, 1})
            check(format, leading, skip);
    return 0;
}
