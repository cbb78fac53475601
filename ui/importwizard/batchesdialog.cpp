#include "batchesdialog.h"

#include "counted.h"
#include "document/journeydocument.h"
#include "import/importer.h"
#include "store/datatables.h"
#include "store/documenterror.h"
#include "store/documentfile.h"

#include <QApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cxmap {

BatchesDialog::BatchesDialog(JourneyDocument *document, DocumentFile *file, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_file(file)
    , m_list(new QTreeWidget(this))
    , m_remove(new QPushButton(tr("&Remove Batch…"), this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Batches"));
    setAccessibleName(tr("Imported batches"));
    resize(820, 420);
    m_list->setAccessibleName(tr("Imported batches"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Batch"), tr("File"), tr("Imported"), tr("Format"), tr("Rows read"), tr("Answers")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_remove->setToolTip(tr("Remove the selected batch and all its answers"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_remove, &QPushButton::clicked, this, &BatchesDialog::removeSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &BatchesDialog::updateButtons);
    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Remove batch"), question, QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    refresh();
}

BatchesDialog::~BatchesDialog() = default;

QString BatchesDialog::status() const
{
    return m_status->text();
}

void BatchesDialog::refresh()
{
    m_list->clear();
    if (!m_file) {
        m_status->setText(tr("The map has no file yet: it has no imports."));
        updateButtons();
        return;
    }
    QList<Batch> batches;
    try {
        batches = readBatches(m_file->database());
    } catch (const SqliteError &failure) {
        m_status->setText(m_file->error(tr("cannot read its batches"), failure).message());
        updateButtons();
        return;
    }
    const QLocale locale;
    for (const Batch &batch : std::as_const(batches)) {
        const QDateTime when = QDateTime::fromString(batch.importedAt, Qt::ISODate);
        auto *item = new QTreeWidgetItem(
            m_list, {QString::number(batch.id.value()), batch.fileName,
                     when.isValid() ? locale.toString(when.toLocalTime(), QLocale::ShortFormat) : batch.importedAt,
                     batch.format, locale.toString(batch.rowsRead), locale.toString(batch.rowsImported)});
        item->setData(BatchColumn, Qt::UserRole, batch.id.value());
        item->setToolTip(FileColumn, tr("SHA-256 %1").arg(batch.sha256));
        for (const int column : {BatchColumn, RowsColumn, AnswersColumn})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    for (int column = 0; column < m_list->columnCount(); ++column)
        if (column != FileColumn)
            m_list->resizeColumnToContents(column);
    if (batches.isEmpty())
        m_status->setText(tr("Nothing has been imported into this map yet."));
    else
        m_status->setText(counted(batches.size(), tr("1 batch"), tr("%1 batches"))
                          + (m_file->isReadOnly() ? tr(": the map was opened read-only, so none can be removed.")
                                                  : tr(". Removing one removes all its answers, in one step.")));
    updateButtons();
}

void BatchesDialog::updateButtons()
{
    m_remove->setEnabled(m_file && !m_file->isReadOnly() && !m_list->selectedItems().isEmpty());
}

bool BatchesDialog::removeSelected()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty() || !m_file || m_file->isReadOnly())
        return false;
    const QTreeWidgetItem *item = selected.first();
    const BatchId batch(item->data(BatchColumn, Qt::UserRole).toLongLong());
    const QString question = tr("Remove batch %1 (%2, imported %3) and its %4? This cannot be undone.")
                                 .arg(item->text(BatchColumn), item->text(FileColumn), item->text(DateColumn),
                                      item->text(AnswersColumn) == QLatin1String("1") ? tr("1 answer")
                                                                                      : tr("%1 answers").arg(item->text(AnswersColumn)));
    if (!m_confirm(question))
        return false;
    qint64 removed = 0;
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        removed = removeBatch(*m_file, batch);
        QApplication::restoreOverrideCursor();
    } catch (const DocumentError &failure) {
        QApplication::restoreOverrideCursor();
        refresh();
        m_status->setText(failure.message());
        return false;
    }
    if (m_document)
        m_document->notifyMeasurementsChanged();
    refresh();
    m_status->setText(tr("Removed batch %1: %2.").arg(batch.value()).arg(counted(removed, tr("1 row"), tr("%1 rows"))));
    Q_EMIT batchRemoved(batch, removed);
    return true;
}

} // namespace cxmap
