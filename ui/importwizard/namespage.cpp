#include "namespage.h"

#include "document/journeydocument.h"
#include "importwizard.h"
#include "model/metric.h"
#include "store/datatables.h"
#include "store/documentfile.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace cxmap {

namespace {

// More rows than a person can decide on one by one; the rest are left to a mapping file.
constexpr int MostRows = 500;

// The scales a new metric may get, as "min–max"; the one its numbers suggest comes first.
const QList<std::pair<double, double>> Scales = {{1, 5}, {1, 7}, {0, 10}, {1, 10}, {-3, 3}, {0, 1}, {0, 100}};

std::pair<double, double> suggestedScale(const NameUse &use)
{
    if (!use.min || !use.max)
        return {1, 5};
    for (const auto &scale : Scales)
        if (*use.min >= scale.first && *use.max <= scale.second)
            return scale;
    const double low = std::floor(*use.min);
    return {low, std::max(low + 1.0, std::ceil(*use.max))};
}

QString scaleText(const std::pair<double, double> &scale)
{
    return QStringLiteral("%1 to %2").arg(scale.first).arg(scale.second);
}

} // namespace

NamesPage::NamesPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_cancelled(std::make_shared<std::atomic<bool>>(false))
{
    setTitle(tr("Match the names"));
    setSubTitle(tr("Touchpoints and metrics the file names that the map does not have: map each to one it has "
                   "(the closest name first), create it, or skip its rows."));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setAccessibleName(tr("Names in the file"));
    m_table->setAccessibleName(tr("Names not on the map"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Name in the file"), tr("Rows"), tr("Do"), tr("With")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    connect(&m_watcher, &QFutureWatcher<FileNames>::finished, this, [this] {
        if (!m_cancelled->load())
            fill(m_watcher.result());
    });
}

NamesPage::~NamesPage()
{
    stop();
}

void NamesPage::stop()
{
    m_cancelled->store(true);
    m_watcher.waitForFinished();
}

void NamesPage::initializePage()
{
    stop();
    m_ready = false;
    m_unknown.clear();
    m_table->setRowCount(0);
    m_table->hide();
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Reading the names in %1…").arg(QFileInfo(m_wizard->dataPath()).fileName().toHtmlEscaped()));
    m_cancelled = std::make_shared<std::atomic<bool>>(false);
    const std::shared_ptr<std::atomic<bool>> cancelled = m_cancelled;
    const ImportSource &source = m_wizard->source();
    const ImportMapping mapping = m_wizard->mapping().value_or(ImportMapping());
    m_watcher.setFuture(QtConcurrent::run([path = source.path, sheet = source.sheet, format = m_wizard->format(), mapping,
                                           cancelled] {
        return scanNames(path, sheet, format, mapping, [cancelled] { return cancelled->load(); });
    }));
    Q_EMIT completeChanged();
}

void NamesPage::cleanupPage()
{
    stop();
    // Back to the file: touchpoints made for it go again.
    m_wizard->undoCreatedTouchpoints();
}

void NamesPage::fill(const FileNames &names)
{
    if (!names.error.isEmpty()) {
        m_status->setStyleSheet(QStringLiteral("color: #d73027;"));
        m_status->setText(names.error.toHtmlEscaped());
        return;
    }
    const Journey journey = m_wizard->document() ? m_wizard->document()->journey() : Journey();
    QSet<QString> touchpointNames, touchpointKeys;
    QStringList touchpoints;
    for (const Touchpoint &touchpoint : journey.touchpoints()) {
        touchpointNames.insert(normaliseLabel(touchpoint.name));
        touchpointKeys.insert(matchKey(touchpoint.name));
        touchpoints << touchpoint.name;
    }
    QStringList metrics;
    try {
        for (const Metric &metric : readMetrics(m_wizard->file()->database()))
            metrics << metric.name;
    } catch (const SqliteError &) {
        for (const Metric &metric : builtinMetrics())
            metrics << metric.name;
    }
    const ImportMapping mapping = m_wizard->mapping().value_or(ImportMapping());
    for (const MetricDefinition &metric : mapping.metrics)
        metrics << metric.name;
    for (const NameUse &use : names.touchpoints)
        if (!touchpointNames.contains(normaliseLabel(use.name)) && !touchpointKeys.contains(matchKey(use.name)))
            m_unknown.append({false, use});
    for (const NameUse &use : names.metrics)
        if (!metrics.contains(use.name.trimmed(), Qt::CaseInsensitive))
            m_unknown.append({true, use});

    const qsizetype shown = std::min<qsizetype>(m_unknown.size(), MostRows);
    m_table->setRowCount(int(shown));
    for (int row = 0; row < shown; ++row) {
        const Unknown &unknown = m_unknown.at(row);
        auto *name = new QTableWidgetItem(unknown.use.name);
        name->setToolTip(tr("%1, first on line %2").arg(unknown.metric ? tr("A metric") : tr("A touchpoint"))
                             .arg(unknown.use.firstLine));
        m_table->setItem(row, NameColumn, name);
        auto *rows = new QTableWidgetItem(QLocale().toString(unknown.use.rows));
        rows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, RowsColumn, rows);
        auto *action = new QComboBox(m_table);
        action->setAccessibleName(tr("What to do with %1").arg(unknown.use.name));
        action->addItem(unknown.metric ? tr("Map to the metric") : tr("Map to the touchpoint"), MapTo);
        action->addItem(unknown.metric ? tr("Create the metric, scale") : tr("Create it in the stage"), Create);
        action->addItem(tr("Skip its rows"), Skip);
        auto *target = new QComboBox(m_table);
        target->setAccessibleName(tr("Target of %1").arg(unknown.use.name));
        // The closest names first; mapping is the first choice only when one is alike.
        const QStringList &candidates = unknown.metric ? metrics : touchpoints;
        const QList<int> order = rankByLikeness(unknown.use.name, candidates);
        QStringList ranked;
        for (const int index : order)
            ranked << candidates.at(index);
        target->setProperty("ranked", ranked);
        // Mapping is the first choice where a name on the map is alike; else making it, so
        // that no answer is lost unseen.
        const bool close = !ranked.isEmpty() && areAlike(unknown.use.name, ranked.first());
        action->setCurrentIndex(close ? 0 : 1);
        for (const auto &[column, box] : {std::pair<int, QComboBox *>{ActionColumn, action}, {TargetColumn, target}}) {
            auto *holder = new QWidget(m_table);
            auto *layout = new QHBoxLayout(holder);
            layout->setContentsMargins(0, 0, 0, 0);
            layout->addWidget(box);
            m_table->setCellWidget(row, column, holder);
        }
        connect(action, &QComboBox::currentIndexChanged, this, [this, row] { updateTarget(row); });
        updateTarget(row);
    }
    m_table->resizeColumnToContents(NameColumn);
    m_table->setColumnWidth(NameColumn, std::clamp(m_table->columnWidth(NameColumn), 140, 280));
    m_table->setColumnWidth(RowsColumn, 80);
    m_table->setColumnWidth(ActionColumn, 200);
    m_table->setVisible(shown > 0);

    const qsizetype touchpointCount = names.touchpoints.size();
    const qsizetype metricCount = names.metrics.size();
    QString text = tr("%1 names %2 and %3 in %4 rows.")
                       .arg(QFileInfo(m_wizard->dataPath()).fileName().toHtmlEscaped(),
                            touchpointCount == 1 ? tr("1 touchpoint") : tr("%1 touchpoints").arg(touchpointCount),
                            metricCount == 1 ? tr("1 metric") : tr("%1 metrics").arg(metricCount),
                            QLocale().toString(names.rows));
    if (m_unknown.isEmpty())
        text += QLatin1Char(' ') + tr("Every one of them is on the map.");
    else
        text += QLatin1Char(' ')
            + (m_unknown.size() == 1 ? tr("<b>1 is not on the map</b>: say what to do with it.")
                                     : tr("<b>%1 are not on the map</b>: say what to do with each.").arg(m_unknown.size()));
    if (m_unknown.size() > shown)
        text += QLatin1Char(' ') + tr("The first %1 are listed; the rows of the others are skipped.").arg(shown);
    m_status->setText(text);
    m_ready = true;
    Q_EMIT completeChanged();
}

void NamesPage::updateTarget(int row)
{
    const Unknown &unknown = m_unknown.at(row);
    QComboBox *target = targetBox(row);
    const auto action = Action(actionBox(row)->currentData().toInt());
    target->clear();
    target->setVisible(action != Skip);
    if (action == MapTo) {
        for (const QString &name : target->property("ranked").toStringList())
            target->addItem(name, name);
    } else if (action == Create && unknown.metric) {
        const auto suggested = suggestedScale(unknown.use);
        target->addItem(scaleText(suggested), QVariantList{suggested.first, suggested.second});
        for (const auto &scale : Scales)
            if (scale != suggested)
                target->addItem(scaleText(scale), QVariantList{scale.first, scale.second});
    } else if (action == Create && m_wizard->document()) {
        for (const Stage &stage : m_wizard->document()->journey().stages())
            target->addItem(stage.name, stage.id.value());
    }
}

QComboBox *NamesPage::actionBox(int row) const
{
    const QWidget *holder = m_table->cellWidget(row, ActionColumn);
    return holder ? holder->findChild<QComboBox *>() : nullptr;
}

QComboBox *NamesPage::targetBox(int row) const
{
    const QWidget *holder = m_table->cellWidget(row, TargetColumn);
    return holder ? holder->findChild<QComboBox *>() : nullptr;
}

int NamesPage::rowOf(const QString &name) const
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, NameColumn)->text() == name)
            return row;
    return -1;
}

QString NamesPage::status() const
{
    return m_status->text();
}

bool NamesPage::isComplete() const
{
    if (!m_ready)
        return false;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (Action(actionBox(row)->currentData().toInt()) != Skip && targetBox(row)->currentIndex() < 0)
            return false;
    return true;
}

ImportMapping NamesPage::mapping() const
{
    ImportMapping mapping = m_wizard->mapping().value_or(ImportMapping());
    mapping.format = m_wizard->format();
    for (int row = 0; row < m_unknown.size(); ++row) {
        const Unknown &unknown = m_unknown.at(row);
        // Names past the listed ones are skipped with their rows.
        const Action action = row < m_table->rowCount() ? Action(actionBox(row)->currentData().toInt()) : Skip;
        const QString target = row < m_table->rowCount() ? targetBox(row)->currentText() : QString();
        switch (action) {
        case MapTo:
            (unknown.metric ? mapping.metricNames : mapping.touchpointNames).append({unknown.use.name, target});
            break;
        case Create:
            if (unknown.metric) {
                const QVariantList scale = targetBox(row)->currentData().toList();
                mapping.metrics.append(MetricDefinition{unknown.use.name, scale.value(0).toDouble(),
                                                        scale.value(1).toDouble(), true, std::nullopt});
            }
            break;
        case Skip:
            (unknown.metric ? mapping.skipMetrics : mapping.skipTouchpoints).append(unknown.use.name);
            break;
        }
    }
    return mapping;
}

bool NamesPage::validatePage()
{
    QList<std::pair<QString, StageId>> cards;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (!m_unknown.at(row).metric && Action(actionBox(row)->currentData().toInt()) == Create)
            cards.append({m_unknown.at(row).use.name, StageId(targetBox(row)->currentData().toLongLong())});
    QString problem;
    if (!m_wizard->createTouchpoints(cards, &problem)) {
        m_status->setStyleSheet(QStringLiteral("color: #d73027;"));
        m_status->setText(problem.toHtmlEscaped());
        return false;
    }
    m_wizard->setMapping(mapping());
    return true;
}

} // namespace cxmap
