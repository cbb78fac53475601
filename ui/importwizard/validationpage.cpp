#include "validationpage.h"

#include "import/importrunner.h"
#include "importwizard.h"
#include "summarytext.h"

#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QVBoxLayout>

namespace cxmap {

ValidationPage::ValidationPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_report(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_force(new QCheckBox(tr("Import this file &again anyway"), this))
    , m_errors(new QPlainTextEdit(this))
{
    setTitle(tr("Check the answers"));
    setSubTitle(
        tr("Every row is read and checked as the import will do it; nothing is written yet."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_report->setAccessibleName(tr("Validation report"));
    m_progress->setRange(0, 1000);
    m_progress->setAccessibleName(tr("Checking progress"));
    m_force->setToolTip(
        tr("The same content was imported before; importing it again doubles its answers"));
    m_force->hide();
    m_errors->setReadOnly(true);
    m_errors->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_errors->setAccessibleName(tr("Errors found"));
    m_errors->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_report);
    layout->addWidget(m_errors, 1);
    layout->addStretch(0);
    layout->addWidget(m_force);

    ImportRunner *runner = m_wizard->runner();
    connect(runner, &ImportRunner::progress, this, [this](qint64 done, qint64 total) {
        if (m_active && total > 0)
            m_progress->setValue(int(1000 * done / total));
    });
    connect(runner, &ImportRunner::finished, this, &ValidationPage::onFinished);
    connect(runner, &ImportRunner::failed, this, &ValidationPage::onFailed);
    connect(m_force, &QCheckBox::toggled, this, [this](bool force) {
        // The last verdict was for the other setting: a dry run forced through would let an
        // unforced import be committed, to fail on a page with no way back.
        m_wizard->setForce(force);
        stop();
        start();
    });
}

ValidationPage::~ValidationPage() = default;

void ValidationPage::initializePage()
{
    m_force->blockSignals(true);
    m_force->setChecked(m_wizard->force());
    m_force->blockSignals(false);
    m_force->setVisible(m_wizard->force());
    start();
}

void ValidationPage::cleanupPage()
{
    stop();
}

bool ValidationPage::isComplete() const
{
    return m_valid && !m_active;
}

QString ValidationPage::report() const
{
    return m_report->text();
}

void ValidationPage::stop()
{
    // The dry run's answer no longer matters, but its worker still holds the file's connection,
    // which the mapping page reads the metrics through: wait for the worker to let go. Waiting
    // delivers the run's last signal, so onFailed or onFinished ends the run, its answer unread.
    if (m_active) {
        m_discard = true;
        m_wizard->runner()->cancel();
        m_wizard->runner()->waitForIdle();
    }
    m_discard = false;
    m_valid = false;
}

void ValidationPage::start()
{
    if (m_active)
        return;
    m_valid = false;
    m_discard = false;
    m_progress->setValue(0);
    m_progress->show();
    m_report->setText(
        tr("Reading %1…").arg(QFileInfo(m_wizard->dataPath()).fileName().toHtmlEscaped()));
    Q_EMIT completeChanged();
    if (!m_wizard->runner()->start(m_wizard->file(), m_wizard->dataPath(),
                                   m_wizard->options(true))) {
        m_report->setText(tr("Another import is still running."));
        return;
    }
    m_active = true;
    m_wizard->setRunning(true);
}

void ValidationPage::onFinished(const ImportSummary &summary)
{
    if (!m_active)
        return;
    m_active = false;
    m_progress->hide();
    if (!m_discard && summary.errorCount > 0) {
        // Every row was read: the errors are listed, the first hundred, with counts of the rest.
        m_valid = false;
        showErrors(summary);
    } else if (!m_discard) {
        m_valid = true;
        m_errors->hide();
        QString html = SummaryText::warnings(summary);
        html += tr("<p><b>Ready to import.</b> %1 read from %2, giving <b>%3</b> (%4 "
                   "format, %5).</p>")
                    .arg(SummaryText::rows(summary), summary.fileName.toHtmlEscaped(),
                         SummaryText::answers(summary), formatName(summary.format),
                         summary.encoding.toHtmlEscaped());
        html += SummaryText::details(summary);
        html += tr("<p>Nothing has been written yet. <b>Import</b> adds these answers as one "
                   "batch, which can be removed as a whole.</p>");
        m_report->setText(html);
    }
    m_wizard->setRunning(false);
    Q_EMIT completeChanged();
}

void ValidationPage::showErrors(const ImportSummary &summary)
{
    const QLocale locale;
    QString html = tr("<p style=\"color: #d73027;\"><b>This file cannot be imported as it is: %1.</b></p>")
                       .arg(summary.errorCount == 1 ? tr("1 error") : tr("%1 errors").arg(locale.toString(summary.errorCount)));
    if (summary.errorCount > summary.errors.size()) {
        // What the errors beyond the list say, most frequent first.
        QList<std::pair<qint64, QString>> kinds;
        for (auto it = summary.errorKinds.cbegin(); it != summary.errorKinds.cend(); ++it)
            kinds.append({it.value(), it.key()});
        std::sort(kinds.begin(), kinds.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList lines;
        for (qsizetype i = 0; i < kinds.size() && i < 5; ++i)
            lines << tr("%1 × %2").arg(locale.toString(kinds.at(i).first), kinds.at(i).second.toHtmlEscaped());
        html += tr("<p>The first %1 are listed below. In all:</p><ul><li>%2</li></ul>")
                    .arg(summary.errors.size())
                    .arg(lines.join(QStringLiteral("</li><li>")));
    }
    html += tr("<p>Nothing was written. Correct the file, or go back and change the format or the "
               "mapping, then try again.</p>");
    m_report->setText(SummaryText::warnings(summary) + html);
    m_errors->setPlainText(summary.errors.join(QLatin1Char('\n')));
    m_errors->show();
}

QStringList ValidationPage::errors() const
{
    return m_errors->isVisible() ? m_errors->toPlainText().split(QLatin1Char('\n')) : QStringList();
}

void ValidationPage::onFailed(const QString &message)
{
    if (!m_active)
        return;
    m_active = false;
    m_progress->hide();
    if (!m_discard) {
        m_valid = false;
        m_errors->hide();
        // The importer's hints speak of mapping files; in the wizard the same fix is a field.
        const QString hint = message.contains(QLatin1String("not_rated"))
                                 ? tr("<p>If that value means “not rated”, go <b>Back</b> and "
                                      "enter it under <i>Values that mean “not rated”</i>.</p>")
                                 : QString();
        m_report->setText(tr("<p style=\"color: #d73027;\"><b>This file cannot be imported as it "
                             "is.</b></p><p>%1</p>%2"
                             "<p>Nothing was written. Correct the file, or go back and change the "
                             "format or the mapping, "
                             "then try again.</p>")
                              .arg(message.toHtmlEscaped(), hint));
        // Re-importing the same content is refused unless asked for.
        if (message.contains(QLatin1String("imported before")))
            m_force->show();
    }
    m_wizard->setRunning(false);
    Q_EMIT completeChanged();
}

} // namespace cxmap
