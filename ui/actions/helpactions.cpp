#include "helpactions.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMenu>
#include <QMessageBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cxmap {

HelpActions::HelpActions(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_shortcuts(new QAction(tr("&Keyboard Shortcuts"), window))
    , m_about(new QAction(tr("&About cxmap"), window))
{
    m_shortcuts->setShortcut(QKeySequence::HelpContents);
    m_about->setMenuRole(QAction::AboutRole);
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

void HelpActions::populateMenu(QMenu *menu) const
{
    menu->addAction(m_shortcuts);
    menu->addSeparator();
    menu->addAction(m_about);
}

QString HelpActions::shortcutsHtml()
{
    const QList<std::pair<const char *, const char *>> rows = {
        {"Arrow keys", "Select the nearest touchpoint that way; past the edge, the stage or lane header"},
        {"Ctrl+arrow keys", "Move the selected touchpoints to the next cell; move a selected stage or lane"},
        {"Shift+arrow keys", "Nudge the selected touchpoints inside their cell"},
        {"Enter, F2", "Rename the selection in place (a transition: its label)"},
        {"Insert, Ctrl+Shift+T", "Add a touchpoint to the selected cell"},
        {"Ctrl+L", "Connect the selected touchpoint to another"},
        {"Ctrl+Alt+S, Ctrl+Alt+L", "Add a stage, add a lane"},
        {"Delete, Backspace", "Delete the selection"},
        {"Ctrl+X, Ctrl+C, Ctrl+V", "Cut, copy, paste touchpoints with the transitions among them"},
        {"Ctrl+A, Escape", "Select every touchpoint; clear the selection or cancel a drag"},
        {"Ctrl+Z, Ctrl+Shift+Z", "Undo, redo"},
        {"Ctrl+Shift+L", "Tidy the layout"},
        {"Ctrl+F, F3, Shift+F3", "Find touchpoints; next and previous match (Alt+Enter selects all)"},
        {"V, C, T", "Select, connect and add tools"},
        {"Ctrl+=, Ctrl+-, Ctrl+0, Ctrl+1", "Zoom in, zoom out, fit to window, actual size"},
        {"Ctrl+wheel, Shift+wheel", "Zoom at the mouse; scroll sideways"},
        {"Space+drag, middle drag", "Pan"},
        {"Ctrl+Shift+D", "Dark theme"},
        {"Ctrl+Shift+I", "Import survey data"},
        {"Alt+1, Alt+2, Alt+3, Alt+4", "Spotlight weakest links, moments of truth, unavoidable touchpoints, the weakest path"},
        {"F5", "Compute the findings again"},
        {"F6, Shift+F6", "Move between the map and the panels"},
        {"Ctrl+N, Ctrl+O, Ctrl+S, Ctrl+Shift+S", "New, open, save, save as"},
    };
    QString html = QStringLiteral("<table cellpadding='4'>");
    for (const auto &[keys, what] : rows)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(QCoreApplication::translate("cxmap", keys).toHtmlEscaped(),
                         QCoreApplication::translate("cxmap", what).toHtmlEscaped());
    return html + QStringLiteral("</table>");
}

} // namespace cxmap
