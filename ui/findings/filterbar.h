#pragma once

#include "analysis/analysisrequest.h"
#include "analysis/touchpointseries.h"

#include <QWidget>

class QComboBox;
class QToolButton;

namespace cxmap {

/**
 * The filters of the editor's tool bar: segment, period (from and to month) and metric. Every
 * change is one requestChanged(); the FindingsController turns it into findings, and the map
 * re-colours from those. Spearman is kept as set by setRequest().
 *
 * Beside them, the outcome behind the moments of truth: a property of the document, not a
 * filter, so choosing one is announced as outcomeChosen() (the owner stores it undoably).
 */
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);
    ~FilterBar() override;

    /**
     * The choices: segments, metrics and months with answers (FindingsController::
     * answerScopeChanged). A selection that is no longer offered falls back to "all", which is
     * announced as a change.
     */
    void setAnswerScope(const AnswerScope &scope);

    AnalysisRequest request() const { return m_request; }
    /** Shows `request` without announcing it (a new document starts unfiltered). */
    void setRequest(const AnalysisRequest &request);

    QComboBox *segmentBox() const { return m_segment; }
    QComboBox *fromBox() const { return m_from; }
    QComboBox *toBox() const { return m_to; }
    QComboBox *metricBox() const { return m_metric; }
    QComboBox *outcomeBox() const { return m_outcome; }

    /** Shows the document's outcome (empty: the default) without announcing it. */
    void setOutcome(const QString &metric);
    /** Names the default the analysis took, so "Default" says which metric it is. */
    void setDefaultOutcome(const QString &metric);

Q_SIGNALS:
    void requestChanged(const cxmap::AnalysisRequest &request);
    /** The user chose an outcome metric (empty: back to the default). */
    void outcomeChosen(const QString &metric);

private:
    void fill(const AnswerScope &scope);
    void showRequest();
    void readChoices();
    void updateClearButton();

    QComboBox *m_segment;
    QComboBox *m_from;
    QComboBox *m_to;
    QComboBox *m_metric;
    QComboBox *m_outcome;
    QToolButton *m_clear;
    QString m_outcomeChoice;
    QString m_defaultOutcome;
    AnalysisRequest m_request;
    bool m_updating = false;
};

} // namespace cxmap
