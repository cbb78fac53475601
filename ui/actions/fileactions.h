#pragma once

#include <QObject>

class QAction;
class QMenu;
class QToolBar;
class QWidget;

namespace cxmap {

class DocumentController;
class MapInterchange;

/**
 * The File menu: new from a template or a touchpoint inventory, open, the demo journey, recent
 * files, save, save as, import and export of maps in other formats, close (back to the start
 * page), quit.
 */
class FileActions : public QObject
{
    Q_OBJECT

public:
    FileActions(DocumentController *documents, QWidget *window);

    void populateMenu(QMenu *menu) const;
    void populateToolBar(QToolBar *toolBar) const;
    void setReadOnly(bool readOnly);
    void updateIcons();

    QAction *newAction() const { return m_new; }
    QAction *newEmptyAction() const { return m_newEmpty; }
    QAction *openAction() const { return m_open; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *closeAction() const { return m_close; }
    QAction *demoAction() const { return m_demo; }
    QAction *inventoryAction() const { return m_inventory; }
    QMenu *recentMenu() const { return m_recent; }
    QAction *importMapAction() const { return m_importMap; }
    QAction *exportMapAction() const { return m_exportMap; }
    MapInterchange *interchange() const { return m_interchange; }
    /** The last item of the File menu: others (export, print) go before it. */
    QAction *quitAction() const { return m_quit; }

Q_SIGNALS:
    /** File → New Map from Inventory: the window asks for the files. */
    void inventoryRequested();

private:
    void updateRecentMenu();
    void updateEnabled();

    DocumentController *m_documents;
    QAction *m_new;
    QAction *m_newEmpty;
    QAction *m_open;
    QAction *m_save;
    QAction *m_saveAs;
    QAction *m_close;
    QAction *m_demo;
    QAction *m_inventory;
    QAction *m_importMap;
    QAction *m_exportMap;
    QAction *m_quit;
    bool m_readOnly = false;
    QMenu *m_recent;
    MapInterchange *m_interchange;
};

} // namespace cxmap
