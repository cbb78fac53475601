#include "transitioninspector.h"

#include "canvas/journeyscene.h"
#include "commands/transitioncommands.h"
#include "document/journeydocument.h"
#include "help/whatsthis.h"
#include "inspectorfields.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>

namespace cxmap {

namespace {

constexpr double UnknownShare = -1.0;

} // namespace

TransitionInspector::TransitionInspector(QWidget *parent)
    : InspectorPage(parent)
    , m_ends(new QLabel(this))
    , m_share(new QDoubleSpinBox(this))
    , m_label(new CommitLineEdit(this))
    , m_reverse(new QPushButton(tr("&Reverse Direction"), this))
{
    auto *title = new QLabel(tr("Transition"), this);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    title->setFont(titleFont);
    m_ends->setWordWrap(true);
    m_ends->setTextFormat(Qt::PlainText);
    m_share->setRange(UnknownShare, 100.0);
    m_share->setDecimals(1);
    m_share->setSuffix(tr(" %"));
    m_share->setSpecialValueText(tr("Unknown"));
    m_share->setKeyboardTracking(false);
    m_share->setToolTip(tr("The share of customers leaving the source who take this transition. "
                           "Unknown shares split what the known ones leave equally."));
    m_share->setWhatsThis(WhatsThis::text(tr("Share"), m_share->toolTip(), QStringLiteral("share")));
    m_label->setPlaceholderText(tr("Why customers go this way"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFormAlignment(Qt::AlignLeft | Qt::AlignTop);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(title);
    form->addRow(m_ends);
    form->addRow(tr("&Share:"), m_share);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(QString(), m_reverse);
    m_share->setAccessibleName(tr("Share of customers"));
    m_label->setAccessibleName(tr("Transition label"));
    m_reverse->setAccessibleName(tr("Reverse direction"));

    auto change = [this](const QString &text, const std::function<void(Transition &)> &edit) {
        if (!editable())
            return;
        const Transition *transition = m_scene->journey().transitions().find(m_id);
        if (!transition)
            return;
        Transition after = *transition;
        edit(after);
        if (after == *transition)
            return;
        JourneyDocument *document = m_scene->document();
        document->undoStack()->push(new ChangeTransitionCommand(document, after, text));
    };
    connect(m_share, &QDoubleSpinBox::valueChanged, this, [change](double value) {
        change(tr("Change transition share"), [value](Transition &t) {
            t.share = value <= UnknownShare ? std::nullopt : std::optional<double>(value / 100.0);
        });
    });
    connect(m_label, &CommitLineEdit::committed, this, [change](const QString &text) {
        change(tr("Change transition label"), [&text](Transition &t) { t.label = text.trimmed(); });
    });
    connect(m_reverse, &QPushButton::clicked, this, [change] {
        change(tr("Reverse transition"), [](Transition &t) { std::swap(t.from, t.to); });
    });
}

void TransitionInspector::setTransition(TransitionId id)
{
    m_id = id;
    refresh();
}

void TransitionInspector::refresh()
{
    if (!m_scene)
        return;
    const Journey &journey = m_scene->journey();
    const Transition *transition = journey.transitions().find(m_id);
    if (!transition)
        return;
    const Touchpoint *from = journey.touchpoints().find(transition->from);
    const Touchpoint *to = journey.touchpoints().find(transition->to);
    m_ends->setText(tr("From “%1”\nto “%2”").arg(from ? from->name : QString(), to ? to->name : QString()));
    const QSignalBlocker blocker(m_share);
    m_share->setValue(transition->share ? *transition->share * 100.0 : UnknownShare);
    m_label->setValue(transition->label);
}

void TransitionInspector::updateEditable()
{
    const bool readOnly = !editable();
    m_share->setEnabled(!readOnly);
    m_label->setEnabled(!readOnly);
    m_reverse->setEnabled(!readOnly);
}

} // namespace cxmap
