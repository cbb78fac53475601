#pragma once

#include "document/journeydocument.h"
#include "import/importer.h"
#include "importsource.h"

#include <QPointer>
#include <QWizard>

#include <optional>

namespace cxmap {

class DocumentFile;
class ImportRunner;

/**
 * Imports one survey export into the open document: pick a file → its detected format and a
 * preview → the column mapping, automatic matches to confirm or change → validation (a dry run
 * that writes nothing) → the import on a worker thread with progress and cancel. All or
 * nothing: a failed or cancelled import leaves the document unchanged.
 *
 * The import matches columns against the map stored in the file, so a map with unsaved
 * changes must be saved first: the caller saves before opening the wizard (it refuses to go on
 * otherwise). `file` must be open for writing and outlive the wizard. While runningChanged(true)
 * the file's connection belongs to the worker: nothing else may use it (pause the
 * FindingsController). On success the wizard tells the document
 * (JourneyDocument::notifyMeasurementsChanged), so findings and charts follow by themselves.
 */
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePageId, PreviewPageId, MappingPageId, NamesPageId, ValidationPageId, ImportPageId };

    ImportWizard(JourneyDocument *document, DocumentFile *file, QWidget *parent = nullptr);
    ~ImportWizard() override;

    /**
     * Starts from this file (dropped on the window): the wizard opens on its preview, or stays
     * on the file page saying why the file cannot be read.
     */
    void setDataPath(const QString &path);
    QString dataPath() const { return m_source.path; }

    JourneyDocument *document() const { return m_document; }
    DocumentFile *file() const { return m_file; }
    ImportRunner *runner() const { return m_runner; }

    // What the pages decided, in order.
    const ImportSource &source() const { return m_source; }
    /**
     * Reads the file again (a new path, or another sheet of a workbook); false with the reason
     * in source().error.
     */
    bool loadSource(const QString &path, const QString &sheet = {});
    ImportFormat format() const { return m_format; }
    void setFormat(ImportFormat format);
    /**
     * The mapping: a wide-shaped file's columns, or a long or aggregated file's names (nullopt
     * until a page made one).
     */
    std::optional<ImportMapping> mapping() const { return m_mapping; }
    void setMapping(const std::optional<ImportMapping> &mapping) { m_mapping = mapping; }
    bool force() const { return m_force; }
    void setForce(bool force) { m_force = force; }
    /** The options of the dry run (which lists the first errors) and of the import. */
    ImportOptions options(bool dryRun) const;

    /**
     * Adds touchpoints the file names to the map (in the first lane of their stages, laid out in
     * their cells), as one undoable step, and saves the map: the import matches against the
     * saved map. Touchpoints added before by the wizard go first. False, with the reason, when
     * the map cannot take or save them.
     */
    bool createTouchpoints(const QList<std::pair<QString, StageId>> &cards, QString *problem);
    /** Takes back the touchpoints createTouchpoints() added, unless the import has used them. */
    void undoCreatedTouchpoints();
    /** Touchpoints the wizard added for this file, by name. */
    QStringList createdTouchpoints() const { return m_created; }

    /** The summary of the finished import. */
    std::optional<ImportSummary> summary() const { return m_summary; }
    void setSummary(const ImportSummary &summary);

    /** Whether the runner is busy with a dry run or the import. */
    bool isRunning() const;
    /** Announces the runner's state (pages call it as they start and end a run). */
    void setRunning(bool running);

    int nextId() const override;

    /** The errors a dry run lists, at most. */
    static constexpr int ListedErrors = 100;

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    /** A dry run or the import started (true) or ended (false). */
    void runningChanged(bool running);
    /** The import committed; the document was told. */
    void imported(const cxmap::ImportSummary &summary);

private:
    QPointer<JourneyDocument> m_document;
    DocumentFile *m_file;
    ImportRunner *m_runner;
    ImportSource m_source;
    ImportFormat m_format = ImportFormat::Long;
    std::optional<ImportMapping> m_mapping;
    std::optional<ImportSummary> m_summary;
    bool m_force = false;
    bool m_running = false;
    // The undo stack's index just after the wizard's added touchpoints; -1 when there are none.
    int m_createdAt = -1;
    QStringList m_created;
    bool m_closeWhenIdle = false;
};

} // namespace cxmap
