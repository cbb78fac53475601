#pragma once

#include "document/journeydocument.h"

#include <QObject>
#include <QPointer>

#include <memory>

namespace cxmap {

class Autosaver;
class DocumentFile;
class Prompts;
class RecentFiles;

/**
 * The open document and its file: new from a template, open, save, save as, the unsaved-changes
 * prompt, read-only opening of locked or write-protected files, recent files, autosave and
 * recovery. The main window shows what it holds; this class decides nothing about views.
 *
 * A document without a file (new, or an edited copy of a read-only one) is saved through
 * "save as". Every failure reaches the user as the one-line DocumentError message.
 */
class DocumentController : public QObject
{
    Q_OBJECT

public:
    DocumentController(Prompts *prompts, QObject *parent = nullptr);
    ~DocumentController() override;

    JourneyDocument *document() const { return m_document; }
    /** The open file; null for a new map not saved yet. */
    DocumentFile *file() const { return m_file.get(); }
    /** Opened read-only: the map can be looked at, not changed. */
    bool isReadOnly() const { return m_readOnly; }
    /** "demo.cxmap", or "Untitled" for a map without a file. */
    QString displayName() const;
    RecentFiles *recentFiles() const { return m_recent; }
    Prompts *prompts() const { return m_prompts; }
    Autosaver *autosaver() const { return m_autosaver; }

    /**
     * What the GUI opens at start: recovered edits when a crash left some and the user wants
     * them, else `path`; else nothing, and the window shows its start page. False when `path`
     * could not be opened.
     */
    bool openStartup(const QString &path);
    /** The demo journey, written to the data folder the first time it is asked for. */
    bool openDemo();
    /**
     * A new, unsaved map built from a touchpoint inventory (core/import/inventory.h); on a bad
     * file the error names file, line and column and the open map stays as it was.
     */
    bool newFromInventory(const QString &touchpoints, const QString &transitions = {});
    /** After the unsaved-changes prompt, no map is open (documentChanged(nullptr)). */
    bool closeDocument();
    /** Offers each recovery file left by a crash; true when one was recovered and opened. */
    bool offerRecovery();

    bool newDocument(Journey::Template kind);
    /** Opens a document after the unsaved-changes prompt; asks for a path when empty. */
    bool open(const QString &path = {});
    /**
     * Opens a document just made for the user (an imported map), without the unsaved-changes
     * prompt, which the caller asked before making it.
     */
    bool openCreated(const QString &path) { return openFile(path); }
    bool save();
    /** Saves under a new name; asks for it when empty. */
    bool saveAs(const QString &path = {});
    /** The unsaved-changes prompt; true when it is fine to drop the document now. */
    bool maybeSave();
    /** For quitting: maybeSave(), then the recovery file goes. */
    bool close();

Q_SIGNALS:
    /** A different document is open (the old one is deleted after this returns). */
    void documentChanged(cxmap::JourneyDocument *document);
    void readOnlyChanged(bool readOnly);
    void fileChanged();
    void statusMessage(const QString &message);

private:
    bool openFile(const QString &path);
    void setDocument(std::unique_ptr<DocumentFile> file, JourneyDocument *document, bool readOnly);
    bool writeTo(const QString &path);

    Prompts *m_prompts;
    std::unique_ptr<DocumentFile> m_file;
    QPointer<JourneyDocument> m_document;
    bool m_readOnly = false;
    RecentFiles *m_recent;
    Autosaver *m_autosaver;
};

} // namespace cxmap
