// The arrow points down (app → ui → core): core/ must never include a widget or chart header,
// nor link a Widgets or Charts target. This test fails the build's test run when it does.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestLayering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coreIncludesNoWidgetHeaders();
    void coreLinksNoWidgetTargets();
    void detectorCatchesAWidgetInclude();

private:
    static QStringList offendingIncludes(const QByteArray &source);
};

QStringList TestLayering::offendingIncludes(const QByteArray &source)
{
    // Widget and chart modules, and the widget classes people include one by one.
    static const QRegularExpression pattern(QString::fromUtf8(
        R"(^\s*#\s*include\s*[<"]((QtWidgets|QtCharts|QtPrintSupport|QtSvgWidgets|QtOpenGLWidgets)(/[^>"]*)?|)"
        R"(Q(Widget|Application|MainWindow|Dialog|GraphicsView|GraphicsScene|GraphicsItem|Chart\w*|)"
        R"(PushButton|Label|LineEdit|MessageBox|Menu|Action|AbstractButton|Printer|Style))[>"])"),
        QRegularExpression::MultilineOption);
    QStringList hits;
    auto matches = pattern.globalMatch(QString::fromUtf8(source));
    while (matches.hasNext())
        hits.append(matches.next().captured(0).trimmed());
    return hits;
}

void TestLayering::coreIncludesNoWidgetHeaders()
{
    const QString coreDir = QStringLiteral(CXMAP_SOURCE_DIR "/core");
    QDirIterator it(coreDir, {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    int files = 0;
    QStringList problems;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        ++files;
        for (const QString &hit : offendingIncludes(file.readAll()))
            problems.append(QStringLiteral("%1: %2").arg(path.mid(coreDir.size() + 1), hit));
    }
    QVERIFY2(files > 20, "core/ sources not found: is CXMAP_SOURCE_DIR right?");
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestLayering::coreLinksNoWidgetTargets()
{
    QDirIterator it(QStringLiteral(CXMAP_SOURCE_DIR "/core"), {QStringLiteral("CMakeLists.txt")},
                    QDir::Files, QDirIterator::Subdirectories);
    static const QRegularExpression widgetTarget(QStringLiteral(R"(Qt6?::(Widgets|Charts|PrintSupport|SvgWidgets))"));
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        ++files;
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY2(!widgetTarget.match(text).hasMatch(), qPrintable(file.fileName()));
    }
    QVERIFY(files >= 1);
}

void TestLayering::detectorCatchesAWidgetInclude()
{
    // The checks above pass trivially if the pattern never matches: prove that it does.
    QCOMPARE(offendingIncludes("#include <QWidget>\n").size(), 1);
    QCOMPARE(offendingIncludes("  #include <QtWidgets/QTreeView>\n").size(), 1);
    QCOMPARE(offendingIncludes("#include <QGraphicsScene>\n#include <QChartView>\n").size(), 2);
    QCOMPARE(offendingIncludes("#include <QPainter>\n#include <QUndoStack>\n#include <QWidgetsHelper.h>\n").size(), 0);
}

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
