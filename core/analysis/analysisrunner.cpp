#include "analysisrunner.h"

#include "store/documenterror.h"
#include "store/documentfile.h"
#include "store/schema.h"
#include "store/sqlitedb.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <sqlite3.h>

namespace cxmap {

namespace {

Findings analyse(const QString &path, const Journey &journey, const AnalysisRequest &request)
{
    if (path.isEmpty()) {
        // Nothing stored yet: an empty database of our own shape gives the map's findings.
        SqliteDatabase memory(QStringLiteral(":memory:"), SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY);
        Schema::create(memory);
        return computeFindings(memory, journey, request);
    }
    std::unique_ptr<DocumentFile> file = DocumentFile::open(path, DocumentFile::Access::ReadOnly);
    try {
        return computeFindings(file->database(), journey, request);
    } catch (const SqliteError &failure) {
        throw file->error(QCoreApplication::translate("cxmap::AnalysisRunner", "cannot analyse it"), failure);
    }
}

} // namespace

AnalysisRunner::AnalysisRunner(QObject *parent)
    : QObject(parent)
    , m_alive(std::make_shared<std::atomic<bool>>(true))
{
    qRegisterMetaType<Findings>();
}

AnalysisRunner::~AnalysisRunner()
{
    *m_alive = false;
    waitForIdle();
}

void AnalysisRunner::start(const QString &documentPath, const Journey &journey, const AnalysisRequest &request)
{
    const quint64 generation = ++m_generation;
    ++m_running;
    const std::shared_ptr<std::atomic<bool>> alive = m_alive;
    // The journey and request are copied into the task: the editor may change its own meanwhile.
    (void)QtConcurrent::run([this, alive, generation, documentPath, journey, request] {
        std::optional<Findings> findings;
        QString error;
        try {
            findings = analyse(documentPath, journey, request);
        } catch (const DocumentError &failure) {
            error = failure.message();
        } catch (const SqliteError &failure) {
            error = QCoreApplication::translate("cxmap::AnalysisRunner", "%1: cannot analyse it: %2").arg(documentPath, describeSqliteFailure(failure));
        }
        if (*alive) {
            QMetaObject::invokeMethod(this, [this, alive, generation, findings, error] {
                // Only the newest request speaks; an older one finishing late is dropped.
                if (*alive && generation == m_generation) {
                    if (findings)
                        Q_EMIT finished(*findings);
                    else
                        Q_EMIT failed(error);
                }
                --m_running;
            }, Qt::QueuedConnection);
        } else {
            --m_running;
        }
    });
}

void AnalysisRunner::waitForIdle()
{
    // Results come back as calls queued to this object. Deliver those alone: turning the whole
    // event loop here would run other objects' events while, at shutdown, the widgets around
    // this runner are half destroyed.
    while (m_running > 0) {
        if (QThread::currentThread() == thread())
            QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
        if (m_running > 0)
            QThread::msleep(2);
    }
}

} // namespace cxmap
