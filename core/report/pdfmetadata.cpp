#include "pdfmetadata.h"

#include <QRegularExpression>

namespace cxmap {

namespace {

// A text string as UTF-16BE with its byte-order mark, in hex: any language, no escaping.
QByteArray pdfText(const QString &text)
{
    QByteArray bytes("<FEFF");
    for (QChar c : text)
        bytes += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return bytes + '>';
}

QByteArray pdfDate(const QDateTime &when)
{
    const QDateTime utc = when.toUTC();
    return "(D:" + utc.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
}

} // namespace

bool addPdfMetadata(QByteArray &pdf, const PdfMetadata &metadata)
{
    // The last trailer names the catalog and the number of objects; startxref the old table.
    const qsizetype trailerAt = pdf.lastIndexOf("trailer");
    const qsizetype startAt = pdf.lastIndexOf("startxref");
    if (trailerAt < 0 || startAt < trailerAt)
        return false;
    const QString trailer = QString::fromLatin1(pdf.mid(trailerAt, startAt - trailerAt));
    static const QRegularExpression sizePattern(QStringLiteral(R"(/Size\s+(\d+))"));
    static const QRegularExpression rootPattern(QStringLiteral(R"(/Root\s+(\d+\s+\d+)\s+R)"));
    static const QRegularExpression startPattern(QStringLiteral(R"(startxref\s+(\d+))"));
    const auto size = sizePattern.match(trailer);
    const auto root = rootPattern.match(trailer);
    const auto start = startPattern.match(QString::fromLatin1(pdf.mid(startAt, 64)));
    if (!size.hasMatch() || !root.hasMatch() || !start.hasMatch())
        return false;
    const int infoObject = size.captured(1).toInt();

    QByteArray update;
    if (!pdf.endsWith('\n'))
        update += '\n';
    const qsizetype objectOffset = pdf.size() + update.size();
    update += QByteArray::number(infoObject) + " 0 obj\n<<\n";
    update += "/Title " + pdfText(metadata.title) + '\n';
    update += "/Author " + pdfText(metadata.author) + '\n';
    update += "/Subject " + pdfText(metadata.subject) + '\n';
    if (!metadata.keywords.isEmpty())
        update += "/Keywords " + pdfText(metadata.keywords) + '\n';
    update += "/Creator " + pdfText(metadata.creator) + '\n';
    update += "/Producer " + pdfText(QStringLiteral("cxmap with Qt %1").arg(QString::fromLatin1(qVersion()))) + '\n';
    if (metadata.created.isValid())
        update += "/CreationDate " + pdfDate(metadata.created) + '\n';
    update += ">>\nendobj\n";
    const qsizetype xrefOffset = pdf.size() + update.size();
    update += "xref\n" + QByteArray::number(infoObject) + " 1\n";
    // Each entry is exactly 20 bytes: 10-digit offset, 5-digit generation, 'n', space, LF.
    update += QByteArray::number(objectOffset).rightJustified(10, '0') + " 00000 n \n";
    update += "trailer\n<<\n/Size " + QByteArray::number(infoObject + 1) + "\n/Root " +
              root.captured(1).toLatin1() + " R\n/Info " + QByteArray::number(infoObject) +
              " 0 R\n/Prev " + start.captured(1).toLatin1() + "\n>>\nstartxref\n" +
              QByteArray::number(xrefOffset) + "\n%%EOF\n";
    pdf += update;
    return true;
}

} // namespace cxmap
