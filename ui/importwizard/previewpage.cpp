#include "previewpage.h"

#include "importwizard.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cxmap {

namespace {

constexpr ImportFormat Formats[] = {ImportFormat::Long, ImportFormat::Wide, ImportFormat::Qualtrics,
                                    ImportFormat::SurveyMonkey, ImportFormat::Aggregated};

} // namespace

PreviewPage::PreviewPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_detected(new QLabel(this))
    , m_format(new QComboBox(this))
    , m_sheet(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setTitle(tr("Check the format"));
    m_detected->setWordWrap(true);
    for (ImportFormat format : Formats)
        m_format->addItem(describeFormat(format), int(format));
    m_format->setAccessibleName(tr("Format"));
    auto *label = new QLabel(tr("F&ormat:"), this);
    label->setBuddy(m_format);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("color: #d73027;"));
    m_problem->setAccessibleName(tr("Problem"));
    m_table->setAccessibleName(tr("Preview of the first rows"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setDefaultSectionSize(120);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    m_sheet->setAccessibleName(tr("Sheet"));
    m_sheetLabel = new QLabel(tr("S&heet:"), this);
    m_sheetLabel->setBuddy(m_sheet);
    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_format, 1);
    row->addWidget(m_sheetLabel);
    row->addWidget(m_sheet);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_detected);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);

    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        m_wizard->setFormat(ImportFormat(m_format->currentData().toInt()));
        showPreview();
    });
    // Another sheet of a workbook: read again, its format detected anew.
    connect(m_sheet, &QComboBox::currentIndexChanged, this, [this] {
        if (m_sheet->currentText().isEmpty() || m_sheet->currentText() == m_wizard->source().sheet)
            return;
        m_wizard->loadSource(m_wizard->source().path, m_sheet->currentText());
        initializePage();
    });
}

PreviewPage::~PreviewPage() = default;

void PreviewPage::initializePage()
{
    const ImportSource &source = m_wizard->source();
    setSubTitle(QFileInfo(source.path).fileName());
    m_detected->setText(source.isValid() ? detectedText() : QString());
    // A workbook with more than one sheet says which it reads, and offers the others.
    m_sheet->blockSignals(true);
    m_sheet->clear();
    m_sheet->addItems(source.sheets);
    m_sheet->setCurrentText(source.sheet);
    m_sheet->blockSignals(false);
    m_sheet->setVisible(source.sheets.size() > 1);
    m_sheetLabel->setVisible(source.sheets.size() > 1);
    m_format->blockSignals(true);
    m_format->setCurrentIndex(m_format->findData(int(m_wizard->format())));
    m_format->blockSignals(false);
    showPreview();
}

QString PreviewPage::detected() const
{
    return m_detected->text();
}

QString PreviewPage::detectedText() const
{
    const ImportSource &source = m_wizard->source();
    // A workbook's rows have no delimiter; a CSV file's encoding is what Excel users get wrong.
    if (!source.sheets.isEmpty())
        return tr("Detected <b>%1</b> in %2.").arg(formatName(source.detected), source.encoding.toHtmlEscaped());
    return tr("Detected <b>%1</b>, %2-separated, %3.")
        .arg(formatName(source.detected), source.delimiterName(), source.encoding.toHtmlEscaped());
}

bool PreviewPage::isComplete() const
{
    return m_wizard->source().isValid() && m_header.has_value();
}

void PreviewPage::showPreview()
{
    const ImportSource &source = m_wizard->source();
    m_table->clear();
    m_header.reset();
    QString problem = source.error;
    if (source.isValid())
        m_header = source.header(m_wizard->format(), &problem);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (m_header) {
        const QList<QStringList> body = source.rows.mid(m_header->rowsUsed);
        // Where the header was found matters for exports with title lines above it.
        m_detected->setText(tr("%1 The header ends on line %2%3.")
                                .arg(detectedText())
                                .arg(m_header->line)
                                .arg(body.isEmpty()
                                         ? QString()
                                         : tr("; the answers start on line %1")
                                               .arg(source.lines.at(m_header->rowsUsed))));
        m_table->setColumnCount(int(m_header->names.size()));
        m_table->setHorizontalHeaderLabels(m_header->names);
        m_table->setRowCount(int(body.size()));
        QStringList lines;
        for (int r = 0; r < body.size(); ++r) {
            lines << QString::number(source.lines.at(m_header->rowsUsed + r));
            for (int c = 0; c < body.at(r).size() && c < m_header->names.size(); ++c)
                m_table->setItem(r, c, new QTableWidgetItem(body.at(r).at(c)));
        }
        // Row headers are the file's line numbers, as error messages name them.
        m_table->setVerticalHeaderLabels(lines);
        m_table->resizeColumnsToContents();
        for (int c = 0; c < m_table->columnCount(); ++c)
            m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 220));
    }
    Q_EMIT completeChanged();
}

} // namespace cxmap
