#pragma once

#include "analysis/analysisrequest.h"
#include "analysis/findings.h"
#include "analysis/touchpointseries.h"
#include "document/change.h"
#include "model/journey.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace cxmap {

class AnalysisRunner;
class BackgroundQuery;
class DocumentFile;
class JourneyDocument;

/**
 * Keeps the findings of the open document current for the editor: what the map colours, the
 * findings panel lists and the charts draw.
 *
 * Findings come from the cache in the document file at once when they are current for the
 * answers, the map and the filters (FindingsCache), else from an AnalysisRunner off the GUI
 * thread; computed findings are put back into the cache when the file is writable. The analysis
 * runs again, debounced, when the map changes in a way it reads (touchpoints added or removed,
 * their names, stages, targets and flags, transitions and shares, stage names), when the
 * answers change (Change::Kind::Measurements) and when the filters change. Edits it does not
 * read (positions, descriptions, lanes) cost nothing.
 *
 * The file's connection is used on the GUI thread, for the cache only. While an import holds it
 * on its worker (ImportWizard::runningChanged), pause the controller.
 */
class FindingsController : public QObject
{
    Q_OBJECT

public:
    explicit FindingsController(QObject *parent = nullptr);
    ~FindingsController() override;

    /**
     * The document to analyse and its open file (null for a map never saved: then the map alone
     * is analysed, for reach and unavoidable touchpoints). Loads cached findings at once or
     * starts the analysis; call it again after "save as" (a new file). Neither is owned.
     * Another document starts unfiltered (requestChanged() says so).
     */
    void setDocument(JourneyDocument *document, DocumentFile *file);
    JourneyDocument *document() const { return m_document; }

    /** The filters (segment, period, metrics); a different request runs the analysis again. */
    void setRequest(const AnalysisRequest &request);
    AnalysisRequest request() const { return m_request; }

    /** The latest findings; empty until the first arrive. */
    const Findings &findings() const { return m_findings; }
    bool hasFindings() const { return m_hasFindings; }
    /** What the filters can offer, read with the findings (empty without a file). */
    const AnswerScope &answerScope() const { return m_scope; }

    /** An analysis is scheduled or running. */
    bool isBusy() const { return m_busy; }

    /**
     * While paused nothing runs and the file is not touched; what was asked for meanwhile runs
     * when it resumes.
     */
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    /** Runs the analysis again now, bypassing the cache (a "refresh" action). */
    void refresh();

    /** Delay between the last map edit and the analysis it triggers (300 ms). */
    void setDebounceInterval(int milliseconds);

Q_SIGNALS:
    void findingsChanged(const cxmap::Findings &findings);
    /** The filters changed: by setRequest(), or reset for another document (FilterBar::setRequest).
     */
    void requestChanged(const cxmap::AnalysisRequest &request);
    void busyChanged(bool busy);
    /** The analysis could not run (a damaged file, a filter naming something gone). */
    void failed(const QString &message);
    /** Segments, metrics and months with answers changed: for FilterBar::setAnswerScope. */
    void answerScopeChanged(const cxmap::AnswerScope &scope);

private:
    void onChanged(const Change &change);
    void schedule(int delay);
    void run(bool useCache);
    void onFinished(const Findings &findings);
    void onFailed(const QString &message);
    void publish(const Findings &findings);
    void readAnswerScope();
    void updateBusy();
    QString documentPath() const;

    AnalysisRunner *m_runner;
    BackgroundQuery *m_scopeQuery;
    QTimer *m_timer;
    QPointer<JourneyDocument> m_document;
    DocumentFile *m_file = nullptr;
    AnalysisRequest m_request;
    Findings m_findings;
    AnswerScope m_scope;
    /** The map as the running analysis saw it: the cache entry is keyed to it, not to now. */
    Journey m_analysedJourney;
    int m_debounce = 300;
    bool m_hasFindings = false;
    /** An analysis whose result is wanted is on the runner (a later change unwants it). */
    bool m_running = false;
    bool m_paused = false;
    bool m_pendingWhilePaused = false;
    bool m_busy = false;
    bool m_bypassCache = false;
};

} // namespace cxmap
