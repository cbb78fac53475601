#include "autosaver.h"

#include "document/journeydocument.h"
#include "store/documenterror.h"
#include "store/documentfile.h"
#include "store/lockfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

namespace cxmap {

Autosaver::Autosaver(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(DefaultInterval);
    connect(m_timer, &QTimer::timeout, this, &Autosaver::saveNow);
    newSessionName();
}

Autosaver::~Autosaver() = default;

QString Autosaver::folder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("recovery"));
}

void Autosaver::newSessionName()
{
    const QString base = QStringLiteral("session-%1-%2-%3")
                             .arg(QCoreApplication::applicationPid())
                             .arg(QDateTime::currentMSecsSinceEpoch())
                             .arg(++m_sequence);
    m_file = QDir(folder()).filePath(base + QStringLiteral(".cxmap"));
    m_infoFile = QDir(folder()).filePath(base + QStringLiteral(".json"));
}

void Autosaver::setDocument(JourneyDocument *document)
{
    discard();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_dirty = document && document->isModified();
    if (!document) {
        m_timer->stop();
        return;
    }
    connect(document, &JourneyDocument::changed, this, [this] { m_dirty = true; });
    connect(document, &JourneyDocument::modifiedChanged, this, [this](bool modified) {
        // Saved, or undone back to what is saved: nothing left to recover.
        if (!modified)
            discard();
    });
    m_timer->start();
}

void Autosaver::setInterval(int milliseconds)
{
    m_timer->setInterval(milliseconds);
}

bool Autosaver::saveNow()
{
    if (!m_document || !m_document->isModified() || !m_dirty)
        return false;
    try {
        QDir().mkpath(folder());
        if (!m_lock) {
            m_lock = std::make_unique<LockFile>(m_infoFile);
            if (m_lock->tryLock()) {
                m_lock.reset();
                newSessionName();
                return false;
            }
        }
        DocumentFile::create(m_file, m_document->journey(), true);
        QSaveFile info(m_infoFile);
        const QJsonObject note{{QStringLiteral("original"), m_document->filePath()},
                               {QStringLiteral("journey"), m_document->journey().name()},
                               {QStringLiteral("saved"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
        if (!info.open(QIODevice::WriteOnly) || info.write(QJsonDocument(note).toJson()) < 0 || !info.commit())
            throw DocumentError(tr("%1: cannot write the recovery note").arg(QDir::toNativeSeparators(m_infoFile)));
        m_dirty = false;
        return true;
    } catch (const DocumentError &error) {
        Q_EMIT failed(error.message());
        return false;
    }
}

void Autosaver::discard()
{
    QFile::remove(m_file);
    QFile::remove(m_infoFile);
    if (m_lock) {
        m_lock.reset();
        // A new name, so the old one is never mistaken for a live session's file.
        newSessionName();
    }
    m_dirty = m_document && m_document->isModified();
}

std::vector<Recovery> Autosaver::pending()
{
    std::vector<Recovery> found;
    const QDir dir(folder());
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("session-*.json")}, QDir::Files)) {
        auto lock = std::make_shared<LockFile>(info.absoluteFilePath());
        try {
            if (lock->tryLock())
                continue; // a running cxmap's live session
        } catch (const DocumentError &) {
            continue;
        }
        Recovery recovery;
        recovery.infoFile = info.absoluteFilePath();
        recovery.file = dir.filePath(info.completeBaseName() + QStringLiteral(".cxmap"));
        recovery.lock = lock;
        QFile file(recovery.infoFile);
        if (!QFileInfo::exists(recovery.file) || !file.open(QIODevice::ReadOnly)) {
            remove(recovery);
            continue;
        }
        const QJsonObject note = QJsonDocument::fromJson(file.read(64 * 1024)).object();
        recovery.original = note.value(QStringLiteral("original")).toString();
        recovery.journeyName = note.value(QStringLiteral("journey")).toString();
        recovery.saved = QDateTime::fromString(note.value(QStringLiteral("saved")).toString(), Qt::ISODate);
        found.push_back(recovery);
    }
    std::sort(found.begin(), found.end(), [](const Recovery &a, const Recovery &b) { return a.saved > b.saved; });
    return found;
}

void Autosaver::remove(const Recovery &recovery)
{
    QFile::remove(recovery.file);
    QFile::remove(recovery.infoFile);
    if (recovery.lock)
        recovery.lock->release();
}

} // namespace cxmap
