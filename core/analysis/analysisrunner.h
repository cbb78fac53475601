#pragma once

#include "analysisrequest.h"
#include "findings.h"
#include "model/journey.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace cxmap {

/**
 * Runs the analysis off the GUI thread (STYLE.md, "Analysis"): each request copies the map and
 * opens its own read-only connection to the document, so the editor stays responsive and keeps
 * its own connection. A newer request supersedes an older one: the older result is dropped, so
 * findings never arrive out of order. A document without a file (new and unsaved) is analysed
 * for its map alone.
 */
class AnalysisRunner : public QObject
{
    Q_OBJECT

public:
    explicit AnalysisRunner(QObject *parent = nullptr);
    ~AnalysisRunner() override;

    void start(const QString &documentPath, const Journey &journey, const AnalysisRequest &request);
    bool isRunning() const { return m_running > 0; }
    /** Waits for the running analyses to end (for shutdown and tests). */
    void waitForIdle();

Q_SIGNALS:
    /** In the thread of the runner, for the newest request only. */
    void finished(const cxmap::Findings &findings);
    void failed(const QString &message);

private:
    std::atomic<quint64> m_generation{0};
    std::atomic<int> m_running{0};
    std::shared_ptr<std::atomic<bool>> m_alive;
};

} // namespace cxmap

Q_DECLARE_METATYPE(cxmap::Findings)
