#pragma once

#include "inspectorpage.h"
#include "model/ids.h"

class QDoubleSpinBox;
class QLabel;
class QPushButton;

namespace cxmap {

class CommitLineEdit;

/** A transition: its ends, the share of customers who take it, and its label. */
class TransitionInspector : public InspectorPage
{
    Q_OBJECT

public:
    explicit TransitionInspector(QWidget *parent = nullptr);

    void setTransition(TransitionId id);
    void refresh() override;
    void updateEditable() override;

    QDoubleSpinBox *shareField() const { return m_share; }
    CommitLineEdit *labelField() const { return m_label; }

private:
    TransitionId m_id;
    QLabel *m_ends;
    QDoubleSpinBox *m_share;
    CommitLineEdit *m_label;
    QPushButton *m_reverse;
};

} // namespace cxmap
