// File → Export Report…, Export Image…, Print…: the editor's map with its filters and
// spotlight, written off the GUI thread, whole or not at all; printing through the preview.
#include "uitestsupport.h"

#include "export/exportactions.h"
#include "export/exportdialog.h"
#include "findings/findingscontroller.h"

#include "dataworkspace.h"
#include "document/editorstate.h"
#include "report/reportdata.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QPrinter>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace cxmap;
using namespace cxmap::test;

namespace {

constexpr int Timeout = 60000;

bool settled(const Editor &editor)
{
    const FindingsController *controller = editor.window->data()->controller();
    return controller->hasFindings() && !controller->isBusy();
}

QString pdfText(const QString &pdf)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { isolateSettings(); }
    void fileMenuHasExportAndPrint();
    void dialogPreselectsWhatTheEditorShows();
    void reportIsWrittenInTheBackgroundWithTheFilters();
    void imageInBothFormats();
    void failureIsReportedAndLeavesNoFile();
    void printPaintsTheReportOnAPrinter();
};

void TestExport::fileMenuHasExportAndPrint()
{
    Editor editor(Editor::DemoWithAnswers);
    QMenu *file = editor.window->menuBar()->findChildren<QMenu *>().value(0);
    QVERIFY(file);
    QStringList texts;
    for (QAction *action : file->actions())
        texts << action->text();
    const qsizetype report = texts.indexOf(QStringLiteral("Export Repor&t…"));
    QVERIFY2(report > 0, qPrintable(texts.join(QLatin1Char('|'))));
    QCOMPARE(texts.value(report + 1), QStringLiteral("Export Ima&ge…"));
    QCOMPARE(texts.value(report + 2), QStringLiteral("&Print…"));
    // Quit stays last.
    QCOMPARE(texts.constLast(), QStringLiteral("&Quit"));
    QCOMPARE(editor.window->exportActions()->printAction()->shortcut(), QKeySequence(QKeySequence::Print));
}

void TestExport::dialogPreselectsWhatTheEditorShows()
{
    Editor editor(Editor::DemoWithAnswers);
    QTRY_VERIFY_WITH_TIMEOUT(settled(editor), Timeout);
    editor.window->state()->setSpotlightKind(SpotlightKind::MomentsOfTruth);
    const ReportOptions initial = editor.window->exportActions()->currentOptions();
    QCOMPARE(initial.spotlight, SpotlightKind::MomentsOfTruth);
    ExportDialog dialog(ExportDialog::Mode::Report, initial, QStringLiteral("Segment: Business · Period: all"));
    QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("spotlight"))->currentData().value<SpotlightKind>(),
             SpotlightKind::MomentsOfTruth);
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("filterCaption"))->text().contains(QStringLiteral("Segment: Business")));
    dialog.findChild<QComboBox *>(QStringLiteral("paper"))->setCurrentText(QStringLiteral("A3"));
    dialog.findChild<QCheckBox *>(QStringLiteral("landscape"))->setChecked(true);
    dialog.findChild<QCheckBox *>(QStringLiteral("section-charts"))->setChecked(false);
    const ReportOptions chosen = dialog.options();
    QCOMPARE(chosen.paper, QPageSize::A3);
    QVERIFY(chosen.landscape);
    QVERIFY(!chosen.has(ReportSection::Charts));
    QVERIFY(chosen.has(ReportSection::Map));
    QCOMPARE(chosen.spotlight, SpotlightKind::MomentsOfTruth);
}

void TestExport::reportIsWrittenInTheBackgroundWithTheFilters()
{
    Editor editor(Editor::DemoWithAnswers);
    QTRY_VERIFY_WITH_TIMEOUT(settled(editor), Timeout);
    AnalysisRequest business = editor.window->state()->findings().request;
    business.segment = QStringLiteral("Business");
    editor.window->data()->controller()->setRequest(business);
    QTRY_VERIFY_WITH_TIMEOUT(editor.window->state()->findings().request.segment == QStringLiteral("Business") && settled(editor),
                             Timeout);
    ExportActions *actions = editor.window->exportActions();
    actions->setInteractive(false);
    QSignalSpy exported(actions, &ExportActions::exported);
    const QString pdf = editor.dir.filePath(QStringLiteral("report.pdf"));
    ReportOptions options = actions->currentOptions();
    options.sections = {ReportSection::Cover, ReportSection::Map, ReportSection::Findings};
    actions->exportReport(pdf, options);
    // Running: the actions wait for it, and the window still answers.
    QVERIFY(actions->isRunning());
    QVERIFY(!actions->exportReportAction()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, Timeout);
    QCOMPARE(exported.at(0).at(0).toString(), pdf);
    QVERIFY(actions->exportReportAction()->isEnabled());
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("Segment: Business")), qPrintable(text.left(500)));
    for (const Touchpoint &touchpoint : editor.journey().touchpoints())
        QVERIFY2(text.contains(touchpoint.name), qPrintable(touchpoint.name));
}

void TestExport::imageInBothFormats()
{
    Editor editor(Editor::DemoWithAnswers);
    QTRY_VERIFY_WITH_TIMEOUT(settled(editor), Timeout);
    ExportActions *actions = editor.window->exportActions();
    actions->setInteractive(false);
    QSignalSpy exported(actions, &ExportActions::exported);
    const QString png = editor.dir.filePath(QStringLiteral("map.png"));
    actions->exportImage(png, actions->currentOptions(), 1.0, 600);
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 1, Timeout);
    QCOMPARE(QImage(png).width(), 600);
    const QString svg = editor.dir.filePath(QStringLiteral("map.svg"));
    actions->exportImage(svg, actions->currentOptions(), 2.0, 0);
    QTRY_COMPARE_WITH_TIMEOUT(exported.size(), 2, Timeout);
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.startsWith("<?xml"));
    QVERIFY(content.contains(editor.journey().touchpoints().at(0).name.section(QLatin1Char(' '), 0, 0).toUtf8()));
}

void TestExport::failureIsReportedAndLeavesNoFile()
{
    Editor editor(Editor::DemoWithAnswers);
    QTRY_VERIFY_WITH_TIMEOUT(settled(editor), Timeout);
    ExportActions *actions = editor.window->exportActions();
    actions->setInteractive(false);
    QSignalSpy failed(actions, &ExportActions::failed);
    const QString pdf = editor.dir.filePath(QStringLiteral("missing/report.pdf"));
    actions->exportReport(pdf, actions->currentOptions());
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, Timeout);
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("report.pdf")), qPrintable(failed.at(0).at(0).toString()));
    QVERIFY(!QFile::exists(pdf));
}

void TestExport::printPaintsTheReportOnAPrinter()
{
    Editor editor(Editor::DemoWithAnswers);
    QTRY_VERIFY_WITH_TIMEOUT(settled(editor), Timeout);
    const ReportData data = editor.window->exportActions()->currentData();
    QCOMPARE(data.journey.touchpoints().size(), editor.journey().touchpoints().size());
    QVERIFY(!data.batches.isEmpty());
    // The printer's page set-up (from the preview) wins over the dialog's.
    QPrinter printer(QPrinter::HighResolution);
    printer.setResolution(72);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pdf = editor.dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(pdf);
    printer.setPageSize(QPageSize(QPageSize::Letter));
    printer.setPageOrientation(QPageLayout::Landscape);
    ReportOptions options;
    options.sections = {ReportSection::Cover, ReportSection::Findings};
    ExportActions::printReport(&printer, data, options);
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY(info.waitForFinished(60000));
    const QString text = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(text.contains(QStringLiteral("792 x 612 pts (letter)")), qPrintable(text));
    QVERIFY(pdfText(pdf).contains(QStringLiteral("Weakest links")));
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
