#pragma once

#include "inspectorpage.h"
#include "model/touchpoint.h"

#include <QList>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QStringListModel;

namespace cxmap {

class CommitLineEdit;
class CommitTextEdit;

/**
 * Every property of the selected touchpoint; with several selected, the properties they can
 * share (cell, kind, owner, target, moment of truth) set on all of them at once.
 */
class TouchpointInspector : public InspectorPage
{
    Q_OBJECT

public:
    explicit TouchpointInspector(QWidget *parent = nullptr);

    void setTouchpoints(const QList<TouchpointId> &ids);
    void refresh() override;
    void updateEditable() override;

    CommitLineEdit *nameField() const { return m_name; }
    QComboBox *stageField() const { return m_stage; }
    QComboBox *laneField() const { return m_lane; }
    QComboBox *kindField() const { return m_kind; }
    CommitLineEdit *ownerField() const { return m_owner; }
    QDoubleSpinBox *targetField() const { return m_target; }
    QCheckBox *momentField() const { return m_moment; }
    CommitTextEdit *descriptionField() const { return m_description; }
    CommitTextEdit *notesField() const { return m_notes; }

private:
    QList<const Touchpoint *> subjects() const;
    /** Changes every shown touchpoint with `change`, as one undo step named `text`. */
    void apply(const QString &text, const std::function<void(Touchpoint &)> &change, bool newCell = false);

    QList<TouchpointId> m_ids;
    QLabel *m_title;
    CommitLineEdit *m_name;
    QComboBox *m_stage;
    QComboBox *m_lane;
    QComboBox *m_kind;
    CommitLineEdit *m_owner;
    QStringListModel *m_owners;
    QDoubleSpinBox *m_target;
    QCheckBox *m_moment;
    CommitTextEdit *m_description;
    CommitTextEdit *m_notes;
    QLabel *m_links;
};

} // namespace cxmap
