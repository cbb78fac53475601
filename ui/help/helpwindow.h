#pragma once

#include "guide.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;
class QToolButton;
class QTreeWidget;

namespace cxmap {

/**
 * Help → User Guide: the bundled guide in a browser beside its contents, searchable across
 * every page. A search lists the sections that hold all its words; choosing one opens it with
 * the words marked. Follows the application's light or dark palette.
 */
class HelpWindow : public QWidget
{
    Q_OBJECT

public:
    explicit HelpWindow(QWidget *parent = nullptr);

    /** Opens a page of the guide, at its anchor when the url has one. */
    void showUrl(const QUrl &url);
    /** Searches the whole guide and lists the sections found (an empty query shows the contents). */
    void search(const QString &query);
    QUrl currentUrl() const;

    const Guide &guide() const { return m_guide; }
    QTextBrowser *browser() const { return m_browser; }
    QLineEdit *searchField() const { return m_search; }
    QListWidget *results() const { return m_results; }
    QTreeWidget *contents() const { return m_contents; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildContents();
    void applyPalette();
    void markWords(const QStringList &words);
    void openResult(int row);
    void syncContents();

    Guide m_guide;
    QLineEdit *m_search;
    QTreeWidget *m_contents;
    QListWidget *m_results;
    QLabel *m_noResults;
    QTextBrowser *m_browser;
    QToolButton *m_back;
    QToolButton *m_forward;
    QToolButton *m_home;
    QStringList m_searchWords;
};

} // namespace cxmap
