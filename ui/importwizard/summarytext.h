#pragma once

#include <QCoreApplication>
#include <QString>

namespace cxmap {

struct ImportSummary;

/**
 * How the wizard words an import's summary, in HTML: the same for the dry run that checks the
 * file and for the import that commits it.
 */
class SummaryText
{
    Q_DECLARE_TR_FUNCTIONS(cxmap::SummaryText)

public:
    /** "77 answers", "1 answer and 3 aggregated rows". */
    static QString answers(const ImportSummary &summary);
    /** "1 row", "2,048 rows". */
    static QString rows(const ImportSummary &summary);
    /**
     * A list of what the user may want to check: matches by name, scales of text answers, a
     * file without respondent column, rows without n, cells skipped, new segments, every column
     * left out; empty when none.
     */
    static QString details(const ImportSummary &summary);
    /** Columns that look like ratings but went nowhere, in the warning colour; empty when none. */
    static QString warnings(const ImportSummary &summary);
};

} // namespace cxmap
