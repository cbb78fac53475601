#include "presentactions.h"

#include "apptheme.h"
#include "document/editorstate.h"
#include "present/presentationwindow.h"
#include "present/presenterview.h"

#include <QAction>
#include <QGuiApplication>
#include <QMenu>
#include <QScreen>
#include <QWindow>

namespace cxmap {

PresentActions::PresentActions(QWidget *window, AppTheme *theme)
    : QObject(window)
    , m_window(window)
    , m_theme(theme)
    , m_present(new QAction(tr("&Present"), window))
{
    m_present->setShortcut(QKeySequence(Qt::Key_F5));
    m_present->setShortcutContext(Qt::WindowShortcut);
    m_present->setStatusTip(tr("Walk a workshop through the map, full screen, step by step (Esc returns)"));
    m_present->setToolTip(tr("Present the map full screen (F5)"));
    connect(m_present, &QAction::triggered, this, [this] { present(); });
    m_present->setEnabled(false);
}

PresentActions::~PresentActions()
{
    stop();
}

void PresentActions::populateMenu(QMenu *menu)
{
    menu->addAction(m_present);
    m_screens = menu->addMenu(tr("Present &On"));
    connect(m_screens, &QMenu::aboutToShow, this, &PresentActions::fillScreens);
    // Only a choice when there is one to make.
    const auto update = [this] { m_screens->menuAction()->setVisible(QGuiApplication::screens().size() > 1); };
    connect(qGuiApp, &QGuiApplication::screenAdded, this, update);
    connect(qGuiApp, &QGuiApplication::screenRemoved, this, update);
    update();
}

void PresentActions::fillScreens()
{
    m_screens->clear();
    for (QScreen *screen : QGuiApplication::screens()) {
        const QString name = tr("%1 (%2 × %3)").arg(screen->name()).arg(screen->size().width()).arg(screen->size().height());
        connect(m_screens->addAction(name), &QAction::triggered, this, [this, screen] { present(screen); });
    }
}

void PresentActions::setState(EditorState *state)
{
    if (state != m_state)
        stop();
    m_state = state;
    m_present->setEnabled(state != nullptr);
}

bool PresentActions::present(QScreen *screen)
{
    if (!m_state || m_presentation)
        return false;
    if (!screen)
        screen = m_window->screen();
    m_presentation = new PresentationWindow(m_state, m_theme->isDark());
    m_presentation->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_presentation, &PresentationWindow::finished, this, &PresentActions::stop);
    if (screen) {
        m_presentation->setGeometry(screen->geometry());
        m_presentation->setScreen(screen);
    }
    m_presentation->showFullScreen();
    m_presentation->activateWindow();
    m_presentation->setFocus();
    // The facilitator's own view on another screen, when there is one.
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (QScreen *other : screens)
        if (other != screen) {
            m_presenter = new PresenterView(m_presentation);
            m_presenter->setAttribute(Qt::WA_DeleteOnClose);
            m_presenter->setGeometry(other->availableGeometry());
            m_presenter->setScreen(other);
            m_presenter->show();
            break;
        }
    Q_EMIT presentingChanged(true);
    return true;
}

void PresentActions::stop()
{
    if (!m_presentation)
        return;
    if (m_presenter)
        m_presenter->close();
    m_presentation->close();
    m_presentation = nullptr;
    m_presenter = nullptr;
    // Back in the editor, where the map, view and selection are as they were.
    m_window->activateWindow();
    m_window->raise();
    Q_EMIT presentingChanged(false);
}

PresentationWindow *PresentActions::presentation() const
{
    return m_presentation;
}

PresenterView *PresentActions::presenterView() const
{
    return m_presenter;
}

} // namespace cxmap
