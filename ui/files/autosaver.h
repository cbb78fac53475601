#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <vector>

class QTimer;

namespace cxmap {

class JourneyDocument;
class LockFile;

/** A recovery file left behind by a cxmap that did not close properly. */
struct Recovery
{
    QString file;
    QString infoFile;
    /** The document it was made from; empty for a map that was never saved. */
    QString original;
    QString journeyName;
    QDateTime saved;
    /** Held while this process decides about it, so no other cxmap offers it too. */
    std::shared_ptr<LockFile> lock;
};

/**
 * Autosave of unsaved edits (DESIGN §4): every minute, while the document has edits that are
 * not in its file, the map is written to a small map-only document in
 * AppDataLocation/recovery/ with a note of the original path. Saving, discarding or closing
 * removes it; after a crash the next cxmap finds it (pending()) and offers it back.
 *
 * A live session holds a lock on its note, so a second running cxmap never offers it.
 */
class Autosaver : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultInterval = 60 * 1000;

    explicit Autosaver(QObject *parent = nullptr);
    ~Autosaver() override;

    static QString folder();
    /** Recovery files of cxmaps that are no longer running, newest first, each locked for us. */
    static std::vector<Recovery> pending();
    /** Deletes a recovery file and its note once it has been recovered or declined. */
    static void remove(const Recovery &recovery);

    /** Watches this document from now on (its edits so far count as unsaved). */
    void setDocument(JourneyDocument *document);
    void setInterval(int milliseconds);
    /** Writes the recovery file now if there are edits it does not have; true when written. */
    bool saveNow();
    /** Removes this session's recovery file: the edits were saved or thrown away. */
    void discard();
    QString recoveryFile() const { return m_file; }

Q_SIGNALS:
    void failed(const QString &message);

private:
    void newSessionName();

    QPointer<JourneyDocument> m_document;
    QTimer *m_timer;
    QString m_file;
    QString m_infoFile;
    std::unique_ptr<LockFile> m_lock;
    bool m_dirty = false;
    int m_sequence = 0;
};

} // namespace cxmap
