// Every import format (DESIGN §5) on realistic fixtures (tests/data/import/<case>/): a canonical
// long file, the airline survey with the mapping of DESIGN §5, a Qualtrics export with its three
// header rows, a SurveyMonkey export with its two, and published figures (n, mean, sd, top box).
// Each case compares every stored answer with the fixture's expectation, written out by hand,
// and checks the batch record, the respondent keys, and that no personal data reached the file.
#include "importtestsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cxmap;
using namespace cxmap::test;

class TestImportFormats : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void formats_data();
    void formats();
    void countsPerTouchpointMetricAndKind();
    void segmentsMatchWhateverTheirCase();
    void respondentKeysAreHashedWithTheDocumentsSalt();
    void sameRespondentAcrossBatchesIsOnePerson();
    void aggregatedRowsNeedAMeanOrTopBox();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_document;
};

void TestImportFormats::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_document = m_dir->filePath(QStringLiteral("map.cxmap"));
    createDocument(m_document);
}

void TestImportFormats::formats_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("format");      // --format; empty: detected
    QTest::addColumn<QString>("detected");    // the format the import reports
    QTest::addColumn<bool>("mapped");         // the folder has mapping.json
    QTest::addColumn<bool>("keptKeys");
    QTest::addColumn<qint64>("rowsRead");
    QTest::addColumn<QString>("skipped");     // "reason=count,…" as the batch records it
    QTest::addColumn<QStringList>("unmatched");
    QTest::addColumn<QStringList>("personal"); // columns never imported
    QTest::addColumn<QStringList>("secrets");  // texts that must not be anywhere in the document

    const QStringList qualtricsPersonal = strings({"IPAddress", "RecipientLastName", "RecipientFirstName",
                                                   "RecipientEmail", "LocationLatitude", "LocationLongitude"});
    const QStringList qualtricsSecrets = strings({"anna.smith@example.com", "203.0.113.5", "Okafor", "Garcia",
                                                  "jonas.weber@example.de", "39.7392", "-104.9903"});
    const QStringList monkeyPersonal = strings({"IP Address", "Email Address", "First Name", "Last Name"});
    const QStringList monkeySecrets = strings({"jo.bloggs@example.com", "198.51.100.23", "Bloggs", "kim.park@example.net",
                                               "203.0.113.99"});

    QTest::newRow("long, detected") << QStringLiteral("long") << QStringLiteral("") << QStringLiteral("long") << false << false << qint64(12)
                                    << QStringLiteral("no answer=1") << QStringList() << QStringList() << QStringList();
    QTest::newRow("long, --format long") << QStringLiteral("long") << QStringLiteral("long") << QStringLiteral("long") << false << false << qint64(12)
                                         << QStringLiteral("no answer=1") << QStringList() << QStringList() << QStringList();
    QTest::newRow("wide: the airline survey of DESIGN §5")
        << QStringLiteral("wide-airline") << QStringLiteral("") << QStringLiteral("wide") << true << false << qint64(8) << QStringLiteral("not rated=2")
        << strings({"(column 1)", "Gender", "Customer Type", "Age", "Type of Travel", "Flight Distance",
                    "Departure Delay in Minutes"})
        << QStringList() << QStringList();
    QTest::newRow("Qualtrics, detected, three header rows")
        << QStringLiteral("qualtrics") << QStringLiteral("") << QStringLiteral("qualtrics") << false << false << qint64(5) << QStringLiteral("no answer=4")
        << strings({"Q1", "Q3"}) << qualtricsPersonal << qualtricsSecrets;
    QTest::newRow("Qualtrics with a mapping by ImportId, keys kept")
        << QStringLiteral("qualtrics-mapped") << QStringLiteral("") << QStringLiteral("qualtrics") << true << true << qint64(5) << QStringLiteral("no answer=5")
        << QStringList() << qualtricsPersonal << qualtricsSecrets;
    QTest::newRow("SurveyMonkey, detected, two header rows")
        << QStringLiteral("surveymonkey") << QStringLiteral("") << QStringLiteral("surveymonkey") << false << false << qint64(4) << QStringLiteral("no answer=4,not rated=1")
        << strings({"Which plan did you choose?"}) << monkeyPersonal << monkeySecrets;
    QTest::newRow("SurveyMonkey, the plan as segment")
        << QStringLiteral("surveymonkey-plan") << QStringLiteral("") << QStringLiteral("surveymonkey") << true << false << qint64(4) << QStringLiteral("no answer=4,not rated=1")
        << QStringList() << monkeyPersonal << monkeySecrets;
    QTest::newRow("aggregated: n, mean, sd and top box") << QStringLiteral("aggregated") << QStringLiteral("") << QStringLiteral("aggregated") << false << false
                                                          << qint64(6) << QStringLiteral("") << QStringList() << QStringList()
                                                          << QStringList();
}

void TestImportFormats::formats()
{
    QFETCH(QString, folder);
    QFETCH(QString, format);
    QFETCH(QString, detected);
    QFETCH(bool, mapped);
    QFETCH(bool, keptKeys);
    QFETCH(qint64, rowsRead);
    QFETCH(QString, skipped);
    QFETCH(QStringList, unmatched);
    QFETCH(QStringList, personal);
    QFETCH(QStringList, secrets);

    const QString data = dataPath(folder + QStringLiteral("/data.csv"));
    ImportOptions options;
    if (!format.isEmpty())
        options.format = formatFromName(format);
    if (mapped) {
        options.mapping = readMapping(dataPath(folder + QStringLiteral("/mapping.json")));
        QVERIFY(options.mapping);
    }
    const ImportOutcome outcome = importInto(m_document, data, options);
    QVERIFY2(outcome.summary, qPrintable(outcome.error));
    const ImportSummary &summary = *outcome.summary;
    QCOMPARE(formatName(summary.format), detected);
    QCOMPARE(summary.rowsRead, rowsRead);
    QCOMPARE(summary.unmatchedColumns, unmatched);
    QCOMPARE(summary.privateColumns, personal);

    auto document = DocumentFile::open(m_document, DocumentFile::Access::ReadOnly);
    const qint64 batch = summary.batch.value();
    const QStringList answers = dumpAnswers(*document, batch);
    const QStringList expected = expectedLines(dataPath(folder + QStringLiteral("/answers.txt")), *document, keptKeys);
    QVERIFY2(answers == expected, qPrintable(QStringLiteral("\n") + difference(answers, expected)));
    QCOMPARE(summary.answers, qint64(expected.size()));
    if (QFile::exists(dataPath(folder + QStringLiteral("/aggregates.txt")))) {
        const QStringList aggregates = dumpAggregates(*document, batch);
        const QStringList figures = expectedLines(dataPath(folder + QStringLiteral("/aggregates.txt")), *document, keptKeys);
        QVERIFY2(aggregates == figures, qPrintable(QStringLiteral("\n") + difference(aggregates, figures)));
        QCOMPARE(summary.aggregateRows, qint64(figures.size()));
    } else {
        QCOMPARE(summary.aggregateRows, 0);
    }

    // The batch record: file, format, SHA-256 of the bytes, counts, skips by reason, the mapping.
    SqliteStatement record(document->database(), "SELECT file_name, format, sha256, rows_read, rows_imported,"
                                                  " skipped, mapping FROM batch WHERE id = ?");
    record.bind(1, batch);
    QVERIFY(record.step());
    QCOMPARE(record.columnText(0), QStringLiteral("data.csv"));
    QCOMPARE(record.columnText(1), detected);
    QCOMPARE(record.columnText(2),
             QString::fromLatin1(QCryptographicHash::hash(fileBytes(data), QCryptographicHash::Sha256).toHex()));
    QCOMPARE(record.columnInt(3), rowsRead);
    QCOMPARE(record.columnInt(4), summary.answers + summary.aggregateRows);
    QStringList reasons;
    const QJsonObject skips = QJsonDocument::fromJson(record.columnText(5).toUtf8()).object();
    for (auto it = skips.begin(); it != skips.end(); ++it)
        reasons << QStringLiteral("%1=%2").arg(it.key()).arg(it.value().toInteger());
    QCOMPARE(reasons.join(QLatin1Char(',')), skipped);
    const QJsonObject mapping = QJsonDocument::fromJson(record.columnText(6).toUtf8()).object();
    QCOMPARE(mapping.value(QStringLiteral("format")).toString(), detected);

    // Respondent keys: one row per person, stored as the salted hash unless kept.
    SqliteStatement keys(document->database(), "SELECT key FROM respondent");
    while (keys.step()) {
        const QString key = keys.columnText(0);
        QVERIFY2(keptKeys ? !QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(key).hasMatch()
                          : QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(key).hasMatch(),
                 qPrintable(key));
    }
    document.reset();

    // Personal data is never stored, anywhere in the file.
    const QByteArray bytes = fileBytes(m_document);
    QVERIFY(!bytes.isEmpty());
    for (const QString &secret : secrets)
        QVERIFY2(!bytes.contains(secret.toUtf8()), qPrintable(secret));
    QVERIFY(!QFile::exists(m_document + QStringLiteral("-journal")));
}

void TestImportFormats::countsPerTouchpointMetricAndKind()
{
    const ImportOutcome outcome = importInto(m_document, dataPath(QStringLiteral("long/data.csv")));
    QVERIFY2(outcome.summary, qPrintable(outcome.error));
    auto document = DocumentFile::open(m_document, DocumentFile::Access::ReadOnly);
    SqliteStatement query(document->database(),
                          "SELECT coalesce(t.name, '(journey)'), m.name, a.kind, count(*), sum(a.value) FROM measurement a"
                          " JOIN metric m ON m.id = a.metric_id LEFT JOIN touchpoint t ON t.id = a.touchpoint_id"
                          " GROUP BY 1, 2, 3 ORDER BY 1, 2, 3");
    QStringList groups;
    while (query.step())
        groups << QStringLiteral("%1 %2 %3: %4 answers, sum %5")
                      .arg(query.columnText(0), query.columnText(1))
                      .arg(query.columnInt(2))
                      .arg(query.columnInt(3))
                      .arg(query.columnDouble(4));
    QCOMPARE(groups, strings({"(journey) nps 0: 2 answers, sum 12",
                              "Compare plans csat 0: 1 answers, sum 4",
                              "Online checkout ces 0: 1 answers, sum 6",
                              "Online checkout csat 0: 2 answers, sum 7",
                              "Online checkout csat 1: 1 answers, sum 4",
                              "SIM activation emotion 0: 1 answers, sum -2",
                              "Support chat ces 0: 1 answers, sum 2",
                              "Support chat csat 0: 1 answers, sum 1",
                              "Welcome email csat 0: 1 answers, sum 3"}));
    QCOMPARE(count(*document, "SELECT count(*) FROM respondent"), 4);
    QCOMPARE(count(*document, "SELECT count(*) FROM segment"), 3);
    QCOMPARE(outcome.summary->newSegments, strings({"SIM only", "Business", "Handset bundle"}));
}

void TestImportFormats::segmentsMatchWhateverTheirCase()
{
    const QString data = m_dir->filePath(QStringLiteral("cased.csv"));
    QVERIFY(writeFile(data, "respondent,timestamp,segment,touchpoint,metric,value\n"
                            "r1,2026-03-01,Business,Online checkout,csat,4\n"
                            "r2,2026-03-01,business,Online checkout,csat,5\n"
                            "r3,2026-03-02,BUSINESS,Online checkout,csat,3\n"
                            "r4,2026-03-02,Prepaid,Online checkout,csat,2\n"));
    const ImportOutcome first = importInto(m_document, data);
    QVERIFY2(first.summary, qPrintable(first.error));
    QCOMPARE(first.summary->newSegments, strings({"Business", "Prepaid"}));
    // A later wave spelling it another way joins the same segment.
    const QString wave = m_dir->filePath(QStringLiteral("wave2.csv"));
    QVERIFY(writeFile(wave, "respondent,timestamp,segment,touchpoint,metric,value\n"
                            "r5,2026-04-01,bUsInEsS,Online checkout,csat,4\n"));
    const ImportOutcome second = importInto(m_document, wave);
    QVERIFY2(second.summary, qPrintable(second.error));
    QVERIFY(second.summary->newSegments.isEmpty());
    // The summary counts in the singular when it is one.
    QVERIFY2(first.summary->describe().contains(QStringLiteral(": 4 rows read, 4 answers stored.")),
             qPrintable(first.summary->describe()));
    QVERIFY2(second.summary->describe().contains(QStringLiteral(": 1 row read, 1 answer stored.")),
             qPrintable(second.summary->describe()));
    auto document = DocumentFile::open(m_document, DocumentFile::Access::ReadOnly);
    QCOMPARE(count(*document, "SELECT count(*) FROM segment"), 2);
    QCOMPARE(count(*document, "SELECT count(*) FROM measurement m JOIN segment s ON s.id = m.segment_id"
                              " WHERE s.name = 'Business'"), 4);
}

void TestImportFormats::respondentKeysAreHashedWithTheDocumentsSalt()
{
    // Two documents, the same file: the same person gets different keys (the salt differs), and
    // neither document holds the key as given.
    const QString other = m_dir->filePath(QStringLiteral("other.cxmap"));
    createDocument(other);
    const QString data = dataPath(QStringLiteral("long/data.csv"));
    QVERIFY(importInto(m_document, data).summary);
    QVERIFY(importInto(other, data).summary);
    QStringList keys;
    for (const QString &path : {m_document, other}) {
        auto document = DocumentFile::open(path, DocumentFile::Access::ReadOnly);
        keys << storedKey(*document, QStringLiteral("R1001"), false);
        SqliteStatement find(document->database(), "SELECT count(*) FROM respondent WHERE key = ?");
        find.bind(1, keys.last());
        QVERIFY(find.step());
        QCOMPARE(find.columnInt(0), 1);
    }
    QVERIFY(keys.at(0) != keys.at(1));
    QVERIFY(!fileBytes(m_document).contains("R1001"));
    QVERIFY(!fileBytes(other).contains("R1001"));
}

void TestImportFormats::sameRespondentAcrossBatchesIsOnePerson()
{
    // A second wave with the same respondent IDs: their answers join the same people.
    QVERIFY(importInto(m_document, dataPath(QStringLiteral("long/data.csv"))).summary);
    ImportOptions again;
    again.force = true;
    const ImportOutcome second = importInto(m_document, dataPath(QStringLiteral("long/data.csv")), again);
    QVERIFY2(second.summary, qPrintable(second.error));
    auto document = DocumentFile::open(m_document, DocumentFile::Access::ReadOnly);
    QCOMPARE(count(*document, "SELECT count(*) FROM respondent"), 4);
    QCOMPARE(count(*document, "SELECT count(DISTINCT respondent_id) FROM measurement"), 4);
    QCOMPARE(count(*document, "SELECT count(*) FROM measurement"), 22);
    QCOMPARE(count(*document, "SELECT count(*) FROM segment"), 3);
    QVERIFY(second.summary->newSegments.isEmpty());
}

void TestImportFormats::aggregatedRowsNeedAMeanOrTopBox()
{
    const QString data = m_dir->filePath(QStringLiteral("figures.csv"));
    QVERIFY(writeFile(data, "touchpoint,metric,period,segment,n,mean,top_box\n"
                            "Online checkout,csat,2026-01,,40,,\n"));
    const ImportOutcome outcome = importInto(m_document, data);
    QCOMPARE(outcome.error, data + QStringLiteral(":2: a row needs a mean or a top_box"));
}

QTEST_GUILESS_MAIN(TestImportFormats)
#include "tst_importformats.moc"
