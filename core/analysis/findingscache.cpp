#include "findingscache.h"

#include "findings.h"
#include "findingsjson.h"
#include "model/journey.h"
#include "store/datatables.h"
#include "store/documentfile.h"
#include "store/sqlitedb.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace cxmap::FindingsCache {

namespace {

// Raised whenever the analysis computes anything differently, so no file keeps serving findings
// an older cxmap computed.
constexpr int AnalysisVersion = 5;

QString keyOf(const AnalysisRequest &request)
{
    return QStringLiteral("v%1;%2").arg(AnalysisVersion).arg(request.cacheKey());
}

// Whether cached findings speak of this map's touchpoints only, each once, in a consistent way.
// The cache is read from a file that anything may have written: a finding naming a touchpoint
// that is not on the map is a cache to recompute, never one to show.
bool fitsTheMap(const Findings &findings, const Journey &journey)
{
    if (findings.touchpoints.size() != journey.touchpoints().size())
        return false;
    QSet<TouchpointId> ids;
    for (const TouchpointFinding &finding : findings.touchpoints) {
        if (!journey.touchpoints().contains(finding.id) || ids.contains(finding.id))
            return false;
        if (finding.declining && !finding.trend)
            return false;
        ids.insert(finding.id);
    }
    const auto known = [&ids](const QList<TouchpointId> &list) {
        return std::all_of(list.begin(), list.end(), [&ids](TouchpointId id) { return ids.contains(id); });
    };
    const GraphStructure &structure = findings.structure;
    if (!known(findings.weakestLinks) || !known(findings.momentsOfTruth) || !known(findings.weakestPath.touchpoints)
        || !known(findings.bestPath.touchpoints) || !known(structure.unavoidable) || !known(structure.entries)
        || !known(structure.exits) || !known(structure.deadEnds) || !known(structure.unreachable))
        return false;
    for (const QList<TouchpointId> &loop : structure.reworkLoops)
        if (!known(loop))
            return false;
    for (const SegmentDifference &difference : findings.segmentDifferences)
        if (!ids.contains(difference.touchpoint))
            return false;
    return true;
}

} // namespace

QString fingerprint(const Journey &journey)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto add = [&hash](const QString &text) {
        hash.addData(text.toUtf8());
        hash.addData(QByteArrayView("\x1f", 1));
    };
    add(journey.outcomeMetric());
    for (const Stage &stage : journey.stages())
        add(QString::number(stage.id.value()) + stage.name);
    for (const Touchpoint &t : journey.touchpoints())
        add(QStringLiteral("%1|%2|%3|%4|%5").arg(t.id.value()).arg(t.name).arg(t.stage.value())
                .arg(t.target ? QString::number(*t.target, 'g', 17) : QString()).arg(t.momentOfTruth ? 1 : 0));
    for (const Transition &t : journey.transitions())
        add(QStringLiteral("%1>%2:%3").arg(t.from.value()).arg(t.to.value())
                .arg(t.share ? QString::number(*t.share, 'g', 17) : QString()));
    return QString::fromLatin1(hash.result().toHex());
}

std::optional<Findings> load(SqliteDatabase &db, const Journey &journey, const AnalysisRequest &request)
{
    SqliteStatement query(db, "SELECT data_version, map_hash, result FROM analysis_cache WHERE key = ?");
    query.bind(1, keyOf(request));
    if (!query.step() || query.columnInt(0) != readDataVersion(db) || query.columnText(1) != fingerprint(journey))
        return std::nullopt;
    std::optional<Findings> findings = findingsFromJson(QJsonDocument::fromJson(query.columnText(2).toUtf8()).object());
    if (!findings || !fitsTheMap(*findings, journey))
        return std::nullopt;
    findings->request = request;
    return findings;
}

bool store(SqliteDatabase &db, const Journey &journey, const Findings &findings)
{
    try {
        SqliteTransaction transaction(db);
        SqliteStatement insert(db, "INSERT OR REPLACE INTO analysis_cache (key, data_version, map_hash, result)"
                                   " VALUES (?, ?, ?, ?)");
        insert.bind(1, keyOf(findings.request));
        insert.bind(2, readDataVersion(db));
        insert.bind(3, fingerprint(journey));
        insert.bind(4, QJsonDocument(findingsToJson(findings)).toJson(QJsonDocument::Compact));
        insert.run();
        // Findings of older analysis versions are never read again.
        SqliteStatement stale(db, "DELETE FROM analysis_cache WHERE key NOT LIKE ?");
        stale.bind(1, QStringLiteral("v%1;%").arg(AnalysisVersion));
        stale.run();
        transaction.commit();
        return true;
    } catch (const SqliteError &) {
        // A cache that cannot be written (a full disk, another writer) only costs time later.
        return false;
    }
}

Findings findingsFor(DocumentFile &document, const Journey &journey, const AnalysisRequest &request, bool *fromCache)
{
    SqliteDatabase &db = document.database();
    if (std::optional<Findings> cached = load(db, journey, request)) {
        if (fromCache)
            *fromCache = true;
        return *cached;
    }
    if (fromCache)
        *fromCache = false;
    Findings findings = computeFindings(db, journey, request);
    if (!document.isReadOnly())
        store(db, journey, findings);
    return findings;
}

} // namespace cxmap::FindingsCache
