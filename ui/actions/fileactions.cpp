#include "fileactions.h"

#include "files/documentcontroller.h"
#include "files/mapinterchange.h"
#include "files/recentfiles.h"
#include "icons.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QToolBar>

namespace cxmap {

namespace {

QString tipFor(const QAction *action)
{
    QString tip = action->text();
    tip.remove(QLatin1Char('&'));
    tip.remove(QStringLiteral("…"));
    if (!action->shortcut().isEmpty())
        tip += QStringLiteral(" (%1)").arg(action->shortcut().toString(QKeySequence::NativeText));
    return tip;
}

} // namespace

FileActions::FileActions(DocumentController *documents, QWidget *window)
    : QObject(window)
    , m_documents(documents)
    , m_new(new QAction(tr("&New Journey"), window))
    , m_newEmpty(new QAction(tr("New &Empty Journey"), window))
    , m_open(new QAction(tr("&Open…"), window))
    , m_save(new QAction(tr("&Save"), window))
    , m_saveAs(new QAction(tr("Save &As…"), window))
    , m_close(new QAction(tr("&Close Map"), window))
    , m_demo(new QAction(tr("Open the &Demo Journey"), window))
    , m_inventory(new QAction(tr("New Map from &Inventory…"), window))
    , m_importMap(new QAction(tr("I&mport Map…"), window))
    , m_exportMap(new QAction(tr("E&xport Map…"), window))
    , m_quit(new QAction(tr("&Quit"), window))
    , m_recent(new QMenu(tr("Open &Recent"), window))
    , m_interchange(new MapInterchange(documents, this))
{
    m_new->setShortcut(QKeySequence::New);
    m_new->setStatusTip(tr("A new journey with the default stages and channel lanes"));
    m_newEmpty->setStatusTip(tr("A new journey without stages or lanes"));
    m_open->setShortcut(QKeySequence::Open);
    m_save->setShortcut(QKeySequence::Save);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    m_close->setShortcut(QKeySequence::Close);
    m_close->setStatusTip(tr("Close the map and show the start page"));
    m_demo->setStatusTip(tr("A sample journey with 5,000 respondents' answers, to explore"));
    m_inventory->setStatusTip(tr("A new map from a spreadsheet of touchpoints and transitions (CSV)"));
    m_importMap->setStatusTip(tr("A new map from cxmap JSON, CJML, GraphML, Mermaid or a touchpoint inventory"));
    m_exportMap->setStatusTip(tr("The map as cxmap JSON, CJML, GraphML (yEd) or Mermaid"));
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    for (QAction *action : {m_new, m_open, m_save, m_saveAs})
        action->setToolTip(tipFor(action));
    updateIcons();

    connect(m_new, &QAction::triggered, this, [this] { m_documents->newDocument(Journey::Template::Default); });
    connect(m_newEmpty, &QAction::triggered, this, [this] { m_documents->newDocument(Journey::Template::Empty); });
    connect(m_open, &QAction::triggered, this, [this] { m_documents->open(); });
    connect(m_save, &QAction::triggered, this, [this] { m_documents->save(); });
    connect(m_saveAs, &QAction::triggered, this, [this] { m_documents->saveAs(); });
    connect(m_close, &QAction::triggered, this, [this] { m_documents->closeDocument(); });
    connect(m_demo, &QAction::triggered, this, [this] { m_documents->openDemo(); });
    connect(m_inventory, &QAction::triggered, this, &FileActions::inventoryRequested);
    connect(m_documents, &DocumentController::documentChanged, this, &FileActions::updateEnabled);
    connect(m_importMap, &QAction::triggered, this, [this] { m_interchange->importMap(); });
    connect(m_exportMap, &QAction::triggered, this, [this] { m_interchange->exportMap(); });
    connect(m_interchange, &MapInterchange::statusMessage, m_documents, &DocumentController::statusMessage);
    connect(m_quit, &QAction::triggered, window, &QWidget::close);
    connect(m_documents->recentFiles(), &RecentFiles::changed, this, &FileActions::updateRecentMenu);
    connect(m_recent, &QMenu::aboutToShow, this, &FileActions::updateRecentMenu);
    updateRecentMenu();
    updateEnabled();
}

void FileActions::updateIcons()
{
    m_new->setIcon(Icons::icon(QStringLiteral("new")));
    m_open->setIcon(Icons::icon(QStringLiteral("open")));
    m_save->setIcon(Icons::icon(QStringLiteral("save")));
}

void FileActions::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateEnabled();
}

void FileActions::updateEnabled()
{
    const bool open = m_documents->document();
    // A read-only map is saved only as a copy.
    m_save->setEnabled(open && !m_readOnly);
    m_saveAs->setEnabled(open);
    m_close->setEnabled(open);
    m_exportMap->setEnabled(open);
}

void FileActions::updateRecentMenu()
{
    m_recent->clear();
    const QStringList files = m_documents->recentFiles()->files();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &path = files.at(i);
        const QString text = i < 9 ? QStringLiteral("&%1  %2").arg(i + 1).arg(QFileInfo(path).fileName())
                                   : QFileInfo(path).fileName();
        QAction *action = m_recent->addAction(text, this, [this, path] { m_documents->open(path); });
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setToolTip(QDir::toNativeSeparators(path));
    }
    if (!files.isEmpty())
        m_recent->addSeparator();
    QAction *clear = m_recent->addAction(tr("&Clear List"), this, [this] { m_documents->recentFiles()->clear(); });
    clear->setEnabled(!files.isEmpty());
    m_recent->setEnabled(true);
}

void FileActions::populateMenu(QMenu *menu) const
{
    menu->addAction(m_new);
    menu->addAction(m_newEmpty);
    menu->addAction(m_inventory);
    menu->addSeparator();
    menu->addAction(m_open);
    menu->addMenu(m_recent);
    menu->addAction(m_demo);
    menu->addSeparator();
    menu->addAction(m_save);
    menu->addAction(m_saveAs);
    menu->addSeparator();
    menu->addAction(m_importMap);
    menu->addAction(m_exportMap);
    menu->addSeparator();
    menu->addAction(m_close);
    menu->addSeparator();
    menu->addAction(m_quit);
}

void FileActions::populateToolBar(QToolBar *toolBar) const
{
    toolBar->addAction(m_new);
    toolBar->addAction(m_open);
    toolBar->addAction(m_save);
}

} // namespace cxmap
