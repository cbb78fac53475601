#include "viewactions.h"

#include "apptheme.h"
#include "canvas/journeyview.h"
#include "document/editorstate.h"
#include "icons.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QSettings>
#include <QToolBar>
#include <QToolButton>

#include <cmath>

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
    , m_shares(new QActionGroup(this))
    , m_shareButton(new QToolButton(window))
    , m_experienceLane(new QAction(tr("&Experience Lane"), window))
{
    // Thin arrows hidden on a busy map: every arrow, or only those that carry this share.
    for (const int percent : {0, 5, 10, 20, 30}) {
        auto *action = new QAction(percent == 0 ? tr("&All Arrows") : tr("Arrows of &%1% or More").arg(percent), m_shares);
        action->setCheckable(true);
        action->setData(percent / 100.0);
        action->setStatusTip(percent == 0 ? tr("Draw every transition")
                                          : tr("Hide transitions taken by fewer than %1% of the customers leaving their "
                                               "touchpoint (arrows without a share always show)").arg(percent));
        connect(action, &QAction::triggered, this, [this, action] {
            if (m_state)
                m_state->setMinimumShare(action->data().toDouble());
        });
    }
    m_shares->actions().first()->setChecked(true);
    // The curve of the customers' experience under the stages, as journey maps draw it.
    m_experienceLane->setCheckable(true);
    m_experienceLane->setStatusTip(tr("Show the experience curve under the lanes: each stage's mean with its 95% band"));
    m_experienceLane->setChecked(QSettings().value(QStringLiteral("view/experienceLane"), false).toBool());
    connect(m_experienceLane, &QAction::toggled, this, [this](bool shown) {
        QSettings().setValue(QStringLiteral("view/experienceLane"), shown);
        if (m_state)
            m_state->setExperienceLaneShown(shown);
    });
    m_shareButton->setObjectName(QStringLiteral("smallestShareButton"));
    m_shareButton->setPopupMode(QToolButton::InstantPopup);
    m_shareButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_shareButton->setAccessibleName(tr("Smallest share shown"));
    m_shareButton->setToolTip(tr("Hide thin arrows: the smallest share of customers an arrow must carry"));
    auto *menu = new QMenu(m_shareButton);
    menu->addActions(m_shares->actions());
    m_shareButton->setMenu(menu);
    showShare();

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

QList<QAction *> ViewActions::shareActions() const
{
    return m_shares->actions();
}

void ViewActions::setState(EditorState *state)
{
    if (m_state)
        disconnect(m_state, nullptr, this, nullptr);
    m_state = state;
    if (state) {
        connect(state, &EditorState::minimumShareChanged, this, &ViewActions::showShare);
        // Every map opens with the lane as the user last left it.
        state->setExperienceLaneShown(m_experienceLane->isChecked());
    }
    showShare();
}

void ViewActions::showShare()
{
    const double share = m_state ? m_state->minimumShare() : 0.0;
    QAction *current = m_shares->actions().first();
    for (QAction *action : m_shares->actions())
        if (std::abs(action->data().toDouble() - share) < 1e-9)
            current = action;
    current->setChecked(true);
    m_shareButton->setText(share > 0 ? tr("Arrows ≥ %1%").arg(qRound(share * 100)) : tr("All arrows"));
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
    QMenu *arrows = menu->addMenu(tr("A&rrows"));
    arrows->addActions(m_shares->actions());
    menu->addAction(m_experienceLane);
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
    toolBar->addWidget(m_shareButton);
}

} // namespace cxmap
