#pragma once

#include "store/documenterror.h"
#include "store/documentfile.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <optional>

namespace cxmap {

/**
 * Runs small read queries on a document off the GUI thread (STYLE.md, "Analysis"), each on its
 * own read-only connection, so the editor's connection — which an import may hold on its worker
 * — is never shared. Like AnalysisRunner, only the newest query answers: an older result
 * arriving late is dropped, so a panel never shows data for a selection it has left.
 */
class BackgroundQuery : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundQuery(QObject *parent = nullptr)
        : QObject(parent)
    {}

    /**
     * Runs `query` on `documentPath` in the thread pool; `done` runs on this object's thread
     * with its result, unless a newer query was started or this object was deleted meanwhile.
     * Failures (a damaged or vanished file) arrive as failed().
     */
    template<typename Result>
    void start(const QString &documentPath, std::function<Result(SqliteDatabase &)> query,
               std::function<void(const Result &)> done)
    {
        const quint64 generation = ++m_generation;
        // Checked on the GUI thread only; the worker merely carries it.
        const QPointer<BackgroundQuery> self(this);
        QThreadPool::globalInstance()->start(
            [self, generation, documentPath, query = std::move(query), done = std::move(done)] {
                std::optional<Result> result;
                QString error;
                try {
                    std::unique_ptr<DocumentFile> file =
                        DocumentFile::open(documentPath, DocumentFile::Access::ReadOnly);
                    try {
                        result = query(file->database());
                    } catch (const SqliteError &failure) {
                        throw file->error(QStringLiteral("cannot read its answers"), failure);
                    }
                } catch (const DocumentError &failure) {
                    error = failure.message();
                }
                // qApp lives as long as the pool's tasks can post to it; `self` says whether the
                // query object is still there once the result is delivered.
                QMetaObject::invokeMethod(
                    qApp,
                    [self, generation, result = std::move(result), error, done] {
                        if (!self || generation != self->m_generation)
                            return;
                        if (result)
                            done(*result);
                        else
                            Q_EMIT self->failed(error);
                    },
                    Qt::QueuedConnection);
            });
    }

    /** Drops the answer of the query running now, if any. */
    void discard() { ++m_generation; }

Q_SIGNALS:
    void failed(const QString &message);

private:
    quint64 m_generation = 0;
};

} // namespace cxmap
