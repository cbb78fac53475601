#include "inventorydialog.h"

#include "files/lastdirectory.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cxmap {

InventoryDialog::InventoryDialog(QWidget *parent)
    : QDialog(parent)
    , m_touchpoints(new QLineEdit(this))
    , m_transitions(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Import a Touchpoint Inventory"));
    auto *intro = new QLabel(
        tr("<p>A new map is built from the touchpoint list your team keeps in a spreadsheet, "
           "saved as CSV. Stages and lanes are created in the order they first appear.</p>"
           "<p><b>Touchpoints</b>: a header row with <i>stage</i>, <i>lane</i> and <i>name</i>, "
           "and optionally <i>kind</i> (direct or indirect), <i>owner</i>, <i>description</i>, "
           "<i>target</i> (0–100).<br><b>Transitions</b> (optional): <i>from</i> and <i>to</i> "
           "(touchpoint names), and optionally <i>share</i> (0–1 or a percentage) and "
           "<i>label</i>.</p>"),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);

    auto row = [this](QLineEdit *field, const QString &title) {
        auto *layout = new QHBoxLayout;
        auto *button = new QPushButton(tr("Browse…"), this);
        button->setAccessibleName(tr("Browse for %1").arg(title));
        layout->addWidget(field, 1);
        layout->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, field, title] { browse(field, title); });
        return layout;
    };
    m_touchpoints->setAccessibleName(tr("Touchpoints file"));
    m_transitions->setAccessibleName(tr("Transitions file"));
    m_transitions->setPlaceholderText(tr("Optional"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Touchpoints:"), row(m_touchpoints, tr("the touchpoints file")));
    form->addRow(tr("T&ransitions:"), row(m_transitions, tr("the transitions file")));

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Build the Map"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_touchpoints, &QLineEdit::textChanged, this, &InventoryDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(600, sizeHint().height());
    updateOk();
}

QString InventoryDialog::touchpointsPath() const
{
    return m_touchpoints->text().trimmed();
}

QString InventoryDialog::transitionsPath() const
{
    return m_transitions->text().trimmed();
}

void InventoryDialog::setTouchpointsPath(const QString &path)
{
    m_touchpoints->setText(path);
}

void InventoryDialog::setTransitionsPath(const QString &path)
{
    m_transitions->setText(path);
}

void InventoryDialog::browse(QLineEdit *field, const QString &title)
{
    const QString start = field->text().isEmpty() ? LastDirectory::get() : QFileInfo(field->text()).path();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose %1").arg(title), start,
                                                      tr("Spreadsheets saved as CSV (*.csv *.tsv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    field->setText(path);
    LastDirectory::remember(path);
}

void InventoryDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!touchpointsPath().isEmpty());
}

} // namespace cxmap
