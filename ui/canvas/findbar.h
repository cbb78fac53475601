#pragma once

#include "model/ids.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace cxmap {

class JourneyScene;
class JourneyView;

/**
 * The find bar under the canvas (Ctrl+F): finds touchpoints by name, description, owner or
 * notes, selects and centres each match in turn (Enter, F3; Shift+Enter, Shift+F3 back), or
 * all of them at once (Alt+Enter). Escape closes it and returns to the map.
 */
class FindBar : public QWidget
{
    Q_OBJECT

public:
    FindBar(JourneyView *view, QWidget *parent = nullptr);

    void setScene(JourneyScene *scene);
    /** Shows the bar with its field focused and the text selected. */
    void activate();
    void findNext();
    void findPrevious();
    void selectAllMatches();
    QList<TouchpointId> matches() const { return m_matches; }
    QLineEdit *field() const { return m_field; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /** Finds the matches and shows the first. */
    void search();
    /** The matches in reading order, nothing selected or moved. */
    void collectMatches();
    void showCurrent();
    void close();
    void updateLabel();

    JourneyView *m_view;
    QPointer<JourneyScene> m_scene;
    QLineEdit *m_field;
    QLabel *m_count;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_all;
    QToolButton *m_close;
    QList<TouchpointId> m_matches;
    qsizetype m_current = -1;
};

} // namespace cxmap
