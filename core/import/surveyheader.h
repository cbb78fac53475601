#pragma once

#include "importmapping.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace cxmap {

/** The first rows of a file, as read, for format detection and header analysis. */
struct LeadingRows
{
    QList<QStringList> rows;
    QList<qint64> lines;
};

/**
 * The header of a survey export, whatever shape it came in: one name per column for messages
 * and mappings, plus what to match touchpoints against, and the other names a mapping may use
 * (a Qualtrics column has its short name, its ImportId and its question text).
 */
struct SurveyHeader
{
    /** Display name per column: the header cell, or "question - option" for multi-column questions. */
    QStringList names;
    /** Per column: the text that names the thing rated (a matrix row's label), for auto-matching. */
    QStringList labels;
    /**
     * Per column: the question it answers ("How satisfied were you with each step?" for every
     * row of that matrix). The columns of one question share an answer scale.
     */
    QStringList questions;
    /** Per column: further names a mapping may refer to the column by. */
    QList<QStringList> aliases;
    /**
     * Per column: the time zone its zone-less dates are in (an IANA name, from a Qualtrics
     * ImportId row: {"ImportId":"endDate","timeZone":"America/Denver"}), or empty for UTC.
     */
    QStringList timeZones;
    /** How many of the leading rows the header took (title lines included). */
    int rowsUsed = 0;
    /** The physical line of the last header row. */
    qint64 line = 0;

    /**
     * The column a mapping names (by any of its names, ignoring case and spacing, then by its
     * letters and digits alone), or -1. Looked up in an index: a header may have thousands of
     * columns and a mapping hundreds.
     */
    int find(const QString &name) const;

    /** Builds the index find() uses; readHeader() does it. */
    void buildIndex();

private:
    QHash<QString, int> m_byName;
    QHash<QString, int> m_byKey;
};

/**
 * The format of a file from its first rows (DESIGN §6: import detects it from the header rows),
 * a column the mapping names for a field counting as that field ("Top-box Percentage" as top_box).
 */
ImportFormat detectFormat(const LeadingRows &leading, const ImportMapping &mapping = {});

/**
 * Reads the header of `format` from the leading rows. `skipLines` ≥ 0 skips that many rows
 * first; -1 skips title lines by itself. Throws DocumentError naming the file and line when
 * no header is found.
 */
SurveyHeader readHeader(ImportFormat format, const LeadingRows &leading, int skipLines,
                        const QString &fileName);

} // namespace cxmap
