#pragma once

#include <QString>

class QWidget;

namespace cxmap {

/**
 * The questions the file handling asks the user. Dialogs in the application; scripted answers
 * in tests, which must never block on a modal dialog.
 */
class Prompts
{
public:
    enum class SaveChoice { Save, Discard, Cancel };
    enum class LockedChoice { ReadOnly, EditCopy, Cancel };

    virtual ~Prompts();

    /** Unsaved changes: save them, throw them away, or stay. */
    virtual SaveChoice askSaveChanges(const QString &documentName) = 0;
    /** The file cannot be opened for writing (`reason`): open it read-only, edit a copy, or not. */
    virtual LockedChoice askOpenLocked(const QString &reason) = 0;
    /** A recovery file was found: recover it (true) or throw it away. */
    virtual bool askRecover(const QString &description) = 0;
    /** An import needs the map saved (answers are matched against the file): save it now? */
    virtual bool askSaveBeforeImport(const QString &documentName) = 0;
    /** A .cxmap to open; empty when the user cancels. */
    virtual QString askOpenPath(const QString &folder) = 0;
    /** Where to save; empty when the user cancels. */
    virtual QString askSavePath(const QString &suggestion) = 0;
    virtual void showError(const QString &message) = 0;
    /** A map file to import, of the types in `filters` (";;"-separated); empty when cancelled. */
    virtual QString askImportMapPath(const QString &folder, const QString &filters) = 0;
    /**
     * Where to export the map, with the file type chosen from `filters`: `filter` comes in as
     * the one to offer and goes out as the one chosen. Empty when cancelled.
     */
    virtual QString askExportMapPath(const QString &suggestion, const QString &filters, QString *filter) = 0;
    /** Something went well with a caveat: `details` lists what could not be kept. */
    virtual void showInformation(const QString &title, const QString &text, const QString &details) = 0;
};

/** The real prompts: message boxes and file dialogs over `parent`. */
class DialogPrompts : public Prompts
{
public:
    explicit DialogPrompts(QWidget *parent);

    SaveChoice askSaveChanges(const QString &documentName) override;
    LockedChoice askOpenLocked(const QString &reason) override;
    bool askRecover(const QString &description) override;
    bool askSaveBeforeImport(const QString &documentName) override;
    QString askOpenPath(const QString &folder) override;
    QString askSavePath(const QString &suggestion) override;
    void showError(const QString &message) override;
    QString askImportMapPath(const QString &folder, const QString &filters) override;
    QString askExportMapPath(const QString &suggestion, const QString &filters, QString *filter) override;
    void showInformation(const QString &title, const QString &text, const QString &details) override;

private:
    QWidget *m_parent;
};

} // namespace cxmap
