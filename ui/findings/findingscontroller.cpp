#include "findingscontroller.h"

#include "analysis/analysisrunner.h"
#include "analysis/findingscache.h"
#include "backgroundquery.h"
#include "document/journeydocument.h"
#include "store/documentfile.h"

#include <QTimer>

namespace cxmap {

namespace {

// Whether the analysis reads what changed (FindingsCache::fingerprint lists the same things):
// dragging a card or renaming a lane must not cost an analysis.
bool analysisReads(const Change &change)
{
    using Kind = Change::Kind;
    using Property = Change::Property;
    switch (change.kind) {
    case Kind::Reset:
    case Kind::StageAdded:
    case Kind::StageRemoved:
    case Kind::StageMoved:
    case Kind::TouchpointAdded:
    case Kind::TouchpointRemoved:
    case Kind::TransitionAdded:
    case Kind::TransitionRemoved:
    case Kind::Measurements:
        return true;
    case Kind::StageChanged:
        return change.properties.testFlag(Property::Name);
    case Kind::TouchpointChanged:
        return change.properties.testAnyFlags(Change::Properties(Property::Name) | Property::Cell |
                                              Property::Target | Property::MomentOfTruth);
    case Kind::TransitionChanged:
        return change.properties.testAnyFlags(Change::Properties(Property::Share) | Property::Ends);
    case Kind::JourneyProperties:
        return change.properties.testFlag(Property::Outcome);
    case Kind::Workshop:
        return false;
    case Kind::LaneAdded:
    case Kind::LaneRemoved:
    case Kind::LaneChanged:
    case Kind::LaneMoved:
        break;
    }
    return false;
}

} // namespace

FindingsController::FindingsController(QObject *parent)
    : QObject(parent)
    , m_runner(new AnalysisRunner(this))
    , m_scopeQuery(new BackgroundQuery(this))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] { run(!m_bypassCache); });
    connect(m_runner, &AnalysisRunner::finished, this, &FindingsController::onFinished);
    connect(m_runner, &AnalysisRunner::failed, this, &FindingsController::onFailed);
}

FindingsController::~FindingsController() = default;

void FindingsController::setDocument(JourneyDocument *document, DocumentFile *file)
{
    // Opening and saving announce the same document and file more than once; each analysis
    // runs to its end, so only a real change starts one.
    if (document == m_document && file == m_file)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    const bool sameDocument = document == m_document;
    m_document = document;
    m_file = file;
    if (m_document)
        connect(m_document, &JourneyDocument::changed, this, &FindingsController::onChanged);
    if (!sameDocument) {
        // Another map: its touchpoints are not the old findings' ones, and a filter on a
        // segment of the old answers may name nothing here, so it starts unfiltered.
        m_findings = Findings();
        m_hasFindings = false;
        m_scope = AnswerScope();
        const bool filtered = m_request.cacheKey() != AnalysisRequest().cacheKey();
        m_request = AnalysisRequest();
        Q_EMIT findingsChanged(m_findings);
        Q_EMIT answerScopeChanged(m_scope);
        if (filtered)
            Q_EMIT requestChanged(m_request);
    }
    m_running = false;
    readAnswerScope();
    run(true);
}

void FindingsController::setRequest(const AnalysisRequest &request)
{
    if (request.cacheKey() == m_request.cacheKey())
        return;
    m_request = request;
    Q_EMIT requestChanged(m_request);
    // Filters apply at once: the next turn of the event loop gathers a burst of combo changes.
    schedule(0);
}

void FindingsController::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (!m_paused && m_pendingWhilePaused) {
        m_pendingWhilePaused = false;
        readAnswerScope();
        schedule(0);
    }
    updateBusy();
}

void FindingsController::refresh()
{
    m_bypassCache = true;
    schedule(0);
}

void FindingsController::setDebounceInterval(int milliseconds)
{
    m_debounce = milliseconds;
}

void FindingsController::onChanged(const Change &change)
{
    if (!analysisReads(change))
        return;
    if (change.kind == Change::Kind::Measurements || change.kind == Change::Kind::Reset)
        readAnswerScope();
    schedule(m_debounce);
}

void FindingsController::schedule(int delay)
{
    // Whatever runs now answers a question that is no longer current: its result is dropped.
    m_running = false;
    m_timer->start(delay);
    updateBusy();
}

void FindingsController::run(bool useCache)
{
    m_timer->stop();
    m_bypassCache = false;
    if (!m_document) {
        updateBusy();
        return;
    }
    if (m_paused) {
        m_pendingWhilePaused = true;
        updateBusy();
        return;
    }
    const Journey &journey = m_document->journey();
    if (useCache && m_file) {
        try {
            if (std::optional<Findings> cached =
                    FindingsCache::load(m_file->database(), journey, m_request)) {
                // Anything still running was asked for before this and must not overwrite it.
                m_running = false;
                publish(*cached);
                updateBusy();
                return;
            }
        } catch (const SqliteError &) {
            // An unreadable cache is only a miss; the analysis reports real damage in words.
        }
    }
    m_analysedJourney = journey;
    m_running = true;
    m_runner->start(documentPath(), journey, m_request);
    updateBusy();
}

void FindingsController::onFinished(const Findings &findings)
{
    // The runner answers only its newest start; not running means a change or a cached answer
    // came after that start, so this result is already out of date.
    if (!m_running)
        return;
    m_running = false;
    if (m_file && !m_file->isReadOnly() && !m_paused)
        FindingsCache::store(m_file->database(), m_analysedJourney, findings);
    publish(findings);
    updateBusy();
}

void FindingsController::onFailed(const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    Q_EMIT failed(message);
    updateBusy();
}

void FindingsController::publish(const Findings &findings)
{
    m_findings = findings;
    m_hasFindings = true;
    Q_EMIT findingsChanged(m_findings);
}

void FindingsController::readAnswerScope()
{
    const QString path = documentPath();
    if (path.isEmpty()) {
        m_scopeQuery->discard();
        return;
    }
    if (m_paused) {
        m_pendingWhilePaused = true;
        return;
    }
    m_scopeQuery->start<AnswerScope>(
        path, [](SqliteDatabase &db) { return cxmap::readAnswerScope(db); },
        [this](const AnswerScope &scope) {
            m_scope = scope;
            Q_EMIT answerScopeChanged(m_scope);
        });
}

void FindingsController::updateBusy()
{
    const bool busy = m_timer->isActive() || m_running;
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(m_busy);
}

QString FindingsController::documentPath() const
{
    return m_file ? m_file->path() : QString();
}

} // namespace cxmap
