#include "editorstate.h"

#include "journeydocument.h"

#include <algorithm>

namespace cxmap {

EditorState::EditorState(JourneyDocument *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    connect(document, &JourneyDocument::changed, this, &EditorState::onChanged);
}

EditorState::~EditorState() = default;

void EditorState::setSelection(const QList<EditTarget> &targets)
{
    QList<EditTarget> unique;
    for (const EditTarget &target : targets)
        if (target.isValid() && !unique.contains(target))
            unique.append(target);
    if (unique == m_selection)
        return;
    m_selection = unique;
    Q_EMIT selectionChanged();
}

namespace {

template<typename Id, typename List>
QList<Id> inJourneyOrder(const QList<EditTarget> &selection, EditTarget::Kind kind, const List &list)
{
    QList<std::pair<qsizetype, Id>> ordered;
    for (const EditTarget &target : selection)
        if (target.kind == kind)
            ordered.append({list.indexOf(Id(target.id)), Id(target.id)});
    std::sort(ordered.begin(), ordered.end());
    QList<Id> ids;
    for (const auto &entry : std::as_const(ordered))
        ids.append(entry.second);
    return ids;
}

} // namespace

QList<TouchpointId> EditorState::selectedTouchpoints() const
{
    return inJourneyOrder<TouchpointId>(m_selection, EditTarget::Kind::Card, m_document->journey().touchpoints());
}

QList<TransitionId> EditorState::selectedTransitions() const
{
    return inJourneyOrder<TransitionId>(m_selection, EditTarget::Kind::Arrow, m_document->journey().transitions());
}

std::optional<StageId> EditorState::selectedStage() const
{
    for (const EditTarget &target : m_selection)
        if (target.kind == EditTarget::Kind::StageHeader)
            return StageId(target.id);
    return std::nullopt;
}

std::optional<LaneId> EditorState::selectedLane() const
{
    for (const EditTarget &target : m_selection)
        if (target.kind == EditTarget::Kind::LaneHeader)
            return LaneId(target.id);
    return std::nullopt;
}

EditTarget EditorState::currentTarget() const
{
    return m_selection.size() == 1 ? m_selection.first() : EditTarget();
}

void EditorState::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    Q_EMIT readOnlyChanged(readOnly);
}

void EditorState::setFindings(const Findings &findings)
{
    // Everything is updated before anything is announced: a reader of one signal sees all of it.
    m_findings = findings;
    QHash<TouchpointId, CardScore> scores = findings.cardScores();
    const bool scoresDiffer = scores != m_scores;
    m_scores = std::move(scores);
    Spotlight spotlight = makeSpotlight(m_spotlight.kind, m_findings, m_document->journey());
    const bool spotlightDiffers = spotlight != m_spotlight;
    m_spotlight = std::move(spotlight);
    Q_EMIT findingsChanged();
    if (scoresDiffer)
        Q_EMIT scoresChanged();
    if (spotlightDiffers)
        Q_EMIT spotlightChanged();
}

void EditorState::setSpotlightKind(SpotlightKind kind)
{
    if (kind == m_spotlight.kind)
        return;
    m_spotlight.kind = kind;
    updateSpotlight();
    // A kind without marks (no findings yet) still changes what the toggles show.
    Q_EMIT spotlightChanged();
}

void EditorState::updateSpotlight()
{
    Spotlight spotlight = makeSpotlight(m_spotlight.kind, m_findings, m_document->journey());
    if (spotlight == m_spotlight)
        return;
    m_spotlight = spotlight;
    Q_EMIT spotlightChanged();
}

void EditorState::setExperienceLaneShown(bool shown)
{
    if (shown == m_experienceLane)
        return;
    m_experienceLane = shown;
    Q_EMIT experienceLaneShownChanged(shown);
}

void EditorState::setMinimumShare(double share)
{
    share = std::clamp(share, 0.0, 1.0);
    if (qFuzzyCompare(share + 1.0, m_minimumShare + 1.0))
        return;
    m_minimumShare = share;
    Q_EMIT minimumShareChanged(share);
}

void EditorState::onChanged(const Change &change)
{
    using Kind = Change::Kind;
    // Selected things that left the map leave the selection.
    if (change.kind == Kind::Reset || change.kind == Kind::TouchpointRemoved || change.kind == Kind::TransitionRemoved
        || change.kind == Kind::StageRemoved || change.kind == Kind::LaneRemoved) {
        const Journey &journey = m_document->journey();
        QList<EditTarget> kept;
        for (const EditTarget &target : std::as_const(m_selection)) {
            bool exists = false;
            switch (target.kind) {
            case EditTarget::Kind::Card:
                exists = journey.touchpoints().contains(TouchpointId(target.id));
                break;
            case EditTarget::Kind::Arrow:
                exists = journey.transitions().contains(TransitionId(target.id));
                break;
            case EditTarget::Kind::StageHeader:
                exists = journey.stages().contains(StageId(target.id));
                break;
            case EditTarget::Kind::LaneHeader:
                exists = journey.lanes().contains(LaneId(target.id));
                break;
            case EditTarget::Kind::None:
                break;
            }
            if (exists)
                kept.append(target);
        }
        setSelection(kept);
    }
    // Hand flags and the map's paths are read by the spotlight.
    const bool flags = change.kind == Kind::TouchpointChanged && (change.properties & Change::Property::MomentOfTruth);
    if (change.kind == Kind::Reset || change.kind == Kind::TouchpointAdded || change.kind == Kind::TouchpointRemoved
        || change.kind == Kind::TransitionAdded || change.kind == Kind::TransitionRemoved || flags
        || (change.kind == Kind::TransitionChanged && (change.properties & Change::Property::Ends)))
        updateSpotlight();
}

} // namespace cxmap
