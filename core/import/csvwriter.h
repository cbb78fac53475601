#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace cxmap {

class CsvRecord;

/**
 * Writes RFC 4180 records that CsvReader reads back field for field: a field is quoted when it
 * holds the delimiter, a quote or a line break, begins or ends with a space or tab (the reader
 * trims those), is a record's only field and empty (the reader skips blank lines), or begins the
 * file with a UTF-8 BOM. Lines end with CRLF. Fields are written as the bytes given; text is
 * written as UTF-8 without a BOM.
 */
class CsvWriter
{
public:
    /** Writes to @p device, which must be open and must outlive the writer. */
    explicit CsvWriter(QIODevice *device, char delimiter = ',');
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    /** Each returns false if the device failed; then hasError() and nothing more is written. */
    bool writeRecord(const CsvRecord &record);
    bool writeRecord(const QList<QByteArrayView> &fields);
    bool writeRecord(const QStringList &fields);

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    char delimiter() const { return m_delimiter; }

private:
    void appendField(QByteArrayView field, qsizetype index, qsizetype count);
    bool flushLine();

    QIODevice *m_device;
    char m_delimiter;
    bool m_atStart = true;
    QByteArray m_line;
    QString m_error;
};

} // namespace cxmap
