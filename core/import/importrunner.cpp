#include "importrunner.h"

#include "store/documenterror.h"
#include "store/documentfile.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace cxmap {

ImportRunner::ImportRunner(QObject *parent)
    : QObject(parent)
    , m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
    qRegisterMetaType<ImportSummary>();
}

ImportRunner::~ImportRunner()
{
    cancel();
    waitForIdle();
}

bool ImportRunner::start(DocumentFile *document, const QString &dataPath, const ImportOptions &options)
{
    if (m_running.exchange(true))
        return false;
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    const std::shared_ptr<std::atomic<bool>> cancelled = m_cancelled;
    (void)QtConcurrent::run([this, cancelled, document, dataPath, options] {
        ImportOptions withProgress = options;
        withProgress.progress = [this, cancelled, callback = options.progress](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(this, [this, done, total] { Q_EMIT progress(done, total); }, Qt::QueuedConnection);
            if (callback && !callback(done, total))
                return false;
            return !*cancelled;
        };
        std::optional<ImportSummary> summary;
        QString error;
        try {
            summary = importSurvey(*document, dataPath, withProgress);
        } catch (const DocumentError &failure) {
            error = failure.message();
        }
        QMetaObject::invokeMethod(this, [this, summary, error] {
            m_running = false;
            if (summary)
                Q_EMIT finished(*summary);
            else
                Q_EMIT failed(error);
        }, Qt::QueuedConnection);
    });
    return true;
}

void ImportRunner::waitForIdle()
{
    // Only this runner's queued result: see AnalysisRunner::waitForIdle.
    while (m_running) {
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
        if (m_running)
            QThread::msleep(2);
    }
}

} // namespace cxmap
