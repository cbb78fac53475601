#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;

namespace cxmap {

class DocumentFile;
class JourneyDocument;
class JourneyScene;
class JourneyView;

/**
 * The editor window: composes the canvas, menus and status bar, and owns the open document and
 * its file. No domain logic here: edits go through the document's undo stack.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /**
     * Opens `path`, or with an empty path the demo journey (written to the user's data folder on
     * first run). Shows what went wrong and returns false when nothing could be opened.
     */
    bool openStartupDocument(const QString &path);
    /** Opens a document; on failure tells the user and keeps the current one. */
    bool openDocument(const QString &path);
    bool save();

    JourneyDocument *document() const { return m_document; }
    JourneyView *view() const { return m_view; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void setDocument(std::unique_ptr<DocumentFile> file, JourneyDocument *document);
    void updateTitle();
    void updateStatus();
    bool maybeSave();
    void showError(const QString &message);

    std::unique_ptr<DocumentFile> m_file;
    JourneyDocument *m_document = nullptr;
    JourneyScene *m_scene = nullptr;
    JourneyView *m_view = nullptr;
    QLabel *m_statusCounts = nullptr;
};

} // namespace cxmap
