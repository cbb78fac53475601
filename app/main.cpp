// cxmap: the journey map editor and its command line, in one executable.
#include "cli/commandline.h"
#include "cli/output.h"

#include "actions/presentactions.h"
#include "files/documentcontroller.h"
#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QIcon>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("cxmap"));
    QCoreApplication::setApplicationName(QStringLiteral("cxmap"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CXMAP_VERSION));
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
    // Headless commands get a core application only: no widgets, no display needed.
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
