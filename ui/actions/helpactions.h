#pragma once

#include <QObject>

#include <QPointer>

class QAction;
class QMenu;
class QUrl;
class QWidget;

namespace cxmap {

class HelpWindow;

/**
 * The Help menu: the user guide (F1), "What's this?" (Shift+F1), every keyboard shortcut of the
 * editor on one page, and About. Links in "What's this?" texts (help/whatsthis.h) open the guide
 * at their glossary entry.
 */
class HelpActions : public QObject
{
    Q_OBJECT

public:
    explicit HelpActions(QWidget *window);

    void populateMenu(QMenu *menu) const;
    QAction *guideAction() const { return m_guide; }
    QAction *whatsThisAction() const { return m_whatsThis; }
    QAction *shortcutsAction() const { return m_shortcuts; }

    /** Shows the guide (made on first use) at `url`, its first page when empty. */
    void showGuide(const QUrl &url);
    /** The guide's window; null until it is first shown. */
    HelpWindow *guideWindow() const;

    /** The shortcuts page as HTML (also what the dialog shows). */
    static QString shortcutsHtml();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    QPointer<HelpWindow> m_guideWindow;
    QAction *m_guide;
    QAction *m_whatsThis;
    QAction *m_shortcuts;
    QAction *m_about;
};

} // namespace cxmap
