#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QToolBar;
class QWidget;

namespace cxmap {

class AppTheme;
class JourneyView;

/** The View menu: zoom, fit to window, the light and dark themes, and which panels show. */
class ViewActions : public QObject
{
    Q_OBJECT

public:
    ViewActions(JourneyView *view, AppTheme *theme, QWidget *window);

    void populateMenu(QMenu *menu, const QList<QAction *> &panelToggles) const;
    void populateToolBar(QToolBar *toolBar) const;
    void updateIcons();

    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *actualSizeAction() const { return m_actualSize; }
    QAction *fitAction() const { return m_fit; }
    QAction *darkAction() const { return m_dark; }

private:
    AppTheme *m_theme;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_actualSize;
    QAction *m_fit;
    QActionGroup *m_themes;
    QAction *m_system;
    QAction *m_light;
    QAction *m_dark;
};

} // namespace cxmap
