// The import wizard on a wide CSV fixture: preview, automatic matches confirmed and corrected,
// an error found by the dry run with its line and column, the import itself; and cancels that
// leave the document as it was.
#include "commands/touchpointcommands.h"
#include "demofixture.h"
#include "document/journeydocument.h"
#include "import/importrunner.h"
#include "importwizard/importpage.h"
#include "importwizard/importwizard.h"
#include "importwizard/mappingpage.h"
#include "importwizard/previewpage.h"
#include "importwizard/validationpage.h"
#include "samplesurvey.h"
#include "store/datatables.h"
#include "store/documentfile.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace cxmap;

namespace {

constexpr int RunTimeout = 60000;

QString fixture()
{
    return QStringLiteral(CXMAP_SOURCE_DIR "/tests/ui/importwizard/wide-survey.csv");
}

} // namespace

class TestImportWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void walksThePagesAndImports();
    void previewReadsAMessyExport();
    void unsavedMapMustBeSavedFirst();
    void cancellingTheImportChangesNothing();
    void closingDuringTheImportCancelsIt();
    void backDuringTheDryRunThenNextChecksAgain();
    void untickingImportAgainChecksAgain();
    void oneOfAThingIsSaidInTheSingular();
    void mappingPageKeysAreDistinct();

private:
    QString writeLargeSurvey(int rows) const;
    void goToImport(ImportWizard &wizard);

    std::unique_ptr<test::DemoFixture> m_demo;
};

void TestImportWizard::init()
{
    m_demo = std::make_unique<test::DemoFixture>();
    QVERIFY(m_demo->dir.isValid());
}

void TestImportWizard::cleanup()
{
    m_demo.reset();
}

QString TestImportWizard::writeLargeSurvey(int rows) const
{
    return test::writeSampleSurvey(m_demo->dir.filePath(QStringLiteral("large.csv")), rows);
}

void TestImportWizard::goToImport(ImportWizard &wizard)
{
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ValidationPageId));
    auto *validation = qobject_cast<ValidationPage *>(wizard.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(validation->isValid(), RunTimeout);
    QVERIFY(!wizard.isRunning());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ImportPageId));
}

void TestImportWizard::walksThePagesAndImports()
{
    const DataCounts before = readDataCounts(m_demo->file->database());
    ImportWizard wizard(m_demo->document.get(), m_demo->file.get());
    QSignalSpy running(&wizard, &ImportWizard::runningChanged);
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    QSignalSpy changed(m_demo->document.get(), &JourneyDocument::changed);
    wizard.setDataPath(fixture());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));

    // The preview: detected as wide, the title line above the header skipped.
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
    auto *preview = qobject_cast<PreviewPage *>(wizard.currentPage());
    QCOMPARE(ImportFormat(preview->formatBox()->currentData().toInt()), ImportFormat::Wide);
    QCOMPARE(preview->table()->columnCount(), 9);
    QCOMPARE(preview->table()->horizontalHeaderItem(4)->text(), QStringLiteral("Number porting"));
    QCOMPARE(preview->table()->rowCount(), 20);
    QCOMPARE(preview->table()->item(0, 0)->text(), QStringLiteral("r001"));
    QCOMPARE(preview->table()->verticalHeaderItem(0)->text(), QStringLiteral("3"));
    QVERIFY(preview->isComplete());

    // The mapping: what was matched, what was not, and what is never imported.
    wizard.next();
    auto *mapping = qobject_cast<MappingPage *>(wizard.currentPage());
    QVERIFY(mapping);
    using Role = PlannedColumn::Role;
    auto role = [mapping](const char *column) {
        return Role(
            mapping->roleBox(mapping->rowOf(QString::fromUtf8(column)))->currentData().toInt());
    };
    QCOMPARE(role("id"), Role::Respondent);
    QCOMPARE(role("Submitted"), Role::Timestamp);
    QCOMPARE(role("Segment"), Role::Segment);
    QCOMPARE(role("Overall satisfaction"), Role::Outcome);
    QCOMPARE(role("Number porting"), Role::Rated);
    const int porting = mapping->rowOf(QStringLiteral("Number porting"));
    QCOMPARE(mapping->touchpointBox(porting)->currentText(), QStringLiteral("Number porting"));
    QCOMPARE(mapping->metricBox(porting)->currentData().toString(), QStringLiteral("csat"));
    QCOMPARE(mapping->status(porting), QStringLiteral("matched"));
    const int bill = mapping->rowOf(QStringLiteral("First bill (CES)"));
    QCOMPARE(mapping->touchpointBox(bill)->currentText(), QStringLiteral("First bill"));
    QCOMPARE(mapping->metricBox(bill)->currentData().toString(), QStringLiteral("ces"));
    const int email = mapping->rowOf(QStringLiteral("Email"));
    QCOMPARE(role("Email"), Role::Private);
    QVERIFY(!mapping->roleBox(email)->isEnabled());
    QVERIFY(mapping->status(email).contains(QStringLiteral("personal data")));
    QCOMPARE(mapping->table()->item(email, MappingPage::SampleColumn)->text(),
             QStringLiteral("(hidden)"));
    const int welcome = mapping->rowOf(QStringLiteral("Welcome mail"));
    QCOMPARE(role("Welcome mail"), Role::Unused);
    // Its answers are 3 to 5: a rating that went nowhere, said above everything else.
    QCOMPARE(mapping->status(welcome), QStringLiteral("looks like ratings"));
    QVERIFY2(mapping->warning().contains(QStringLiteral("Welcome mail (whole numbers 3 to 5)")), qPrintable(mapping->warning()));
    QCOMPARE(mapping->status(mapping->rowOf(QStringLiteral("Comment"))), QStringLiteral("no match"));
    QVERIFY(!mapping->touchpointBox(welcome)->isVisibleTo(mapping));
    QCOMPARE(role("Comment"), Role::Unused);

    // Map the unmatched column by hand; a rating without a touchpoint holds the page back.
    mapping->roleBox(welcome)->setCurrentIndex(
        mapping->roleBox(welcome)->findData(int(Role::Rated)));
    QVERIFY(!mapping->isComplete());
    mapping->touchpointBox(welcome)->setCurrentIndex(
        mapping->touchpointBox(welcome)->findData(QStringLiteral("Welcome email")));
    QVERIFY(mapping->isComplete());
    QCOMPARE(mapping->status(welcome), QStringLiteral("set by you"));

    // The dry run finds the 0 of row r004 (line 6), which is off the 1–5 scale, and writes nothing.
    wizard.next();
    auto *validation = qobject_cast<ValidationPage *>(wizard.currentPage());
    QVERIFY(validation);
    QVERIFY(wizard.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isRunning(), RunTimeout);
    QVERIFY(!validation->isValid());
    QVERIFY(!validation->isComplete());
    QVERIFY2(validation->report().contains(QStringLiteral("cannot be imported as it is: 1 error")),
             qPrintable(validation->report()));
    QCOMPARE(validation->errors().size(), 1);
    QVERIFY2(validation->errors().first().contains(QStringLiteral("wide-survey.csv:6:")), qPrintable(validation->errors().first()));
    QCOMPARE(readDataCounts(m_demo->file->database()).measurements, before.measurements);

    // Back: 0 means "not rated" in this survey.
    wizard.back();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
    auto *notRated = mapping->findChild<QLineEdit *>();
    QVERIFY(notRated);
    notRated->setText(QStringLiteral("0"));
    wizard.next();
    QTRY_VERIFY_WITH_TIMEOUT(validation->isValid(), RunTimeout);
    QVERIFY(validation->isComplete());
    QVERIFY2(validation->report().contains(QStringLiteral("77 answers")),
             qPrintable(validation->report()));
    QVERIFY(validation->report().contains(QStringLiteral("Comment")));
    QVERIFY(validation->report().contains(QStringLiteral("Email")));
    QCOMPARE(readDataCounts(m_demo->file->database()).measurements, before.measurements);
    QCOMPARE(readBatches(m_demo->file->database()).size(), 1);

    // Import: one batch of 77 answers, and the document says its answers changed.
    wizard.next();
    auto *import = qobject_cast<ImportPage *>(wizard.currentPage());
    QVERIFY(import);
    QTRY_VERIFY_WITH_TIMEOUT(import->succeeded(), RunTimeout);
    QVERIFY(import->isComplete());
    QCOMPARE(imported.size(), 1);
    const ImportSummary summary = imported.first().first().value<ImportSummary>();
    QCOMPARE(summary.answers, 77);
    QCOMPARE(readDataCounts(m_demo->file->database()).measurements, before.measurements + 77);
    const QList<Batch> batches = readBatches(m_demo->file->database());
    QCOMPARE(batches.size(), 2);
    QVERIFY(batches.last().mapping.contains(QStringLiteral("Welcome email")));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().first().value<Change>().kind, Change::Kind::Measurements);
    QVERIFY(import->report().contains(QStringLiteral("77 answers")));
    // Two dry runs and the import, each announced as it started and ended.
    QCOMPARE(running.size(), 6);
    QCOMPARE(running.last().first().toBool(), false);
}

void TestImportWizard::previewReadsAMessyExport()
{
    ImportWizard wizard(m_demo->document.get(), m_demo->file.get());
    wizard.setDataPath(QStringLiteral(CXMAP_TEST_DATA "/csv/messy-export.csv"));
    auto *preview = qobject_cast<PreviewPage *>(wizard.currentPage());
    QVERIFY(preview);
    QVERIFY(preview->isComplete());
    QCOMPARE(ImportFormat(preview->formatBox()->currentData().toInt()), wizard.source().detected);
    QCOMPARE(wizard.source().delimiter, ';');
    QCOMPARE(preview->table()->horizontalHeaderItem(2)->text(),
             QStringLiteral("Inflight wifi service"));
    // The export's title line is not a data row.
    QVERIFY(preview->table()->item(0, 0)->text() == QStringLiteral("1"));
}

void TestImportWizard::unsavedMapMustBeSavedFirst()
{
    ImportWizard wizard(m_demo->document.get(), m_demo->file.get());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePageId));
    wizard.setField(QStringLiteral("path"), fixture());
    QVERIFY(wizard.currentPage()->isComplete());
    Touchpoint renamed = m_demo->document->journey().touchpoints().at(0);
    renamed.name = QStringLiteral("Word of mouth");
    m_demo->document->undoStack()->push(
        new ChangeTouchpointsCommand(m_demo->document.get(), {renamed}, QStringLiteral("Rename")));
    QVERIFY(!wizard.currentPage()->isComplete());
}

void TestImportWizard::cancellingTheImportChangesNothing()
{
    const QString large = writeLargeSurvey(60000);
    const DataCounts before = readDataCounts(m_demo->file->database());
    const qsizetype batches = readBatches(m_demo->file->database()).size();
    ImportWizard wizard(m_demo->document.get(), m_demo->file.get());
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    QSignalSpy changed(m_demo->document.get(), &JourneyDocument::changed);
    wizard.setDataPath(large);
    wizard.show();
    goToImport(wizard);
    auto *import = qobject_cast<ImportPage *>(wizard.currentPage());
    QVERIFY(wizard.isRunning());
    QVERIFY(import->cancelButton()->isVisible());
    QTest::mouseClick(import->cancelButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isRunning(), RunTimeout);
    QVERIFY(!import->succeeded());
    QVERIFY2(import->report().contains(QStringLiteral("Nothing was imported")),
             qPrintable(import->report()));
    QVERIFY(import->report().contains(QStringLiteral("cancelled")));
    QCOMPARE(imported.size(), 0);
    QCOMPARE(readDataCounts(m_demo->file->database()).measurements, before.measurements);
    QCOMPARE(readBatches(m_demo->file->database()).size(), batches);
    QVERIFY(changed.isEmpty());
}

void TestImportWizard::closingDuringTheImportCancelsIt()
{
    const QString large = writeLargeSurvey(60000);
    const DataCounts before = readDataCounts(m_demo->file->database());
    ImportWizard wizard(m_demo->document.get(), m_demo->file.get());
    QSignalSpy finished(&wizard, &QDialog::finished);
    wizard.setDataPath(large);
    wizard.show();
    goToImport(wizard);
    QVERIFY(wizard.isRunning());
    wizard.reject();
    // It stays open until the worker has rolled back, then closes.
    QVERIFY(wizard.isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isVisible(), RunTimeout);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(readDataCounts(m_demo->file->database()).measurements, before.measurements);
}

void TestImportWizard::backDuringTheDryRunThenNextChecksAgain()
{
    const QString large = writeLargeSurvey(60000);
    ImportWizard wizard(m_demo->document.get(), m_demo->file.get());
    wizard.setDataPath(large);
    wizard.show();
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ValidationPageId));
    auto *validation = qobject_cast<ValidationPage *>(wizard.currentPage());
    QVERIFY(wizard.isRunning());

    // Back mid-run: the worker has let go of the file before the mapping page shows.
    wizard.back();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
    QVERIFY(!wizard.runner()->isRunning());
    QVERIFY(!wizard.isRunning());

    // Next again: a fresh dry run, whose verdict is shown and lets the import go ahead.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ValidationPageId));
    QVERIFY(wizard.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(validation->isValid(), RunTimeout);
    QVERIFY(validation->isComplete());
    QVERIFY2(validation->report().contains(QStringLiteral("Ready to import")),
             qPrintable(validation->report()));
}

void TestImportWizard::untickingImportAgainChecksAgain()
{
    const QString survey = writeLargeSurvey(40);
    {
        ImportWizard first(m_demo->document.get(), m_demo->file.get());
        first.setDataPath(survey);
        first.show();
        goToImport(first);
        auto *import = qobject_cast<ImportPage *>(first.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(import->succeeded(), RunTimeout);
    }
    ImportWizard wizard(m_demo->document.get(), m_demo->file.get());
    wizard.setDataPath(survey);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    wizard.next();
    auto *validation = qobject_cast<ValidationPage *>(wizard.currentPage());
    QVERIFY(validation);
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isRunning(), RunTimeout);
    QVERIFY(!validation->isValid());
    QVERIFY2(validation->report().contains(QStringLiteral("imported before")),
             qPrintable(validation->report()));
    QCheckBox *force = validation->forceBox();
    QVERIFY(force->isVisible());

    // Ticked: checked again, forced, and it passes.
    force->click();
    QVERIFY(wizard.force());
    QTRY_VERIFY_WITH_TIMEOUT(validation->isValid(), RunTimeout);
    QVERIFY(validation->isComplete());

    // Unticked: the forced verdict is void at once, and the unforced check refuses again.
    force->click();
    QVERIFY(!wizard.force());
    QVERIFY(!validation->isValid());
    QVERIFY(!validation->isComplete());
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isRunning(), RunTimeout);
    QVERIFY(!validation->isValid());
    QVERIFY(!validation->isComplete());
    QVERIFY2(validation->report().contains(QStringLiteral("imported before")),
             qPrintable(validation->report()));
}

void TestImportWizard::oneOfAThingIsSaidInTheSingular()
{
    const QString path = m_demo->dir.filePath(QStringLiteral("one.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("id,Submitted,Number porting\nsolo,2026-09-01,4\n");
    file.close();
    ImportWizard wizard(m_demo->document.get(), m_demo->file.get());
    wizard.setDataPath(path);
    wizard.show();

    wizard.next();
    auto *mapping = qobject_cast<MappingPage *>(wizard.currentPage());
    QVERIFY(mapping);
    QVERIFY2(mapping->summary().startsWith(
                 QStringLiteral("3 columns: <b>1 rates a touchpoint</b>, 0 journey outcomes,")),
             qPrintable(mapping->summary()));

    wizard.next();
    auto *validation = qobject_cast<ValidationPage *>(wizard.currentPage());
    QVERIFY(validation);
    QTRY_VERIFY_WITH_TIMEOUT(validation->isValid(), RunTimeout);
    QVERIFY2(validation->report().contains(QStringLiteral("1 row read")) &&
                 validation->report().contains(QStringLiteral("<b>1 answer</b>")),
             qPrintable(validation->report()));

    wizard.next();
    auto *import = qobject_cast<ImportPage *>(wizard.currentPage());
    QVERIFY(import);
    QTRY_VERIFY_WITH_TIMEOUT(import->succeeded(), RunTimeout);
    QVERIFY2(import->report().contains(QStringLiteral("Imported 1 answer</b> from 1 row of")),
             qPrintable(import->report()));
    for (const QString &report : {validation->report(), import->report()})
        QVERIFY2(!report.contains(QStringLiteral("1 rows")) &&
                     !report.contains(QStringLiteral("1 answers")),
                 qPrintable(report));
}

void TestImportWizard::mappingPageKeysAreDistinct()
{
    ImportWizard wizard(m_demo->document.get(), m_demo->file.get());
    wizard.setDataPath(fixture());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));

    // Every Alt+key shown, the wizard's own buttons included, reaches one control only.
    QStringList texts;
    const QList<QAbstractButton *> buttons = wizard.findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons)
        if (button->isVisible())
            texts << button->text();
    const QList<QLabel *> labels = wizard.findChildren<QLabel *>();
    for (const QLabel *label : labels)
        if (label->isVisible() && label->buddy())
            texts << label->text();
    QVERIFY(texts.contains(wizard.buttonText(QWizard::NextButton)));
    QVERIFY(std::any_of(texts.cbegin(), texts.cend(), [](const QString &text) {
        return text.contains(QStringLiteral("not rated"));
    }));
    QHash<QKeySequence, QString> keys;
    for (const QString &text : std::as_const(texts)) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (key.isEmpty())
            continue;
        QVERIFY2(!keys.contains(key), qPrintable(keys.value(key) + QStringLiteral(" and ") + text));
        keys.insert(key, text);
    }
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
