#pragma once

#include "importer.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace cxmap {

class DocumentFile;

/**
 * Runs one import on a worker thread with progress and cancel, for the import wizard. The
 * import uses the document's own connection (it holds the write lock), so until finished() or
 * failed() arrives the caller must not use that document's database.
 */
class ImportRunner : public QObject
{
    Q_OBJECT

public:
    explicit ImportRunner(QObject *parent = nullptr);
    ~ImportRunner() override;

    /** Starts an import; false when one is running already. */
    bool start(DocumentFile *document, const QString &dataPath, const ImportOptions &options = {});
    /** Asks the running import to stop; it then fails with "import cancelled", writing nothing. */
    void cancel() { *m_cancelled = true; }
    bool isRunning() const { return m_running; }
    void waitForIdle();

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(const cxmap::ImportSummary &summary);
    void failed(const QString &message);

private:
    std::atomic<bool> m_running{false};
    std::shared_ptr<std::atomic<bool>> m_cancelled;
};

} // namespace cxmap

Q_DECLARE_METATYPE(cxmap::ImportSummary)
