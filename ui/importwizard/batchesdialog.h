#pragma once

#include "model/ids.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace cxmap {

class DocumentFile;
class JourneyDocument;

/**
 * Data → Batches: every import into the open map — its file, when, its format, the rows read
 * and the answers stored — and the removal of one as a whole, after a confirmation that says
 * what goes. A removal is one transaction (removeBatch()); the document is told, so scores and
 * findings follow. A map opened read-only lists its batches and removes none.
 */
class BatchesDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column { BatchColumn, FileColumn, DateColumn, FormatColumn, RowsColumn, AnswersColumn };

    BatchesDialog(JourneyDocument *document, DocumentFile *file, QWidget *parent = nullptr);
    ~BatchesDialog() override;

    QTreeWidget *list() const { return m_list; }
    QPushButton *removeButton() const { return m_remove; }
    /** The line under the list: how many batches, or what went wrong. */
    QString status() const;

    /** Asks before a removal (a question box by default; tests answer for the user). */
    void setConfirm(std::function<bool(const QString &question)> confirm) { m_confirm = std::move(confirm); }

    /** Reads the batches again. */
    void refresh();
    /** Removes the selected batch once confirmed; false when nothing was removed. */
    bool removeSelected();

Q_SIGNALS:
    void batchRemoved(cxmap::BatchId batch, qint64 rows);

private:
    void updateButtons();

    QPointer<JourneyDocument> m_document;
    DocumentFile *m_file;
    QTreeWidget *m_list;
    QPushButton *m_remove;
    QLabel *m_status;
    std::function<bool(const QString &)> m_confirm;
};

} // namespace cxmap
