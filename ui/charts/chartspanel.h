#pragma once

#include "analysis/findings.h"
#include "model/ids.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QTabWidget;

namespace cxmap {

class BackgroundQuery;
class DistributionChart;
class ExperienceCurveChart;
class ImportanceMatrixChart;
class JourneyDocument;
class TrendChart;
struct Change;

/**
 * The charts, for a dock, one tab each: the experience curve across stages (split by segment on
 * request), the selected touchpoint's trend by month and its answer distribution, and the
 * importance–performance matrix. Drawn from the findings; the monthly and per-segment series
 * are read from the document file off the GUI thread, only when shown.
 */
class ChartsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsPanel(QWidget *parent = nullptr);
    ~ChartsPanel() override;

    /**
     * The document (its stages order the curve) and the path of its file, where the series are
     * read (empty for a map never saved). Call again after "save as".
     */
    void setDocument(JourneyDocument *document, const QString &documentPath);
    /** FindingsController::findingsChanged. */
    void setFindings(const Findings &findings);
    /** The touchpoint selected on the map (invalid for none): its trend and answers are drawn. */
    void setSelectedTouchpoint(TouchpointId touchpoint);
    TouchpointId selectedTouchpoint() const { return m_selected; }

    QTabWidget *tabs() const { return m_tabs; }
    ExperienceCurveChart *curveChart() const { return m_curve; }
    TrendChart *trendChart() const { return m_trend; }
    DistributionChart *distributionChart() const { return m_distribution; }
    ImportanceMatrixChart *matrixChart() const { return m_matrix; }
    QCheckBox *bySegmentBox() const { return m_bySegment; }
    QComboBox *metricBox() const { return m_metric; }
    /** The lines above the trend and the answers: the selected touchpoint and its stage. */
    QLabel *trendTitle() const { return m_trendTitle; }
    QLabel *answersTitle() const { return m_answersTitle; }

Q_SIGNALS:
    /** A point of the matrix was clicked: select and centre its touchpoint. */
    void touchpointActivated(cxmap::TouchpointId touchpoint);

private:
    void onChanged(const Change &change);
    void updateCurve();
    void loadSegments();
    void updateSelection();
    void showWithoutFindings();
    void loadTrend();
    void updateDistribution();

    QPointer<JourneyDocument> m_document;
    QString m_path;
    Findings m_findings;
    TouchpointId m_selected;
    QTabWidget *m_tabs;
    ExperienceCurveChart *m_curve;
    TrendChart *m_trend;
    DistributionChart *m_distribution;
    ImportanceMatrixChart *m_matrix;
    QCheckBox *m_bySegment;
    QLabel *m_trendTitle;
    QLabel *m_answersTitle;
    QComboBox *m_metric;
    BackgroundQuery *m_segmentQuery;
    BackgroundQuery *m_trendQuery;
};

} // namespace cxmap
