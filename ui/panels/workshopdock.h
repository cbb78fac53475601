#pragma once

#include <QDockWidget>
#include <QPointer>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace cxmap {

class EditorState;
struct Change;

/**
 * What the room said, back in the editor (issue 10): the notes of every workshop session by
 * kind (pain points, ideas, questions) and card, and the cards by their dot votes. Choosing an
 * entry selects its card on the map; Delete removes a note through the undo stack.
 */
class WorkshopDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit WorkshopDock(QWidget *parent = nullptr);

    void setState(EditorState *state);
    QTreeWidget *tree() const { return m_tree; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refill();
    void onChanged(const Change &change);
    void selectCardOf(QTreeWidgetItem *item);
    void removeNoteOf(QTreeWidgetItem *item);

    QPointer<EditorState> m_state;
    QLabel *m_summary;
    QTreeWidget *m_tree;
};

} // namespace cxmap
