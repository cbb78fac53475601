#include "chartspanel.h"

#include "analysis/touchpointseries.h"
#include "distributionchart.h"
#include "document/journeydocument.h"
#include "experiencecurvechart.h"
#include "findings/backgroundquery.h"
#include "findings/findingtext.h"
#include "importancematrixchart.h"
#include "trendchart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace cxmap {

namespace {

QWidget *page(QWidget *parent, std::initializer_list<QWidget *> top, QWidget *chart)
{
    auto *widget = new QWidget(parent);
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->setSpacing(4);
    if (top.size() > 0) {
        auto *row = new QHBoxLayout;
        row->setSpacing(8);
        for (QWidget *item : top)
            row->addWidget(item, item->inherits("QLabel") ? 1 : 0);
        layout->addLayout(row);
    }
    layout->addWidget(chart, 1);
    return widget;
}

// "<b>Touchpoint</b> · Stage", above the trend and the answers.
QString heading(const QString &touchpoint, const QString &stage)
{
    const QString name = QStringLiteral("<b>%1</b>").arg(touchpoint.toHtmlEscaped());
    return stage.isEmpty() ? name : QStringLiteral("%1 · %2").arg(name, stage.toHtmlEscaped());
}

} // namespace

ChartsPanel::ChartsPanel(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_curve(new ExperienceCurveChart(this))
    , m_trend(new TrendChart(this))
    , m_distribution(new DistributionChart(this))
    , m_matrix(new ImportanceMatrixChart(this))
    , m_bySegment(new QCheckBox(tr("Split by &segment"), this))
    , m_trendTitle(new QLabel(this))
    , m_answersTitle(new QLabel(this))
    , m_metric(new QComboBox(this))
    , m_segmentQuery(new BackgroundQuery(this))
    , m_trendQuery(new BackgroundQuery(this))
{
    setAccessibleName(tr("Charts"));
    m_bySegment->setToolTip(
        tr("One line per customer segment (respondent-level answers with a segment)"));
    m_metric->setAccessibleName(tr("Metric of the answer distribution"));
    m_metric->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QLabel *label : {m_trendTitle, m_answersTitle}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    auto *curveNote = new QLabel(
        tr("Mean of all answers at each stage's touchpoints, 95% interval shaded"), this);
    curveNote->setWordWrap(true);

    m_tabs->setDocumentMode(true);
    m_tabs->addTab(page(m_tabs, {curveNote, m_bySegment}, m_curve), tr("Experience curve"));
    m_tabs->addTab(page(m_tabs, {m_trendTitle}, m_trend), tr("Trend"));
    m_tabs->addTab(page(m_tabs, {m_answersTitle, m_metric}, m_distribution), tr("Answers"));
    m_tabs->addTab(page(m_tabs, {}, m_matrix), tr("Importance × performance"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    connect(m_bySegment, &QCheckBox::toggled, this, [this] { loadSegments(); });
    connect(m_metric, &QComboBox::currentIndexChanged, this, [this] { updateDistribution(); });
    connect(m_matrix, &ImportanceMatrixChart::touchpointActivated, this,
            &ChartsPanel::touchpointActivated);
    // The series are read only for the tab that shows them.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        loadTrend();
        loadSegments();
    });
    updateSelection();
}

ChartsPanel::~ChartsPanel() = default;

void ChartsPanel::setDocument(JourneyDocument *document, const QString &documentPath)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    if (document != m_document)
        m_selected = TouchpointId();
    m_document = document;
    m_path = documentPath;
    if (m_document)
        connect(m_document, &JourneyDocument::changed, this, &ChartsPanel::onChanged);
    m_findings = Findings();
    updateCurve();
    m_matrix->setFindings(m_findings);
    updateSelection();
}

void ChartsPanel::setFindings(const Findings &findings)
{
    m_findings = findings;
    updateCurve();
    m_matrix->setFindings(findings);
    updateSelection();
}

void ChartsPanel::setSelectedTouchpoint(TouchpointId touchpoint)
{
    if (touchpoint == m_selected)
        return;
    m_selected = touchpoint;
    updateSelection();
}

void ChartsPanel::onChanged(const Change &change)
{
    if (change.kind == Change::Kind::TouchpointRemoved && change.id == m_selected.value())
        setSelectedTouchpoint(TouchpointId());
    else if (change.kind == Change::Kind::Reset)
        setSelectedTouchpoint(TouchpointId());
}

void ChartsPanel::updateCurve()
{
    m_curve->setData(m_document ? m_document->journey() : Journey(), m_findings);
    loadSegments();
}

void ChartsPanel::loadSegments()
{
    if (!m_bySegment->isChecked() || m_path.isEmpty()) {
        m_segmentQuery->discard();
        m_curve->setSegments({});
        return;
    }
    if (m_tabs->currentWidget() != m_curve->parentWidget())
        return;
    const AnalysisRequest request = m_findings.request;
    const QStringList metrics = m_findings.metrics;
    m_segmentQuery->start<QMap<QString, QHash<TouchpointId, MeanSummary>>>(
        m_path,
        [request, metrics](SqliteDatabase &db) {
            return performanceBySegment(db, request, metrics);
        },
        [this](const QMap<QString, QHash<TouchpointId, MeanSummary>> &segments) {
            m_curve->setSegments(segments);
        });
}

void ChartsPanel::updateSelection()
{
    const TouchpointFinding *finding = m_selected.isValid() ? m_findings.find(m_selected) : nullptr;
    if (!finding) {
        showWithoutFindings();
        return;
    }
    QString trend = heading(finding->name, finding->stage);
    if (finding->trend && finding->trend->valid)
        trend += QStringLiteral(" · ") + FindingText::trend(*finding).toHtmlEscaped();
    m_trendTitle->setText(trend);
    m_answersTitle->setText(heading(finding->name, finding->stage));

    // Keep the metric the user chose when the touchpoint or the findings change.
    const QString chosen = m_metric->currentText();
    m_metric->blockSignals(true);
    m_metric->clear();
    for (const MetricScore &metric : finding->metrics)
        m_metric->addItem(metric.metric.toUpper(), metric.metric);
    m_metric->setCurrentIndex(std::max(0, m_metric->findText(chosen)));
    m_metric->blockSignals(false);
    m_metric->setVisible(m_metric->count() > 1);
    updateDistribution();
    loadTrend();
}

void ChartsPanel::showWithoutFindings()
{
    // A touchpoint the findings leave out (none of its answers in this selection, or one added
    // since) is still the one selected: named, with why its charts are empty.
    const Touchpoint *touchpoint = m_selected.isValid() && m_document
                                       ? m_document->journey().touchpoints().find(m_selected)
                                       : nullptr;
    QString title = tr("No touchpoint selected");
    QString message = tr("Select a touchpoint on the map to see its trend and answers.");
    if (touchpoint) {
        const Stage *stage = m_document->journey().stages().find(touchpoint->stage);
        title = heading(touchpoint->name, stage ? stage->name : QString());
        message = tr("%1 has no answers in this selection.").arg(touchpoint->name);
    }
    m_trendTitle->setText(title);
    m_answersTitle->setText(title);
    m_trendQuery->discard();
    m_trend->clear(message);
    m_metric->clear();
    m_metric->hide();
    m_distribution->clear(message);
}

void ChartsPanel::loadTrend()
{
    const TouchpointFinding *finding = m_selected.isValid() ? m_findings.find(m_selected) : nullptr;
    if (!finding || m_tabs->currentWidget() != m_trend->parentWidget())
        return;
    if (m_path.isEmpty()) {
        m_trend->clear(tr("Save the map and import answers to see trends."));
        return;
    }
    const TouchpointId id = finding->id;
    const QString name = finding->name;
    const std::optional<LinearTrend> fitted = finding->trend;
    const bool declining = finding->declining;
    const AnalysisRequest request = m_findings.request;
    const QStringList metrics = m_findings.metrics;
    m_trendQuery->start<QList<MonthlyScore>>(
        m_path,
        [id, request, metrics](SqliteDatabase &db) {
            return monthlyPerformance(db, id, request, metrics);
        },
        [this, name, fitted, declining](const QList<MonthlyScore> &months) {
            m_trend->setSeries(name, months, fitted, declining);
        });
}

void ChartsPanel::updateDistribution()
{
    const TouchpointFinding *finding = m_selected.isValid() ? m_findings.find(m_selected) : nullptr;
    if (!finding)
        return;
    const QString metric = m_metric->currentData().toString();
    for (const MetricScore &score : finding->metrics)
        if (score.metric == metric) {
            m_distribution->setMetric(finding->name, score);
            return;
        }
    m_distribution->clear(tr("No answers for %1 in this selection.").arg(finding->name));
}

} // namespace cxmap
