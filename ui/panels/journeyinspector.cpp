#include "journeyinspector.h"

#include "canvas/journeyscene.h"
#include "commands/journeycommands.h"
#include "document/journeydocument.h"
#include "inspectorfields.h"

#include <QFormLayout>
#include <QLabel>
#include <QUndoStack>

namespace cxmap {

JourneyInspector::JourneyInspector(QWidget *parent)
    : InspectorPage(parent)
    , m_name(new CommitLineEdit(this))
    , m_description(new CommitTextEdit(this))
    , m_summary(new QLabel(this))
{
    auto *title = new QLabel(tr("Journey"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);
    m_description->setMinimumHeight(90);
    m_description->setMaximumHeight(200);
    m_description->setPlaceholderText(tr("Whose journey, from where to where"));
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    auto *hint = new QLabel(tr("Select a touchpoint, transition, stage or lane to edit it here."), this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(title);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(m_summary);
    form->addRow(hint);
    m_name->setAccessibleName(tr("Journey name"));
    m_description->setAccessibleName(tr("Journey description"));

    connect(m_name, &CommitLineEdit::committed, this, [this](const QString &text) {
        if (m_scene)
            commit(text.simplified(), m_scene->journey().description());
    });
    connect(m_description, &CommitTextEdit::committed, this, [this](const QString &text) {
        if (m_scene)
            commit(m_scene->journey().name(), text);
    });
}

void JourneyInspector::commit(const QString &name, const QString &description)
{
    if (!editable() || name.isEmpty()) {
        refresh();
        return;
    }
    const Journey &journey = m_scene->journey();
    if (name == journey.name() && description == journey.description())
        return;
    JourneyDocument *document = m_scene->document();
    document->undoStack()->push(new ChangeJourneyPropertiesCommand(document, name, description));
}

void JourneyInspector::refresh()
{
    if (!m_scene)
        return;
    const Journey &journey = m_scene->journey();
    m_name->setValue(journey.name());
    m_description->setValue(journey.description());
    m_summary->setText(tr("%1 stages · %2 lanes · %3 touchpoints · %4 transitions")
                           .arg(journey.stages().size())
                           .arg(journey.lanes().size())
                           .arg(journey.touchpoints().size())
                           .arg(journey.transitions().size()));
}

void JourneyInspector::updateEditable()
{
    const bool readOnly = !editable();
    m_name->setReadOnly(readOnly);
    m_description->setReadOnly(readOnly);
}

} // namespace cxmap
