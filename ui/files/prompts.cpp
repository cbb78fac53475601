#include "prompts.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace cxmap {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cxmap::DialogPrompts", text);
}

QString filter()
{
    return QCoreApplication::translate("cxmap::DialogPrompts", "Journey maps (*.cxmap)");
}

} // namespace

Prompts::~Prompts() = default;

DialogPrompts::DialogPrompts(QWidget *parent)
    : m_parent(parent)
{}

Prompts::SaveChoice DialogPrompts::askSaveChanges(const QString &documentName)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    tr("Save the changes to “%1” before closing it?").arg(documentName),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_parent);
    box.setInformativeText(tr("Changes you do not save are lost."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return SaveChoice::Save;
    case QMessageBox::Discard:
        return SaveChoice::Discard;
    default:
        return SaveChoice::Cancel;
    }
}

Prompts::LockedChoice DialogPrompts::askOpenLocked(const QString &reason)
{
    QMessageBox box(QMessageBox::Question, tr("Open read-only?"), reason, QMessageBox::Cancel, m_parent);
    box.setInformativeText(tr("You can look at it read-only, or edit a copy that you save under "
                              "another name."));
    QPushButton *readOnly = box.addButton(tr("Open &Read-Only"), QMessageBox::AcceptRole);
    QPushButton *copy = box.addButton(tr("&Edit a Copy"), QMessageBox::ActionRole);
    box.setDefaultButton(readOnly);
    box.exec();
    if (box.clickedButton() == readOnly)
        return LockedChoice::ReadOnly;
    if (box.clickedButton() == copy)
        return LockedChoice::EditCopy;
    return LockedChoice::Cancel;
}

bool DialogPrompts::askRecover(const QString &description)
{
    QMessageBox box(QMessageBox::Question, tr("Recover unsaved changes?"), description,
                    QMessageBox::NoButton, m_parent);
    box.setInformativeText(tr("cxmap was not closed properly. Recovered changes open as unsaved "
                              "edits; discarded ones are gone for good."));
    QPushButton *recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
    box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(recover);
    box.exec();
    return box.clickedButton() == recover;
}

bool DialogPrompts::askSaveBeforeImport(const QString &documentName)
{
    QMessageBox box(QMessageBox::Question, tr("Save before importing?"),
                    tr("Save “%1” before importing survey data?").arg(documentName),
                    QMessageBox::Save | QMessageBox::Cancel, m_parent);
    box.setInformativeText(tr("Answers are matched to the touchpoints of the map as saved in "
                              "its file, so the map's changes must be saved first."));
    box.setDefaultButton(QMessageBox::Save);
    return box.exec() == QMessageBox::Save;
}

QString DialogPrompts::askOpenPath(const QString &folder)
{
    return QFileDialog::getOpenFileName(m_parent, tr("Open Journey Map"), folder, filter());
}

QString DialogPrompts::askSavePath(const QString &suggestion)
{
    QString path = QFileDialog::getSaveFileName(m_parent, tr("Save Journey Map As"), suggestion, filter());
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".cxmap"), Qt::CaseInsensitive))
        path += QStringLiteral(".cxmap");
    return path;
}

void DialogPrompts::showError(const QString &message)
{
    QMessageBox::critical(m_parent, tr("cxmap"), message);
}

QString DialogPrompts::askImportMapPath(const QString &folder, const QString &filters)
{
    return QFileDialog::getOpenFileName(m_parent, tr("Import Map"), folder, filters);
}

QString DialogPrompts::askExportMapPath(const QString &suggestion, const QString &filters, QString *filter)
{
    return QFileDialog::getSaveFileName(m_parent, tr("Export Map"), suggestion, filters, filter);
}

void DialogPrompts::showInformation(const QString &title, const QString &text, const QString &details)
{
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, m_parent);
    box.setInformativeText(details);
    box.exec();
}

} // namespace cxmap
