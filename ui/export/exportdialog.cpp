#include "exportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace cxmap {

ExportDialog::ExportDialog(Mode mode, const ReportOptions &initial, const QString &filterCaption, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_initial(initial)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(mode == Mode::Image ? tr("Export Image") : mode == Mode::Print ? tr("Print Report") : tr("Export Report"));
    auto *layout = new QVBoxLayout(this);
    auto *caption = new QLabel(tr("<b>Filters</b> (as the map shows them; change them in the tool bar):<br>%1")
                                   .arg(filterCaption.toHtmlEscaped()));
    caption->setWordWrap(true);
    caption->setObjectName(QStringLiteral("filterCaption"));
    layout->addWidget(caption);

    auto *form = new QFormLayout;
    if (mode == Mode::Report) {
        m_paper = new QComboBox;
        m_paper->setObjectName(QStringLiteral("paper"));
        for (QPageSize::PageSizeId id : {QPageSize::A4, QPageSize::A3, QPageSize::Letter})
            m_paper->addItem(paperSizeName(id), int(id));
        m_paper->setCurrentIndex(m_paper->findData(int(initial.paper)));
        form->addRow(tr("&Paper:"), m_paper);
        m_landscape = new QCheckBox(tr("&Landscape"));
        m_landscape->setObjectName(QStringLiteral("landscape"));
        m_landscape->setChecked(initial.landscape);
        form->addRow(QString(), m_landscape);
    }
    if (mode == Mode::Image) {
        m_scale = new QComboBox;
        m_scale->setObjectName(QStringLiteral("scale"));
        for (double scale : {1.0, 2.0, 3.0, 4.0})
            m_scale->addItem(tr("%1× the 100% size").arg(scale), scale);
        m_scale->setCurrentIndex(1);
        form->addRow(tr("PNG &size:"), m_scale);
        m_width = new QSpinBox;
        m_width->setObjectName(QStringLiteral("width"));
        m_width->setRange(0, 30000);
        m_width->setSuffix(tr(" px"));
        m_width->setSpecialValueText(tr("from the size above"));
        form->addRow(tr("or PNG &width:"), m_width);
    }
    m_theme = new QComboBox;
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Light"), false);
    m_theme->addItem(tr("Dark"), true);
    m_theme->setCurrentIndex(initial.dark ? 1 : 0);
    form->addRow(tr("&Theme:"), m_theme);
    m_spotlight = new QComboBox;
    m_spotlight->setObjectName(QStringLiteral("spotlight"));
    for (SpotlightKind kind : {SpotlightKind::None, SpotlightKind::WeakestLinks, SpotlightKind::MomentsOfTruth,
                               SpotlightKind::Unavoidable, SpotlightKind::WeakestPath})
        m_spotlight->addItem(kind == SpotlightKind::None ? tr("None") : spotlightName(kind), QVariant::fromValue(kind));
    m_spotlight->setCurrentIndex(m_spotlight->findData(QVariant::fromValue(initial.spotlight)));
    form->addRow(tr("Map &spotlight:"), m_spotlight);
    layout->addLayout(form);

    if (mode != Mode::Image) {
        auto *box = new QGroupBox(tr("Sections"));
        auto *boxLayout = new QVBoxLayout(box);
        for (ReportSection section : allReportSections()) {
            auto *check = new QCheckBox(reportSectionTitle(section));
            check->setObjectName(QStringLiteral("section-%1").arg(reportSectionKey(section)));
            check->setChecked(initial.has(section));
            boxLayout->addWidget(check);
            m_sections.insert(section, check);
        }
        layout->addWidget(box);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Print ? tr("Preview…") : tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // A report without any section is nothing to export.
    auto updateOk = [this, buttons] {
        bool any = m_sections.isEmpty();
        for (QCheckBox *check : std::as_const(m_sections))
            any = any || check->isChecked();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(any);
    };
    for (QCheckBox *check : std::as_const(m_sections))
        connect(check, &QCheckBox::toggled, this, updateOk);
}

ReportOptions ExportDialog::options() const
{
    ReportOptions options = m_initial;
    if (m_paper)
        options.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    if (m_landscape)
        options.landscape = m_landscape->isChecked();
    options.dark = m_theme->currentData().toBool();
    options.spotlight = m_spotlight->currentData().value<SpotlightKind>();
    if (!m_sections.isEmpty()) {
        options.sections.clear();
        for (ReportSection section : allReportSections())
            if (m_sections.value(section)->isChecked())
                options.sections.append(section);
    }
    return options;
}

double ExportDialog::imageScale() const
{
    return m_scale ? m_scale->currentData().toDouble() : 2.0;
}

int ExportDialog::imageWidth() const
{
    return m_width ? m_width->value() : 0;
}

} // namespace cxmap
