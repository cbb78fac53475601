#include "importpage.h"

#include "import/importrunner.h"
#include "importwizard.h"
#include "summarytext.h"

#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace cxmap {

ImportPage::ImportPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_progress(new QProgressBar(this))
    , m_report(new QLabel(this))
    , m_cancel(new QPushButton(tr("&Cancel import"), this))
{
    setTitle(tr("Import"));
    setFinalPage(true);
    m_progress->setRange(0, 1000);
    m_progress->setAccessibleName(tr("Import progress"));
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_report->setAccessibleName(tr("Import report"));
    m_cancel->setAccessibleName(tr("Cancel import"));
    m_cancel->setToolTip(tr("Stop now; nothing is imported"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addWidget(m_report, 1);

    ImportRunner *runner = m_wizard->runner();
    connect(runner, &ImportRunner::progress, this, [this](qint64 done, qint64 total) {
        if (m_active && total > 0)
            m_progress->setValue(int(1000 * done / total));
    });
    connect(runner, &ImportRunner::finished, this, &ImportPage::onFinished);
    connect(runner, &ImportRunner::failed, this, &ImportPage::onFailed);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_report->setText(tr("Cancelling… the answers read so far are being rolled back."));
        m_wizard->runner()->cancel();
    });
}

ImportPage::~ImportPage() = default;

void ImportPage::initializePage()
{
    // Cancel stays while the import runs (it cancels it); once done, Finish is the only way out.
    wizard()->setOption(QWizard::NoCancelButtonOnLastPage, false);
    m_done = false;
    m_succeeded = false;
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    setSubTitle(tr("Importing %1 into the map's file. The window stays usable; Cancel stops and "
                   "writes nothing.")
                    .arg(QFileInfo(m_wizard->dataPath()).fileName()));
    m_report->clear();
    if (!m_wizard->runner()->start(m_wizard->file(), m_wizard->dataPath(),
                                   m_wizard->options(false))) {
        m_report->setText(tr("Another import is still running."));
        m_done = true;
        return;
    }
    m_active = true;
    m_wizard->setRunning(true);
}

bool ImportPage::isComplete() const
{
    return m_done;
}

QString ImportPage::report() const
{
    return m_report->text();
}

void ImportPage::onFinished(const ImportSummary &summary)
{
    if (!m_active)
        return;
    m_active = false;
    m_done = true;
    m_succeeded = true;
    m_progress->setValue(1000);
    m_cancel->hide();
    // Worded here rather than by ImportSummary::describe(), whose "1 rows" suits a log, not a
    // window.
    m_report->setText(SummaryText::warnings(summary) +
                      tr("<p><b>Imported %1</b> from %2 of %3 (%4 format) as batch %5. The "
                         "map's scores and findings are brought up to date.</p>")
                          .arg(SummaryText::answers(summary), SummaryText::rows(summary),
                               summary.fileName.toHtmlEscaped(), formatName(summary.format),
                               QString::number(summary.batch.value())) +
                      SummaryText::details(summary));
    m_wizard->setSummary(summary);
    m_wizard->setRunning(false);
    wizard()->setOption(QWizard::NoCancelButtonOnLastPage, true);
    Q_EMIT completeChanged();
}

void ImportPage::onFailed(const QString &message)
{
    if (!m_active)
        return;
    m_active = false;
    m_done = true;
    m_progress->hide();
    m_cancel->hide();
    m_report->setText(
        tr("<p><b>Nothing was imported.</b></p><p>%1</p>").arg(message.toHtmlEscaped()));
    m_wizard->setRunning(false);
    wizard()->setOption(QWizard::NoCancelButtonOnLastPage, true);
    Q_EMIT completeChanged();
}

} // namespace cxmap
