#pragma once

#include "analysis/cardscore.h"
#include "analysis/findings.h"
#include "analysis/spotlight.h"
#include "change.h"
#include "edittarget.h"
#include "model/ids.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

namespace cxmap {

class JourneyDocument;

/**
 * What the editor's views share about one open document besides the document itself: the
 * selection (by ID), the read-only flag, the findings with the card scores they give, the
 * spotlight and the smallest arrow share shown. One owner, one signal each: the canvas, the
 * panels, the presentation and the actions follow it, and no view asks another (as Tiled's
 * MapDocument holds its selection beside the map).
 *
 * Lives beside the document and drops selected IDs that leave the map.
 */
class EditorState : public QObject
{
    Q_OBJECT

public:
    explicit EditorState(JourneyDocument *document, QObject *parent = nullptr);
    ~EditorState() override;

    JourneyDocument *document() const { return m_document; }

    // The selection, in the order it was set; the typed getters list journey order.
    const QList<EditTarget> &selection() const { return m_selection; }
    void setSelection(const QList<EditTarget> &targets);
    QList<TouchpointId> selectedTouchpoints() const;
    QList<TransitionId> selectedTransitions() const;
    std::optional<StageId> selectedStage() const;
    std::optional<LaneId> selectedLane() const;
    /** The one selected thing, or None when nothing or several things are selected. */
    EditTarget currentTarget() const;
    bool isSelected(const EditTarget &target) const { return m_selection.contains(target); }

    /** A read-only document selects and inspects but changes nothing. */
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly);

    /** The latest findings (FindingsController); the scores and the spotlight follow them. */
    void setFindings(const Findings &findings);
    const Findings &findings() const { return m_findings; }
    const QHash<TouchpointId, CardScore> &scores() const { return m_scores; }

    void setSpotlightKind(SpotlightKind kind);
    SpotlightKind spotlightKind() const { return m_spotlight.kind; }
    const Spotlight &spotlight() const { return m_spotlight; }

    /** Arrows with a known share below this (0–1) are hidden; 0 shows every arrow. */
    void setMinimumShare(double share);
    double minimumShare() const { return m_minimumShare; }

    /** The experience curve under the last lane (View → Experience Lane; always on in presentation). */
    void setExperienceLaneShown(bool shown);
    bool experienceLaneShown() const { return m_experienceLane; }

Q_SIGNALS:
    void selectionChanged();
    void readOnlyChanged(bool readOnly);
    void findingsChanged();
    void scoresChanged();
    void spotlightChanged();
    void minimumShareChanged(double share);
    void experienceLaneShownChanged(bool shown);

private:
    void onChanged(const Change &change);
    void updateSpotlight();

    JourneyDocument *m_document;
    QList<EditTarget> m_selection;
    bool m_readOnly = false;
    Findings m_findings;
    QHash<TouchpointId, CardScore> m_scores;
    Spotlight m_spotlight;
    double m_minimumShare = 0.0;
    bool m_experienceLane = false;
};

} // namespace cxmap
