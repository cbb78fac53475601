#include "surveyheader.h"

#include "store/documenterror.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace cxmap {

namespace {

int filledCells(const QStringList &row)
{
    int count = 0;
    for (const QString &cell : row)
        count += cell.trimmed().isEmpty() ? 0 : 1;
    return count;
}

bool hasColumns(const QStringList &row, std::initializer_list<const char *> names)
{
    QStringList normalised;
    for (const QString &cell : row)
        normalised.append(normaliseLabel(cell));
    for (const char *name : names)
        if (!normalised.contains(QLatin1String(name)))
            return false;
    return true;
}

// Qualtrics puts {"ImportId":"QID2_1"} under every column on its third header row, with
// "timeZone" under its dates.
QJsonObject importCell(const QString &cell)
{
    if (!cell.startsWith(QLatin1Char('{')))
        return {};
    return QJsonDocument::fromJson(cell.toUtf8()).object();
}

QString importId(const QString &cell)
{
    return importCell(cell).value(QLatin1String("ImportId")).toString();
}

bool isQualtricsImportRow(const QStringList &row)
{
    int ids = 0;
    for (const QString &cell : row)
        ids += importId(cell).isEmpty() ? 0 : 1;
    return ids > 0 && ids * 2 >= filledCells(row);
}

// The header is the first row, past any title lines, with most of the columns filled in.
int headerRow(const LeadingRows &leading, int skipLines)
{
    if (skipLines >= 0)
        return skipLines < leading.rows.size() ? skipLines : -1;
    int widest = 0;
    for (const QStringList &row : leading.rows)
        widest = std::max(widest, filledCells(row));
    for (int i = 0; i < leading.rows.size(); ++i) {
        const int filled = filledCells(leading.rows.at(i));
        if (filled >= 2 && filled * 2 >= widest)
            return i;
    }
    return -1;
}

// "Question text - Option label" → "Option label": what a matrix row rates.
QString matrixLabel(const QString &text)
{
    const qsizetype dash = text.lastIndexOf(QStringLiteral(" - "));
    return dash < 0 ? text : text.mid(dash + 3).trimmed();
}

QString blankName(int column)
{
    return QStringLiteral("(column %1)").arg(column + 1);
}

} // namespace

int SurveyHeader::find(const QString &name) const
{
    const QString wanted = normaliseLabel(name);
    if (wanted.isEmpty())
        return -1;
    for (int i = 0; i < names.size(); ++i)
        if (normaliseLabel(names.at(i)) == wanted)
            return i;
    for (int i = 0; i < aliases.size(); ++i)
        for (const QString &alias : aliases.at(i))
            if (normaliseLabel(alias) == wanted)
                return i;
    return -1;
}

ImportFormat detectFormat(const LeadingRows &leading)
{
    for (int i = 0; i < leading.rows.size(); ++i) {
        const QStringList &row = leading.rows.at(i);
        if (i >= 2 && isQualtricsImportRow(row))
            return ImportFormat::Qualtrics;
        if (hasColumns(row, {"respondent id", "collector id"}))
            return ImportFormat::SurveyMonkey;
        if (hasColumns(row, {"touchpoint", "metric", "n"})
            && (hasColumns(row, {"mean"}) || hasColumns(row, {"top box"}) || hasColumns(row, {"top box percent"})))
            return ImportFormat::Aggregated;
        // The respondent is optional in the long format; touchpoint, metric and value are not.
        if (hasColumns(row, {"touchpoint", "metric", "value"}))
            return ImportFormat::Long;
    }
    return ImportFormat::Wide;
}

SurveyHeader readHeader(ImportFormat format, const LeadingRows &leading, int skipLines,
                        const QString &fileName)
{
    SurveyHeader header;
    const int first = headerRow(leading, skipLines);
    if (first < 0)
        throw DocumentError(QStringLiteral("%1:%2: no header row found (a row naming the columns)")
                                .arg(fileName)
                                .arg(leading.lines.isEmpty() ? 1 : leading.lines.constFirst()));
    const QStringList &names = leading.rows.at(first);

    if (format == ImportFormat::Qualtrics) {
        // Row 1: short names (Q2_1); row 2: question texts; row 3: {"ImportId": …}.
        if (first + 2 >= leading.rows.size() || !isQualtricsImportRow(leading.rows.at(first + 2)))
            throw DocumentError(QStringLiteral("%1:%2: not a Qualtrics export: the third header row should hold {\"ImportId\": …} cells")
                                    .arg(fileName)
                                    .arg(leading.lines.value(first + 2, leading.lines.value(first))));
        const QStringList &questions = leading.rows.at(first + 1);
        const QStringList &ids = leading.rows.at(first + 2);
        for (int column = 0; column < names.size(); ++column) {
            const QString name = names.at(column).trimmed().isEmpty() ? blankName(column) : names.at(column).trimmed();
            const QString question = questions.value(column).trimmed();
            header.names.append(name);
            header.labels.append(matrixLabel(question.isEmpty() ? name : question));
            const QJsonObject cell = importCell(ids.value(column));
            header.aliases.append(QStringList{cell.value(QLatin1String("ImportId")).toString(), question});
            header.timeZones.append(cell.value(QLatin1String("timeZone")).toString());
        }
        header.rowsUsed = first + 3;
    } else if (format == ImportFormat::SurveyMonkey) {
        // Row 1: question text above the first column of each question only; row 2: the option
        // (matrix row) of each column, or "Response" for a single-column question.
        const QStringList options = first + 1 < leading.rows.size() ? leading.rows.at(first + 1) : QStringList();
        QString question;
        for (int column = 0; column < std::max(names.size(), options.size()); ++column) {
            if (!names.value(column).trimmed().isEmpty())
                question = names.value(column).trimmed();
            const QString option = options.value(column).trimmed();
            const bool single = option.isEmpty() || normaliseLabel(option) == QLatin1String("response")
                || normaliseLabel(option) == QLatin1String("open ended response");
            const QString name = question.isEmpty() ? blankName(column)
                                                    : (single ? question : question + QStringLiteral(" - ") + option);
            header.names.append(name);
            header.labels.append(single ? question : option);
            header.aliases.append(QStringList{question, option});
            header.timeZones.append(QString());
        }
        // The second row may be missing from a file cut short; the header is then one row.
        header.rowsUsed = first + (first + 1 < leading.rows.size() ? 2 : 1);
    } else {
        for (int column = 0; column < names.size(); ++column) {
            const QString name = names.at(column).trimmed().isEmpty() ? blankName(column) : names.at(column).trimmed();
            header.names.append(name);
            header.labels.append(matrixLabel(name));
            header.aliases.append(QStringList());
            header.timeZones.append(QString());
        }
        header.rowsUsed = first + 1;
    }
    header.line = leading.lines.value(header.rowsUsed - 1);
    return header;
}

} // namespace cxmap
