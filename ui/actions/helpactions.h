#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace cxmap {

/** The Help menu: every keyboard shortcut of the editor on one page, and About. */
class HelpActions : public QObject
{
    Q_OBJECT

public:
    explicit HelpActions(QWidget *window);

    void populateMenu(QMenu *menu) const;
    QAction *shortcutsAction() const { return m_shortcuts; }

    /** The shortcuts page as HTML (also what the dialog shows). */
    static QString shortcutsHtml();

private:
    QWidget *m_window;
    QAction *m_shortcuts;
    QAction *m_about;
};

} // namespace cxmap
