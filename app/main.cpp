// cxmap: the journey map editor and its command line, in one executable.
#include "cli/commandline.h"
#include "cli/output.h"

#include "actions/presentactions.h"
#include "files/documentcontroller.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>

#include <unistd.h>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("cxmap"));
    QCoreApplication::setApplicationName(QStringLiteral("cxmap"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CXMAP_VERSION));
}

// A platform plugin asks for the user's runtime folder and warns on stderr without one (cron,
// CI, a plain ssh shell); a headless command says nothing there but its one line on failure.
void ensureRuntimeDirectory()
{
    if (qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"))
        return;
    const QString path = QDir::tempPath() + QStringLiteral("/runtime-cxmap-%1").arg(getuid());
    QDir().mkpath(path);
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QFileInfo info(path);
    if (info.isDir() && info.ownerId() == getuid())
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(path));
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

} // namespace

int main(int argc, char **argv)
{
    // Export paints text, which needs a QGuiApplication: on the offscreen platform, as Tiled's
    // headless rasteriser does, so it never needs a display either.
    if (cxmap::cli::paintsHeadless(argumentsOf(argc, argv))) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        ensureRuntimeDirectory();
        QGuiApplication app(argc, argv);
        describeApplication();
        cxmap::installTranslations(app);
        return cxmap::cli::run(app.arguments());
    }
    // The other headless commands get a core application only: no widgets, no display needed.
    if (cxmap::cli::isHeadless(argumentsOf(argc, argv))) {
        QCoreApplication app(argc, argv);
        describeApplication();
        cxmap::installTranslations(app);
        return cxmap::cli::run(app.arguments());
    }

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("cxmap"));
    // The desktop entry's name: Wayland shells match the window to its entry and icon by it.
    QGuiApplication::setDesktopFileName(QStringLiteral(CXMAP_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/cxmap/app/cxmap.svg")));
    cxmap::installTranslations(app);

    const QStringList arguments = app.arguments();
    const bool newMap = arguments.value(1) == QLatin1String("--new");
    const bool present = arguments.value(1) == QLatin1String("--present");
    const QString file = newMap ? QString() : arguments.size() == 3 ? arguments.at(2) : arguments.value(1);

    cxmap::MainWindow window;
    if (!window.openStartupDocument(file))
        return cxmap::cli::Failure;
    // The desktop's "New Map" action, unless a crash left edits the user chose to recover.
    if (newMap && !window.document())
        window.documents()->newDocument(cxmap::Journey::Template::Default);
    window.show();
    // cxmap --present FILE: straight into presentation mode, the editor behind it for Esc.
    if (present && window.document())
        window.presentActions()->present();
    return app.exec();
}
