// Help → User Guide (issue 14): the bundled guide covers the three users' tasks, every link in it
// and every "What's this?" link to it lands on something, every number `cxmap analyze` reports
// has a glossary entry with its formula, the search finds across pages, and the guide follows
// the light and dark themes.
#include "actions/helpactions.h"
#include "apptheme.h"
#include "dataworkspace.h"
#include "findings/findingscontroller.h"
#include "findings/findingspanel.h"
#include "help/guide.h"
#include "help/helpwindow.h"
#include "help/whatsthis.h"
#include "panels/inspectordock.h"
#include "panels/touchpointinspector.h"
#include "panels/transitioninspector.h"
#include "runcxmap.h"
#include "uitestsupport.h"

#include <QAction>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QWhatsThisClickedEvent>

using namespace cxmap;
using namespace cxmap::test;

namespace {

constexpr int Timeout = 60000;

QStringList hrefsIn(const QString &html)
{
    QStringList hrefs;
    static const QRegularExpression href(QStringLiteral("href=\"([^\"]+)\""));
    for (auto it = href.globalMatch(html); it.hasNext();)
        hrefs << it.next().captured(1);
    return hrefs;
}

/** A "What's this?" link ("cxmap-guide:glossary.html#reach") as the guide's url. */
QUrl guideUrlOf(const QString &href)
{
    const QString target = href.mid(QStringLiteral("cxmap-guide:").size());
    const qsizetype hash = target.indexOf(QLatin1Char('#'));
    return Guide::pageUrl(target.left(hash), hash < 0 ? QString() : target.mid(hash + 1));
}

} // namespace

class TestHelp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { isolateSettings(); }

    void coversTheThreeUsersTasks();
    void everyLinkInTheGuideLands();
    void glossaryEntriesHaveFormulas();
    void everyNumberOfAnalyzeHasAnEntry();
    void searchFindsAcrossPages();
    void whatsThisLinksOpenTheGlossary();
    void guideFollowsTheTheme();
};

void TestHelp::coversTheThreeUsersTasks()
{
    const Guide guide;
    QCOMPARE(guide.pages(), (QStringList{QStringLiteral("index.html"), QStringLiteral("build.html"),
                                         QStringLiteral("import.html"), QStringLiteral("findings.html"),
                                         QStringLiteral("present.html"), QStringLiteral("export.html"),
                                         QStringLiteral("glossary.html")}));
    QStringList titles;
    for (const Guide::Section &section : guide.sections())
        if (section.level == 1)
            titles << section.title;
    QCOMPARE(titles, (QStringList{QStringLiteral("cxmap User Guide"), QStringLiteral("Build a map"),
                                  QStringLiteral("Import survey data"), QStringLiteral("Read the findings"),
                                  QStringLiteral("Present in a workshop"), QStringLiteral("Export the report"),
                                  QStringLiteral("Glossary")}));
    // Every chapter says something: at least three linkable sections each.
    for (const QString &page : guide.pages().mid(1, 5)) {
        qsizetype sections = 0;
        for (const Guide::Section &section : guide.sections())
            sections += section.page == page && section.level == 2 && section.text.size() > 200;
        QVERIFY2(sections >= 3, qPrintable(page));
    }
}

void TestHelp::everyLinkInTheGuideLands()
{
    const Guide guide;
    int links = 0;
    for (const QString &page : guide.pages()) {
        const QUrl base = Guide::pageUrl(page);
        for (const QString &href : hrefsIn(guide.html(page))) {
            ++links;
            const QUrl target = base.resolved(QUrl(href));
            QVERIFY2(guide.resolves(target), qPrintable(QStringLiteral("%1: %2").arg(page, href)));
        }
    }
    QVERIFY(links > 60);
    QVERIFY(!guide.resolves(Guide::glossary(QStringLiteral("no-such-entry"))));
    QVERIFY(!guide.resolves(Guide::pageUrl(QStringLiteral("missing.html"))));
}

void TestHelp::glossaryEntriesHaveFormulas()
{
    const Guide guide;
    const QString html = guide.html(QStringLiteral("glossary.html"));
    const QStringList entries = html.split(QStringLiteral("<h3 id=\"")).mid(1);
    QVERIFY(entries.size() >= 30);
    for (const QString &entry : entries) {
        const QString id = entry.left(entry.indexOf(QLatin1Char('"')));
        QVERIFY2(entry.contains(QStringLiteral("<p class=\"formula\">")), qPrintable(id));
        // The list at the top of the page leads to every entry.
        QVERIFY2(html.contains(QStringLiteral("href=\"#%1\"").arg(id)), qPrintable(id));
    }
}

void TestHelp::everyNumberOfAnalyzeHasAnEntry()
{
    // What `cxmap analyze --json` reports of a touchpoint, and where the glossary explains it.
    // A new number there fails this test until the glossary explains it too.
    const QHash<QString, QString> entryOf{
        {QStringLiteral("n"), QStringLiteral("n")},
        {QStringLiteral("n_unknown"), QStringLiteral("n-unknown")},
        {QStringLiteral("performance"), QStringLiteral("performance")},
        {QStringLiteral("performance_detail"), QStringLiteral("confidence-interval")},
        {QStringLiteral("ci_low"), QStringLiteral("confidence-interval")},
        {QStringLiteral("ci_high"), QStringLiteral("confidence-interval")},
        {QStringLiteral("reliable"), QStringLiteral("reliable")},
        {QStringLiteral("evidence"), QStringLiteral("evidence")},
        {QStringLiteral("aggregated_only"), QStringLiteral("aggregated-only")},
        {QStringLiteral("expectation"), QStringLiteral("expectation")},
        {QStringLiteral("expectation_source"), QStringLiteral("expectation")},
        {QStringLiteral("gap"), QStringLiteral("gap")},
        {QStringLiteral("cx_ratio"), QStringLiteral("cx-ratio")},
        {QStringLiteral("reach"), QStringLiteral("reach")},
        {QStringLiteral("expected_visits"), QStringLiteral("expected-visits")},
        {QStringLiteral("observed_reach"), QStringLiteral("observed-reach")},
        {QStringLiteral("unavoidable"), QStringLiteral("unavoidable")},
        {QStringLiteral("importance"), QStringLiteral("importance")},
        {QStringLiteral("importance_detail"), QStringLiteral("importance")},
        {QStringLiteral("declining"), QStringLiteral("trend")},
        {QStringLiteral("trend"), QStringLiteral("trend")},
        {QStringLiteral("impact"), QStringLiteral("impact")},
        {QStringLiteral("moment_of_truth"), QStringLiteral("moment-of-truth")},
        {QStringLiteral("flagged_by_hand"), QStringLiteral("moment-of-truth")},
        {QStringLiteral("moment_of_truth_by_data"), QStringLiteral("moment-of-truth")},
        {QStringLiteral("quadrant"), QStringLiteral("quadrant")},
        {QStringLiteral("metrics"), QStringLiteral("normalised-value")},
        {QStringLiteral("top_box"), QStringLiteral("top-box")},
        {QStringLiteral("nps"), QStringLiteral("nps")},
        {QStringLiteral("distribution"), QStringLiteral("distribution")},
    };
    const QStringList names{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("stage")};

    QTemporaryDir dir;
    const QString demo = dir.filePath(QStringLiteral("demo.cxmap"));
    QCOMPARE(runCxmap({QStringLiteral("demo"), demo}).exitCode, 0);
    const CliResult analysis = runCxmap({QStringLiteral("analyze"), demo, QStringLiteral("--json")});
    QCOMPARE(analysis.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(analysis.out.toUtf8()).object();
    const QJsonArray touchpoints = json.value(QStringLiteral("touchpoints")).toArray();
    QVERIFY(!touchpoints.isEmpty());
    const Guide guide;
    QSet<QString> seen;
    for (const QJsonValue &value : touchpoints) {
        const QJsonObject touchpoint = value.toObject();
        QStringList keys = touchpoint.keys();
        for (const QJsonValue &metric : touchpoint.value(QStringLiteral("metrics")).toArray())
            keys += metric.toObject().keys();
        for (const QString &key : std::as_const(keys)) {
            if (names.contains(key) || seen.contains(key))
                continue;
            seen.insert(key);
            // A metric's own fields: its name and scale are the normalised value's business.
            if (QStringList{QStringLiteral("metric"), QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("higher_is_better"), QStringLiteral("answers")}.contains(key))
                continue;
            QVERIFY2(entryOf.contains(key), qPrintable(QStringLiteral("analyze reports \"%1\"; the glossary does not explain it").arg(key)));
            QVERIFY2(guide.resolves(Guide::glossary(entryOf.value(key))), qPrintable(entryOf.value(key)));
        }
    }
    // The demo exercises the numbers that matter, not a subset by luck.
    for (const char *key : {"impact", "importance", "reach", "quadrant", "nps", "top_box", "trend"})
        QVERIFY2(seen.contains(QString::fromLatin1(key)), key);
}

void TestHelp::searchFindsAcrossPages()
{
    HelpWindow window;
    window.show();
    // One word from deep in the glossary.
    window.search(QStringLiteral("Fisher"));
    QVERIFY(window.results()->isVisible());
    QVERIFY(!window.contents()->isVisible());
    QCOMPARE(window.results()->item(0)->data(Qt::UserRole).toUrl(), Guide::glossary(QStringLiteral("importance")));
    // Several words, all required, in any order, across pages; case and accents ignored.
    window.search(QStringLiteral("CLICKER pagedown"));
    QCOMPARE(window.results()->count(), 1);
    QCOMPARE(window.results()->item(0)->data(Qt::UserRole).toUrl(), Guide::pageUrl(QStringLiteral("present.html"), QStringLiteral("present-keys")));
    window.search(QStringLiteral("naïve"));
    window.search(QStringLiteral("reach"));
    QVERIFY(window.results()->count() >= 5);
    QCOMPARE(window.results()->item(0)->data(Qt::UserRole).toUrl().fragment(), QStringLiteral("reach")); // the title match first
    // Enter opens the first result with the words marked on the page.
    QTest::keyClick(window.searchField(), Qt::Key_Return);
    QCOMPARE(window.currentUrl().adjusted(QUrl::RemoveFragment), Guide::pageUrl(QStringLiteral("glossary.html")));
    QVERIFY(window.browser()->extraSelections().size() >= 5);
    for (const QTextEdit::ExtraSelection &mark : window.browser()->extraSelections())
        QCOMPARE(mark.cursor.selectedText().toLower(), QStringLiteral("reach"));

    window.search(QStringLiteral("zzqqx"));
    QCOMPARE(window.results()->count(), 0);
    QVERIFY(window.findChild<QLabel *>()->isVisible() || !window.results()->isVisible());
    // Clearing the search brings the contents back and the marks go.
    window.searchField()->clear();
    QVERIFY(window.contents()->isVisible());
    QVERIFY(window.browser()->extraSelections().isEmpty());
    QCOMPARE(window.contents()->topLevelItemCount(), 7);
}

void TestHelp::whatsThisLinksOpenTheGlossary()
{
    Editor editor(Editor::DemoWithAnswers);
    QTRY_VERIFY_WITH_TIMEOUT(editor.window->data()->controller()->hasFindings() && !editor.window->data()->controller()->isBusy(), Timeout);
    const Guide guide;
    FindingsPanel *panel = editor.window->data()->findingsPanel();
    QTRY_VERIFY(panel->tree()->topLevelItemCount() > 3);

    // Every "What's this?" text in the window, widgets and list rows, links somewhere real.
    QStringList texts;
    for (QWidget *widget : editor.window->findChildren<QWidget *>())
        texts << widget->whatsThis();
    for (QAction *action : editor.window->findChildren<QAction *>())
        texts << action->whatsThis();
    for (int i = 0; i < panel->tree()->topLevelItemCount(); ++i) {
        QTreeWidgetItem *section = panel->tree()->topLevelItem(i);
        texts << section->whatsThis(0);
        for (int j = 0; j < section->childCount(); ++j)
            texts << section->child(j)->whatsThis(0);
    }
    QSet<QString> targets;
    for (const QString &text : std::as_const(texts))
        for (const QString &href : hrefsIn(text)) {
            QVERIFY2(href.startsWith(QLatin1String("cxmap-guide:")), qPrintable(href));
            QVERIFY2(guide.resolves(guideUrlOf(href)), qPrintable(href));
            targets.insert(guideUrlOf(href).fragment());
        }
    for (const char *term : {"impact", "moment-of-truth", "unavoidable", "weakest-path", "basis", "performance", "expectation", "share"})
        QVERIFY2(targets.contains(QString::fromLatin1(term)), qPrintable(QStringList(targets.cbegin(), targets.cend()).join(QLatin1Char(' ')) + QStringLiteral(" lacks ") + QString::fromLatin1(term)));

    // The weakest-links section explains itself and its link opens the guide there.
    QTreeWidgetItem *weakest = panel->tree()->topLevelItem(0);
    QVERIFY(weakest->whatsThis(0).contains(QStringLiteral("glossary.html#impact")));
    QVERIFY(!editor.window->helpActions()->guideWindow());
    QWhatsThisClickedEvent clicked(WhatsThis::glossaryHref(QStringLiteral("impact")));
    QCoreApplication::sendEvent(panel->tree()->viewport(), &clicked);
    HelpWindow *guideWindow = editor.window->helpActions()->guideWindow();
    QVERIFY(guideWindow && guideWindow->isVisible());
    QCOMPARE(guideWindow->currentUrl(), Guide::glossary(QStringLiteral("impact")));

    // The explanation of a finding links to the glossary too.
    panel->tree()->setCurrentItem(weakest->child(0));
    QVERIFY(panel->details()->toHtml().contains(QStringLiteral("cxmap-guide:glossary.html#performance")));
    Q_EMIT panel->details()->anchorClicked(QUrl(WhatsThis::glossaryHref(QStringLiteral("performance"))));
    QCOMPARE(guideWindow->currentUrl(), Guide::glossary(QStringLiteral("performance")));

    // F1 opens the guide's first page; the inspector's fields explain themselves as well.
    editor.window->helpActions()->guideAction()->trigger();
    QCOMPARE(guideWindow->currentUrl(), Guide::home());
    QCOMPARE(editor.window->helpActions()->guideAction()->shortcut(), QKeySequence(QKeySequence::HelpContents));
}

void TestHelp::guideFollowsTheTheme()
{
    Editor editor;
    AppTheme *theme = editor.window->theme();
    for (const bool dark : {false, true}) {
        theme->setChoice(dark ? AppTheme::Choice::Dark : AppTheme::Choice::Light);
        editor.window->helpActions()->showGuide(Guide::glossary(QStringLiteral("reach")));
        HelpWindow *window = editor.window->helpActions()->guideWindow();
        QCoreApplication::processEvents();
        const QColor text = window->palette().color(QPalette::Text);
        QVERIFY(window->browser()->document()->defaultStyleSheet().contains(text.name()));
        QCOMPARE(window->palette().color(QPalette::Base).lightness() < 128, dark);
        QCOMPARE(window->currentUrl(), Guide::glossary(QStringLiteral("reach")));
        QVERIFY(saveScreenshot(settledGrab(window), dark ? QStringLiteral("guide-dark") : QStringLiteral("guide-light")));
        window->search(QStringLiteral("weakest path"));
        QVERIFY(saveScreenshot(settledGrab(window), dark ? QStringLiteral("guide-search-dark") : QStringLiteral("guide-search-light")));
        window->search(QString());
    }
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
