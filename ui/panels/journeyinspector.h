#pragma once

#include "inspectorpage.h"

class QLabel;

namespace cxmap {

class CommitLineEdit;
class CommitTextEdit;

/** The journey itself, shown when nothing is selected: its name, description and size. */
class JourneyInspector : public InspectorPage
{
    Q_OBJECT

public:
    explicit JourneyInspector(QWidget *parent = nullptr);

    void refresh() override;
    void updateEditable() override;

    CommitLineEdit *nameField() const { return m_name; }

private:
    void commit(const QString &name, const QString &description);

    CommitLineEdit *m_name;
    CommitTextEdit *m_description;
    QLabel *m_summary;
};

} // namespace cxmap
