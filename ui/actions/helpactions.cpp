#include "helpactions.h"

#include "help/guide.h"
#include "help/helpwindow.h"

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDialog>
#include <QWhatsThis>
#include <QWhatsThisClickedEvent>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMessageBox>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace cxmap {

HelpActions::HelpActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_guide(new QAction(tr("&User Guide"), window))
    , m_whatsThis(QWhatsThis::createAction(window))
    , m_shortcuts(new QAction(tr("&Keyboard Shortcuts"), window))
    , m_about(new QAction(tr("&About cxmap"), window))
{
    m_guide->setShortcut(QKeySequence::HelpContents);
    m_guide->setStatusTip(tr("How to build a map, import answers, read the findings, present and "
                             "export, and what every number means"));
    connect(m_guide, &QAction::triggered, this, [this] { showGuide(QUrl()); });
    m_whatsThis->setText(tr("&What's This?"));
    m_about->setMenuRole(QAction::AboutRole);
    // "What's this?" texts link to the glossary; the event reaches the widget that showed one.
    qApp->installEventFilter(this);
    connect(m_shortcuts, &QAction::triggered, this, [this] {
        QDialog dialog(m_window);
        dialog.setWindowTitle(tr("Keyboard Shortcuts"));
        auto *text = new QTextBrowser(&dialog);
        text->setHtml(shortcutsHtml());
        text->setAccessibleName(tr("Keyboard shortcuts"));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(text);
        layout->addWidget(buttons);
        dialog.resize(560, 640);
        dialog.exec();
    });
    connect(m_about, &QAction::triggered, this, [this] {
        QMessageBox::about(m_window, tr("About cxmap"),
                           tr("<h3>cxmap %1</h3><p>Customer journey maps backed by measured "
                              "experience.</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
}

bool HelpActions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::WhatsThisClicked) {
        const QString href = static_cast<QWhatsThisClickedEvent *>(event)->href();
        const QString scheme = QStringLiteral("cxmap-guide:");
        if (href.startsWith(scheme)) {
            const QString target = href.mid(scheme.size());
            const qsizetype hash = target.indexOf(QLatin1Char('#'));
            showGuide(Guide::pageUrl(target.left(hash), hash < 0 ? QString() : target.mid(hash + 1)));
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

HelpWindow *HelpActions::guideWindow() const
{
    return m_guideWindow;
}

void HelpActions::showGuide(const QUrl &url)
{
    if (!m_guideWindow)
        m_guideWindow = new HelpWindow(m_window);
    m_guideWindow->showUrl(url.isEmpty() ? Guide::home() : url);
    m_guideWindow->show();
    m_guideWindow->raise();
    m_guideWindow->activateWindow();
}

void HelpActions::populateMenu(QMenu *menu) const
{
    menu->addAction(m_guide);
    menu->addAction(m_whatsThis);
    menu->addSeparator();
    menu->addAction(m_shortcuts);
    menu->addSeparator();
    menu->addAction(m_about);
}

QString HelpActions::shortcutsHtml()
{
    const QList<std::pair<const char *, const char *>> rows = {
        {QT_TRANSLATE_NOOP("cxmap", "Arrow keys"), QT_TRANSLATE_NOOP("cxmap", "Select the nearest touchpoint that way; past the edge, the stage or lane header")},
        {QT_TRANSLATE_NOOP("cxmap", "Ctrl+arrow keys"), QT_TRANSLATE_NOOP("cxmap", "Move the selected touchpoints to the next cell; move a selected stage or lane")},
        {QT_TRANSLATE_NOOP("cxmap", "Shift+arrow keys"), QT_TRANSLATE_NOOP("cxmap", "Nudge the selected touchpoints inside their cell")},
        {QT_TRANSLATE_NOOP("cxmap", "Enter, F2"), QT_TRANSLATE_NOOP("cxmap", "Rename the selection in place (a transition: its label)")},
        {QT_TRANSLATE_NOOP("cxmap", "Insert, Ctrl+Shift+T"), QT_TRANSLATE_NOOP("cxmap", "Add a touchpoint to the selected cell")},
        {QT_TRANSLATE_NOOP("cxmap", "Ctrl+L"), QT_TRANSLATE_NOOP("cxmap", "Connect the selected touchpoint to another")},
        {QT_TRANSLATE_NOOP("cxmap", "Ctrl+Alt+S, Ctrl+Alt+L"), QT_TRANSLATE_NOOP("cxmap", "Add a stage, add a lane")},
        {QT_TRANSLATE_NOOP("cxmap", "Delete, Backspace"), QT_TRANSLATE_NOOP("cxmap", "Delete the selection")},
        {QT_TRANSLATE_NOOP("cxmap", "Ctrl+X, Ctrl+C, Ctrl+V"), QT_TRANSLATE_NOOP("cxmap", "Cut, copy, paste touchpoints with the transitions among them")},
        {QT_TRANSLATE_NOOP("cxmap", "Ctrl+A, Escape"), QT_TRANSLATE_NOOP("cxmap", "Select every touchpoint; clear the selection or cancel a drag")},
        {QT_TRANSLATE_NOOP("cxmap", "Ctrl+Z, Ctrl+Shift+Z"), QT_TRANSLATE_NOOP("cxmap", "Undo, redo")},
        {QT_TRANSLATE_NOOP("cxmap", "Ctrl+Shift+L"), QT_TRANSLATE_NOOP("cxmap", "Tidy the layout")},
        {QT_TRANSLATE_NOOP("cxmap", "Ctrl+F, F3, Shift+F3"), QT_TRANSLATE_NOOP("cxmap", "Find touchpoints; next and previous match (Alt+Enter selects all)")},
        {QT_TRANSLATE_NOOP("cxmap", "V, C, T"), QT_TRANSLATE_NOOP("cxmap", "Select, connect and add tools")},
        {QT_TRANSLATE_NOOP("cxmap", "Ctrl+=, Ctrl+-, Ctrl+0, Ctrl+1"), QT_TRANSLATE_NOOP("cxmap", "Zoom in, zoom out, fit to window, actual size")},
        {QT_TRANSLATE_NOOP("cxmap", "Ctrl+wheel, Shift+wheel"), QT_TRANSLATE_NOOP("cxmap", "Zoom at the mouse; scroll sideways")},
        {QT_TRANSLATE_NOOP("cxmap", "Space+drag, middle drag"), QT_TRANSLATE_NOOP("cxmap", "Pan")},
        {QT_TRANSLATE_NOOP("cxmap", "Ctrl+Shift+D"), QT_TRANSLATE_NOOP("cxmap", "Dark theme")},
        {QT_TRANSLATE_NOOP("cxmap", "Ctrl+Shift+I"), QT_TRANSLATE_NOOP("cxmap", "Import survey data")},
        {QT_TRANSLATE_NOOP("cxmap", "Alt+1, Alt+2, Alt+3, Alt+4"), QT_TRANSLATE_NOOP("cxmap", "Spotlight weakest links, moments of truth, unavoidable touchpoints, the weakest path")},
        {QT_TRANSLATE_NOOP("cxmap", "F5"), QT_TRANSLATE_NOOP("cxmap", "Compute the findings again")},
        {QT_TRANSLATE_NOOP("cxmap", "F1"), QT_TRANSLATE_NOOP("cxmap", "The user guide")},
        {QT_TRANSLATE_NOOP("cxmap", "Shift+F1"), QT_TRANSLATE_NOOP("cxmap", "What's this? Click a panel or a number to have it explained")},
        {QT_TRANSLATE_NOOP("cxmap", "F6, Shift+F6"), QT_TRANSLATE_NOOP("cxmap", "Move between the map and the panels")},
        {QT_TRANSLATE_NOOP("cxmap", "Ctrl+N, Ctrl+O, Ctrl+S, Ctrl+Shift+S, Ctrl+W"), QT_TRANSLATE_NOOP("cxmap", "New, open, save, save as, close")},
    };
    QString html = QStringLiteral("<table cellpadding='4'>");
    for (const auto &[keys, what] : rows)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(QCoreApplication::translate("cxmap", keys).toHtmlEscaped(),
                         QCoreApplication::translate("cxmap", what).toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

} // namespace cxmap
