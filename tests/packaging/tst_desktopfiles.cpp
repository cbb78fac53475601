// The files that make cxmap a desktop application (issue 14): the desktop entry and the
// AppStream metainfo pass their validators, the MIME type knows a map by its content as well as
// by its name, the icons the entries name exist, and the manual page covers `cxmap --help`.
#include "demo/demodocument.h"
#include "runcxmap.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

class TestDesktopFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void desktopEntryValidates();
    void desktopEntryNamesWhatExists();
    void metainfoValidates();
    void mimeTypeByContentAndName();
    void iconsAtEverySize();
    void manualPageCoversTheCommandLine();

private:
    static QString built(const QString &name) { return QStringLiteral(CXMAP_PACKAGING_BUILD "/") + name; }
    static QString source(const QString &name) { return QStringLiteral(CXMAP_PACKAGING_SOURCE "/") + name; }
    static QString appId() { return QStringLiteral(CXMAP_APP_ID); }
    /** Runs a tool; its exit code and, for the failure message, everything it said. */
    static std::pair<int, QString> run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        if (!process.waitForStarted())
            return {-1, QStringLiteral("%1 is not installed (packaging/dev.sh installs it)").arg(program)};
        process.waitForFinished(120000);
        return {process.exitCode(), QString::fromUtf8(process.readAll())};
    }

    QTemporaryDir m_mimeRoot;
};

void TestDesktopFiles::initTestCase()
{
    // The MIME database as an installed system has it: our package beside freedesktop.org's,
    // compiled into one cache as dpkg's trigger compiles /usr/share/mime, and the only one read
    // (QMimeDatabase reads it on first use, so this comes before any).
    QDir root(m_mimeRoot.path());
    QVERIFY(root.mkpath(QStringLiteral("mime/packages")));
    QVERIFY(QFile::copy(source(QStringLiteral("cxmap-mime.xml")), root.filePath(QStringLiteral("mime/packages/cxmap.xml"))));
    QVERIFY2(QFile::copy(QStringLiteral("/usr/share/mime/packages/freedesktop.org.xml"),
                         root.filePath(QStringLiteral("mime/packages/freedesktop.org.xml"))),
             "shared-mime-info is not installed (packaging/dev.sh installs it)");
    const auto [code, output] = run(QStringLiteral("update-mime-database"), {root.filePath(QStringLiteral("mime"))});
    QVERIFY2(code == 0, qPrintable(output));
    qputenv("XDG_DATA_HOME", root.filePath(QStringLiteral("home")).toLocal8Bit());
    qputenv("XDG_DATA_DIRS", m_mimeRoot.path().toLocal8Bit());
}

void TestDesktopFiles::desktopEntryValidates()
{
    const auto [code, output] = run(QStringLiteral("desktop-file-validate"), {built(appId() + QStringLiteral(".desktop"))});
    QVERIFY2(code == 0 && output.trimmed().isEmpty(), qPrintable(output));
}

void TestDesktopFiles::desktopEntryNamesWhatExists()
{
    QSettings entry(built(appId() + QStringLiteral(".desktop")), QSettings::IniFormat);
    entry.beginGroup(QStringLiteral("Desktop Entry"));
    QCOMPARE(entry.value(QStringLiteral("Icon")).toString(), appId());
    QVERIFY(entry.value(QStringLiteral("MimeType")).toStringList().contains(QStringLiteral("application/x-cxmap")));
    QCOMPARE(entry.value(QStringLiteral("Exec")).toString(), QStringLiteral("cxmap %f"));
    QCOMPARE(entry.value(QStringLiteral("Actions")).toStringList(), QStringList{QStringLiteral("new-map")});
    entry.endGroup();
    // The action's command line is one the executable takes as a GUI start, not a command.
    entry.beginGroup(QStringLiteral("Desktop Action new-map"));
    QCOMPARE(entry.value(QStringLiteral("Exec")).toString(), QStringLiteral("cxmap --new"));
    const QString help = cxmap::test::runCxmap({QStringLiteral("--help")}).out;
    QVERIFY2(help.contains(QStringLiteral("cxmap --new")), qPrintable(help));
}

void TestDesktopFiles::metainfoValidates()
{
    const QString metainfo = built(appId() + QStringLiteral(".metainfo.xml"));
    const auto [code, output] = run(QStringLiteral("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo});
    QVERIFY2(code == 0, qPrintable(output));
    QFile file(metainfo);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("<launchable type=\"desktop-id\">%1.desktop</launchable>").arg(appId())));
    QVERIFY(text.contains(QStringLiteral("<mediatype>application/x-cxmap</mediatype>")));
    QVERIFY(text.contains(QStringLiteral("<caption>")));
    QVERIFY(!text.contains(QLatin1Char('@'))); // every placeholder configured
}

void TestDesktopFiles::mimeTypeByContentAndName()
{
    QTemporaryDir dir;
    const QMimeDatabase mime;
    const QMimeType type = mime.mimeTypeForName(QStringLiteral("application/x-cxmap"));
    QVERIFY2(type.isValid(), "our MIME package was not read");
    QCOMPARE(type.iconName(), QStringLiteral("application-x-cxmap"));
    QVERIFY(type.inherits(QStringLiteral("application/vnd.sqlite3")));

    // A map under a name that says nothing, and one that says something else.
    for (const QString &name : {QStringLiteral("journey"), QStringLiteral("journey.bin"), QStringLiteral("demo.cxmap")}) {
        const QString path = dir.filePath(name);
        cxmap::writeDemoDocument(path);
        QCOMPARE(mime.mimeTypeForFile(path, QMimeDatabase::MatchContent).name(), QStringLiteral("application/x-cxmap"));
        QCOMPARE(mime.mimeTypeForFile(path).name(), QStringLiteral("application/x-cxmap"));
    }
    // Another program's SQLite database stays SQLite, whatever its name.
    const QString other = dir.filePath(QStringLiteral("other.bin"));
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(other.toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "PRAGMA application_id = 1; CREATE TABLE t (x)", nullptr, nullptr, nullptr), SQLITE_OK);
    sqlite3_close(db);
    QCOMPARE(mime.mimeTypeForFile(other, QMimeDatabase::MatchContent).name(), QStringLiteral("application/vnd.sqlite3"));
    // By name alone (a file not there yet, as in a save dialog).
    QCOMPARE(mime.mimeTypeForFile(dir.filePath(QStringLiteral("new.cxmap")), QMimeDatabase::MatchExtension).name(),
             QStringLiteral("application/x-cxmap"));
}

void TestDesktopFiles::iconsAtEverySize()
{
    for (const QString &name : {QStringLiteral("cxmap"), QStringLiteral("application-x-cxmap")}) {
        const QStringList sizes = QDir(source(QStringLiteral("icons"))).entryList({name + QStringLiteral("-*.png")});
        QVERIFY(sizes.size() >= 8);
        for (const QString &file : sizes) {
            const QImage image(source(QStringLiteral("icons/") + file));
            const int size = QRegularExpression(QStringLiteral("-(\\d+)\\.png$")).match(file).captured(1).toInt();
            QVERIFY2(!image.isNull() && image.width() == size && image.height() == size, qPrintable(file));
            QVERIFY2(image.hasAlphaChannel(), qPrintable(file)); // rounded corners, no white box
        }
        QVERIFY(QFile::exists(source(QStringLiteral("icons/%1.svg").arg(name))));
    }
}

void TestDesktopFiles::manualPageCoversTheCommandLine()
{
    QFile page(built(QStringLiteral("cxmap.1")));
    QVERIFY(page.open(QIODevice::ReadOnly));
    const QString roff = QString::fromUtf8(page.readAll());
    QVERIFY(roff.startsWith(QStringLiteral(".\\\"")) && roff.contains(QStringLiteral(".TH CXMAP 1")));
    QVERIFY(roff.contains(QStringLiteral("cxmap " CXMAP_VERSION_FOR_TEST)));
    // Every command and every option the program lists is described (roff writes - as \-).
    const QString help = cxmap::test::runCxmap({QStringLiteral("--help")}).out;
    const QRegularExpression command(QStringLiteral("^\\s+cxmap ([a-z]+) "), QRegularExpression::MultilineOption);
    int commands = 0;
    for (auto it = command.globalMatch(help); it.hasNext(); ++commands) {
        const QString name = it.next().captured(1);
        QVERIFY2(roff.contains(QStringLiteral(".SS \"%1 ").arg(name)), qPrintable(name));
    }
    QVERIFY(commands >= 5);
    const QRegularExpression option(QStringLiteral("--([a-z-]+)"));
    for (auto it = option.globalMatch(help); it.hasNext();) {
        const QString name = it.next().captured(1);
        QVERIFY2(roff.contains(QStringLiteral("\\-\\-") + QString(name).replace(QLatin1Char('-'), QStringLiteral("\\-"))),
                 qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TestDesktopFiles)
#include "tst_desktopfiles.moc"
