#include "surveyheader.h"

#include "store/documenterror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace cxmap {

namespace {

int filledCells(const QStringList &row)
{
    int count = 0;
    for (const QString &cell : row)
        count += cell.trimmed().isEmpty() ? 0 : 1;
    return count;
}

// A header row's names, normalised; a column the mapping names for a field also as that field.
QSet<QString> columnNames(const QStringList &row, const ImportMapping &mapping)
{
    QSet<QString> names;
    for (const QString &cell : row)
        names.insert(normaliseLabel(cell));
    for (const auto &[field, column] : mapping.fields)
        if (names.contains(normaliseLabel(column)))
            names.insert(normaliseLabel(field));
    return names;
}

bool hasColumns(const QSet<QString> &names, std::initializer_list<const char *> wanted)
{
    for (const char *name : wanted)
        if (!names.contains(QLatin1String(name)))
            return false;
    return true;
}

bool hasAny(const QSet<QString> &names, std::initializer_list<const char *> wanted)
{
    for (const char *name : wanted)
        if (names.contains(QLatin1String(name)))
            return true;
    return false;
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

bool isOptionCell(const QString &cell)
{
    const QString n = normaliseLabel(cell);
    return n == QLatin1String("response") || n == QLatin1String("open ended response")
        || n == QLatin1String("other please specify");
}

// SurveyMonkey's two header rows: a question row with each question's text above its first
// column only, and below it the option (matrix row) of every column, or "Response" for a
// question of one column. The option row fills what the question row leaves blank, and every
// option sits under a question (at its column or to the right of it).
bool isSurveyMonkeyPair(const QStringList &questions, const QStringList &options)
{
    int responses = 0;
    int filledOptions = 0;
    bool underQuestion = false;
    for (qsizetype column = 0; column < std::max(questions.size(), options.size()); ++column) {
        if (!questions.value(column).trimmed().isEmpty())
            underQuestion = true;
        const QString option = options.value(column).trimmed();
        if (option.isEmpty())
            continue;
        if (!underQuestion)
            return false;
        ++filledOptions;
        responses += isOptionCell(option) ? 1 : 0;
    }
    return responses > 0 && filledOptions > 0 && filledCells(questions) >= 2;
}

// The header is the first row, past any title lines, with most of the columns filled in; for
// SurveyMonkey's pair of rows, the question row, whose cells with the option row's fill most.
int headerRow(const LeadingRows &leading, int skipLines, ImportFormat format)
{
    if (skipLines >= 0)
        return skipLines < leading.rows.size() ? skipLines : -1;
    int widest = 0;
    for (const QStringList &row : leading.rows)
        widest = std::max(widest, filledCells(row));
    for (int i = 0; i < leading.rows.size(); ++i) {
        const QStringList &row = leading.rows.at(i);
        int filled = filledCells(row);
        if (format == ImportFormat::SurveyMonkey && i + 1 < leading.rows.size()
            && isSurveyMonkeyPair(row, leading.rows.at(i + 1))) {
            const QStringList &options = leading.rows.at(i + 1);
            filled = 0;
            for (qsizetype column = 0; column < std::max(row.size(), options.size()); ++column)
                filled += row.value(column).trimmed().isEmpty() && options.value(column).trimmed().isEmpty() ? 0 : 1;
        }
        if (filledCells(row) >= 2 && filled * 2 >= widest)
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

// "Question text - Option label" → "Question text": the question a matrix row belongs to.
QString questionOf(const QString &text)
{
    const qsizetype dash = text.lastIndexOf(QStringLiteral(" - "));
    return dash < 0 ? text : text.left(dash).trimmed();
}

QString blankName(int column)
{
    return QCoreApplication::translate("cxmap::SurveyHeader", "(column %1)").arg(column + 1);
}

} // namespace

int SurveyHeader::find(const QString &name) const
{
    const QString wanted = normaliseLabel(name);
    if (wanted.isEmpty())
        return -1;
    if (const auto found = m_byName.constFind(wanted); found != m_byName.cend())
        return *found;
    if (const auto found = m_byKey.constFind(matchKey(name)); found != m_byKey.cend())
        return *found;
    return -1;
}

void SurveyHeader::buildIndex()
{
    m_byName.clear();
    m_byKey.clear();
    // The first column of a name wins; display names before the other names a column has.
    const auto add = [this](const QString &text, int column) {
        const QString name = normaliseLabel(text);
        if (name.isEmpty())
            return;
        m_byName.insert(name, m_byName.value(name, column));
        const QString key = matchKey(text);
        m_byKey.insert(key, m_byKey.value(key, column));
    };
    for (int i = 0; i < names.size(); ++i)
        add(names.at(i), i);
    for (int i = 0; i < aliases.size(); ++i)
        for (const QString &alias : aliases.at(i))
            add(alias, i);
}

ImportFormat detectFormat(const LeadingRows &leading, const ImportMapping &mapping)
{
    for (int i = 0; i < leading.rows.size(); ++i) {
        const QStringList &row = leading.rows.at(i);
        if (i >= 2 && isQualtricsImportRow(row))
            return ImportFormat::Qualtrics;
        const QSet<QString> names = columnNames(row, mapping);
        if (hasColumns(names, {"respondent id", "collector id"})
            || (i + 1 < leading.rows.size() && isSurveyMonkeyPair(row, leading.rows.at(i + 1))))
            return ImportFormat::SurveyMonkey;
        // Published figures: a touchpoint (or measure) with a mean or a top-box share.
        if (hasAny(names, {"touchpoint", "measure"})
            && hasAny(names, {"mean", "top box", "top box percent", "top box percentage"}))
            return ImportFormat::Aggregated;
        // The respondent is optional in the long format; touchpoint, metric and value are not.
        if (hasColumns(names, {"touchpoint", "metric", "value"}))
            return ImportFormat::Long;
    }
    return ImportFormat::Wide;
}

SurveyHeader readHeader(ImportFormat format, const LeadingRows &leading, int skipLines,
                        const QString &fileName)
{
    SurveyHeader header;
    const int first = headerRow(leading, skipLines, format);
    if (first < 0)
        throw DocumentError(QCoreApplication::translate("cxmap::SurveyHeader", "%1:%2: no header row found (a row naming the columns)")
                                .arg(fileName)
                                .arg(leading.lines.isEmpty() ? 1 : leading.lines.constFirst()));
    const QStringList &names = leading.rows.at(first);

    if (format == ImportFormat::Qualtrics) {
        // Row 1: short names (Q2_1); row 2: question texts; row 3: {"ImportId": …}.
        if (first + 2 >= leading.rows.size() || !isQualtricsImportRow(leading.rows.at(first + 2)))
            throw DocumentError(QCoreApplication::translate("cxmap::SurveyHeader", "%1:%2: not a Qualtrics export: the third header row should hold {\"ImportId\": …} cells")
                                    .arg(fileName)
                                    .arg(leading.lines.value(first + 2, leading.lines.value(first))));
        const QStringList &questions = leading.rows.at(first + 1);
        const QStringList &ids = leading.rows.at(first + 2);
        for (int column = 0; column < names.size(); ++column) {
            const QString name = names.at(column).trimmed().isEmpty() ? blankName(column) : names.at(column).trimmed();
            const QString question = questions.value(column).trimmed();
            header.names.append(name);
            header.labels.append(matrixLabel(question.isEmpty() ? name : question));
            header.questions.append(questionOf(question.isEmpty() ? name : question));
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
            header.questions.append(question.isEmpty() ? name : question);
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
            header.questions.append(questionOf(name));
            header.aliases.append(QStringList());
            header.timeZones.append(QString());
        }
        header.rowsUsed = first + 1;
    }
    header.line = leading.lines.value(header.rowsUsed - 1);
    header.buildIndex();
    return header;
}

} // namespace cxmap
