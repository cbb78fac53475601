#include "filepage.h"

#include "document/journeydocument.h"
#include "importwizard.h"
#include "store/documentfile.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cxmap {

FilePage::FilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setTitle(tr("Choose a survey export"));
    setSubTitle(tr(
        "A CSV file: long (one answer per row), wide (one row per respondent), a Qualtrics or "
        "SurveyMonkey export, or aggregated figures. The format is detected from its first rows."));
    auto *label = new QLabel(tr("&File:"), this);
    label->setBuddy(m_path);
    m_path->setAccessibleName(tr("File to import"));
    m_path->setPlaceholderText(tr("Path of a .csv file"));
    m_path->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setAccessibleName(tr("Browse for a file"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #d73027;"));
    m_problem->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto *tips = new QLabel(
        tr("<p>Each import becomes one batch of answers, which can be removed as a whole later. "
           "The import is all or nothing: a file with an error changes nothing, and the error "
           "names "
           "its line and column.</p>"
           "<p>Personal data (names, e-mail and IP addresses, phone numbers) is never imported.</p>"
           "<p>Tip: you can also drop a CSV file on the map window.</p>"),
        this);
    tips->setWordWrap(true);
    // Secondary text, readable in both themes (a disabled label is too faint in the dark one).
    tips->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    layout->addSpacing(12);
    layout->addWidget(tips);
    layout->addStretch(1);

    registerField(QStringLiteral("path*"), m_path);
    connect(browse, &QPushButton::clicked, this, &FilePage::browse);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_problem->hide();
        Q_EMIT completeChanged();
    });
}

FilePage::~FilePage() = default;

void FilePage::initializePage()
{
    // Answers are stored in the map's file, and the import reads the map from there: a map
    // without a file, opened read-only or with unsaved touchpoints cannot take them yet.
    const JourneyDocument *document = m_wizard->document();
    const DocumentFile *file = m_wizard->file();
    QString problem;
    if (!file)
        problem =
            tr("The map has no file yet. Save it first: the answers are stored in the map's file.");
    else if (file->isReadOnly())
        problem = tr("The map was opened read-only, so no answers can be added to it.");
    else if (document && document->isModified())
        problem =
            tr("The map has unsaved changes. Save it first: the import matches columns against "
               "the saved map.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

bool FilePage::isComplete() const
{
    const JourneyDocument *document = m_wizard->document();
    const DocumentFile *file = m_wizard->file();
    return QWizardPage::isComplete() && QFileInfo(m_path->text().trimmed()).isFile() && document &&
           !document->isModified() && file && !file->isReadOnly();
}

bool FilePage::validatePage()
{
    if (m_wizard->loadSource(m_path->text().trimmed()))
        return true;
    m_problem->setText(m_wizard->source().error);
    m_problem->show();
    return false;
}

void FilePage::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import survey answers"), QFileInfo(m_path->text()).path(),
        tr("Survey exports (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

} // namespace cxmap
