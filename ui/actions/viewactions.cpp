#include "viewactions.h"

#include "apptheme.h"
#include "canvas/journeyview.h"
#include "icons.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QToolBar>

namespace cxmap {

ViewActions::ViewActions(JourneyView *view, AppTheme *theme, QWidget *window)
    : QObject(window)
    , m_theme(theme)
    , m_zoomIn(new QAction(tr("Zoom &In"), window))
    , m_zoomOut(new QAction(tr("Zoom &Out"), window))
    , m_actualSize(new QAction(tr("&Actual Size"), window))
    , m_fit(new QAction(tr("&Fit to Window"), window))
    , m_themes(new QActionGroup(this))
    , m_system(new QAction(tr("Follow &System"), m_themes))
    , m_light(new QAction(tr("&Light"), m_themes))
    , m_dark(new QAction(tr("&Dark"), m_themes))
{
    // Ctrl+= as well as Ctrl++: on most keyboards "+" needs Shift.
    m_zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOut->setShortcuts(QKeySequence::ZoomOut);
    m_actualSize->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl++)"));
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    m_fit->setToolTip(tr("Fit the map to the window (Ctrl+0)"));
    updateIcons();
    connect(m_zoomIn, &QAction::triggered, view, &JourneyView::zoomIn);
    connect(m_zoomOut, &QAction::triggered, view, &JourneyView::zoomOut);
    connect(m_actualSize, &QAction::triggered, view, &JourneyView::actualSize);
    connect(m_fit, &QAction::triggered, view, &JourneyView::fitToWindow);

    for (QAction *action : {m_system, m_light, m_dark})
        action->setCheckable(true);
    const AppTheme::Choice choice = theme->choice();
    m_system->setChecked(choice == AppTheme::Choice::System);
    m_light->setChecked(choice == AppTheme::Choice::Light);
    m_dark->setChecked(choice == AppTheme::Choice::Dark);
    m_dark->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    connect(m_system, &QAction::triggered, this, [this] { m_theme->setChoice(AppTheme::Choice::System); });
    connect(m_light, &QAction::triggered, this, [this] { m_theme->setChoice(AppTheme::Choice::Light); });
    connect(m_dark, &QAction::triggered, this, [this] { m_theme->setChoice(AppTheme::Choice::Dark); });
}

void ViewActions::updateIcons()
{
    m_zoomIn->setIcon(Icons::icon(QStringLiteral("zoom-in")));
    m_zoomOut->setIcon(Icons::icon(QStringLiteral("zoom-out")));
    m_fit->setIcon(Icons::icon(QStringLiteral("zoom-fit")));
}

void ViewActions::populateMenu(QMenu *menu, const QList<QAction *> &panelToggles) const
{
    menu->addAction(m_zoomIn);
    menu->addAction(m_zoomOut);
    menu->addAction(m_actualSize);
    menu->addAction(m_fit);
    menu->addSeparator();
    QMenu *themes = menu->addMenu(tr("&Theme"));
    themes->addActions(m_themes->actions());
    menu->addSeparator();
    menu->addActions(panelToggles);
}

void ViewActions::populateToolBar(QToolBar *toolBar) const
{
    toolBar->addAction(m_zoomOut);
    toolBar->addAction(m_zoomIn);
    toolBar->addAction(m_fit);
}

} // namespace cxmap
