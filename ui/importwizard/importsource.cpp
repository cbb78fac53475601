#include "importsource.h"

#include "import/csvreader.h"
#include "import/xlsxreader.h"
#include "store/documenterror.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace cxmap {

namespace {

// What importSurvey() detects the format from (core/import/importer.cpp, LeadingRowCount).
constexpr int DetectionRows = 12;

QString tr(const char *text)
{
    return QCoreApplication::translate("cxmap::ImportSource", text);
}

} // namespace

ImportSource ImportSource::read(const QString &path, const QString &sheet, int previewRows)
{
    ImportSource source;
    source.path = path;
    QFile file(path);
    if (!QFileInfo(path).isFile()) {
        source.error = tr("%1: no such file").arg(path);
        return source;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        source.error = tr("%1: cannot read it: %2").arg(path, file.errorString());
        return source;
    }
    std::unique_ptr<RecordSource> reader;
    try {
        if (XlsxReader::looksLikeZip(path)) {
            auto workbook = std::make_unique<XlsxReader>(path, path, sheet);
            source.sheets = workbook->sheetNames();
            source.sheet = workbook->sheetName();
            reader = std::move(workbook);
        } else {
            reader = std::make_unique<CsvReader>(&file, path);
        }
    } catch (const DocumentError &failure) {
        source.error = failure.message();
        return source;
    }
    CsvRecord record;
    while (source.rows.size() < std::max(previewRows, DetectionRows) && reader->next(record)) {
        source.rows.append(record.texts());
        source.lines.append(record.line());
    }
    source.delimiter = reader->delimiter();
    source.encoding = reader->encodingName();
    if (reader->hasError()) {
        source.error = reader->errorString();
        return source;
    }
    if (source.rows.isEmpty()) {
        source.error = tr("%1: the file is empty").arg(path);
        return source;
    }
    source.detected = detectFormat(source.leading());
    return source;
}

LeadingRows ImportSource::leading() const
{
    LeadingRows leading;
    leading.rows = rows.mid(0, DetectionRows);
    leading.lines = lines.mid(0, DetectionRows);
    return leading;
}

std::optional<SurveyHeader> ImportSource::header(ImportFormat format, QString *problem) const
{
    try {
        return readHeader(format, leading(), -1, path);
    } catch (const DocumentError &failure) {
        if (problem)
            *problem = failure.message();
        return std::nullopt;
    }
}

QString ImportSource::delimiterName() const
{
    switch (delimiter) {
    case ',':
        return tr("comma");
    case ';':
        return tr("semicolon");
    case '\t':
        return tr("tab");
    default:
        break;
    }
    return QStringLiteral("\"%1\"").arg(QLatin1Char(delimiter));
}

QString describeFormat(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Long:
        return QCoreApplication::translate("cxmap::ImportSource",
            "Long: one answer per row (respondent, timestamp, segment, touchpoint, metric, value)");
    case ImportFormat::Wide:
        return QCoreApplication::translate("cxmap::ImportSource", "Wide: one row per respondent, one column per touchpoint");
    case ImportFormat::Qualtrics:
        return QCoreApplication::translate("cxmap::ImportSource", "Qualtrics export: one row per respondent, three header rows");
    case ImportFormat::SurveyMonkey:
        return QCoreApplication::translate("cxmap::ImportSource", "SurveyMonkey export: one row per respondent, two header rows");
    case ImportFormat::Aggregated:
        return QCoreApplication::translate("cxmap::ImportSource", "Aggregated: n and mean per touchpoint, metric, period and segment");
    }
    return formatName(format);
}

bool hasColumnMapping(ImportFormat format)
{
    return format == ImportFormat::Wide || format == ImportFormat::Qualtrics ||
           format == ImportFormat::SurveyMonkey;
}

} // namespace cxmap
