// The findings panel: ranked rows with their basis, clicks that ask for a touchpoint, and the
// spotlight toggles with the sets they stand for.
#include "analysis/analysisrunner.h"
#include "analysis/findings.h"
#include "demofixture.h"
#include "findings/findingdelegate.h"
#include "findings/findingspanel.h"
#include "store/documentfile.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace cxmap;

namespace {

QTreeWidgetItem *section(QTreeWidget *tree, const QString &kind)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        if (tree->topLevelItem(i)->data(0, FindingDelegate::KindRole).toString() == kind)
            return tree->topLevelItem(i);
    return nullptr;
}

TouchpointId idOf(const QTreeWidgetItem *item)
{
    return TouchpointId(item->data(0, FindingDelegate::TouchpointRole).toLongLong());
}

} // namespace

class TestFindingsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsTheRankedWeakestLinks();
    void listsMomentsPathsAndTheRest();
    void clickingAFindingActivatesItsTouchpoint();
    void spotlightIsOneAtATime();
    void selectedCardIsExplained();
    void emptyFindingsSayWhy();

private:
    Findings m_all;
    Findings m_business;
};

void TestFindingsPanel::initTestCase()
{
    const test::DemoFixture demo(DocumentFile::Access::ReadOnly);
    const Journey &journey = demo.document->journey();
    m_all = computeFindings(demo.file->database(), journey, {});
    AnalysisRequest business;
    business.segment = QStringLiteral("Business");
    m_business = computeFindings(demo.file->database(), journey, business);
    QVERIFY(m_all.weakestLinks.size() >= 3);
    QVERIFY(m_all.weakestLinks != m_business.weakestLinks ||
            m_all.momentsOfTruth != m_business.momentsOfTruth);
}

void TestFindingsPanel::listsTheRankedWeakestLinks()
{
    FindingsPanel panel;
    panel.setFindings(m_all);
    QTreeWidgetItem *weakest = section(panel.tree(), QStringLiteral("weakest"));
    QVERIFY(weakest);
    QVERIFY(m_all.weakestLinks.size() > 5);
    // The whole ranking, its head shown and a last row that shows the rest.
    QCOMPARE(weakest->childCount(), m_all.weakestLinks.size() + 1);
    QTreeWidgetItem *more = weakest->child(weakest->childCount() - 1);
    QCOMPARE(more->data(0, FindingDelegate::KindRole).toString(), QStringLiteral("more"));
    for (int i = 0; i < m_all.weakestLinks.size(); ++i)
        QCOMPARE(weakest->child(i)->isHidden(), i >= 5);
    for (int i = 0; i < m_all.weakestLinks.size(); ++i) {
        const QTreeWidgetItem *row = weakest->child(i);
        const TouchpointFinding *finding = m_all.find(m_all.weakestLinks.at(i));
        QCOMPARE(idOf(row), finding->id);
        QCOMPARE(row->text(0), QStringLiteral("%1. %2").arg(i + 1).arg(finding->name));
        // The basis line states impact, n and reach.
        const QString detail = row->data(0, FindingDelegate::DetailRole).toString();
        QVERIFY2(detail.contains(
                     QStringLiteral("impact %1").arg(QLocale().toString(finding->impact, 'f', 1))),
                 qPrintable(detail));
        QVERIFY2(
            detail.contains(QStringLiteral("n %1").arg(QLocale().toString(finding->performance.n))),
            qPrintable(detail));
        QVERIFY2(detail.contains(
                     QStringLiteral("reach %1").arg(QLocale().toString(finding->reach, 'f', 2))),
                 qPrintable(detail));
        QCOMPARE(row->data(0, FindingDelegate::TagsRole)
                     .toStringList()
                     .contains(QStringLiteral("unavoidable")),
                 finding->unavoidable);
        QCOMPARE(row->data(0, FindingDelegate::ScoreRole).toDouble(), finding->performance.mean);
        QVERIFY(row->toolTip(0).contains(QStringLiteral("Performance")));
    }
    QCOMPARE(weakest->child(0)->text(0), QStringLiteral("1. Number porting"));

    // "Show all" lists the tail of the ranking and goes away.
    panel.resize(420, 900);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTest::mouseClick(panel.tree()->viewport(), Qt::LeftButton, {},
                      panel.tree()->visualItemRect(more).center());
    QCOMPARE(weakest->childCount(), m_all.weakestLinks.size());
    for (int i = 0; i < weakest->childCount(); ++i)
        QVERIFY(!weakest->child(i)->isHidden());
}

void TestFindingsPanel::listsMomentsPathsAndTheRest()
{
    FindingsPanel panel;
    panel.setFindings(m_all);
    QTreeWidgetItem *moments = section(panel.tree(), QStringLiteral("moments"));
    QVERIFY(moments);
    QCOMPARE(moments->childCount(), m_all.momentsOfTruth.size());
    const TouchpointFinding *top = m_all.find(m_all.momentsOfTruth.first());
    const QString detail = moments->child(0)->data(0, FindingDelegate::DetailRole).toString();
    QVERIFY2(detail.startsWith(
                 QStringLiteral("r %1 [").arg(QLocale().toString(top->importance->r, 'f', 2))),
             qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("n %1").arg(QLocale().toString(top->importance->n))),
             qPrintable(detail));

    QTreeWidgetItem *path = section(panel.tree(), QStringLiteral("weakestPath"));
    QVERIFY(path);
    QCOMPARE(path->childCount(), m_all.weakestPath.touchpoints.size());
    for (int i = 0; i < path->childCount(); ++i)
        QCOMPARE(idOf(path->child(i)), m_all.weakestPath.touchpoints.at(i));
    QTreeWidgetItem *best = section(panel.tree(), QStringLiteral("bestPath"));
    QVERIFY(best);
    QCOMPARE(idOf(best->child(best->childCount() - 1)), m_all.bestPath.touchpoints.last());

    QTreeWidgetItem *declining = section(panel.tree(), QStringLiteral("declining"));
    QVERIFY(declining);
    QCOMPARE(declining->child(0)->text(0), QStringLiteral("Check usage"));
    QTreeWidgetItem *segments = section(panel.tree(), QStringLiteral("segments"));
    QVERIFY(segments);
    QCOMPARE(segments->childCount(), m_all.segmentDifferences.size());
    QTreeWidgetItem *notes = section(panel.tree(), QStringLiteral("notes"));
    QVERIFY(notes);
    QCOMPARE(notes->child(0)->text(0), m_all.notes.first());
}

void TestFindingsPanel::clickingAFindingActivatesItsTouchpoint()
{
    FindingsPanel panel;
    panel.resize(420, 900);
    panel.setFindings(m_all);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QSignalSpy activated(&panel, &FindingsPanel::touchpointActivated);
    QTreeWidgetItem *second = section(panel.tree(), QStringLiteral("weakest"))->child(1);
    const QRect rect = panel.tree()->visualItemRect(second);
    QVERIFY(rect.isValid());
    QTest::mouseClick(panel.tree()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().first().value<TouchpointId>(), m_all.weakestLinks.at(1));
    // The pane below explains the clicked finding, number by number.
    const QString explained = panel.details()->toPlainText();
    QVERIFY2(
        explained.contains(QStringLiteral("Weakest link 2 of %1").arg(m_all.weakestLinks.size())),
        qPrintable(explained));
    QVERIFY2(explained.contains(QStringLiteral("normalised as 100")), qPrintable(explained));

    // Clicking a section heading asks for nothing; the keyboard works like a click.
    QTest::mouseClick(
        panel.tree()->viewport(), Qt::LeftButton, {},
        panel.tree()->visualItemRect(section(panel.tree(), QStringLiteral("moments"))).center());
    QCOMPARE(activated.size(), 1);
    panel.tree()->setFocus();
    panel.tree()->setCurrentItem(section(panel.tree(), QStringLiteral("moments"))->child(0));
    QTest::keyClick(panel.tree(), Qt::Key_Return);
    QCOMPARE(activated.size(), 2);
    QCOMPARE(activated.last().first().value<TouchpointId>(), m_all.momentsOfTruth.first());
}

void TestFindingsPanel::spotlightIsOneAtATime()
{
    FindingsPanel panel;
    panel.setFindings(m_all);
    QSignalSpy chosen(&panel, &FindingsPanel::spotlightChosen);
    QCOMPARE(panel.spotlightActions().size(), 4);
    for (QAction *action : panel.spotlightActions())
        QVERIFY(action->isCheckable() && !action->isChecked());
    QCOMPARE(panel.spotlightKind(), SpotlightKind::None);

    panel.weakestLinksAction()->trigger();
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.last().first().value<SpotlightKind>(), SpotlightKind::WeakestLinks);
    // Choosing another switches, it does not add up.
    panel.momentsOfTruthAction()->trigger();
    QCOMPARE(chosen.last().first().value<SpotlightKind>(), SpotlightKind::MomentsOfTruth);
    QVERIFY(!panel.weakestLinksAction()->isChecked());
    // A second click on the checked one turns the spotlight off.
    panel.momentsOfTruthAction()->trigger();
    QCOMPARE(chosen.last().first().value<SpotlightKind>(), SpotlightKind::None);
    for (QAction *action : panel.spotlightActions())
        QVERIFY(!action->isChecked());

    panel.unavoidableAction()->trigger();
    QCOMPARE(panel.spotlightKind(), SpotlightKind::Unavoidable);
    panel.weakestPathAction()->trigger();
    QCOMPARE(panel.spotlightKind(), SpotlightKind::WeakestPath);
    QCOMPARE(chosen.size(), 5);

    // Set from elsewhere (the presentation): shown, not announced again.
    panel.setSpotlightKind(SpotlightKind::WeakestLinks);
    QVERIFY(panel.weakestLinksAction()->isChecked());
    QCOMPARE(chosen.size(), 5);
    panel.setSpotlightKind(SpotlightKind::None);
    QCOMPARE(panel.spotlightKind(), SpotlightKind::None);
}

void TestFindingsPanel::selectedCardIsExplained()
{
    FindingsPanel panel;
    panel.setFindings(m_all);
    // A card with a row: its row becomes current and its numbers are explained.
    const TouchpointId weakest = m_all.weakestLinks.first();
    panel.explainTouchpoint(weakest);
    QVERIFY(panel.tree()->currentItem());
    QCOMPARE(panel.tree()->currentItem()->data(0, FindingDelegate::TouchpointRole).toLongLong(), weakest.value());
    QVERIFY(panel.details()->toPlainText().contains(m_all.find(weakest)->name));
    // A card with no row of its own is explained too, without a row.
    TouchpointId quiet;
    for (const TouchpointFinding &t : m_all.touchpoints) {
        bool listed = false;
        for (int i = 0; i < panel.tree()->topLevelItemCount() && !listed; ++i)
            for (int j = 0; j < panel.tree()->topLevelItem(i)->childCount(); ++j)
                listed = listed || panel.tree()->topLevelItem(i)->child(j)->data(0, FindingDelegate::TouchpointRole).toLongLong() == t.id.value();
        if (!listed)
            quiet = t.id;
    }
    QVERIFY(quiet.isValid());
    panel.explainTouchpoint(quiet);
    QVERIFY(!panel.tree()->currentItem());
    QVERIFY(panel.details()->toPlainText().contains(m_all.find(quiet)->name));
    // New findings keep explaining the selected card.
    panel.setFindings(m_business);
    QVERIFY(panel.details()->toPlainText().contains(m_business.find(quiet)->name));
}

void TestFindingsPanel::emptyFindingsSayWhy()
{
    FindingsPanel panel;
    Findings mapOnly = m_all;
    mapOnly.answers = 0;
    mapOnly.respondents = 0;
    mapOnly.weakestLinks.clear();
    mapOnly.momentsOfTruth.clear();
    panel.setFindings(mapOnly);
    QTreeWidgetItem *weakest = section(panel.tree(), QStringLiteral("weakest"));
    QVERIFY(weakest);
    QCOMPARE(weakest->child(0)->text(0), QStringLiteral("No answers yet"));
    QVERIFY(!section(panel.tree(), QStringLiteral("moments")));
    QLabel *error = nullptr;
    for (QLabel *label : panel.findChildren<QLabel *>())
        if (label->accessibleName() == QStringLiteral("Analysis error"))
            error = label;
    QVERIFY(error && error->isHidden());
    panel.showError(QStringLiteral("demo.cxmap: it is damaged"));
    QVERIFY(!error->isHidden());
    QCOMPARE(error->text(), QStringLiteral("demo.cxmap: it is damaged"));
    // New findings clear it.
    panel.setFindings(m_all);
    QVERIFY(error->isHidden());
}

QTEST_MAIN(TestFindingsPanel)
#include "tst_findingspanel.moc"
