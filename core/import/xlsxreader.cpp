#include "xlsxreader.h"

#include "store/documenterror.h"
#include "valueparsing.h"
#include "ziparchive.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <cmath>
#include <cstdio>
#include <optional>

namespace cxmap {

namespace {

enum class DateKind : quint8 { None, Date, DateTime, Time };

// Excel's built-in number formats that show dates or times (ECMA-376 §18.8.30).
DateKind builtinDateKind(int id)
{
    if (id == 14 || id == 15 || id == 16 || id == 17 || (id >= 27 && id <= 31) || (id >= 34 && id <= 36)
        || (id >= 50 && id <= 58))
        return DateKind::Date;
    if (id == 22)
        return DateKind::DateTime;
    if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47) || id == 32 || id == 33)
        return DateKind::Time;
    return DateKind::None;
}

// What a custom format code shows: its date and time letters, outside quoted text, escapes and
// [colour] or [$-locale] sections ("[h]" counts as time).
DateKind customDateKind(const QString &code)
{
    bool date = false;
    bool time = false;
    bool minutesOrMonths = false;
    bool quoted = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code.at(i).toLower();
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            continue;
        }
        if (quoted)
            continue;
        if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('[')) {
            const qsizetype close = code.indexOf(QLatin1Char(']'), i);
            const QString inside = code.mid(i + 1, close < 0 ? -1 : close - i - 1).toLower();
            if (inside == QLatin1String("h") || inside == QLatin1String("hh") || inside == QLatin1String("mm")
                || inside == QLatin1String("ss"))
                time = true;
            i = close < 0 ? code.size() : close;
            continue;
        }
        if (c == QLatin1Char('y') || c == QLatin1Char('d'))
            date = true;
        else if (c == QLatin1Char('h') || c == QLatin1Char('s'))
            time = true;
        else if (c == QLatin1Char('m'))
            minutesOrMonths = true;
    }
    // "m" is minutes beside hours or seconds ("h:mm", "mm:ss"), else months ("mm/yyyy").
    if (minutesOrMonths && !time)
        date = true;
    if (date && time)
        return DateKind::DateTime;
    if (date)
        return DateKind::Date;
    return time ? DateKind::Time : DateKind::None;
}

// "xl/workbook.xml" + "worksheets/sheet1.xml" → "xl/worksheets/sheet1.xml"; "/xl/…" is absolute.
QString resolvePart(const QString &base, const QString &target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    QStringList parts = base.split(QLatin1Char('/'));
    parts.removeLast();
    for (const QString &part : target.split(QLatin1Char('/'))) {
        if (part == QLatin1String(".."))
            parts.removeLast();
        else if (part != QLatin1String(".") && !part.isEmpty())
            parts.append(part);
    }
    return parts.join(QLatin1Char('/'));
}

QString relsOf(const QString &part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) + QStringLiteral(".rels");
}

struct Relationship
{
    QString type;
    QString target;
};

QHash<QString, Relationship> readRelationships(const QByteArray &xml)
{
    QHash<QString, Relationship> result;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("Relationship")) {
            const QXmlStreamAttributes attributes = reader.attributes();
            result.insert(attributes.value(QLatin1String("Id")).toString(),
                          Relationship{attributes.value(QLatin1String("Type")).toString(),
                                       attributes.value(QLatin1String("Target")).toString()});
        }
    }
    return result;
}

// The ID a <sheet> names its part by: r:id, whatever prefix the writer bound the namespace to.
QString relationshipId(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &attribute : attributes)
        if (attribute.name() == QLatin1String("id") && !attribute.namespaceUri().isEmpty())
            return attribute.value().toString();
    return {};
}

// A number as Excel shows it (15 significant digits): "4" rather than "4.0", "4.1" rather than
// the stored 4.0999999999999996, "3" for an answer computed as 3.0000000000000004.
QByteArray numberText(double value)
{
    if (std::isfinite(value) && value == std::trunc(value) && std::abs(value) < 9007199254740992.0)
        return QByteArray::number(qint64(value));
    char text[32];
    std::snprintf(text, sizeof text, "%.15g", value);
    return QByteArray(text);
}

// A date serial as ISO 8601 text: days since 1899-12-30 (the 1900 system, whose serial 60 is
// Lotus's 29 February 1900, a day that never was) or since 1904-01-01.
std::optional<QByteArray> serialText(double serial, bool date1904, DateKind kind)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958465.0) // 9999-12-31
        return std::nullopt;
    auto seconds = qint64(std::llround(serial * 86400.0));
    qint64 days = seconds / 86400;
    const qint64 secondOfDay = seconds % 86400;
    qint64 epochDays; // days from 1970-01-01 of serial 0
    if (date1904) {
        epochDays = *ValueParsing::daysFromCivil(1904, 1, 1);
    } else {
        epochDays = *ValueParsing::daysFromCivil(1900, 1, 1) - 2; // 1899-12-30
        if (days > 0 && days <= 60)
            ++days; // before the fictitious 29 February 1900, serials count from 1899-12-31
    }
    days += epochDays;
    // civil_from_days (Howard Hinnant).
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 dayOfEra = z - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 mp = (5 * dayOfYear + 2) / 153;
    const qint64 day = dayOfYear - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    char text[128];
    if (kind == DateKind::Time && days == epochDays)
        std::snprintf(text, sizeof text, "%02lld:%02lld:%02lld", static_cast<long long>(secondOfDay / 3600),
                      static_cast<long long>(secondOfDay / 60 % 60), static_cast<long long>(secondOfDay % 60));
    else if (kind == DateKind::Date && secondOfDay == 0)
        std::snprintf(text, sizeof text, "%04lld-%02lld-%02lld", static_cast<long long>(year),
                      static_cast<long long>(month), static_cast<long long>(day));
    else
        std::snprintf(text, sizeof text, "%04lld-%02lld-%02lldT%02lld:%02lld:%02lld", static_cast<long long>(year),
                      static_cast<long long>(month), static_cast<long long>(day),
                      static_cast<long long>(secondOfDay / 3600), static_cast<long long>(secondOfDay / 60 % 60),
                      static_cast<long long>(secondOfDay % 60));
    return QByteArray(text);
}

// "BC12" → 54 (0-based), or -1.
int columnOf(QStringView reference)
{
    int column = 0;
    qsizetype i = 0;
    for (; i < reference.size() && reference.at(i).isLetter(); ++i) {
        column = column * 26 + (reference.at(i).toUpper().unicode() - 'A' + 1);
        if (column > ImportLimits::MaxColumns)
            return int(ImportLimits::MaxColumns);
    }
    return i == 0 ? -1 : column - 1;
}

// The text of a string item (<si>, <is>): its <t>, or its rich-text runs' <t>s joined; phonetic
// guides (<rPh>) are not part of the text. The reader is on the item's start element.
QString stringItem(QXmlStreamReader &reader)
{
    QString text;
    const QString endName = reader.name().toString();
    int phonetic = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            if (reader.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (reader.name() == QLatin1String("t") && phonetic == 0)
                text += reader.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (reader.isEndElement()) {
            if (reader.name() == QLatin1String("rPh"))
                --phonetic;
            else if (reader.name() == endName)
                break;
        }
    }
    return text;
}

} // namespace

struct XlsxReader::Workbook
{
    bool date1904 = false;
    // Shared strings, one buffer: item i is sharedData[ends[i - 1], ends[i]).
    QByteArray sharedData;
    std::vector<qsizetype> sharedEnds;
    std::vector<DateKind> styles;

    QByteArrayView shared(qsizetype i) const
    {
        const qsizetype begin = i == 0 ? 0 : sharedEnds[size_t(i - 1)];
        return QByteArrayView(sharedData.constData() + begin, sharedEnds[size_t(i)] - begin);
    }
};

bool XlsxReader::looksLikeZip(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(4) == QByteArrayLiteral("PK\x03\x04");
}

XlsxReader::XlsxReader(const QString &path, const QString &shownName, const QString &sheet)
    : m_shownName(shownName)
    , m_zip(std::make_unique<ZipArchive>(path, shownName))
    , m_workbook(std::make_unique<Workbook>())
    , m_fileSize(QFileInfo(path).size())
{
    const auto invalid = [this](const QString &what) {
        return DocumentError(QCoreApplication::translate("cxmap::XlsxReader", "%1: not a readable Excel workbook: %2").arg(m_shownName, what));
    };

    // The workbook part, from the package's relationships (xl/workbook.xml by convention).
    QString workbookPart = QStringLiteral("xl/workbook.xml");
    if (m_zip->contains(QStringLiteral("_rels/.rels"))) {
        const auto rels = readRelationships(m_zip->read(QStringLiteral("_rels/.rels"), MaxSmallPartBytes));
        for (const Relationship &relationship : rels)
            if (relationship.type.endsWith(QLatin1String("/officeDocument")))
                workbookPart = resolvePart(QString(), relationship.target);
    }
    if (!m_zip->contains(workbookPart))
        throw invalid(QCoreApplication::translate("cxmap::XlsxReader", "it has no workbook part (is it a Word or PowerPoint file?)"));

    struct SheetEntry
    {
        QString name;
        QString id;
        bool hidden;
    };
    QList<SheetEntry> sheets;
    {
        QXmlStreamReader reader(m_zip->read(workbookPart, MaxSmallPartBytes));
        while (!reader.atEnd()) {
            reader.readNext();
            if (!reader.isStartElement())
                continue;
            const QXmlStreamAttributes attributes = reader.attributes();
            if (reader.name() == QLatin1String("workbookPr")) {
                const QStringView system = attributes.value(QLatin1String("date1904"));
                m_workbook->date1904 = system == QLatin1String("1") || system == QLatin1String("true");
            } else if (reader.name() == QLatin1String("sheet")) {
                sheets.append({attributes.value(QLatin1String("name")).toString(), relationshipId(attributes),
                               attributes.value(QLatin1String("state")) != QLatin1String("visible")
                                   && !attributes.value(QLatin1String("state")).isEmpty()});
            }
        }
        if (reader.hasError())
            throw invalid(QCoreApplication::translate("cxmap::XlsxReader", "%1, line %2: %3").arg(workbookPart).arg(reader.lineNumber()).arg(reader.errorString()));
    }
    if (sheets.isEmpty())
        throw invalid(QCoreApplication::translate("cxmap::XlsxReader", "it has no sheets"));
    for (const SheetEntry &entry : std::as_const(sheets))
        m_sheetNames.append(entry.name);

    qsizetype chosenIndex = -1;
    for (qsizetype i = 0; i < sheets.size() && chosenIndex < 0; ++i)
        if (sheet.isEmpty() ? !sheets.at(i).hidden : sheets.at(i).name.compare(sheet, Qt::CaseInsensitive) == 0)
            chosenIndex = i;
    if (chosenIndex < 0 && sheet.isEmpty())
        chosenIndex = 0;
    const SheetEntry *chosen = chosenIndex >= 0 ? &sheets.at(chosenIndex) : nullptr;
    if (!chosen)
        throw DocumentError(QCoreApplication::translate("cxmap::XlsxReader", "%1: the workbook has no sheet \"%2\" (its sheets: %3)")
                                .arg(m_shownName, sheet, m_sheetNames.join(QStringLiteral(", "))));
    m_sheet = chosen->name;

    const auto rels = m_zip->contains(relsOf(workbookPart))
                          ? readRelationships(m_zip->read(relsOf(workbookPart), MaxSmallPartBytes))
                          : QHash<QString, Relationship>();
    QString sheetPart = rels.value(chosen->id).target;
    sheetPart = sheetPart.isEmpty() ? QStringLiteral("xl/worksheets/sheet%1.xml").arg(chosenIndex + 1)
                                    : resolvePart(workbookPart, sheetPart);
    QString sharedPart, stylesPart;
    for (const Relationship &relationship : rels) {
        if (relationship.type.endsWith(QLatin1String("/sharedStrings")))
            sharedPart = resolvePart(workbookPart, relationship.target);
        else if (relationship.type.endsWith(QLatin1String("/styles")))
            stylesPart = resolvePart(workbookPart, relationship.target);
    }

    if (!sharedPart.isEmpty() && m_zip->contains(sharedPart)) {
        const std::unique_ptr<QIODevice> device = m_zip->open(sharedPart, MaxSharedStringsBytes);
        QXmlStreamReader reader(device.get());
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement() && reader.name() == QLatin1String("si")) {
                m_workbook->sharedData += stringItem(reader).toUtf8();
                m_workbook->sharedEnds.push_back(m_workbook->sharedData.size());
            }
        }
        if (reader.hasError())
            throw invalid(QCoreApplication::translate("cxmap::XlsxReader", "%1, line %2: %3").arg(sharedPart).arg(reader.lineNumber()).arg(reader.errorString()));
    }

    if (!stylesPart.isEmpty() && m_zip->contains(stylesPart)) {
        QXmlStreamReader reader(m_zip->read(stylesPart, MaxSmallPartBytes));
        QHash<int, DateKind> custom;
        bool inCellXfs = false;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement()) {
                const QXmlStreamAttributes attributes = reader.attributes();
                if (reader.name() == QLatin1String("numFmt")) {
                    custom.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                                  customDateKind(attributes.value(QLatin1String("formatCode")).toString()));
                } else if (reader.name() == QLatin1String("cellXfs")) {
                    inCellXfs = true;
                } else if (reader.name() == QLatin1String("xf") && inCellXfs) {
                    const int id = attributes.value(QLatin1String("numFmtId")).toInt();
                    m_workbook->styles.push_back(custom.contains(id) ? custom.value(id) : builtinDateKind(id));
                }
            } else if (reader.isEndElement() && reader.name() == QLatin1String("cellXfs")) {
                inCellXfs = false;
            }
        }
        if (reader.hasError())
            throw invalid(QCoreApplication::translate("cxmap::XlsxReader", "%1, line %2: %3").arg(stylesPart).arg(reader.lineNumber()).arg(reader.errorString()));
    }

    m_device = m_zip->open(sheetPart, MaxSheetBytes);
    m_sheetSize = std::max<qint64>(m_device->size(), 1);
    m_xml = std::make_unique<QXmlStreamReader>(m_device.get());
}

XlsxReader::~XlsxReader() = default;

QString XlsxReader::encodingName() const
{
    return QCoreApplication::translate("cxmap::XlsxReader", "Excel workbook, sheet \"%1\"").arg(m_sheet);
}

qint64 XlsxReader::bytesRead() const
{
    // The sheet's share read, as a share of the file (the sheet is most of a workbook).
    if (m_atEnd)
        return m_fileSize;
    const qint64 read = m_device ? m_device->pos() : 0;
    return qint64(double(m_fileSize) * double(std::min(read, m_sheetSize)) / double(m_sheetSize));
}

bool XlsxReader::fail(qint64 line, qint64 column, const QString &message)
{
    m_atEnd = true;
    if (line <= 0)
        m_error = QStringLiteral("%1: %2").arg(m_shownName, message);
    else if (column <= 0)
        m_error = QStringLiteral("%1:%2: %3").arg(m_shownName).arg(line).arg(message);
    else
        m_error = QStringLiteral("%1:%2:%3: %4").arg(m_shownName).arg(line).arg(column).arg(message);
    return false;
}

bool XlsxReader::next(CsvRecord &record)
{
    record.clear();
    while (!m_atEnd) {
        if (!readRow(record))
            return false;
        if (!record.isEmpty())
            return true;
    }
    return false;
}

// Reads up to the next <row> and through it; an empty record for a row with nothing in it.
bool XlsxReader::readRow(CsvRecord &record)
{
    QXmlStreamReader &xml = *m_xml;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("row"))
            break;
        if (xml.isEndElement() && xml.name() == QLatin1String("sheetData"))
            break;
    }
    if (xml.hasError()) {
        const QString why = m_device->errorString().isEmpty() ? xml.errorString() : m_device->errorString();
        return fail(m_lastRow + 1, 0, QCoreApplication::translate("cxmap::XlsxReader", "the sheet cannot be read: %1").arg(why));
    }
    if (!xml.isStartElement()) {
        m_atEnd = true;
        return true;
    }
    bool numbered = false;
    const qint64 given = xml.attributes().value(QLatin1String("r")).toLongLong(&numbered);
    const qint64 line = numbered && given > m_lastRow ? given : m_lastRow + 1;
    m_lastRow = line;
    record.setLine(line);

    int nextColumn = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            if (!readCell(record, line, nextColumn))
                return false;
        } else if (xml.isEndElement() && xml.name() == QLatin1String("row")) {
            break;
        }
    }
    if (xml.hasError()) {
        const QString why = m_device->errorString().isEmpty() ? xml.errorString() : m_device->errorString();
        return fail(line, 0, QCoreApplication::translate("cxmap::XlsxReader", "the sheet cannot be read: %1").arg(why));
    }
    // Styled empty cells at the end of a row are not columns.
    int last = record.size();
    while (last > 0 && record.field(last - 1).isEmpty())
        --last;
    if (last < record.size()) {
        CsvRecord trimmed;
        trimmed.setLine(line);
        for (int i = 0; i < last; ++i)
            trimmed.appendField(record.field(i));
        record = trimmed;
    }
    return true;
}

bool XlsxReader::readCell(CsvRecord &record, qint64 line, int &nextColumn)
{
    QXmlStreamReader &xml = *m_xml;
    const QXmlStreamAttributes attributes = xml.attributes();
    int column = columnOf(attributes.value(QLatin1String("r")));
    if (column < 0)
        column = nextColumn;
    if (column >= ImportLimits::MaxColumns || column < record.size())
        return fail(line, column + 1,
                    column < record.size() ? QCoreApplication::translate("cxmap::XlsxReader", "a cell out of order in the sheet")
                                           : QCoreApplication::translate("cxmap::XlsxReader", "more than %1 columns").arg(ImportLimits::MaxColumns));
    const QString type = attributes.value(QLatin1String("t")).toString();
    const int style = attributes.value(QLatin1String("s")).toInt();
    QString value;
    QString inlineText;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("v"))
                value = xml.readElementText();
            else if (xml.name() == QLatin1String("is"))
                inlineText = stringItem(xml);
            else
                xml.skipCurrentElement();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
            break;
        }
    }
    QByteArray bytes;
    if (type == QLatin1String("s")) {
        bool ok = false;
        const qsizetype index = value.toLongLong(&ok);
        if (!ok || index < 0 || index >= qsizetype(m_workbook->sharedEnds.size()))
            return fail(line, column + 1, QCoreApplication::translate("cxmap::XlsxReader", "the cell refers to shared string %1, which the workbook does not have").arg(value));
        bytes = m_workbook->shared(index).toByteArray();
    } else {
        bytes = cellText(type, style, value, inlineText).toUtf8();
    }
    if (bytes.size() > ImportLimits::MaxFieldBytes)
        return fail(line, column + 1, QCoreApplication::translate("cxmap::XlsxReader", "the cell is longer than %1 bytes").arg(ImportLimits::MaxFieldBytes));
    while (record.size() < column)
        record.appendField({});
    record.appendField(bytes);
    nextColumn = column + 1;
    return true;
}

QString XlsxReader::cellText(const QString &type, int style, const QString &value, const QString &inlineText) const
{
    if (type == QLatin1String("inlineStr"))
        return inlineText;
    if (type == QLatin1String("b"))
        return value.trimmed() == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    if (type == QLatin1String("str") || type == QLatin1String("e") || type == QLatin1String("d"))
        return value;
    // A number; dates are numbers with a date style.
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok)
        return value;
    const DateKind kind = style >= 0 && size_t(style) < m_workbook->styles.size() ? m_workbook->styles[size_t(style)]
                                                                                  : DateKind::None;
    if (kind != DateKind::None)
        if (const std::optional<QByteArray> text = serialText(number, m_workbook->date1904, kind))
            return QString::fromLatin1(*text);
    return QString::fromLatin1(numberText(number));
}

} // namespace cxmap
