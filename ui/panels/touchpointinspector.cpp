#include "touchpointinspector.h"

#include "canvas/editoperations.h"
#include "canvas/journeyscene.h"
#include "commands/touchpointcommands.h"
#include "document/journeydocument.h"
#include "help/whatsthis.h"
#include "inspectorfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSet>
#include <QStringListModel>
#include <QUndoStack>

namespace cxmap {

namespace {

constexpr double NoTarget = -1.0;

// The value all subjects share, or nullopt when they differ.
template<typename T, typename Get>
std::optional<T> common(const QList<const Touchpoint *> &subjects, Get get)
{
    if (subjects.isEmpty())
        return std::nullopt;
    const T first = get(*subjects.first());
    for (const Touchpoint *touchpoint : subjects)
        if (!(get(*touchpoint) == first))
            return std::nullopt;
    return first;
}

} // namespace

TouchpointInspector::TouchpointInspector(QWidget *parent)
    : InspectorPage(parent)
    , m_title(new QLabel(this))
    , m_name(new CommitLineEdit(this))
    , m_stage(new QComboBox(this))
    , m_lane(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_owner(new CommitLineEdit(this))
    , m_owners(new QStringListModel(this))
    , m_target(new QDoubleSpinBox(this))
    , m_moment(new QCheckBox(tr("Moment of truth (set by hand)"), this))
    , m_description(new CommitTextEdit(this))
    , m_notes(new CommitTextEdit(this))
    , m_links(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    for (QComboBox *combo : {m_stage, m_lane, m_kind}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    m_kind->addItem(tr("Direct"), int(TouchpointKind::Direct));
    m_kind->addItem(tr("Indirect"), int(TouchpointKind::Indirect));
    auto *completer = new QCompleter(m_owners, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_owner->setCompleter(completer);
    m_owner->setPlaceholderText(tr("Department responsible"));
    m_target->setRange(NoTarget, 100.0);
    m_target->setDecimals(1);
    m_target->setSpecialValueText(tr("None"));
    m_target->setSuffix(tr(" / 100"));
    m_target->setKeyboardTracking(false);
    m_kind->setToolTip(tr("Direct: the customer deals with us. Indirect: reviews, friends, "
                          "competitors — we influence it only through everything else."));
    m_target->setToolTip(tr("The score this touchpoint should reach (0–100); used as the "
                            "expectation when no answers give one"));
    m_target->setWhatsThis(WhatsThis::text(tr("Target score"), m_target->toolTip(), QStringLiteral("expectation")));
    m_moment->setWhatsThis(WhatsThis::text(tr("Moment of truth"), tr("Set by hand, the touchpoint counts as a moment of truth whatever the data says; the data names its own."), QStringLiteral("moment-of-truth")));
    m_description->setPlaceholderText(tr("What happens here, from the customer's side"));
    m_notes->setPlaceholderText(tr("Anything else worth keeping"));
    for (CommitTextEdit *text : {m_description, m_notes}) {
        text->setMinimumHeight(60);
        text->setMaximumHeight(140);
    }
    m_links->setWordWrap(true);
    m_links->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_title);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Stage:"), m_stage);
    form->addRow(tr("&Lane:"), m_lane);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Target score:"), m_target);
    form->addRow(QString(), m_moment);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("N&otes:"), m_notes);
    form->addRow(m_links);
    m_name->setAccessibleName(tr("Touchpoint name"));
    m_stage->setAccessibleName(tr("Stage"));
    m_lane->setAccessibleName(tr("Lane"));
    m_kind->setAccessibleName(tr("Kind"));
    m_owner->setAccessibleName(tr("Owner"));
    m_target->setAccessibleName(tr("Target score"));
    m_moment->setAccessibleName(tr("Moment of truth"));
    m_description->setAccessibleName(tr("Description"));
    m_notes->setAccessibleName(tr("Notes"));

    connect(m_name, &CommitLineEdit::committed, this, [this](const QString &text) {
        const QString name = text.simplified();
        if (name.isEmpty()) {
            refresh();
            return;
        }
        apply(tr("Rename touchpoint"), [&](Touchpoint &t) { t.name = name; });
    });
    connect(m_stage, &QComboBox::activated, this, [this](int index) {
        const StageId stage(m_stage->itemData(index).toLongLong());
        apply(tr("Move touchpoint"), [&](Touchpoint &t) { t.stage = stage; }, true);
    });
    connect(m_lane, &QComboBox::activated, this, [this](int index) {
        const LaneId lane(m_lane->itemData(index).toLongLong());
        apply(tr("Move touchpoint"), [&](Touchpoint &t) { t.lane = lane; }, true);
    });
    connect(m_kind, &QComboBox::activated, this, [this](int index) {
        const auto kind = TouchpointKind(m_kind->itemData(index).toInt());
        apply(tr("Change touchpoint kind"), [&](Touchpoint &t) { t.kind = kind; });
    });
    connect(m_owner, &CommitLineEdit::committed, this, [this](const QString &text) {
        apply(tr("Change touchpoint owner"), [&](Touchpoint &t) { t.owner = text.trimmed(); });
    });
    connect(m_target, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        const std::optional<double> target = value <= NoTarget ? std::nullopt : std::optional<double>(value);
        apply(tr("Change target score"), [&](Touchpoint &t) { t.target = target; });
    });
    connect(m_moment, &QCheckBox::clicked, this, [this](bool checked) {
        m_moment->setTristate(false);
        apply(tr("Change moment of truth"), [&](Touchpoint &t) { t.momentOfTruth = checked; });
    });
    connect(m_description, &CommitTextEdit::committed, this, [this](const QString &text) {
        apply(tr("Change touchpoint description"), [&](Touchpoint &t) { t.description = text; });
    });
    connect(m_notes, &CommitTextEdit::committed, this, [this](const QString &text) {
        apply(tr("Change touchpoint notes"), [&](Touchpoint &t) { t.notes = text; });
    });
}

void TouchpointInspector::setTouchpoints(const QList<TouchpointId> &ids)
{
    m_ids = ids;
    refresh();
}

QList<const Touchpoint *> TouchpointInspector::subjects() const
{
    QList<const Touchpoint *> list;
    if (!m_scene)
        return list;
    for (TouchpointId id : m_ids)
        if (const Touchpoint *touchpoint = m_scene->journey().touchpoints().find(id))
            list.append(touchpoint);
    return list;
}

void TouchpointInspector::apply(const QString &text, const std::function<void(Touchpoint &)> &change,
                                bool newCell)
{
    if (!editable())
        return;
    QList<Touchpoint> after;
    for (const Touchpoint *touchpoint : subjects()) {
        Touchpoint changed = *touchpoint;
        change(changed);
        if (changed != *touchpoint)
            after.append(changed);
    }
    if (after.isEmpty())
        return;
    if (newCell)
        edit::placeClear(m_scene, after);
    JourneyDocument *document = m_scene->document();
    document->undoStack()->push(new ChangeTouchpointsCommand(document, after, text));
}

void TouchpointInspector::refresh()
{
    const QList<const Touchpoint *> list = subjects();
    if (list.isEmpty() || !m_scene)
        return;
    const Journey &journey = m_scene->journey();
    const bool single = list.size() == 1;
    const QSignalBlocker blockTarget(m_target);

    m_title->setText(single ? tr("Touchpoint") : tr("%1 touchpoints").arg(list.size()));
    m_name->setEnabled(single && editable());
    m_name->setValue(single ? list.first()->name : QString());
    m_name->setPlaceholderText(single ? QString() : tr("Several names"));

    m_stage->clear();
    for (const Stage &stage : journey.stages())
        m_stage->addItem(stage.name, stage.id.value());
    const auto stage = common<StageId>(list, [](const Touchpoint &t) { return t.stage; });
    m_stage->setCurrentIndex(stage ? journey.stages().indexOf(*stage) : -1);
    m_lane->clear();
    for (const Lane &lane : journey.lanes())
        m_lane->addItem(lane.name, lane.id.value());
    const auto lane = common<LaneId>(list, [](const Touchpoint &t) { return t.lane; });
    m_lane->setCurrentIndex(lane ? journey.lanes().indexOf(*lane) : -1);

    const auto kind = common<TouchpointKind>(list, [](const Touchpoint &t) { return t.kind; });
    m_kind->setCurrentIndex(kind ? m_kind->findData(int(*kind)) : -1);

    QSet<QString> owners;
    for (const Touchpoint &touchpoint : journey.touchpoints())
        if (!touchpoint.owner.isEmpty())
            owners.insert(touchpoint.owner);
    QStringList sorted(owners.cbegin(), owners.cend());
    sorted.sort(Qt::CaseInsensitive);
    m_owners->setStringList(sorted);
    const auto owner = common<QString>(list, [](const Touchpoint &t) { return t.owner; });
    m_owner->setValue(owner.value_or(QString()));
    m_owner->setPlaceholderText(owner ? tr("Department responsible") : tr("Several owners"));

    const auto target = common<std::optional<double>>(list, [](const Touchpoint &t) { return t.target; });
    m_target->setValue(target && *target ? **target : NoTarget);

    const auto moment = common<bool>(list, [](const Touchpoint &t) { return t.momentOfTruth; });
    m_moment->setTristate(!moment);
    m_moment->setCheckState(moment ? (*moment ? Qt::Checked : Qt::Unchecked) : Qt::PartiallyChecked);

    m_description->setEnabled(single && editable());
    m_notes->setEnabled(single && editable());
    m_description->setValue(single ? list.first()->description : QString());
    m_notes->setValue(single ? list.first()->notes : QString());

    if (single) {
        int in = 0;
        int out = 0;
        for (const Transition &transition : journey.transitions()) {
            in += transition.to == list.first()->id;
            out += transition.from == list.first()->id;
        }
        m_links->setText(tr("%1 incoming and %2 outgoing transitions · ID %3")
                             .arg(in)
                             .arg(out)
                             .arg(list.first()->id.value()));
    } else {
        m_links->setText(tr("Changes here apply to all %1 selected touchpoints.").arg(list.size()));
    }
}

void TouchpointInspector::updateEditable()
{
    const bool readOnly = !editable();
    for (QWidget *field : std::initializer_list<QWidget *>{m_stage, m_lane, m_kind, m_owner, m_target, m_moment})
        field->setEnabled(!readOnly);
    refresh();
}

} // namespace cxmap
