#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QActionGroup;
class QMenu;
class QToolBar;
class QToolButton;
class QWidget;

namespace cxmap {

class AppTheme;
class EditorState;
class JourneyView;

/**
 * The View menu: zoom, fit to window, which arrows show (the smallest share), the light and
 * dark themes, and which panels show.
 */
class ViewActions : public QObject
{
    Q_OBJECT

public:
    ViewActions(JourneyView *view, AppTheme *theme, QWidget *window);

    void populateMenu(QMenu *menu, const QList<QAction *> &panelToggles) const;
    void populateToolBar(QToolBar *toolBar) const;
    void updateIcons();
    /** The open document's state, whose smallest share shown the arrow choices set. */
    void setState(EditorState *state);

    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *actualSizeAction() const { return m_actualSize; }
    QAction *fitAction() const { return m_fit; }
    QAction *darkAction() const { return m_dark; }
    QAction *experienceLaneAction() const { return m_experienceLane; }
    /** "Arrows ≥ 10%" and its siblings: the smallest share an arrow needs to be drawn. */
    QList<QAction *> shareActions() const;

private:
    void showShare();

    AppTheme *m_theme;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_actualSize;
    QAction *m_fit;
    QActionGroup *m_themes;
    QAction *m_system;
    QAction *m_light;
    QAction *m_dark;
    QActionGroup *m_shares;
    QToolButton *m_shareButton;
    QAction *m_experienceLane;
    QPointer<EditorState> m_state;
};

} // namespace cxmap
