#pragma once

#include "document/edittarget.h"
#include "inspectorpage.h"

class QLabel;
class QPushButton;
class QSpinBox;

namespace cxmap {

class CommitLineEdit;

/** A stage or a lane: its name, width or height, and its place in the order. */
class BandInspector : public InspectorPage
{
    Q_OBJECT

public:
    explicit BandInspector(QWidget *parent = nullptr);

    /** A stage or lane target. */
    void setBand(const EditTarget &target);
    void refresh() override;
    void updateEditable() override;

    CommitLineEdit *nameField() const { return m_name; }
    QSpinBox *extentField() const { return m_extent; }

private:
    bool isStage() const { return m_target.kind == EditTarget::Kind::StageHeader; }
    void move(int step);

    EditTarget m_target;
    QLabel *m_title;
    QLabel *m_extentLabel;
    CommitLineEdit *m_name;
    QSpinBox *m_extent;
    QLabel *m_info;
    QPushButton *m_earlier;
    QPushButton *m_later;
};

} // namespace cxmap
