#pragma once

#include "analysisrequest.h"

#include <QString>

#include <optional>

namespace cxmap {

class DocumentFile;
class Journey;
class SqliteDatabase;
struct Findings;

/**
 * Findings kept in the document (table analysis_cache), valid for one state of the answers
 * (data_version) and one state of the map (its fingerprint): "whatever is slow is computed once
 * and kept", so a document with a million answers opens as fast as one with a hundred.
 */
namespace FindingsCache {

/** A digest of what the analysis reads from the map: touchpoints, targets, flags, transitions. */
QString fingerprint(const Journey &journey);

std::optional<Findings> load(SqliteDatabase &db, const Journey &journey, const AnalysisRequest &request);
/** Stores findings in their own transaction. Returns false when the file cannot be written. */
bool store(SqliteDatabase &db, const Journey &journey, const Findings &findings);

/**
 * The findings for `request`: from the cache when they are current, else computed and, when
 * the document is writable, kept. Throws like computeFindings().
 */
Findings findingsFor(DocumentFile &document, const Journey &journey, const AnalysisRequest &request,
                     bool *fromCache = nullptr);

} // namespace FindingsCache
} // namespace cxmap
