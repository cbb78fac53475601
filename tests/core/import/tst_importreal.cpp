// Survey data as it really comes (issue 12): exports tried as a new user would, each importing
// without hand-work — a wide file without a respondent column, "not rated" per column and
// metric, headers spelled otherwise than the map, published top-box tables, mappings without a
// format, the survey tools' answer labels, SurveyMonkey's sparse question row, and the encodings
// Excel and the tools save in. Fixtures are in tests/data/import/ (see make-fixtures.py there).
#include "analysis/findings.h"
#include "import/importcontext.h"
#include "import/rowreaders.h"
#include "importtestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace cxmap;
using namespace cxmap::test;

class TestImportReal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void wideFileWithoutRespondentColumn();
    void notRatedNeverDropsTheOutcomesAnswers();
    void notRatedPerColumnAndMetric();
    void headersMatchByLettersAndDigits_data();
    void headersMatchByLettersAndDigits();
    void everyColumnNotImportedIsListedAndRatingsWarnFirst();
    void ampersandMatchesAnd();
    void publishedTopBoxTable();
    void periodsAsPublished_data();
    void periodsAsPublished();
    void documentWithOnlyAggregatedDataHasFindings();
    void aggregatedRowsWithoutNAreScoredUnreliable();
    void mappingWithoutFormatIsDetected();
    void surveyToolLabelsNeedNoMapping();
    void surveyMonkeyWithSparseQuestionRow();
    void encodings_data();
    void encodings();
    void encodingThatFitsNothing();
    void utf32IsRefusedByName();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_document;
};

namespace {

Findings analyse(const QString &path, const AnalysisRequest &request = {})
{
    auto document = DocumentFile::open(path, DocumentFile::Access::ReadOnly);
    return computeFindings(document->database(), document->readJourney(), request);
}

const TouchpointFinding *findingNamed(const Findings &findings, const QString &name)
{
    for (const TouchpointFinding &finding : findings.touchpoints)
        if (finding.name == name)
            return &finding;
    return nullptr;
}

ImportOptions withMapping(const QString &folder)
{
    ImportOptions options;
    options.mapping = readMapping(dataPath(folder + QStringLiteral("/mapping.json")));
    return options;
}

} // namespace

void TestImportReal::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_document = m_dir->filePath(QStringLiteral("map.cxmap"));
    createDocument(m_document);
}

void TestImportReal::wideFileWithoutRespondentColumn()
{
    // 40 passengers, one row each, no ID column: each row is one respondent, so the outcome
    // pairs with the ratings and the analysis finds what decides the recommendation.
    const ImportOutcome outcome = importInto(m_document, dataPath(QStringLiteral("real-airline/data.csv")),
                                             withMapping(QStringLiteral("real-airline")));
    QVERIFY2(outcome.summary, qPrintable(outcome.error));
    QVERIFY(outcome.summary->respondentPerRow);
    QVERIFY2(outcome.summary->describe().contains(QStringLiteral("No respondent column: each of the 40 rows is one respondent.")),
             qPrintable(outcome.summary->describe()));
    {
        auto document = DocumentFile::open(m_document, DocumentFile::Access::ReadOnly);
        QCOMPARE(count(*document, "SELECT count(*) FROM respondent"), 40);
        QCOMPARE(count(*document, "SELECT count(DISTINCT respondent_id) FROM measurement"), 40);
        // Every respondent has one outcome answer.
        QCOMPARE(count(*document, "SELECT count(*) FROM measurement WHERE touchpoint_id = 0"), 40);
    }
    const Findings findings = analyse(m_document);
    QCOMPARE(findings.respondents, 40);
    QCOMPARE(findings.outcomeMetric, QStringLiteral("recommended"));
    const TouchpointFinding *boarding = findingNamed(findings, QStringLiteral("Online boarding"));
    QVERIFY(boarding && boarding->importance && boarding->importance->valid);
    QVERIFY2(boarding->importance->r > 0.7, qPrintable(QString::number(boarding->importance->r)));
    QVERIFY(findings.momentsOfTruth.contains(boarding->id));

    // A second import of a copy: its rows are other people.
    const QString copy = m_dir->filePath(QStringLiteral("wave2.csv"));
    QVERIFY(QFile::copy(dataPath(QStringLiteral("real-airline/data.csv")), copy));
    ImportOptions again = withMapping(QStringLiteral("real-airline"));
    again.force = true;
    QVERIFY(importInto(m_document, copy, again).summary);
    auto document = DocumentFile::open(m_document, DocumentFile::Access::ReadOnly);
    QCOMPARE(count(*document, "SELECT count(*) FROM respondent"), 80);
}

void TestImportReal::notRatedNeverDropsTheOutcomesAnswers()
{
    // "not_rated": ["0"] is meant for the 1–5 ratings; the 0/1 outcome keeps every 0.
    const QByteArray csv = fileBytes(dataPath(QStringLiteral("real-airline/data.csv")));
    const int zeros = int(csv.count(",0\n"));
    QVERIFY(zeros > 5);
    const ImportOutcome outcome = importInto(m_document, dataPath(QStringLiteral("real-airline/data.csv")),
                                             withMapping(QStringLiteral("real-airline")));
    QVERIFY2(outcome.summary, qPrintable(outcome.error));
    auto document = DocumentFile::open(m_document, DocumentFile::Access::ReadOnly);
    QCOMPARE(count(*document, "SELECT count(*) FROM measurement WHERE touchpoint_id = 0 AND value = 0"), zeros);
    // The ratings' 0s are skipped as "not rated", not stored.
    QCOMPARE(count(*document, "SELECT count(*) FROM measurement WHERE touchpoint_id <> 0 AND value = 0"), 0);
    QVERIFY(outcome.summary->skipped.value(QStringLiteral("not rated")) > 0);
}

void TestImportReal::notRatedPerColumnAndMetric()
{
    const QString data = m_dir->filePath(QStringLiteral("ratings.csv"));
    QVERIFY(writeFile(data, "id,Online checkout,Welcome email,Support chat - effort,Overall satisfaction\n"
                            "1,0,9,7,0\n"
                            "2,4,3,3,5\n"
                            "3,5,9,2,9\n"));
    const QString mapping = m_dir->filePath(QStringLiteral("mapping.json"));
    // The list for every rated column ("*"), one for the ces metric, a column's own, and the
    // outcome's own (9 means "don't know" on that question).
    QVERIFY(writeFile(mapping, R"({
        "not_rated": {"*": ["0"], "ces": ["7"]},
        "columns": {"Welcome email": {"touchpoint": "Welcome email", "metric": "csat", "not_rated": ["9"]}},
        "outcome": {"column": "Overall satisfaction", "metric": "csat", "not_rated": ["9", "0"]}
    })"));
    ImportOptions options;
    options.mapping = readMapping(mapping);
    QVERIFY(options.mapping);
    QVERIFY(!options.mapping->format);
    const ImportOutcome outcome = importInto(m_document, data, options);
    QVERIFY2(outcome.summary, qPrintable(outcome.error));
    auto document = DocumentFile::open(m_document, DocumentFile::Access::ReadOnly);
    QStringList values;
    for (const QString &line : dumpAnswers(*document, outcome.summary->batch.value()))
        values << line.section(QLatin1Char('|'), 0, 3);
    QCOMPARE(values, strings({"(journey)|csat|experience|5", "Online checkout|csat|experience|4",
                              "Online checkout|csat|experience|5", "Support chat|ces|experience|2",
                              "Support chat|ces|experience|3", "Welcome email|csat|experience|3"}));
    QCOMPARE(outcome.summary->skipped.value(QStringLiteral("not rated")), 6);

    // A column's own list replaces the others: a 0 there is an answer, and off the scale.
    QVERIFY(writeFile(data, "id,Online checkout,Welcome email,Support chat - effort,Overall satisfaction\n"
                            "1,0,0,7,0\n"));
    const ImportOutcome refused = importInto(m_document, data, options);
    QVERIFY2(refused.error.startsWith(data + QStringLiteral(":2:3: 0 is outside the csat scale")), qPrintable(refused.error));
}

void TestImportReal::headersMatchByLettersAndDigits_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("touchpoint");
    QTest::newRow("hyphen") << QStringLiteral("In-flight Wifi Service") << QStringLiteral("Inflight wifi service");
    QTest::newRow("spacing and case") << QStringLiteral("ONLINE  BOARDING") << QStringLiteral("Online boarding");
    QTest::newRow("hyphen in wi-fi") << QStringLiteral("Inflight Wi-Fi service") << QStringLiteral("Inflight wifi service");
    QTest::newRow("accent") << QStringLiteral("Séat Comfört") << QStringLiteral("Seat comfort");
    QTest::newRow("with a metric word") << QStringLiteral("In-flight wifi service - expectation")
                                        << QStringLiteral("Inflight wifi service");
    QTest::newRow("question - matrix row") << QStringLiteral("How was it? - Online-Checkout") << QStringLiteral("Online checkout");
}

void TestImportReal::headersMatchByLettersAndDigits()
{
    QFETCH(QString, header);
    QFETCH(QString, touchpoint);
    const QString data = m_dir->filePath(QStringLiteral("wide.csv"));
    QVERIFY(writeFile(data, "id,\"" + header.toUtf8() + "\"\nr1,4\n"));
    const ImportOutcome outcome = importInto(m_document, data);
    QVERIFY2(outcome.summary, qPrintable(outcome.error));
    QCOMPARE(outcome.summary->unmatchedColumns, QStringList());
    QCOMPARE(outcome.summary->automaticColumns.size(), 1);
    QVERIFY2(outcome.summary->automaticColumns.first().startsWith(header + QStringLiteral(" → ") + touchpoint),
             qPrintable(outcome.summary->automaticColumns.first()));
    // Listed for the user to confirm.
    QVERIFY(outcome.summary->describe().contains(QStringLiteral("Matched by name (check them):\n  ") + header));
}

void TestImportReal::everyColumnNotImportedIsListedAndRatingsWarnFirst()
{
    const ImportOutcome outcome = importInto(m_document, dataPath(QStringLiteral("real-airline/data.csv")),
                                             withMapping(QStringLiteral("real-airline")));
    QVERIFY2(outcome.summary, qPrintable(outcome.error));
    const ImportSummary &summary = *outcome.summary;
    QCOMPARE(summary.unmatchedColumns, strings({"Gender", "Customer Type", "Age", "Type of Travel", "Flight Distance",
                                                "Baggage handling", "Departure Delay in Minutes"}));
    // Only the column of 1–5 answers is a rating that went nowhere; age, distance and delay are not.
    QCOMPARE(summary.warnings.size(), 1);
    QVERIFY2(summary.warnings.first().startsWith(QStringLiteral("column \"Baggage handling\" looks like ratings (whole numbers 1 to 5)")),
             qPrintable(summary.warnings.first()));
    const QStringList lines = summary.describe().split(QLatin1Char('\n'));
    QVERIFY2(lines.first().startsWith(QStringLiteral("Warning: column \"Baggage handling\"")), qPrintable(lines.first()));
    // Every column named, none hidden behind "and 6 more".
    const QString last = lines.filter(QStringLiteral("Not imported")).value(0);
    QVERIFY(!last.contains(QStringLiteral("more")));
    QVERIFY(last.contains(QStringLiteral("Departure Delay in Minutes")));
}

void TestImportReal::ampersandMatchesAnd()
{
    QCOMPARE(matchKey(u"Food & drink"), matchKey(u"food and drink"));
    QCOMPARE(matchKey(u"In-flight Wifi Service"), matchKey(u"Inflight wifi service"));
    QCOMPARE(matchKey(u"Crème brûlée"), QStringLiteral("cremebrulee"));
    QVERIFY(matchKey(u"Check-in 2") != matchKey(u"Check-in"));

    Journey journey = importJourney();
    Touchpoint food;
    food.id = TouchpointId(journey.allocateId());
    food.stage = journey.stages().at(4).id;
    food.lane = journey.lanes().at(2).id;
    food.name = QStringLiteral("Food & drink");
    journey.touchpoints().append(food);
    const QString path = m_dir->filePath(QStringLiteral("food.cxmap"));
    createDocument(path, journey);
    const QString data = m_dir->filePath(QStringLiteral("food.csv"));
    QVERIFY(writeFile(data, "id,Food and Drink,touchpoint_check\nr1,5,x\n"));
    const ImportOutcome outcome = importInto(path, data);
    QVERIFY2(outcome.summary, qPrintable(outcome.error));
    QCOMPARE(outcome.summary->automaticColumns, strings({"Food and Drink → Food & drink (csat)"}));
}

void TestImportReal::publishedTopBoxTable()
{
    // A published table: measures renamed by the mapping, periods as MM_YYYY, Qn YYYY and
    // MM/YYYY, percentages (the header says so, so 0.7 is 0.7%), no n, no metric column.
    const ImportOutcome outcome = importInto(m_document, dataPath(QStringLiteral("published/data.csv")),
                                             withMapping(QStringLiteral("published")));
    QVERIFY2(outcome.summary, qPrintable(outcome.error));
    QCOMPARE(formatName(outcome.summary->format), QStringLiteral("aggregated"));
    QCOMPARE(outcome.summary->aggregateRows, 5);
    QCOMPARE(outcome.summary->unknownN, 5);
    QCOMPARE(outcome.summary->unmatchedColumns, QStringList());
    QVERIFY(outcome.summary->describe().contains(QStringLiteral("5 aggregated rows without n: kept as \"n unknown\"")));
    auto document = DocumentFile::open(m_document, DocumentFile::Access::ReadOnly);
    QStringList aggregates;
    SqliteStatement query(document->database(),
                          "SELECT t.name, m.name, a.month_from, a.month_to, a.n IS NULL, a.top_box FROM aggregate a"
                          " JOIN touchpoint t ON t.id = a.touchpoint_id JOIN metric m ON m.id = a.metric_id ORDER BY 1, 3");
    while (query.step())
        aggregates << QStringLiteral("%1|%2|%3|%4|%5|%6")
                          .arg(query.columnText(0), query.columnText(1), monthText(query.columnInt(2)),
                               monthText(query.columnInt(3)))
                          .arg(query.columnInt(4) ? QStringLiteral("n unknown") : QStringLiteral("n"))
                          .arg(query.columnDouble(5));
    QCOMPARE(aggregates, strings({"Online checkout|csat|2026-01|2026-01|n unknown|0.78",
                                  "Online checkout|csat|2026-02|2026-02|n unknown|0.81",
                                  "SIM activation|csat|2026-03|2026-03|n unknown|0.007",
                                  "Support chat|csat|2026-01|2026-03|n unknown|0.55",
                                  "Welcome email|csat|2026-01|2026-01|n unknown|0.64"}));
}

void TestImportReal::periodsAsPublished_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("months"); // "from..to"; empty: not a period
    const auto row = [](const char *name, const char *text, const char *months) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(months);
    };
    row("year", "2026", "2026-01..2026-12");
    row("year-month", "2026-03", "2026-03..2026-03");
    row("quarter", "2026-Q2", "2026-04..2026-06");
    row("quarter first", "Q4 2025", "2025-10..2025-12");
    row("MM_YYYY", "03_2026", "2026-03..2026-03");
    row("MM/YYYY", "3/2026", "2026-03..2026-03");
    row("a date", "2026-03-14", "2026-03..2026-03");
    row("a US date", "12/31/2025", "2025-12..2025-12");
    row("month 13", "13_2026", "");
    row("quarter 5", "2026-Q5", "");
    row("words", "spring", "");
}

void TestImportReal::periodsAsPublished()
{
    QFETCH(QString, text);
    QFETCH(QString, months);
    const auto period = parsePeriod(text.toUtf8());
    QCOMPARE(period ? monthText(period->first) + QStringLiteral("..") + monthText(period->second) : QString(), months);
}

void TestImportReal::documentWithOnlyAggregatedDataHasFindings()
{
    // Published figures with n alone: scores and weakest links, no --metric needed.
    const ImportOutcome outcome = importInto(m_document, dataPath(QStringLiteral("aggregated/data.csv")));
    QVERIFY2(outcome.summary, qPrintable(outcome.error));
    const Findings findings = analyse(m_document);
    QVERIFY(findings.metrics.contains(QStringLiteral("csat")));
    const TouchpointFinding *checkout = findingNamed(findings, QStringLiteral("Online checkout"));
    QVERIFY(checkout && checkout->reliable && checkout->aggregatedOnly);
    QCOMPARE(checkout->performance.n, 800);
    // The top-box-only row scores too: 78% in the top box reads as 78.
    const TouchpointFinding *email = findingNamed(findings, QStringLiteral("Welcome email"));
    QVERIFY(email && email->performance.n == 950);
    QCOMPARE(qRound(email->performance.mean), 78);
    QVERIFY(!findings.weakestLinks.isEmpty());
    QVERIFY(findings.weakestLinks.contains(checkout->id));
}

void TestImportReal::aggregatedRowsWithoutNAreScoredUnreliable()
{
    QVERIFY(importInto(m_document, dataPath(QStringLiteral("published/data.csv")), withMapping(QStringLiteral("published"))).summary);
    const Findings findings = analyse(m_document);
    const TouchpointFinding *checkout = findingNamed(findings, QStringLiteral("Online checkout"));
    QVERIFY(checkout);
    QVERIFY(checkout->nUnknown);
    QVERIFY(!checkout->reliable);
    QCOMPARE(checkout->performance.n, 0);
    QCOMPARE(checkout->performance.mean, 79.5);
    // Shown on the map, marked: a card score with no n.
    const QHash<TouchpointId, CardScore> cards = findings.cardScores();
    QVERIFY(cards.contains(checkout->id));
    QCOMPARE(cards.value(checkout->id).n, 0);
    QVERIFY(cards.value(checkout->id).nUnknown);
    QCOMPARE(cards.value(checkout->id).countText(), QStringLiteral("n ?"));
    QVERIFY(!cards.value(checkout->id).reliable);
    // Never a weakest link: they rank reliable scores only.
    QVERIFY(findings.weakestLinks.isEmpty());
}

void TestImportReal::mappingWithoutFormatIsDetected()
{
    // The published table's mapping has no "format": the renamed columns make it aggregated.
    const std::optional<ImportMapping> mapping = readMapping(dataPath(QStringLiteral("published/mapping.json")));
    QVERIFY(mapping && !mapping->format);
    // The airline mapping neither: its file is wide.
    const ImportOutcome outcome = importInto(m_document, dataPath(QStringLiteral("real-airline/data.csv")),
                                             withMapping(QStringLiteral("real-airline")));
    QVERIFY2(outcome.summary, qPrintable(outcome.error));
    QCOMPARE(outcome.summary->format, ImportFormat::Wide);
}

void TestImportReal::surveyToolLabelsNeedNoMapping()
{
    // German answer texts in a file Excel saved on Windows: no mapping, any case, the effort
    // scale's five points stretched onto ces 1–7, likelihood by its end labels.
    const ImportOutcome outcome = importInto(m_document, dataPath(QStringLiteral("labels/german-excel.csv")));
    QVERIFY2(outcome.summary, qPrintable(outcome.error));
    QCOMPARE(outcome.summary->encoding, QStringLiteral("Windows-1252"));
    auto document = DocumentFile::open(m_document, DocumentFile::Access::ReadOnly);
    QStringList values;
    for (const QString &line : dumpAnswers(*document, outcome.summary->batch.value()))
        values << line.section(QLatin1Char('|'), 0, 3) + QLatin1Char('|') + line.section(QLatin1Char('|'), 6, 6);
    QCOMPARE(values, strings({"(journey)|nps|experience|0|2026-03", "(journey)|nps|experience|10|2026-03",
                              "(journey)|nps|experience|3|2026-03", "Online checkout|csat|experience|2|2026-03",
                              "Online checkout|csat|experience|3|2026-03", "Online checkout|csat|experience|5|2026-03",
                              "Support chat|ces|experience|1|2026-03", "Support chat|ces|experience|4|2026-03",
                              "Support chat|ces|experience|5.5|2026-03", "Welcome email|csat|experience|4|2026-03",
                              "Welcome email|csat|experience|5|2026-03"}));
    QCOMPARE(outcome.summary->skipped.value(QStringLiteral("not rated")), 1); // "Weiß nicht"
}

void TestImportReal::surveyMonkeyWithSparseQuestionRow()
{
    // The question row names 3 of 17 columns; it is the header, not a title line. Its unipolar
    // labels ("Very satisfied" is the 4th point) show only on the third row: the file is read
    // again with that scale, and the first rows' answers are right.
    const ImportOutcome outcome = importInto(m_document, dataPath(QStringLiteral("surveymonkey-sparse/data.csv")));
    QVERIFY2(outcome.summary, qPrintable(outcome.error));
    QCOMPARE(outcome.summary->format, ImportFormat::SurveyMonkey);
    QCOMPARE(outcome.summary->unmatchedColumns, QStringList());
    QCOMPARE(outcome.summary->rowsRead, 3);
    auto document = DocumentFile::open(m_document, DocumentFile::Access::ReadOnly);
    const auto valueOf = [&](const char *touchpoint, const char *metric, const char *respondent) {
        SqliteStatement query(document->database(),
                              "SELECT a.value FROM measurement a JOIN touchpoint t ON t.id = a.touchpoint_id"
                              " JOIN metric m ON m.id = a.metric_id JOIN respondent r ON r.id = a.respondent_id"
                              " WHERE t.name = ? AND m.name = ? AND r.key = ?");
        query.bind(1, QString::fromUtf8(touchpoint));
        query.bind(2, QString::fromUtf8(metric));
        query.bind(3, storedKey(*document, QString::fromUtf8(respondent), false));
        return query.step() ? QString::number(query.columnDouble(0)) : QString();
    };
    QCOMPARE(valueOf("Compare plans", "csat", "114211239876"), QStringLiteral("4"));     // Very satisfied
    QCOMPARE(valueOf("Online checkout", "csat", "114211239876"), QStringLiteral("3"));   // Somewhat satisfied
    QCOMPARE(valueOf("Online checkout", "csat", "114211242098"), QStringLiteral("2"));   // Not so satisfied
    QCOMPARE(valueOf("Welcome email", "csat", "114211242098"), QStringLiteral("1"));     // Not at all satisfied
    QCOMPARE(valueOf("Compare plans", "csat", "114211242098"), QStringLiteral("5"));     // Extremely satisfied
    QCOMPARE(valueOf("Online checkout", "ces", "114211239876"), QStringLiteral("5.5"));  // Low effort, on 1–7
    QVERIFY(outcome.summary->labelScales.join(QLatin1Char(';')).contains(QStringLiteral("satisfaction, unipolar (SurveyMonkey)")));
}

void TestImportReal::encodings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    const auto row = [](const char *name, const char *file, const char *encoding) {
        QTest::newRow(name) << QString::fromUtf8(file) << QString::fromUtf8(encoding);
    };
    row("UTF-8", "utf8.csv", "UTF-8");
    row("UTF-8 with BOM", "utf8-bom.csv", "UTF-8 with BOM");
    row("UTF-16LE with BOM, CRLF", "utf16le-bom.csv", "UTF-16LE with BOM");
    row("UTF-16BE with BOM", "utf16be-bom.csv", "UTF-16BE with BOM");
    row("Windows-1252 (Excel on Windows)", "windows-1252.csv", "Windows-1252");
}

void TestImportReal::encodings()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    const ImportOutcome outcome = importInto(m_document, dataPath(QStringLiteral("encodings/") + file));
    QVERIFY2(outcome.summary, qPrintable(outcome.error));
    QCOMPARE(outcome.summary->encoding, encoding);
    QVERIFY(outcome.summary->describe().contains(QStringLiteral("(wide format, ") + encoding + QStringLiteral(")")));
    QCOMPARE(outcome.summary->newSegments, strings({"Café Crème", "Über-Kunden", "Preis € – günstig"}));
    QCOMPARE(outcome.summary->answers, 6);
}

void TestImportReal::encodingThatFitsNothing()
{
    // UTF-8 first, then a byte that is not: neither UTF-8 nor one encoding for the whole file.
    const QString data = dataPath(QStringLiteral("encodings/mixed.csv"));
    const ImportOutcome outcome = importInto(m_document, data);
    QCOMPARE(outcome.error, data + QStringLiteral(":3:2: not valid UTF-8, though the text before it is; save the whole file as UTF-8"));
    // A byte Windows-1252 has no character for, in a file that is not UTF-8.
    const QString undefined = m_dir->filePath(QStringLiteral("undefined.csv"));
    QVERIFY(writeFile(undefined, "respondent;segment;Online checkout\nR1;Caf\xe9;5\nR2;x\x81y;4\n"));
    QCOMPARE(importInto(m_document, undefined).error,
             undefined + QStringLiteral(":3:2: byte 0x81 is text neither in UTF-8 nor in Windows-1252; save the file as UTF-8"));
}

void TestImportReal::utf32IsRefusedByName()
{
    const QString data = dataPath(QStringLiteral("encodings/utf32.csv"));
    QCOMPARE(importInto(m_document, data).error,
             data + QStringLiteral(":1:1: the file is UTF-32, which cxmap does not read; save it as UTF-8 or UTF-16"));
}

QTEST_GUILESS_MAIN(TestImportReal)
#include "tst_importreal.moc"
