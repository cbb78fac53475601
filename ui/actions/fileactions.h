#pragma once

#include <QObject>

class QAction;
class QMenu;
class QToolBar;
class QWidget;

namespace cxmap {

class DocumentController;

/** The File menu: new from a template, open, recent files, save, save as, quit. */
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
    QMenu *recentMenu() const { return m_recent; }

private:
    void updateRecentMenu();

    DocumentController *m_documents;
    QAction *m_new;
    QAction *m_newEmpty;
    QAction *m_open;
    QAction *m_save;
    QAction *m_saveAs;
    QAction *m_quit;
    QMenu *m_recent;
};

} // namespace cxmap
