// Every screen of the editor, light and dark, rendered offscreen: the states a designer sees all
// day must draw, in the theme's colours. With CXMAP_SCREENSHOT_DIR set, each is saved as a PNG
// to look at (run with QT_SCALE_FACTOR=2 for 200%).
#include "actions/fileactions.h"
#include "apptheme.h"
#include "canvas/findbar.h"
#include "canvas/inlineeditor.h"
#include "demo/demojourney.h"
#include "uitestsupport.h"

#include <QAction>
#include <QLineEdit>
#include <QMouseEvent>

using namespace cxmap;
using namespace cxmap::test;

namespace {

double lightness(const QImage &image)
{
    double sum = 0;
    int count = 0;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7, ++count)
            sum += image.pixelColor(x, y).lightnessF();
    return count ? sum / count : 0;
}

} // namespace

class TestScreens : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { isolateSettings(); }
    void screens_data();
    void screens();

private:
    void save(const QImage &image, const QString &name) { QVERIFY(saveScreenshot(image, name)); }
};

void TestScreens::screens_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestScreens::screens()
{
    QFETCH(bool, dark);
    const QString theme = dark ? QStringLiteral("dark") : QStringLiteral("light");
    Editor editor(loadDemoJourney());
    editor.window->resize(1600, 1000);
    editor.window->theme()->setChoice(dark ? AppTheme::Choice::Dark : AppTheme::Choice::Light);
    QCOMPARE(editor.window->theme()->isDark(), dark);
    const RenderTheme colours = editor.window->theme()->renderTheme();
    QCOMPARE(editor.window->palette().color(QPalette::Window), QApplication::palette().color(QPalette::Window));
    QCOMPARE(editor.window->palette().color(QPalette::Window).lightness() < 128, dark);

    // The whole map.
    editor.view()->fitToWindow();
    QImage overview = settledGrab(editor.window.get());
    QVERIFY(!overview.isNull());
    save(overview, theme + QStringLiteral("-overview"));
    const QPoint corner = editor.view()->mapTo(editor.window.get(), QPoint(4, editor.viewport()->height() - 4));
    QCOMPARE(overview.pixelColor(corner * overview.devicePixelRatio()), colours.background);
    QVERIFY(dark ? lightness(overview) < 0.3 : lightness(overview) > 0.7);

    // Working at 100%: a card hovered (its handle), an arrow selected, the inspector on it.
    editor.view()->setZoom(1.0);
    const QRectF hotline = editor.cardRect("Support hotline");
    editor.show(hotline.center() + QPointF(-150, 0));
    editor.hover(hotline.center());
    const Touchpoint &chat = editor.touchpoint("Support chat");
    const auto &transitions = editor.journey().transitions();
    const auto fromChat = std::find_if(transitions.begin(), transitions.end(),
                                       [&chat](const Transition &t) { return t.from == chat.id; });
    QVERIFY(fromChat != transitions.end());
    editor.scene()->select({EditTarget::transition(fromChat->id)});
    QCOMPARE(editor.scene()->selectedTransitions(), QList<TransitionId>{fromChat->id});
    save(settledGrab(editor.window.get()), theme + QStringLiteral("-detail"));

    // A touchpoint in the inspector, and its name being edited in place.
    editor.scene()->select({EditTarget::touchpoint(editor.touchpoint("Support hotline").id)});
    QTest::keyClick(editor.view(), Qt::Key_F2);
    QTRY_VERIFY(editor.view()->inlineEditor()->isVisible());
    save(settledGrab(editor.window.get()), theme + QStringLiteral("-rename"));
    editor.view()->inlineEditor()->cancel();

    // Find.
    editor.window->findBar()->activate();
    QTest::keyClicks(editor.window->findBar()->field(), QStringLiteral("support"));
    QCOMPARE(editor.window->findBar()->matches().size(), 2);
    save(settledGrab(editor.window.get()), theme + QStringLiteral("-find"));
    QTest::keyClick(editor.window->findBar()->field(), Qt::Key_Escape);

    // A stage selected.
    editor.scene()->select({EditTarget::stage(editor.journey().stages().at(4).id)});
    save(settledGrab(editor.window.get()), theme + QStringLiteral("-stage"));

    // An empty journey says how to start.
    editor.window->fileActions()->newEmptyAction()->trigger();
    QVERIFY(editor.journey().stages().isEmpty());
    save(settledGrab(editor.window.get()), theme + QStringLiteral("-empty"));
}

QTEST_MAIN(TestScreens)
#include "tst_screens.moc"
