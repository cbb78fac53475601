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
 * re-colours from those. The outcome metric and Spearman are kept as set by setRequest().
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

Q_SIGNALS:
    void requestChanged(const cxmap::AnalysisRequest &request);

private:
    void fill(const AnswerScope &scope);
    void showRequest();
    void readChoices();
    void updateClearButton();

    QComboBox *m_segment;
    QComboBox *m_from;
    QComboBox *m_to;
    QComboBox *m_metric;
    QToolButton *m_clear;
    AnalysisRequest m_request;
    bool m_updating = false;
};

} // namespace cxmap
