#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace cxmap {

/** What a PDF says about itself in its document information (what `pdfinfo` shows). */
struct PdfMetadata
{
    QString title;
    QString author;
    QString subject;
    QString keywords;
    QString creator;
    QDateTime created;
};

/**
 * Adds a complete document information dictionary to `pdf` as an incremental update (PDF 1.4
 * §3.4.5): Qt 6.4's QPdfWriter writes only the title and creator, and a manager's reader lists
 * author and subject. The original bytes stay as they are; a new Info object, a cross-reference
 * section for it and a trailer pointing back to the old one are appended. Returns false, and
 * leaves `pdf` alone, when its trailer cannot be read.
 */
bool addPdfMetadata(QByteArray &pdf, const PdfMetadata &metadata);

} // namespace cxmap
