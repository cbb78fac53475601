#include "csvwriter.h"

#include "csvreader.h"

#include <QCoreApplication>
#include <QIODevice>

namespace cxmap {

CsvWriter::CsvWriter(QIODevice *device, char delimiter)
    : m_device(device)
    , m_delimiter(delimiter)
{}

bool CsvWriter::writeRecord(const CsvRecord &record)
{
    for (int i = 0; i < record.size(); ++i)
        appendField(record.field(i), i, record.size());
    return flushLine();
}

bool CsvWriter::writeRecord(const QList<QByteArrayView> &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i)
        appendField(fields[i], i, fields.size());
    return flushLine();
}

bool CsvWriter::writeRecord(const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i)
        appendField(fields[i].toUtf8(), i, fields.size());
    return flushLine();
}

void CsvWriter::appendField(QByteArrayView field, qsizetype index, qsizetype count)
{
    if (index > 0)
        m_line.append(m_delimiter);

    bool quote = (count == 1 && field.isEmpty()) ||
                 (m_atStart && index == 0 && field.startsWith("\xEF\xBB\xBF"));
    if (!field.isEmpty()) {
        const auto isBlank = [](char c) { return c == ' ' || c == '\t'; };
        quote = quote || isBlank(field.front()) || isBlank(field.back());
    }
    for (qsizetype i = 0; !quote && i < field.size(); ++i) {
        const char c = field[i];
        quote = c == m_delimiter || c == '"' || c == '\r' || c == '\n';
    }
    if (!quote) {
        m_line.append(field);
        return;
    }
    m_line.append('"');
    for (const char c : field) {
        if (c == '"')
            m_line.append('"');
        m_line.append(c);
    }
    m_line.append('"');
}

bool CsvWriter::flushLine()
{
    m_line.append("\r\n");
    m_atStart = false;
    if (!hasError()) {
        const qint64 size = m_line.size();
        if (!m_device || m_device->write(m_line) != size) {
            m_error = QCoreApplication::translate("cxmap::CsvWriter", "cannot write: %1")
                          .arg(m_device ? m_device->errorString() : QString());
        }
    }
    // truncate() keeps the allocation for the next record; clear() would free it.
    m_line.truncate(0);
    return !hasError();
}

} // namespace cxmap
