// The outcome behind moments of truth is the document's: chosen by the user, kept in the file,
// undoable, and when never chosen a stable default that an import of another outcome's answers
// cannot switch (the old default took the journey-level metric with most answers).
#include "analysis/findings.h"
#include "commands/journeycommands.h"
#include "document/journeydocument.h"
#include "samplejourney.h"
#include "store/documentfile.h"
#include "store/measurementwriter.h"
#include "store/sqlitedb.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace cxmap;

namespace {

MeasurementRecord answer(const QString &who, TouchpointId touchpoint, const char *metric, double value)
{
    MeasurementRecord record;
    record.respondent = who;
    record.touchpoint = touchpoint;
    record.metric = QString::fromLatin1(metric);
    record.value = value;
    record.timestamp = 1767225600;
    return record;
}

void write(SqliteDatabase &db, const QString &name, const QList<MeasurementRecord> &answers)
{
    Batch batch;
    batch.fileName = name;
    batch.format = QStringLiteral("long");
    MeasurementWriter writer(db, batch);
    for (const MeasurementRecord &record : answers)
        writer.add(record);
    writer.finish(answers.size(), {});
}

/** 40 respondents rating the first touchpoint and the journey on CSAT. */
QList<MeasurementRecord> csatWave(const Journey &journey)
{
    QList<MeasurementRecord> answers;
    for (int i = 0; i < 40; ++i) {
        const QString who = QStringLiteral("c%1").arg(i);
        answers << answer(who, journey.touchpoints().at(0).id, "csat", 1 + i % 5);
        answers << answer(who, TouchpointId(), "csat", 1 + (i + 1) % 5);
    }
    return answers;
}

/** 400 respondents with a journey-level NPS answer: ten times the CSAT outcome's answers. */
QList<MeasurementRecord> npsWave(const Journey &journey)
{
    QList<MeasurementRecord> answers;
    for (int i = 0; i < 400; ++i) {
        const QString who = QStringLiteral("n%1").arg(i);
        answers << answer(who, journey.touchpoints().at(0).id, "csat", 1 + i % 5);
        answers << answer(who, TouchpointId(), "nps", i % 11);
    }
    return answers;
}

} // namespace

class TestOutcome : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void defaultIsStableAcrossAnImport();
    void choiceIsKeptInTheFile();
    void requestOverridesTheChoice();
    void unknownChoiceFallsBackAndSaysSo();
    void choosingIsUndoable();

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
};

void TestOutcome::defaultIsStableAcrossAnImport()
{
    const Journey journey = test::sampleJourney();
    auto file = DocumentFile::create(path("stable.cxmap"), journey, false,
                                     [&](SqliteDatabase &db) { write(db, QStringLiteral("wave 1"), csatWave(journey)); });
    Findings before = computeFindings(file->database(), journey, {});
    QCOMPARE(before.outcomeMetric, QStringLiteral("csat"));
    QVERIFY(!before.outcomeChosen);

    // A second wave brings ten times as many journey-level answers, on NPS.
    SqliteDatabase &db = file->database();
    db.execute("BEGIN IMMEDIATE");
    write(db, QStringLiteral("wave 2"), npsWave(journey));
    db.execute("COMMIT");
    const Findings after = computeFindings(file->database(), journey, {});
    QCOMPARE(after.outcomeMetric, QStringLiteral("csat"));
    QVERIFY(!after.outcomeChosen);
    QVERIFY(after.answers > before.answers);
}

void TestOutcome::choiceIsKeptInTheFile()
{
    Journey journey = test::sampleJourney();
    {
        auto file = DocumentFile::create(path("chosen.cxmap"), journey, false, [&](SqliteDatabase &db) {
            write(db, QStringLiteral("wave 1"), csatWave(journey));
            write(db, QStringLiteral("wave 2"), npsWave(journey));
        });
        journey.setOutcomeMetric(QStringLiteral("nps"));
        file->saveJourney(journey);
    }
    const auto file = DocumentFile::open(path("chosen.cxmap"), DocumentFile::Access::ReadWrite);
    const Journey read = file->readJourney();
    QCOMPARE(read.outcomeMetric(), QStringLiteral("nps"));
    QCOMPARE(read, journey);
    const Findings findings = computeFindings(file->database(), read, {});
    QCOMPARE(findings.outcomeMetric, QStringLiteral("nps"));
    QVERIFY(findings.outcomeChosen);
}

void TestOutcome::requestOverridesTheChoice()
{
    Journey journey = test::sampleJourney();
    journey.setOutcomeMetric(QStringLiteral("nps"));
    auto file = DocumentFile::create(path("override.cxmap"), journey, false, [&](SqliteDatabase &db) {
        write(db, QStringLiteral("wave 1"), csatWave(journey));
        write(db, QStringLiteral("wave 2"), npsWave(journey));
    });
    AnalysisRequest request;
    request.outcome = QStringLiteral("csat");
    const Findings findings = computeFindings(file->database(), journey, request);
    QCOMPARE(findings.outcomeMetric, QStringLiteral("csat"));
    QVERIFY(findings.outcomeChosen);
}

void TestOutcome::unknownChoiceFallsBackAndSaysSo()
{
    Journey journey = test::sampleJourney();
    journey.setOutcomeMetric(QStringLiteral("loyalty"));
    auto file = DocumentFile::create(path("unknown.cxmap"), journey, false,
                                     [&](SqliteDatabase &db) { write(db, QStringLiteral("wave 1"), csatWave(journey)); });
    const Findings findings = computeFindings(file->database(), journey, {});
    QCOMPARE(findings.outcomeMetric, QStringLiteral("csat"));
    QVERIFY(!findings.outcomeChosen);
    QVERIFY(findings.notes.join(QLatin1Char(' ')).contains(QStringLiteral("\"loyalty\" is not a metric")));
}

void TestOutcome::choosingIsUndoable()
{
    JourneyDocument document(test::sampleJourney());
    QSignalSpy changes(&document, &JourneyDocument::changed);
    document.undoStack()->push(new SetOutcomeMetricCommand(&document, QStringLiteral("nps")));
    QCOMPARE(document.journey().outcomeMetric(), QStringLiteral("nps"));
    QVERIFY(document.isModified());
    QCOMPARE(changes.size(), 1);
    const Change change = changes.last().first().value<Change>();
    QCOMPARE(change.kind, Change::Kind::JourneyProperties);
    QVERIFY(change.properties.testFlag(Change::Property::Outcome));
    document.undoStack()->undo();
    QVERIFY(document.journey().outcomeMetric().isEmpty());
    QVERIFY(!document.isModified());
    document.undoStack()->redo();
    QCOMPARE(document.journey().outcomeMetric(), QStringLiteral("nps"));
}

QTEST_GUILESS_MAIN(TestOutcome)
#include "tst_outcome.moc"
