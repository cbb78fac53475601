#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QScreen;
class QWidget;

namespace cxmap {

class AppTheme;
class EditorState;
class PresentationWindow;
class PresenterView;

/**
 * Enters and leaves presentation mode: F5 and View → Present (on the screen the editor is on,
 * or one chosen from View → Present On when there are several), and `cxmap --present`. With a
 * second screen, the presenter view goes on the other one. Esc returns to the editor with the
 * same map, view and selection: the presentation only reads the shared state and adds the
 * room's input through the document's undo stack.
 */
class PresentActions : public QObject
{
    Q_OBJECT

public:
    PresentActions(QWidget *window, AppTheme *theme);
    ~PresentActions() override;

    void populateMenu(QMenu *menu);
    void setState(EditorState *state);

    QAction *presentAction() const { return m_present; }
    /** Presents on `screen` (the window's when null). False without an open map. */
    bool present(QScreen *screen = nullptr);
    void stop();

    PresentationWindow *presentation() const;
    PresenterView *presenterView() const;

Q_SIGNALS:
    void presentingChanged(bool presenting);

private:
    void fillScreens();

    QWidget *m_window;
    AppTheme *m_theme;
    QAction *m_present;
    QMenu *m_screens = nullptr;
    QPointer<EditorState> m_state;
    QPointer<PresentationWindow> m_presentation;
    QPointer<PresenterView> m_presenter;
};

} // namespace cxmap
