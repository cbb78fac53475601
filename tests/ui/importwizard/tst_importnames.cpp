// The import wizard on files that were a dead end (issue 12, point 9), and Data → Batches: a
// long file naming a touchpoint and a metric the map does not have (mapped to the closest one,
// created, or skipped, on a page of their own); a file with many bad rows (every error listed,
// the first hundred, the rest counted); a workbook whose answers are on its second sheet, and a
// CSV file saved by Excel on Windows, both named in the preview; the imports listed and one
// removed after a confirmation.
#include "../uitestsupport.h"
#include "demofixture.h"
#include "document/journeydocument.h"
#include "import/importrunner.h"
#include "importwizard/batchesdialog.h"
#include "importwizard/importpage.h"
#include "importwizard/importwizard.h"
#include "importwizard/namespage.h"
#include "importwizard/previewpage.h"
#include "importwizard/validationpage.h"
#include "store/datatables.h"
#include "store/documentfile.h"
#include "store/sqlitedb.h"

#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace cxmap;

namespace {

constexpr int RunTimeout = 60000;

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

qint64 answersAt(DocumentFile &file, const QString &touchpoint)
{
    SqliteStatement query(file.database(), "SELECT count(*) FROM measurement m JOIN touchpoint t ON t.id = m.touchpoint_id"
                                           " WHERE t.name = ?");
    query.bind(1, touchpoint);
    return query.step() ? query.columnInt(0) : -1;
}

} // namespace

class TestImportNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void unknownNamesAreMappedCreatedOrSkipped();
    void touchpointsMadeForAnImportThatDidNotHappenGoAgain();
    void validationListsEveryError();
    void previewNamesTheEncodingAndTheSheet();
    void batchesAreListedAndOneIsRemoved();
    void batchesOfAReadOnlyMapAreOnlyListed();

private:
    QString longFile() const;

    std::unique_ptr<test::DemoFixture> m_demo;
};

void TestImportNames::init()
{
    m_demo = std::make_unique<test::DemoFixture>();
    QVERIFY(m_demo->dir.isValid());
}

void TestImportNames::cleanup()
{
    m_demo.reset();
}

// Long rows naming "Web chat" (the demo has "Support chat"), "Kiosk" (like nothing on the map),
// "Teleporter" (to skip) and a metric "satisfaction" (the demo has csat).
QString TestImportNames::longFile() const
{
    QByteArray data = "respondent,timestamp,segment,touchpoint,metric,value\n";
    for (int i = 0; i < 12; ++i) {
        const QByteArray who = "R" + QByteArray::number(i);
        data += who + ",2026-03-0" + QByteArray::number(1 + i % 9) + ",Business,Web chat,csat," + QByteArray::number(1 + i % 5) + "\n";
        data += who + ",2026-03-0" + QByteArray::number(1 + i % 9) + ",Business,Kiosk,satisfaction," + QByteArray::number(1 + i % 5) + "\n";
        data += who + ",2026-03-0" + QByteArray::number(1 + i % 9) + ",Business,Teleporter,csat,3\n";
        data += who + ",2026-03-0" + QByteArray::number(1 + i % 9) + ",Business,Online checkout,csat,4\n";
    }
    return writeFile(m_demo->dir.filePath(QStringLiteral("long.csv")), data);
}

void TestImportNames::unknownNamesAreMappedCreatedOrSkipped()
{
    const qint64 chatBefore = answersAt(*m_demo->file, QStringLiteral("Support chat"));
    ImportWizard wizard(m_demo->document.get(), m_demo->file.get());
    wizard.setDataPath(longFile());
    wizard.show();
    QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::NamesPageId));
    auto *names = qobject_cast<NamesPage *>(wizard.currentPage());
    QVERIFY(names);
    QTRY_VERIFY_WITH_TIMEOUT(names->isReady(), RunTimeout);
    QVERIFY2(names->status().contains(QStringLiteral("<b>4 are not on the map</b>")), qPrintable(names->status()));
    QCOMPARE(names->table()->rowCount(), 4);

    // "Web chat": mapping comes first, and the closest name on the map first among the targets.
    const int chat = names->rowOf(QStringLiteral("Web chat"));
    QCOMPARE(NamesPage::Action(names->actionBox(chat)->currentData().toInt()), NamesPage::MapTo);
    QCOMPARE(names->targetBox(chat)->currentText(), QStringLiteral("Support chat"));
    // "Kiosk" is like nothing on the map: making it comes first, in a stage of the user's choice.
    const int kiosk = names->rowOf(QStringLiteral("Kiosk"));
    QCOMPARE(NamesPage::Action(names->actionBox(kiosk)->currentData().toInt()), NamesPage::Create);
    names->targetBox(kiosk)->setCurrentIndex(names->targetBox(kiosk)->findText(QStringLiteral("Buy")));
    // "Teleporter": skipped with its rows.
    const int teleporter = names->rowOf(QStringLiteral("Teleporter"));
    names->actionBox(teleporter)->setCurrentIndex(names->actionBox(teleporter)->findData(NamesPage::Skip));
    QVERIFY(!names->targetBox(teleporter)->isVisibleTo(names));
    // The metric "satisfaction" is csat here.
    const int metric = names->rowOf(QStringLiteral("satisfaction"));
    names->actionBox(metric)->setCurrentIndex(names->actionBox(metric)->findData(NamesPage::MapTo));
    names->targetBox(metric)->setCurrentIndex(names->targetBox(metric)->findText(QStringLiteral("csat")));

    QVERIFY(test::saveScreenshot(test::settledGrab(&wizard), QStringLiteral("import-names")));

    // Next makes "Kiosk" on the map, in one undoable step, and saves the map it is matched against.
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ValidationPageId));
    const Touchpoint *made = nullptr;
    for (const Touchpoint &touchpoint : m_demo->document->journey().touchpoints())
        if (touchpoint.name == QLatin1String("Kiosk"))
            made = &touchpoint;
    QVERIFY(made);
    QCOMPARE(m_demo->document->journey().stages().find(made->stage)->name, QStringLiteral("Buy"));
    QVERIFY(!m_demo->document->isModified());
    QCOMPARE(wizard.createdTouchpoints(), QStringList{QStringLiteral("Kiosk")});

    auto *validation = qobject_cast<ValidationPage *>(wizard.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(validation->isValid(), RunTimeout);
    QVERIFY2(validation->report().contains(QStringLiteral("12 rows of a skipped touchpoint")), qPrintable(validation->report()));
    wizard.next();
    auto *import = qobject_cast<ImportPage *>(wizard.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(import->succeeded(), RunTimeout);
    QCOMPARE(answersAt(*m_demo->file, QStringLiteral("Support chat")), chatBefore + 12);
    QCOMPARE(answersAt(*m_demo->file, QStringLiteral("Kiosk")), 12);
    QCOMPARE(answersAt(*m_demo->file, QStringLiteral("Teleporter")), 0);
    // The mapping is kept with the batch, for the next wave.
    const QString kept = readBatches(m_demo->file->database()).last().mapping;
    QVERIFY2(kept.contains(QStringLiteral("\"touchpoint_names\":{\"Web chat\":\"Support chat\"}")), qPrintable(kept));
    QVERIFY2(kept.contains(QStringLiteral("\"skip_touchpoints\":[\"Teleporter\"]")), qPrintable(kept));
}

void TestImportNames::touchpointsMadeForAnImportThatDidNotHappenGoAgain()
{
    const qsizetype touchpoints = m_demo->document->journey().touchpoints().size();
    {
        ImportWizard wizard(m_demo->document.get(), m_demo->file.get());
        wizard.setDataPath(longFile());
        wizard.show();
        wizard.next();
        auto *names = qobject_cast<NamesPage *>(wizard.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(names->isReady(), RunTimeout);
        wizard.next();
        QCOMPARE(m_demo->document->journey().touchpoints().size(), touchpoints + 2); // Kiosk, Teleporter
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isRunning(), RunTimeout);
        // Back to the names takes them away; on again makes them again.
        wizard.back();
        wizard.back();
        QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPageId));
        QCOMPARE(m_demo->document->journey().touchpoints().size(), touchpoints);
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(names->isReady(), RunTimeout);
        wizard.next();
        QCOMPARE(m_demo->document->journey().touchpoints().size(), touchpoints + 2);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isRunning(), RunTimeout);
        wizard.reject();
    }
    // Closed without importing: the map and its file are as they were.
    QCOMPARE(m_demo->document->journey().touchpoints().size(), touchpoints);
    QVERIFY(!m_demo->document->isModified());
    QCOMPARE(m_demo->file->readJourney().touchpoints().size(), touchpoints);
    QCOMPARE(readBatches(m_demo->file->database()).size(), 1);
}

void TestImportNames::validationListsEveryError()
{
    // 150 rows with a 7 on a 1–5 scale and 30 naming a metric nobody defined: all are found,
    // the first hundred listed, the rest counted by what they say.
    QByteArray data = "respondent,timestamp,segment,touchpoint,metric,value\n";
    for (int i = 0; i < 180; ++i)
        data += "R" + QByteArray::number(i) + ",2026-03-01,Business,Online checkout," + (i < 150 ? "csat,7" : "joy,1") + "\n";
    const QString path = writeFile(m_demo->dir.filePath(QStringLiteral("bad.csv")), data);
    ImportWizard wizard(m_demo->document.get(), m_demo->file.get());
    wizard.setDataPath(path);
    wizard.show();
    wizard.next();
    auto *names = qobject_cast<NamesPage *>(wizard.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(names->isReady(), RunTimeout);
    // "joy" is a metric the document lacks: the page offers to create it; skip nothing, map nothing.
    const int joy = names->rowOf(QStringLiteral("joy"));
    QVERIFY(joy >= 0);
    names->actionBox(joy)->setCurrentIndex(names->actionBox(joy)->findData(NamesPage::MapTo));
    names->targetBox(joy)->setCurrentIndex(names->targetBox(joy)->findText(QStringLiteral("ces")));
    wizard.next();
    auto *validation = qobject_cast<ValidationPage *>(wizard.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!wizard.isRunning(), RunTimeout);
    QVERIFY(!validation->isValid());
    QVERIFY2(validation->report().contains(QStringLiteral("cannot be imported as it is: 150 errors")), qPrintable(validation->report()));
    QVERIFY2(validation->report().contains(QStringLiteral("The first 100 are listed below")), qPrintable(validation->report()));
    QVERIFY2(validation->report().contains(QStringLiteral("150 × 7 is outside the csat scale (1 to 5) (column &quot;value&quot;)")),
             qPrintable(validation->report()));
    QVERIFY(test::saveScreenshot(test::settledGrab(&wizard), QStringLiteral("import-errors")));
    const QStringList errors = validation->errors();
    QCOMPARE(errors.size(), 100);
    QCOMPARE(errors.first(), path + QStringLiteral(":2:6: 7 is outside the csat scale (1 to 5) (column \"value\")"));
    QVERIFY(errors.last().startsWith(path + QStringLiteral(":101:6: ")));
    QCOMPARE(readBatches(m_demo->file->database()).size(), 1);
}

void TestImportNames::previewNamesTheEncodingAndTheSheet()
{
    ImportWizard wizard(m_demo->document.get(), m_demo->file.get());
    wizard.setDataPath(QStringLiteral(CXMAP_TEST_DATA "/import/labels/german-excel.csv"));
    wizard.show();
    auto *preview = qobject_cast<PreviewPage *>(wizard.currentPage());
    QVERIFY(preview);
    QVERIFY2(preview->detected().contains(QStringLiteral("semicolon-separated, Windows-1252")), qPrintable(preview->detected()));
    QVERIFY(!preview->sheetBox()->isVisibleTo(preview));
    QCOMPARE(preview->table()->item(0, 4)->text(), QStringLiteral("Geringer Aufwand"));
    QCOMPARE(preview->table()->item(1, 3)->text(), QStringLiteral("Weiß nicht"));

    // A workbook whose first sheet holds notes: no header there; its second sheet is the answers.
    wizard.setDataPath(QStringLiteral(CXMAP_TEST_DATA "/import/xlsx/long-1904.xlsx"));
    QVERIFY2(wizard.currentId() == int(ImportWizard::PreviewPageId), qPrintable(wizard.source().error));
    QVERIFY(preview->sheetBox()->isVisibleTo(preview));
    QCOMPARE(preview->sheetBox()->currentText(), QStringLiteral("Notes"));
    QVERIFY(!preview->isComplete());
    preview->sheetBox()->setCurrentIndex(preview->sheetBox()->findText(QStringLiteral("Answers")));
    QCOMPARE(wizard.source().sheet, QStringLiteral("Answers"));
    QCOMPARE(wizard.format(), ImportFormat::Long);
    QVERIFY(preview->isComplete());
    QVERIFY2(preview->detected().contains(QStringLiteral("Excel workbook, sheet &quot;Answers&quot;")), qPrintable(preview->detected()));
    QCOMPARE(preview->table()->item(0, 1)->text(), QStringLiteral("2026-02-27"));
    QCOMPARE(wizard.options(false).sheet, QStringLiteral("Answers"));
    QVERIFY(test::saveScreenshot(test::settledGrab(&wizard), QStringLiteral("import-preview-workbook")));
}

void TestImportNames::batchesAreListedAndOneIsRemoved()
{
    // The demo's own batch, and one more.
    {
        ImportWizard wizard(m_demo->document.get(), m_demo->file.get());
        wizard.setDataPath(longFile());
        wizard.next();
        auto *names = qobject_cast<NamesPage *>(wizard.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(names->isReady(), RunTimeout);
        for (int row = 0; row < names->table()->rowCount(); ++row)
            names->actionBox(row)->setCurrentIndex(names->actionBox(row)->findData(NamesPage::Skip));
        wizard.next();
        auto *validation = qobject_cast<ValidationPage *>(wizard.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(validation->isValid(), RunTimeout);
        wizard.next();
        QTRY_VERIFY_WITH_TIMEOUT(qobject_cast<ImportPage *>(wizard.currentPage())->succeeded(), RunTimeout);
    }
    const qint64 before = readDataCounts(m_demo->file->database()).measurements;
    BatchesDialog dialog(m_demo->document.get(), m_demo->file.get());
    QCOMPARE(dialog.list()->topLevelItemCount(), 2);
    QTreeWidgetItem *added = dialog.list()->topLevelItem(1);
    QCOMPARE(added->text(BatchesDialog::FileColumn), QStringLiteral("long.csv"));
    QCOMPARE(added->text(BatchesDialog::FormatColumn), QStringLiteral("long"));
    QCOMPARE(added->text(BatchesDialog::RowsColumn), QStringLiteral("48"));
    QCOMPARE(added->text(BatchesDialog::AnswersColumn), QStringLiteral("12"));
    QVERIFY(!dialog.removeButton()->isEnabled());
    dialog.show();
    dialog.list()->setCurrentItem(added);
    QVERIFY(test::saveScreenshot(test::settledGrab(&dialog), QStringLiteral("import-batches")));

    // Asked first, and nothing goes when the answer is no.
    QString asked;
    bool yes = false;
    dialog.setConfirm([&](const QString &question) {
        asked = question;
        return yes;
    });
    dialog.list()->setCurrentItem(added);
    QVERIFY(dialog.removeButton()->isEnabled());
    QSignalSpy changed(m_demo->document.get(), &JourneyDocument::changed);
    QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
    QVERIFY2(asked.startsWith(QStringLiteral("Remove batch 2 (long.csv, imported ")) && asked.contains(QStringLiteral("its 12 answers?")),
             qPrintable(asked));
    QCOMPARE(dialog.list()->topLevelItemCount(), 2);
    QCOMPARE(readDataCounts(m_demo->file->database()).measurements, before);
    QVERIFY(changed.isEmpty());

    yes = true;
    QTest::mouseClick(dialog.removeButton(), Qt::LeftButton);
    QCOMPARE(dialog.list()->topLevelItemCount(), 1);
    QCOMPARE(readDataCounts(m_demo->file->database()).measurements, before - 12);
    QCOMPARE(dialog.status(), QStringLiteral("Removed batch 2: 12 rows."));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<Change>().kind, Change::Kind::Measurements);
}

void TestImportNames::batchesOfAReadOnlyMapAreOnlyListed()
{
    m_demo->file.reset();
    auto readOnly = DocumentFile::open(m_demo->path, DocumentFile::Access::ReadOnly);
    BatchesDialog dialog(m_demo->document.get(), readOnly.get());
    QCOMPARE(dialog.list()->topLevelItemCount(), 1);
    dialog.list()->setCurrentItem(dialog.list()->topLevelItem(0));
    QVERIFY(!dialog.removeButton()->isEnabled());
    QVERIFY(!dialog.removeSelected());
    QVERIFY2(dialog.status().contains(QStringLiteral("opened read-only")), qPrintable(dialog.status()));
    readOnly.reset();
}

QTEST_MAIN(TestImportNames)
#include "tst_importnames.moc"
