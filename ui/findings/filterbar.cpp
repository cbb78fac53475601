#include "filterbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

namespace cxmap {

namespace {

// "2026-03" → 1 March 2026; an invalid date for anything else.
QDate monthStart(const QString &month)
{
    return QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
}

QLabel *buddyLabel(const QString &text, QComboBox *box, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(box);
    return label;
}

int findText(const QComboBox *box, const QString &text)
{
    for (int i = 1; i < box->count(); ++i)
        if (box->itemData(i).toString().compare(text, Qt::CaseInsensitive) == 0)
            return i;
    return 0;
}

int findDate(const QComboBox *box, const std::optional<QDate> &date)
{
    if (!date)
        return 0;
    const QDate month(date->year(), date->month(), 1);
    for (int i = 1; i < box->count(); ++i)
        if (box->itemData(i).toDate() == month)
            return i;
    return 0;
}

std::optional<QDate> dateAt(const QComboBox *box)
{
    const QDate date = box->currentData().toDate();
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

} // namespace

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
    , m_segment(new QComboBox(this))
    , m_from(new QComboBox(this))
    , m_to(new QComboBox(this))
    , m_metric(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_clear(new QToolButton(this))
{
    m_segment->setAccessibleName(tr("Segment filter"));
    m_segment->setToolTip(tr("Score only the answers of one customer segment"));
    m_from->setAccessibleName(tr("Period from"));
    m_from->setToolTip(tr("First month of the period (included whole)"));
    m_to->setAccessibleName(tr("Period to"));
    m_to->setToolTip(tr("Last month of the period (included whole)"));
    m_metric->setAccessibleName(tr("Metric filter"));
    m_metric->setToolTip(tr("Performance from all metrics answered at touchpoints, or from one"));
    m_outcome->setAccessibleName(tr("Outcome for moments of truth"));
    m_outcome->setToolTip(tr("The journey-level answer the moments of truth are measured against; "
                             "kept in the map"));
    for (QComboBox *box : {m_segment, m_from, m_to, m_metric, m_outcome})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_clear->setText(tr("Clear filters"));
    m_clear->setAccessibleName(tr("Clear filters"));
    m_clear->setToolTip(tr("Show every segment, month and metric"));
    m_clear->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->setSpacing(6);
    layout->addWidget(buddyLabel(tr("Se&gment"), m_segment, this));
    layout->addWidget(m_segment);
    layout->addSpacing(8);
    layout->addWidget(buddyLabel(tr("&Period"), m_from, this));
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    layout->addSpacing(8);
    layout->addWidget(buddyLabel(tr("Me&tric"), m_metric, this));
    layout->addWidget(m_metric);
    layout->addWidget(m_clear);
    layout->addSpacing(12);
    layout->addWidget(buddyLabel(tr("O&utcome"), m_outcome, this));
    layout->addWidget(m_outcome);
    layout->addStretch(1);

    fill(AnswerScope());
    for (QComboBox *box : {m_segment, m_from, m_to, m_metric})
        connect(box, &QComboBox::currentIndexChanged, this, &FilterBar::readChoices);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] {
        if (m_updating)
            return;
        const QString metric = m_outcome->currentData().toString();
        if (metric == m_outcomeChoice)
            return;
        m_outcomeChoice = metric;
        Q_EMIT outcomeChosen(metric);
    });
    connect(m_clear, &QToolButton::clicked, this, [this] {
        m_updating = true;
        for (QComboBox *box : {m_segment, m_from, m_to, m_metric})
            box->setCurrentIndex(0);
        m_updating = false;
        readChoices();
    });
}

FilterBar::~FilterBar() = default;

void FilterBar::setAnswerScope(const AnswerScope &scope)
{
    m_updating = true;
    fill(scope);
    showRequest();
    m_outcome->setCurrentIndex(m_outcomeChoice.isEmpty() ? 0 : findText(m_outcome, m_outcomeChoice));
    m_updating = false;
    // A segment or month that is gone falls back to "all": that is a different request.
    readChoices();
}

void FilterBar::setRequest(const AnalysisRequest &request)
{
    m_request = request;
    m_updating = true;
    showRequest();
    m_updating = false;
    updateClearButton();
}

void FilterBar::updateClearButton()
{
    // Index 0 of every box is "all": anything else is a filter to clear.
    m_clear->setEnabled(m_segment->currentIndex() > 0 || m_from->currentIndex() > 0 ||
                        m_to->currentIndex() > 0 || m_metric->currentIndex() > 0);
}

void FilterBar::fill(const AnswerScope &scope)
{
    m_segment->clear();
    m_segment->addItem(tr("All segments"), QString());
    for (const QString &segment : scope.segments)
        m_segment->addItem(segment, segment);

    m_metric->clear();
    m_metric->addItem(tr("All metrics"), QString());
    for (const QString &metric : scope.metrics)
        m_metric->addItem(metric.toUpper(), metric);

    m_from->clear();
    m_to->clear();
    m_from->addItem(tr("earliest"), QDate());
    m_to->addItem(tr("latest"), QDate());
    const QDate first = monthStart(scope.firstMonth);
    const QDate last = monthStart(scope.lastMonth);
    if (first.isValid() && last.isValid())
        for (QDate month = first; month <= last; month = month.addMonths(1)) {
            const QString name = QLocale().toString(month, QStringLiteral("MMM yyyy"));
            m_from->addItem(name, month);
            m_to->addItem(name, month);
        }
    for (QComboBox *box : {m_segment, m_from, m_to, m_metric})
        box->setEnabled(box->count() > 1);

    m_outcome->clear();
    m_outcome->addItem(m_defaultOutcome.isEmpty() ? tr("Default") : tr("Default (%1)").arg(m_defaultOutcome), QString());
    for (const QString &metric : scope.outcomes)
        m_outcome->addItem(metric.toUpper(), metric);
    // A chosen outcome without answers in this file is still shown as chosen.
    if (!m_outcomeChoice.isEmpty() && findText(m_outcome, m_outcomeChoice) == 0)
        m_outcome->addItem(m_outcomeChoice.toUpper(), m_outcomeChoice);
    m_outcome->setEnabled(m_outcome->count() > 1);
}

void FilterBar::setOutcome(const QString &metric)
{
    m_outcomeChoice = metric;
    m_updating = true;
    if (!metric.isEmpty() && findText(m_outcome, metric) == 0)
        m_outcome->addItem(metric.toUpper(), metric);
    m_outcome->setCurrentIndex(metric.isEmpty() ? 0 : findText(m_outcome, metric));
    m_updating = false;
}

void FilterBar::setDefaultOutcome(const QString &metric)
{
    if (metric == m_defaultOutcome)
        return;
    m_defaultOutcome = metric;
    m_outcome->setItemText(0, metric.isEmpty() ? tr("Default") : tr("Default (%1)").arg(metric));
}

void FilterBar::showRequest()
{
    m_segment->setCurrentIndex(
        m_request.segment.isEmpty() ? 0 : findText(m_segment, m_request.segment));
    m_metric->setCurrentIndex(
        m_request.metrics.size() == 1 ? findText(m_metric, m_request.metrics.first()) : 0);
    m_from->setCurrentIndex(findDate(m_from, m_request.from));
    m_to->setCurrentIndex(findDate(m_to, m_request.to));
}

void FilterBar::readChoices()
{
    if (m_updating)
        return;
    // A period that runs backwards is read as the one month chosen last.
    if (m_from->currentIndex() > 0 && m_to->currentIndex() > 0 &&
        m_from->currentIndex() > m_to->currentIndex()) {
        m_updating = true;
        if (sender() == m_to)
            m_from->setCurrentIndex(m_to->currentIndex());
        else
            m_to->setCurrentIndex(m_from->currentIndex());
        m_updating = false;
    }
    AnalysisRequest request = m_request;
    request.segment = m_segment->currentData().toString();
    request.from = dateAt(m_from);
    request.to = dateAt(m_to);
    const QString metric = m_metric->currentData().toString();
    request.metrics = metric.isEmpty() ? QStringList() : QStringList{metric};
    updateClearButton();
    if (request.cacheKey() == m_request.cacheKey())
        return;
    m_request = request;
    Q_EMIT requestChanged(m_request);
}

} // namespace cxmap
