// The map reads at every zoom: text contrast for every score colour in both themes, the same
// detail on every card with a floor in device pixels, a card without data saying so, the canvas
// and drawMap() giving the same pixels, the map fitted on open and when the window grows, the
// key under the map and never on it, and what the user does to read it — spotlights, the
// outcome, the metric's own scale, select to explain, flag, thin arrows hidden, arrows lit.
#include "actions/editactions.h"
#include "actions/viewactions.h"
#include "analysis/basiscaption.h"
#include "apptheme.h"
#include "canvas/mapfooter.h"
#include "canvas/transitionitem.h"
#include "canvas/touchpointitem.h"
#include "canvas/viewmemory.h"
#include "dataworkspace.h"
#include "demo/demojourney.h"
#include "document/editorstate.h"
#include "findings/filterbar.h"
#include "findings/findingscontroller.h"
#include "findings/findingspanel.h"
#include "render/cardpainter.h"
#include "render/experiencelanepainter.h"
#include "textrecorder.h"
#include "uitestsupport.h"

#include <QAction>
#include <QComboBox>
#include <QTextBrowser>
#include <QUndoStack>

using namespace cxmap;
using namespace cxmap::test;

namespace {

constexpr int Timeout = 20000;

bool settled(const Editor &editor)
{
    const FindingsController *controller = editor.window->data()->controller();
    return controller->hasFindings() && !controller->isBusy();
}

/** The pixels of `image` that differ from `other` by more than `tolerance` in any channel. */
qsizetype differingPixels(const QImage &image, const QImage &other, int tolerance)
{
    qsizetype count = 0;
    for (int y = 0; y < std::min(image.height(), other.height()); ++y)
        for (int x = 0; x < std::min(image.width(), other.width()); ++x) {
            const QColor a = image.pixelColor(x, y);
            const QColor b = other.pixelColor(x, y);
            if (std::abs(a.red() - b.red()) > tolerance || std::abs(a.green() - b.green()) > tolerance
                || std::abs(a.blue() - b.blue()) > tolerance)
                ++count;
        }
    return count;
}

} // namespace

class TestReadableMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { isolateSettings(); }
    void textMeetsContrastOnEveryScoreColour();
    void nameIsDrawnInTheCardsTextColour_data();
    void nameIsDrawnInTheCardsTextColour();
    void everyCardShowsTheSameDetailAboveAFloor();
    void cardWithoutDataSaysSo();
    void experienceLaneTitleLeavesTheValuesClear();
    void canvasAndDrawMapGiveTheSamePixels_data();
    void canvasAndDrawMapGiveTheSamePixels();
    void mapOpensFittedAndFollowsTheWindow();
    void mapReopensWhereItWasLeft();
    void keySitsUnderTheMap();
    void badgesShowTheMetricsOwnScale();
    void outcomeIsChosenBesideTheFilters();
    void selectingACardExplainsIt();
    void flagAsMomentOfTruth();
    void thinArrowsCanBeHidden();
    void hoveredCardLightsItsArrows();
};

void TestReadableMap::textMeetsContrastOnEveryScoreColour()
{
    for (const RenderTheme &theme : {RenderTheme::light(), RenderTheme::dark()}) {
        for (int tenth = 0; tenth <= 1000; ++tenth) {
            const QColor colour = RenderTheme::scoreColor(tenth / 10.0);
            // Badge numbers and the heat map's numbers are drawn on the score colour.
            QVERIFY2(RenderTheme::contrast(RenderTheme::textOn(colour), colour) >= 4.5,
                     qPrintable(QStringLiteral("score %1").arg(tenth / 10.0)));
        }
        const QList<std::pair<QColor, QColor>> pairs = {
            {theme.cardText, theme.cardBackground},       // names, unreliable badges
            {theme.mutedText, theme.cardBackground},      // n, owner, evidence, "no data"
            {theme.headerText, theme.headerBackground},   // stage names
            {theme.laneHeaderText, theme.laneBand},       // lane names
            {theme.laneHeaderText, theme.laneBandAlternate},
            {theme.inkText, theme.ink},                   // ranks on spotlight marks
            {theme.cardText, theme.background},           // the caption under the map
            {theme.mutedText, theme.background},          // the key's words
        };
        for (const auto &[text, background] : pairs)
            QVERIFY2(RenderTheme::contrast(text, background) >= 4.5,
                     qPrintable(QStringLiteral("%1 on %2: %3").arg(text.name(), background.name())
                                    .arg(RenderTheme::contrast(text, background))));
        // Arrow labels: muted text on the label's plate over a lane band.
        const QColor plate = theme.labelBackground;
        const double a = plate.alphaF();
        const QColor over = QColor::fromRgbF(float(plate.redF() * a + theme.laneBand.redF() * (1 - a)),
                                             float(plate.greenF() * a + theme.laneBand.greenF() * (1 - a)),
                                             float(plate.blueF() * a + theme.laneBand.blueF() * (1 - a)));
        QVERIFY(RenderTheme::contrast(theme.mutedText, over) >= 4.5);
    }
}

void TestReadableMap::nameIsDrawnInTheCardsTextColour_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<double>("scale");
    QTest::addColumn<double>("performance");
    // The old renderer drew the name in the badge's text colour: white on white for very low
    // and very high scores in the light theme, dark on dark for middle ones in the dark theme.
    for (const bool dark : {false, true})
        for (const double scale : {1.0, 0.63, 0.45})
            for (const double performance : {3.0, 50.0, 97.0})
                QTest::addRow("%s %.2f %.0f", dark ? "dark" : "light", scale, performance) << dark << scale << performance;
}

void TestReadableMap::nameIsDrawnInTheCardsTextColour()
{
    QFETCH(bool, dark);
    QFETCH(double, scale);
    QFETCH(double, performance);
    const RenderTheme theme = dark ? RenderTheme::dark() : RenderTheme::light();
    const CardPainter painter(theme);
    Touchpoint touchpoint;
    touchpoint.id = TouchpointId(1);
    touchpoint.name = QStringLiteral("Number porting");
    const CardScore score{.performance = performance, .n = 7200, .reliable = true, .evidence = EvidenceLevel::Solid};
    const QRectF card(0, 0, 200, 64);
    QImage image(QSize(qCeil(200 * scale) + 2, qCeil(64 * scale) + 2), QImage::Format_ARGB32_Premultiplied);
    image.fill(theme.background);
    QPainter p(&image);
    p.scale(scale, scale);
    painter.draw(&p, touchpoint, card, &score, {}, scale);
    p.end();
    // The name's pixels: the strongest contrast in its rectangle is the card's text colour.
    const QRect name = QRectF(painter.nameRect(card, scale).topLeft() * scale,
                              painter.nameRect(card, scale).size() * scale).toAlignedRect().intersected(image.rect());
    double best = 0;
    for (int y = name.top(); y <= name.bottom(); ++y)
        for (int x = name.left(); x <= name.right(); ++x)
            best = std::max(best, RenderTheme::contrast(image.pixelColor(x, y), theme.cardBackground));
    QVERIFY2(best >= 4.5, qPrintable(QStringLiteral("best contrast in the name: %1").arg(best)));
}

void TestReadableMap::everyCardShowsTheSameDetailAboveAFloor()
{
    const CardPainter painter(RenderTheme::light());
    Detail previous = Detail::Full;
    for (int percent = 400; percent >= 10; percent -= 1) {
        const double scale = percent / 100.0;
        const CardPainter::Style style = painter.style(scale, 64.0);
        // Detail only ever drops as the map zooms out: no zoom shows more than a closer one.
        QVERIFY(int(style.detail) >= int(previous));
        previous = style.detail;
        if (style.detail == Detail::Minimal)
            continue;
        // Names and the score row never below their floor in device pixels, rounding aside.
        QVERIFY2(style.name.pixelSize() * scale >= CardPainter::NameMinimumPixels - 0.01,
                 qPrintable(QStringLiteral("%1%: name %2 px").arg(percent).arg(style.name.pixelSize() * scale)));
        QVERIFY2(style.small.pixelSize() * scale >= CardPainter::SmallMinimumPixels - 0.01,
                 qPrintable(QStringLiteral("%1%: small %2 px").arg(percent).arg(style.small.pixelSize() * scale)));
    }
    // The zoom the demo opens at on a 1920×1080 screen shows two lines of name and the score row.
    QCOMPARE(painter.style(0.69, 64.0).detail, Detail::Full);
    QCOMPARE(painter.style(0.45, 64.0).detail, Detail::Reduced);
    QCOMPARE(painter.style(0.2, 64.0).detail, Detail::Minimal);

    // A long name: wrapped on two lines, and a name that fits is never elided.
    TextRecorder recorder;
    QPainter p(&recorder);
    p.scale(0.69, 0.69);
    Touchpoint touchpoint;
    touchpoint.name = QStringLiteral("Friend's recommendation");
    painter.draw(&p, touchpoint, QRectF(0, 0, 200, 64), nullptr, {}, 0.69);
    p.end();
    QVERIFY2(recorder.joined().contains(QStringLiteral("recommendation")), qPrintable(recorder.joined()));
    QVERIFY(!recorder.joined().contains(QStringLiteral("…")) || recorder.joined().contains(QStringLiteral("no data ·")));
}

void TestReadableMap::cardWithoutDataSaysSo()
{
    const CardPainter painter(RenderTheme::dark());
    Touchpoint touchpoint;
    touchpoint.name = QStringLiteral("Store advice");
    for (const double scale : {1.0, 0.69, 0.45}) {
        TextRecorder recorder;
        QPainter p(&recorder);
        p.scale(scale, scale);
        painter.draw(&p, touchpoint, QRectF(0, 0, 200, 64), nullptr, {}, scale);
        p.end();
        QVERIFY2(recorder.joined().contains(QStringLiteral("no data")), qPrintable(recorder.joined()));
        // Zoomed far out one line of name may be all there is room for.
        QVERIFY(recorder.joined().contains(scale > 0.5 ? QStringLiteral("Store advice") : QStringLiteral("Store")));
    }
    // With data: the score and n, "34 · n 7.2k" in short.
    TextRecorder recorder;
    QPainter p(&recorder);
    const CardScore score{.performance = 34.2, .n = 7213, .reliable = true, .evidence = EvidenceLevel::Solid};
    painter.draw(&p, touchpoint, QRectF(0, 0, 200, 64), &score, {}, 1.0);
    p.end();
    QVERIFY(recorder.texts().contains(QStringLiteral("34")));
    QVERIFY2(recorder.joined().contains(QStringLiteral("n 7.2k")), qPrintable(recorder.joined()));
    QCOMPARE(score.badgeText(), QStringLiteral("34 · n 7.2k"));
}

// In presentation the lane's title is too large for the lane headers and goes into the plot's
// corner: the value of a stage mean near the top there once overlapped it.
void TestReadableMap::experienceLaneTitleLeavesTheValuesClear()
{
    ExperienceLaneData data;
    const double means[] = {73, 72, 73, 52, 64, 55, 66};
    QList<std::pair<double, double>> columns;
    for (int i = 0; i < 7; ++i) {
        StagePoint point;
        point.performance.n = 400;
        point.performance.mean = means[i];
        point.performance.ciLow = means[i] - 3;
        point.performance.ciHigh = means[i] + 3;
        point.performance.hasInterval = true;
        data.curve.append(point);
        columns.append({100.0 + i * 270.0, 370.0 + i * 270.0});
    }
    // The overview's geometry at 1920×1080: a narrow header, 0.5 device pixels per unit, a 32 px floor.
    const QRectF header(0, 0, 100, 220);
    const QRectF plot(100, 0, 7 * 270.0, 220);
    for (const RenderTheme &theme : {RenderTheme::presentation(false), RenderTheme::presentation(true)}) {
        TextRecorder recorder;
        QPainter painter(&recorder);
        painter.scale(0.5, 0.5);
        ExperienceLanePainter::draw(&painter, header, plot, columns, data, theme, 0.5, 32.0);
        painter.end();
        const qsizetype title = recorder.texts().indexOf(QStringLiteral("Experience"));
        QVERIFY(title >= 0);
        QCOMPARE(recorder.texts().count(QStringLiteral("73")), 2);
        for (qsizetype i = 0; i < recorder.texts().size(); ++i) {
            if (i == title)
                continue;
            QVERIFY2(!recorder.deviceRects().at(i).intersects(recorder.deviceRects().at(title)),
                     qPrintable(QStringLiteral("\"%1\" overlaps the title").arg(recorder.texts().at(i))));
        }
    }
}

void TestReadableMap::canvasAndDrawMapGiveTheSamePixels_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<double>("zoom");
    QTest::addColumn<int>("spotlight");
    QTest::newRow("light fitted") << false << 0.0 << int(SpotlightKind::None);
    QTest::newRow("dark fitted, weakest links") << true << 0.0 << int(SpotlightKind::WeakestLinks);
    QTest::newRow("light 150%, moments of truth") << false << 1.5 << int(SpotlightKind::MomentsOfTruth);
}

void TestReadableMap::canvasAndDrawMapGiveTheSamePixels()
{
    QFETCH(bool, dark);
    QFETCH(double, zoom);
    QFETCH(int, spotlight);
    Editor editor(Editor::DemoWithAnswers);
    editor.window->theme()->setChoice(dark ? AppTheme::Choice::Dark : AppTheme::Choice::Light);
    QTRY_VERIFY_WITH_TIMEOUT(settled(editor), Timeout);
    editor.window->state()->setSpotlightKind(SpotlightKind(spotlight));
    if (zoom > 0) {
        editor.view()->setZoom(zoom);
        // The top left corner: sticky headers sit where drawMap() draws them.
        editor.view()->centerOn(editor.view()->mapToScene(editor.viewport()->rect().center())
                                - editor.view()->mapToScene(QPoint(0, 0)) + editor.scene()->geometry().bounds().topLeft());
    } else {
        editor.view()->fitToWindow();
    }
    QCoreApplication::processEvents();
    // Not in the middle of a zoom (arrows drafted): the settled map.
    editor.view()->settleZoom();
    const QImage canvas = editor.viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);

    // The format the view's cached background is painted in.
    QImage drawn(canvas.size(), QImage::Format_RGB32);
    drawn.setDevicePixelRatio(canvas.devicePixelRatio());
    drawn.fill(editor.scene()->theme().background);
    QPainter painter(&drawn);
    painter.setRenderHints(editor.view()->renderHints());
    painter.setTransform(editor.view()->viewportTransform());
    MapOptions options;
    options.exposed = editor.view()->mapToScene(editor.viewport()->rect()).boundingRect();
    options.spotlight = editor.window->state()->spotlight();
    editor.scene()->renderer().drawMap(&painter, options);
    painter.end();
    saveScreenshot(canvas, QStringLiteral("parity-canvas"));
    saveScreenshot(drawn, QStringLiteral("parity-drawmap"));
    // The same map, to the pixel but for rounding at the edges of cached tiles.
    const qsizetype differing = differingPixels(canvas, drawn, 24);
    QVERIFY2(differing <= canvas.width() * canvas.height() / 1000,
             qPrintable(QStringLiteral("%1 of %2 pixels differ").arg(differing).arg(canvas.width() * canvas.height())));
}

void TestReadableMap::mapOpensFittedAndFollowsTheWindow()
{
    Editor editor(loadDemoJourney());
    // The editor fixture zooms to 100%; a map opened as a user opens it, never seen before, is fitted.
    const QString other = writeJourney(editor.dir, QStringLiteral("other.cxmap"), loadDemoJourney());
    QVERIFY(editor.window->openDocument(other));
    QTRY_VERIFY(editor.view()->isFitted());
    QTRY_VERIFY(editor.view()->zoom() < 1.0);
    const QRectF map = editor.scene()->geometry().bounds();
    QTRY_VERIFY(editor.view()->mapToScene(editor.viewport()->rect()).boundingRect().contains(map));
    const double before = editor.view()->zoom();
    // Maximised: the map grows with the window.
    editor.window->resize(1900, 1060);
    QTRY_VERIFY(editor.view()->zoom() > before);
    QVERIFY(editor.view()->mapToScene(editor.viewport()->rect()).boundingRect().contains(map));
    // Once the user zooms, the window's size no longer decides it.
    editor.view()->zoomIn();
    QVERIFY(!editor.view()->isFitted());
    const double chosen = editor.view()->zoom();
    editor.window->resize(1400, 900);
    QCoreApplication::processEvents();
    QCOMPARE(editor.view()->zoom(), chosen);
    // Ctrl+0 fits again, and follows again.
    editor.view()->fitToWindow();
    QVERIFY(editor.view()->isFitted());
}

void TestReadableMap::mapReopensWhereItWasLeft()
{
    Editor editor(loadDemoJourney());
    editor.view()->setZoom(1.7);
    const QPointF centre = editor.scene()->geometry().cardRect(editor.touchpoint("Number porting")).center();
    editor.view()->centerOn(centre);
    ViewMemory::save(editor.view(), editor.path);
    editor.view()->fitToWindow();
    ViewMemory::restore(editor.view(), editor.path);
    QCOMPARE(editor.view()->zoom(), 1.7);
    QVERIFY(QLineF(editor.view()->sceneCentre(), centre).length() < 2.0);
    // Opening the file again restores it too.
    QVERIFY(editor.window->openDocument(editor.path));
    QTRY_COMPARE(editor.view()->zoom(), 1.7);
    // A map left fitted opens fitted.
    editor.view()->fitToWindow();
    ViewMemory::save(editor.view(), editor.path);
    editor.view()->setZoom(2.0);
    ViewMemory::restore(editor.view(), editor.path);
    QVERIFY(editor.view()->isFitted());
}

void TestReadableMap::keySitsUnderTheMap()
{
    Editor editor(Editor::DemoWithAnswers);
    QTRY_VERIFY_WITH_TIMEOUT(settled(editor), Timeout);
    const MapFooter *footer = editor.view()->footer();
    QVERIFY(footer->isVisible());
    // In the view's margin, below the viewport: it never covers a card.
    const QRect viewport = editor.viewport()->geometry();
    QVERIFY(footer->geometry().top() > viewport.bottom());
    QCOMPARE(footer->geometry().width(), viewport.width());
    // It says what the map shows.
    const QString caption = footer->key().caption;
    QVERIFY2(caption.contains(QStringLiteral("Segment: all")), qPrintable(caption));
    QVERIFY(caption.contains(QStringLiteral("Period:")));
    QVERIFY(caption.contains(QStringLiteral("Metric: all")));
    QVERIFY(caption.contains(QStringLiteral("Outcome: csat (default)")));
    QVERIFY(footer->key().hasScores);
    // A filter shows in it at once.
    AnalysisRequest request = editor.window->data()->controller()->request();
    request.segment = QStringLiteral("Business");
    editor.window->data()->controller()->setRequest(request);
    QTRY_VERIFY_WITH_TIMEOUT(footer->key().caption.contains(QStringLiteral("Segment: Business")), Timeout);
    // And the spotlight's marks are explained.
    editor.window->state()->setSpotlightKind(SpotlightKind::MomentsOfTruth);
    QCOMPARE(footer->key().spotlight, SpotlightKind::MomentsOfTruth);
}

void TestReadableMap::badgesShowTheMetricsOwnScale()
{
    Editor editor(Editor::DemoWithAnswers);
    QTRY_VERIFY_WITH_TIMEOUT(settled(editor), Timeout);
    // The support hotline is rated on NPS too (most touchpoints of the demo only on CSAT and CES).
    const TouchpointId porting = editor.touchpoint("Support hotline").id;
    QVERIFY(editor.window->state()->scores().value(porting).scaleValue.isEmpty());
    QComboBox *metric = editor.window->data()->filterBar()->metricBox();
    // The metrics come with the answers' scope, read apart from the findings (which the file's
    // cache can give at once): on a busy machine they arrive after them.
    QTRY_VERIFY_WITH_TIMEOUT(metric->findData(QStringLiteral("nps")) >= 0, Timeout);
    metric->setCurrentIndex(metric->findData(QStringLiteral("nps")));
    QTRY_VERIFY_WITH_TIMEOUT(editor.window->state()->findings().request.metrics == QStringList{QStringLiteral("nps")}
                                 && settled(editor), Timeout);
    const Findings &findings = editor.window->state()->findings();
    const TouchpointFinding *finding = findings.find(porting);
    QVERIFY(finding);
    const MetricScore *nps = nullptr;
    for (const MetricScore &m : finding->metrics)
        if (m.metric == QStringLiteral("nps"))
            nps = &m;
    QVERIFY(nps && nps->nps && nps->nps->valid);
    const CardScore score = editor.window->state()->scores().value(porting);
    // NPS as people know it, −100…+100, while the colour keeps the 0–100 performance.
    QCOMPARE(score.scaleValue, scaleValueText(*nps));
    QCOMPARE(score.performance, finding->performance.mean);
    const int value = qRound(nps->nps->score);
    QCOMPARE(score.scaleValue, value > 0 ? QStringLiteral("+%1").arg(value)
                                         : value < 0 ? QStringLiteral("\u2212%1").arg(-value) : QStringLiteral("0"));
    QVERIFY(editor.view()->footer()->key().badgeNote.contains(QStringLiteral("NPS")));
    // CSAT as the share of satisfied answers.
    metric->setCurrentIndex(metric->findData(QStringLiteral("csat")));
    QTRY_VERIFY_WITH_TIMEOUT(editor.window->state()->findings().request.metrics == QStringList{QStringLiteral("csat")}
                                 && settled(editor), Timeout);
    QVERIFY(editor.window->state()->scores().value(porting).scaleValue.endsWith(QLatin1Char('%')));
}

void TestReadableMap::outcomeIsChosenBesideTheFilters()
{
    Editor editor(Editor::DemoWithAnswers);
    QTRY_VERIFY_WITH_TIMEOUT(settled(editor), Timeout);
    QCOMPARE(editor.window->state()->findings().outcomeMetric, QStringLiteral("csat"));
    QComboBox *outcome = editor.window->data()->filterBar()->outcomeBox();
    // The outcomes come with the answers' scope, which may arrive after the cached findings.
    QTRY_VERIFY_WITH_TIMEOUT(outcome->findData(QStringLiteral("nps")) > 0, Timeout);
    QVERIFY(outcome->isEnabled());
    QVERIFY2(outcome->itemText(0).contains(QStringLiteral("csat")), qPrintable(outcome->itemText(0)));
    const int nps = outcome->findData(QStringLiteral("nps"));
    outcome->setCurrentIndex(nps);
    // A property of the map, undoable, and the findings follow.
    QCOMPARE(editor.journey().outcomeMetric(), QStringLiteral("nps"));
    QTRY_VERIFY_WITH_TIMEOUT(editor.window->state()->findings().outcomeMetric == QStringLiteral("nps") && settled(editor), Timeout);
    QVERIFY(editor.window->state()->findings().outcomeChosen);
    QVERIFY(editor.view()->footer()->key().caption.contains(QStringLiteral("Outcome: nps")));
    editor.document()->undoStack()->undo();
    QVERIFY(editor.journey().outcomeMetric().isEmpty());
    QCOMPARE(outcome->currentIndex(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(editor.window->state()->findings().outcomeMetric == QStringLiteral("csat") && settled(editor), Timeout);
}

void TestReadableMap::selectingACardExplainsIt()
{
    Editor editor(Editor::DemoWithAnswers);
    QTRY_VERIFY_WITH_TIMEOUT(settled(editor), Timeout);
    const QRectF card = editor.cardRect("Check usage");
    editor.show(card.center());
    editor.click(card.center());
    QCOMPARE(editor.window->state()->selectedTouchpoints(), QList<TouchpointId>{editor.touchpoint("Check usage").id});
    QTextBrowser *details = editor.window->data()->findingsPanel()->details();
    QVERIFY2(details->toPlainText().contains(QStringLiteral("Check usage")), qPrintable(details->toPlainText().left(200)));
    const QRectF other = editor.cardRect("Number porting");
    editor.show(other.center());
    editor.click(other.center());
    QVERIFY(details->toPlainText().contains(QStringLiteral("Number porting")));
}

void TestReadableMap::flagAsMomentOfTruth()
{
    Editor editor;
    const TouchpointId compare = editor.touchpoint("Compare plans").id;
    editor.scene()->selectTouchpoints({compare});
    QAction *flag = editor.window->editActions()->flagMomentAction();
    QVERIFY(flag->isEnabled() && !flag->isChecked());
    flag->trigger();
    QVERIFY(editor.touchpoint("Compare plans").momentOfTruth);
    QVERIFY(flag->isChecked());
    // Marked at once under the moments-of-truth spotlight, before any analysis has seen it.
    editor.window->state()->setSpotlightKind(SpotlightKind::MomentsOfTruth);
    QCOMPARE(editor.window->state()->spotlight().marks.value(compare), (SpotlightMark{0, false, true}));
    editor.document()->undoStack()->undo();
    QVERIFY(!editor.touchpoint("Compare plans").momentOfTruth);
    QVERIFY(!flag->isChecked());
    QVERIFY(!editor.window->state()->spotlight().contains(compare));
    QVERIFY(editor.window->editActions()->inspectAction()->isEnabled());
}

void TestReadableMap::thinArrowsCanBeHidden()
{
    Editor editor(loadDemoJourney());
    const Journey &journey = editor.journey();
    QList<QAction *> shares = editor.window->viewActions()->shareActions();
    QAction *thirty = shares.last();
    QCOMPARE(thirty->data().toDouble(), 0.3);
    thirty->trigger();
    QCOMPARE(editor.window->state()->minimumShare(), 0.3);
    QTRY_VERIFY([&] {
        for (const Transition &transition : journey.transitions()) {
            const bool thin = transition.share && *transition.share < 0.3;
            if (editor.scene()->transitionItem(transition.id)->isVisible() == thin)
                return false;
        }
        return true;
    }());
    shares.first()->trigger();
    QTRY_VERIFY(editor.scene()->transitionItem(journey.transitions().at(0).id)->isVisible());
}

void TestReadableMap::hoveredCardLightsItsArrows()
{
    Editor editor(loadDemoJourney());
    const Touchpoint &checkout = editor.touchpoint("Online checkout");
    const QList<TransitionId> own = editor.journey().transitionsOf(checkout.id);
    QVERIFY(!own.isEmpty());
    auto lit = [&](TransitionId id) {
        return !(editor.scene()->transitionItem(id)->flags() & QGraphicsItem::ItemHasNoContents);
    };
    for (TransitionId id : own)
        QVERIFY(!lit(id));
    editor.show(editor.cardRect("Online checkout").center());
    editor.hover(editor.cardRect("Online checkout").center());
    for (TransitionId id : own)
        QVERIFY(lit(id));
    // Only its own.
    for (const Transition &transition : editor.journey().transitions())
        if (!own.contains(transition.id))
            QVERIFY(!lit(transition.id));
    editor.hover(editor.scene()->geometry().gridRect().bottomRight() - QPointF(5, 5));
    for (TransitionId id : own)
        QVERIFY(!lit(id));
    // Selected, they stay lit.
    editor.scene()->selectTouchpoints({checkout.id});
    for (TransitionId id : own)
        QVERIFY(lit(id));
}

QTEST_MAIN(TestReadableMap)
#include "tst_readablemap.moc"
