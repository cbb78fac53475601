#pragma once

#include <QStyledItemDelegate>

namespace cxmap {

/**
 * Draws a findings row as two lines — the finding, and its basis in smaller muted text — with
 * the touchpoint's score as a badge on the map's colour scale, and small tags ("unavoidable")
 * after the name. Section rows are drawn as quiet headings, caveats as wrapped sentences.
 * Reads the roles below. Parent it to the tree view it draws for: wrapping needs its width.
 */
class FindingDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role {
        /** qint64 touchpoint ID; absent on rows that are not about one touchpoint. */
        TouchpointRole = Qt::UserRole + 1,
        /** QString: the second line (n, CI, reach…). */
        DetailRole,
        /** double 0–100 performance for the badge; absent without a score. */
        ScoreRole,
        /** bool: the score is reliable (an unreliable badge is drawn hollow). */
        ReliableRole,
        /** QStringList: tags drawn after the name. */
        TagsRole,
        /** bool: a section heading. */
        SectionRole,
        /** QString: the section a row belongs to ("weakest", "moments"…), for tests and actions. */
        KindRole,
        /** bool: the text is a sentence, wrapped to the view's width rather than elided. */
        WrapRole,
    };

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace cxmap
