#pragma once

#include "model/journey.h"

#include <QWidget>

class QCommandLinkButton;
class QLabel;
class QListWidget;

namespace cxmap {

class RecentFiles;

/**
 * What the window shows while no map is open (first run, or after File → Close): the demo
 * journey, a new map from a template, opening a file, building a map from a touchpoint
 * inventory, and the recent maps. It only asks; the main window's document controller acts.
 */
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(RecentFiles *recent, QWidget *parent = nullptr);

    QCommandLinkButton *demoButton() const { return m_demo; }
    QCommandLinkButton *newButton() const { return m_new; }
    QCommandLinkButton *newEmptyButton() const { return m_newEmpty; }
    QCommandLinkButton *openButton() const { return m_open; }
    QCommandLinkButton *inventoryButton() const { return m_inventory; }
    QListWidget *recentList() const { return m_recentList; }

Q_SIGNALS:
    void demoRequested();
    void newRequested(cxmap::Journey::Template kind);
    void openRequested();
    void openFileRequested(const QString &path);
    void inventoryRequested();
    void guideRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateRecent();

    RecentFiles *m_recent;
    QLabel *m_title;
    QLabel *m_subtitle;
    QCommandLinkButton *m_demo;
    QCommandLinkButton *m_new;
    QCommandLinkButton *m_newEmpty;
    QCommandLinkButton *m_open;
    QCommandLinkButton *m_inventory;
    QLabel *m_recentTitle;
    QListWidget *m_recentList;
    QLabel *m_noRecent;
    QLabel *m_guide;
};

} // namespace cxmap
