#include "bandinspector.h"

#include "canvas/journeyscene.h"
#include "commands/bandcommands.h"
#include "document/journeydocument.h"
#include "inspectorfields.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>

namespace cxmap {

BandInspector::BandInspector(QWidget *parent)
    : InspectorPage(parent)
    , m_title(new QLabel(this))
    , m_extentLabel(new QLabel(this))
    , m_name(new CommitLineEdit(this))
    , m_extent(new QSpinBox(this))
    , m_info(new QLabel(this))
    , m_earlier(new QPushButton(this))
    , m_later(new QPushButton(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_extent->setRange(int(MinimumBandExtent), 5000);
    m_extent->setSingleStep(10);
    m_extent->setSuffix(tr(" px"));
    m_extent->setKeyboardTracking(false);
    m_info->setWordWrap(true);
    m_info->setForegroundRole(QPalette::PlaceholderText);
    m_extentLabel->setBuddy(m_extent);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_earlier);
    buttons->addWidget(m_later);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_title);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(m_extentLabel, m_extent);
    form->addRow(QString(), buttons);
    form->addRow(m_info);

    connect(m_name, &CommitLineEdit::committed, this, [this](const QString &text) {
        const QString name = text.simplified();
        if (!editable() || name.isEmpty()) {
            refresh();
            return;
        }
        JourneyDocument *document = m_scene->document();
        if (isStage()) {
            Stage stage = *document->journey().stages().find(StageId(m_target.id));
            stage.name = name;
            document->undoStack()->push(new ChangeStageCommand(document, stage, tr("Rename stage")));
        } else {
            Lane lane = *document->journey().lanes().find(LaneId(m_target.id));
            lane.name = name;
            document->undoStack()->push(new ChangeLaneCommand(document, lane, tr("Rename lane")));
        }
    });
    connect(m_extent, &QSpinBox::valueChanged, this, [this](int value) {
        if (!editable())
            return;
        JourneyDocument *document = m_scene->document();
        if (isStage()) {
            Stage stage = *document->journey().stages().find(StageId(m_target.id));
            stage.extent = value;
            document->undoStack()->push(new ChangeStageCommand(document, stage, tr("Resize stage"), MergeId::ResizeStage));
        } else {
            Lane lane = *document->journey().lanes().find(LaneId(m_target.id));
            lane.extent = value;
            document->undoStack()->push(new ChangeLaneCommand(document, lane, tr("Resize lane"), MergeId::ResizeLane));
        }
    });
    connect(m_earlier, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_later, &QPushButton::clicked, this, [this] { move(1); });
}

void BandInspector::move(int step)
{
    if (!editable())
        return;
    JourneyDocument *document = m_scene->document();
    const Journey &journey = document->journey();
    if (isStage()) {
        const qsizetype to = journey.stages().indexOf(StageId(m_target.id)) + step;
        if (to >= 0 && to < journey.stages().size())
            document->undoStack()->push(new MoveStageCommand(document, StageId(m_target.id), to));
    } else {
        const qsizetype to = journey.lanes().indexOf(LaneId(m_target.id)) + step;
        if (to >= 0 && to < journey.lanes().size())
            document->undoStack()->push(new MoveLaneCommand(document, LaneId(m_target.id), to));
    }
}

void BandInspector::setBand(const EditTarget &target)
{
    m_target = target;
    const bool stage = isStage();
    m_title->setText(stage ? tr("Stage") : tr("Channel lane"));
    m_extentLabel->setText(stage ? tr("&Width:") : tr("&Height:"));
    m_earlier->setText(stage ? tr("Move &Left") : tr("Move &Up"));
    m_later->setText(stage ? tr("Move &Right") : tr("Move &Down"));
    m_name->setAccessibleName(stage ? tr("Stage name") : tr("Lane name"));
    m_extent->setAccessibleName(stage ? tr("Stage width") : tr("Lane height"));
    refresh();
}

void BandInspector::refresh()
{
    if (!m_scene)
        return;
    const Journey &journey = m_scene->journey();
    const QSignalBlocker blocker(m_extent);
    if (isStage()) {
        const Stage *stage = journey.stages().find(StageId(m_target.id));
        if (!stage)
            return;
        const qsizetype index = journey.stages().indexOf(stage->id);
        m_name->setValue(stage->name);
        m_extent->setValue(int(stage->extent));
        m_earlier->setEnabled(editable() && index > 0);
        m_later->setEnabled(editable() && index + 1 < journey.stages().size());
        m_info->setText(tr("Stage %1 of %2 · %3 touchpoints")
                            .arg(index + 1)
                            .arg(journey.stages().size())
                            .arg(journey.touchpointsInStage(stage->id).size()));
    } else {
        const Lane *lane = journey.lanes().find(LaneId(m_target.id));
        if (!lane)
            return;
        const qsizetype index = journey.lanes().indexOf(lane->id);
        m_name->setValue(lane->name);
        m_extent->setValue(int(lane->extent));
        m_earlier->setEnabled(editable() && index > 0);
        m_later->setEnabled(editable() && index + 1 < journey.lanes().size());
        m_info->setText(tr("Lane %1 of %2 · %3 touchpoints")
                            .arg(index + 1)
                            .arg(journey.lanes().size())
                            .arg(journey.touchpointsInLane(lane->id).size()));
    }
}

void BandInspector::updateEditable()
{
    const bool readOnly = !editable();
    m_name->setEnabled(!readOnly);
    m_extent->setEnabled(!readOnly);
    refresh();
}

} // namespace cxmap
