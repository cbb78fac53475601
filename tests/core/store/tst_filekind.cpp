// Files are recognised by their first bytes, never by their name (issue 14): a map renamed to
// .csv is still a map, another program's SQLite database is not one, text is survey data.
#include "samplejourney.h"
#include "store/documentfile.h"
#include "store/filekind.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace cxmap;

Q_DECLARE_METATYPE(cxmap::FileKind)

namespace {

// A literal with NULs in it, all of it but the terminator: a length written by hand was one
// too long once, and AddressSanitizer caught the read past the literal.
template<std::size_t N>
QByteArray literalBytes(const char (&text)[N])
{
    return QByteArray(text, qsizetype(N - 1));
}

} // namespace

class TestFileKind : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapUnderAnyName();
    void otherSqliteDatabases();
    void bytes_data();
    void bytes();
    void missingFile();

private:
    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    QString sqliteWithApplicationId(const QString &name, const char *pragma)
    {
        const QString path = m_dir.filePath(name);
        sqlite3 *db = nullptr;
        if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
            qFatal("cannot create %s", qPrintable(path));
        sqlite3_exec(db, pragma, nullptr, nullptr, nullptr);
        sqlite3_exec(db, "CREATE TABLE t (x)", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        return path;
    }

    QTemporaryDir m_dir;
};

void TestFileKind::mapUnderAnyName()
{
    for (const QString &name : {QStringLiteral("map.cxmap"), QStringLiteral("survey.csv"), QStringLiteral("no-suffix")}) {
        const QString path = m_dir.filePath(name);
        DocumentFile::create(path, test::sampleJourney(), true);
        QCOMPARE(fileKindOf(path), FileKind::Map);
    }
}

void TestFileKind::otherSqliteDatabases()
{
    QCOMPARE(fileKindOf(sqliteWithApplicationId(QStringLiteral("plain.cxmap"), "PRAGMA user_version = 1")),
             FileKind::OtherSqlite);
    // One byte off our id ("CXMQ"): another program's.
    QCOMPARE(fileKindOf(sqliteWithApplicationId(QStringLiteral("near.cxmap"), "PRAGMA application_id = 1129860433")),
             FileKind::OtherSqlite);
    // Our id written by hand into a database is what the header carries: it is recognised.
    QCOMPARE(fileKindOf(sqliteWithApplicationId(QStringLiteral("ours.db"), "PRAGMA application_id = 1129860432")),
             FileKind::Map);
}

void TestFileKind::bytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<FileKind>("kind");

    QByteArray header(100, '\0');
    header.replace(0, 16, QByteArray("SQLite format 3", 16));
    header.replace(68, 4, QByteArray("CXMP"));
    QTest::newRow("map header") << header << FileKind::Map;
    QTest::newRow("map header cut short") << header.left(80) << FileKind::Unknown;
    QTest::newRow("magic without its NUL") << QByteArray("SQLite format 3 is what this line says\n") << FileKind::Text;
    QTest::newRow("long csv") << QByteArray("respondent,timestamp,segment,touchpoint,metric,value\r\nr1,2025-01-02,,Web,csat,4\r\n")
                              << FileKind::Text;
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBFstage;lane;name\nBuy;Web;Checkout\n") << FileKind::Text;
    QTest::newRow("windows-1252") << QByteArray("Zufriedenheit;Kan\xE4le\tCaf\xE9\n") << FileKind::Text;
    QTest::newRow("utf-16 bom") << literalBytes("\xFF\xFEs\0t\0a\0g\0e\0") << FileKind::Text;
    QTest::newRow("zip (xlsx)") << literalBytes("PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0") << FileKind::Unknown;
    QTest::newRow("png") << literalBytes("\x89PNG\r\n\x1a\n\0\0\0\rIHDR") << FileKind::Unknown;
    QByteArray controls(200, 'a');
    for (int i = 0; i < 200; i += 20)
        controls[i] = '\x01';
    QTest::newRow("control characters") << controls << FileKind::Unknown;
    QTest::newRow("empty") << QByteArray() << FileKind::Unknown;
}

void TestFileKind::bytes()
{
    QFETCH(QByteArray, bytes);
    QFETCH(FileKind, kind);
    QCOMPARE(fileKindOfHead(bytes), kind);
    // The file on disk is judged the same, whatever it is called.
    QCOMPARE(fileKindOf(write(QStringLiteral("%1.cxmap").arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))), bytes)),
             kind);
}

void TestFileKind::missingFile()
{
    QCOMPARE(fileKindOf(m_dir.filePath(QStringLiteral("nothing-here.cxmap"))), FileKind::Unknown);
    QCOMPARE(fileKindOf(m_dir.path()), FileKind::Unknown); // a folder reads as nothing
}

QTEST_GUILESS_MAIN(TestFileKind)
#include "tst_filekind.moc"
