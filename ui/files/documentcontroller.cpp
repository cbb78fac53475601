#include "documentcontroller.h"

#include "autosaver.h"
#include "demo/demodocument.h"
#include "document/journeydocument.h"
#include "import/inventory.h"
#include "lastdirectory.h"
#include "prompts.h"
#include "recentfiles.h"
#include "store/documenterror.h"
#include "store/documentfile.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QUndoStack>

#include <utility>

namespace cxmap {

DocumentController::DocumentController(Prompts *prompts, QObject *parent)
    : QObject(parent)
    , m_prompts(prompts)
    , m_recent(new RecentFiles(this))
    , m_autosaver(new Autosaver(this))
{
    connect(m_autosaver, &Autosaver::failed, this, &DocumentController::statusMessage);
}

DocumentController::~DocumentController()
{
    // The document goes before its file; its recovery file stays, as after a crash, unless
    // close() removed it.
    delete m_document.data();
}

QString DocumentController::displayName() const
{
    if (m_file && m_document && m_document->filePath().isEmpty())
        return tr("Copy of %1").arg(QFileInfo(m_file->path()).fileName());
    if (m_file)
        return QFileInfo(m_file->path()).fileName();
    return tr("Untitled");
}

bool DocumentController::openStartup(const QString &path)
{
    if (offerRecovery())
        return true;
    if (!path.isEmpty())
        return openFile(path);
    // The very first run opens the demo journey (DESIGN §6), so there is a map to look at; later
    // runs without a file show the start page, where the demo, templates and recent maps are.
    QSettings settings;
    if (!settings.value(QStringLiteral("firstRunDone")).toBool()) {
        settings.setValue(QStringLiteral("firstRunDone"), true);
        return openDemo();
    }
    return true;
}

bool DocumentController::openDemo()
{
    if (!maybeSave())
        return false;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString demo = QDir(folder).filePath(QStringLiteral("demo.cxmap"));
    // Written once; the user's own edits to it are kept, as in any other map.
    if (!QFileInfo::exists(demo)) {
        try {
            QDir().mkpath(folder);
            writeDemoDocument(demo);
        } catch (const DocumentError &error) {
            m_prompts->showError(error.message());
            return false;
        }
    }
    return openFile(demo);
}

bool DocumentController::newFromInventory(const QString &touchpoints, const QString &transitions)
{
    if (!maybeSave())
        return false;
    try {
        InventorySummary added;
        Journey journey = importInventory(Journey::fromTemplate(Journey::Template::Empty), touchpoints, transitions, &added);
        journey.setName(QFileInfo(touchpoints).completeBaseName());
        LastDirectory::remember(touchpoints);
        setDocument(nullptr, new JourneyDocument(journey), false);
        Q_EMIT statusMessage(tr("A new map from %1: %2 touchpoints and %3 transitions in %4 stages and %5 lanes")
                                 .arg(QFileInfo(touchpoints).fileName())
                                 .arg(added.touchpoints)
                                 .arg(added.transitions)
                                 .arg(added.stagesAdded)
                                 .arg(added.lanesAdded));
        return true;
    } catch (const DocumentError &error) {
        m_prompts->showError(error.message());
        return false;
    }
}

bool DocumentController::closeDocument()
{
    if (!m_document || !maybeSave())
        return !m_document;
    JourneyDocument *old = m_document;
    m_autosaver->setDocument(nullptr); // and its recovery file goes: the user has chosen
    const std::unique_ptr<DocumentFile> oldFile = std::move(m_file);
    m_document = nullptr;
    const bool readOnlyChanged = m_readOnly;
    m_readOnly = false;
    Q_EMIT documentChanged(nullptr);
    if (readOnlyChanged)
        Q_EMIT this->readOnlyChanged(false);
    Q_EMIT fileChanged();
    delete old;
    return true;
}

bool DocumentController::offerRecovery()
{
    bool recovered = false;
    for (const Recovery &recovery : Autosaver::pending()) {
        const QString when = QLocale().toString(recovery.saved.toLocalTime(), QLocale::ShortFormat);
        const QString what = recovery.original.isEmpty()
            ? tr("Unsaved edits to the new map “%1” were autosaved at %2.").arg(recovery.journeyName, when)
            : tr("Unsaved edits to %1 were autosaved at %2.").arg(QDir::toNativeSeparators(recovery.original), when);
        if (recovered || !m_prompts->askRecover(what)) {
            // Only one map can be open: a second recovery waits for the next start.
            if (!recovered)
                Autosaver::remove(recovery);
            continue;
        }
        try {
            Journey journey = DocumentFile::open(recovery.file, DocumentFile::Access::ReadOnly)->readJourney();
            std::unique_ptr<DocumentFile> file;
            bool readOnly = false;
            if (!recovery.original.isEmpty() && QFileInfo::exists(recovery.original)) {
                try {
                    file = DocumentFile::open(recovery.original, DocumentFile::Access::ReadWrite);
                } catch (const DocumentError &error) {
                    // The original is locked or write-protected now: keep the edits in a copy.
                    Q_EMIT statusMessage(error.message());
                    file = DocumentFile::open(recovery.original, DocumentFile::Access::ReadOnly);
                }
            }
            auto *document = new JourneyDocument(journey);
            if (file)
                document->setFilePath(file->path());
            // The recovered map differs from every saved state: mark it unsaved for good.
            document->undoStack()->resetClean();
            setDocument(std::move(file), document, readOnly);
            Autosaver::remove(recovery);
            recovered = true;
        } catch (const DocumentError &error) {
            m_prompts->showError(error.message());
        }
    }
    return recovered;
}

bool DocumentController::newDocument(Journey::Template kind)
{
    if (!maybeSave())
        return false;
    setDocument(nullptr, new JourneyDocument(Journey::fromTemplate(kind)), false);
    return true;
}

bool DocumentController::open(const QString &path)
{
    if (!maybeSave())
        return false;
    QString target = path;
    if (target.isEmpty()) {
        target = m_prompts->askOpenPath(LastDirectory::get());
        if (target.isEmpty())
            return false;
    }
    return openFile(target);
}

bool DocumentController::openFile(const QString &path)
{
    std::unique_ptr<DocumentFile> file;
    bool readOnly = false;
    bool copy = false;
    try {
        file = DocumentFile::open(path, DocumentFile::Access::ReadWrite);
    } catch (const DocumentError &writeError) {
        // Locked by another cxmap, or write-protected: offer it read-only when it opens so.
        try {
            file = DocumentFile::open(path, DocumentFile::Access::ReadOnly);
        } catch (const DocumentError &) {
            m_prompts->showError(writeError.message());
            m_recent->remove(path);
            return false;
        }
        switch (m_prompts->askOpenLocked(writeError.message())) {
        case Prompts::LockedChoice::ReadOnly:
            readOnly = true;
            break;
        case Prompts::LockedChoice::EditCopy:
            copy = true;
            break;
        case Prompts::LockedChoice::Cancel:
            return false;
        }
    }
    try {
        auto *document = new JourneyDocument(file->readJourney());
        if (!copy)
            document->setFilePath(file->path());
        m_recent->add(path);
        LastDirectory::remember(path);
        // An edited copy keeps the read-only file as its source, so "save as" carries the
        // answers over; it has no path of its own until then.
        setDocument(std::move(file), document, readOnly);
        return true;
    } catch (const DocumentError &error) {
        m_prompts->showError(error.message());
        return false;
    }
}

void DocumentController::setDocument(std::unique_ptr<DocumentFile> file, JourneyDocument *document,
                                     bool readOnly)
{
    JourneyDocument *old = m_document;
    m_autosaver->setDocument(nullptr);
    // The old file, like the old document, lives until everyone has heard of the new ones.
    const std::unique_ptr<DocumentFile> oldFile = std::exchange(m_file, std::move(file));
    m_document = document;
    document->setParent(this);
    const bool readOnlyChanged = m_readOnly != readOnly;
    m_readOnly = readOnly;
    connect(document, &JourneyDocument::filePathChanged, this, &DocumentController::fileChanged);
    if (!readOnly)
        m_autosaver->setDocument(document);
    Q_EMIT documentChanged(document);
    if (readOnlyChanged)
        Q_EMIT this->readOnlyChanged(readOnly);
    Q_EMIT fileChanged();
    delete old;
}

bool DocumentController::save()
{
    if (!m_document)
        return false;
    // Without a file of its own (new, a copy, or read-only) a map is saved under a new name.
    if (!m_file || m_file->isReadOnly() || m_document->filePath().isEmpty())
        return saveAs();
    try {
        m_file->saveJourney(m_document->journey());
        m_document->setClean();
        m_autosaver->discard();
        m_recent->add(m_file->path());
        Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_file->path())));
        return true;
    } catch (const DocumentError &error) {
        m_prompts->showError(error.message());
        return false;
    }
}

bool DocumentController::saveAs(const QString &path)
{
    if (!m_document)
        return false;
    QString target = path;
    if (target.isEmpty()) {
        const QString suggestion = m_file ? m_file->path()
                                          : QDir(LastDirectory::get()).filePath(m_document->journey().name() + QStringLiteral(".cxmap"));
        target = m_prompts->askSavePath(suggestion);
        if (target.isEmpty())
            return false;
    }
    return writeTo(target);
}

bool DocumentController::writeTo(const QString &path)
{
    try {
        // The file dialog has asked about replacing an existing file.
        std::unique_ptr<DocumentFile> file = m_file ? m_file->saveAs(path, m_document->journey(), true)
                                                    : DocumentFile::create(path, m_document->journey(), true);
        // The old file lives until the signals below have been heard.
        const std::unique_ptr<DocumentFile> oldFile = std::exchange(m_file, std::move(file));
        m_document->setFilePath(m_file->path());
        m_document->setClean();
        m_autosaver->discard();
        m_recent->add(m_file->path());
        LastDirectory::remember(m_file->path());
        if (m_readOnly) {
            m_readOnly = false;
            m_autosaver->setDocument(m_document);
            Q_EMIT readOnlyChanged(false);
        }
        Q_EMIT fileChanged();
        Q_EMIT statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_file->path())));
        return true;
    } catch (const DocumentError &error) {
        m_prompts->showError(error.message());
        return false;
    }
}

bool DocumentController::maybeSave()
{
    if (!m_document || !m_document->isModified() || m_readOnly)
        return true;
    switch (m_prompts->askSaveChanges(m_document->journey().name())) {
    case Prompts::SaveChoice::Save:
        return save();
    case Prompts::SaveChoice::Discard:
        m_autosaver->discard();
        return true;
    case Prompts::SaveChoice::Cancel:
        break;
    }
    return false;
}

bool DocumentController::close()
{
    if (!maybeSave())
        return false;
    m_autosaver->setDocument(nullptr);
    return true;
}

} // namespace cxmap
