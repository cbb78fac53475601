#include "mappingpage.h"

#include "counted.h"
#include "document/journeydocument.h"
#include "importwizard.h"
#include "model/metric.h"
#include "store/datatables.h"
#include "store/documenterror.h"
#include "store/documentfile.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace cxmap {

namespace {

using Role = PlannedColumn::Role;

// The roles a user may give a column; personal data is not among them (it is never imported).
const std::pair<Role, const char *> Roles[] = {
    {Role::Unused, QT_TRANSLATE_NOOP("cxmap::MappingPage", "Not imported")},
    {Role::Rated, QT_TRANSLATE_NOOP("cxmap::MappingPage", "Rating of a touchpoint")},
    {Role::Respondent, QT_TRANSLATE_NOOP("cxmap::MappingPage", "Respondent ID")},
    {Role::Timestamp, QT_TRANSLATE_NOOP("cxmap::MappingPage", "Date answered")},
    {Role::Segment, QT_TRANSLATE_NOOP("cxmap::MappingPage", "Segment")},
    {Role::Outcome, QT_TRANSLATE_NOOP("cxmap::MappingPage", "Journey outcome")},
    {Role::Metadata, QT_TRANSLATE_NOOP("cxmap::MappingPage", "Survey metadata (skipped)")},
};

constexpr int PlannedRoleData = Qt::UserRole + 1;

QStringList splitList(const QString &text)
{
    QStringList values;
    for (const QString &value : text.split(QLatin1Char(',')))
        if (!value.trimmed().isEmpty())
            values << value.trimmed();
    return values;
}

} // namespace

MappingPage::MappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_summary(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_notRated(new QLineEdit(this))
{
    setTitle(tr("Map the columns"));
    setSubTitle(
        tr("Columns named like a touchpoint on the map were matched automatically. Confirm or "
           "change what each "
           "column rates; unmatched columns are not imported, and personal data never is."));
    m_summary->setWordWrap(true);
    m_warning->setWordWrap(true);
    m_warning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning->setStyleSheet(QStringLiteral("color: #c06200;"));
    m_warning->setAccessibleName(tr("Warning"));
    m_warning->hide();
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setStyleSheet(QStringLiteral("color: #d73027;"));
    m_problem->setAccessibleName(tr("Problem"));
    m_problem->hide();
    m_table->setAccessibleName(tr("Column mapping"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("Sample answers"), tr("Imported as"),
                                        tr("Touchpoint"), tr("Metric"), tr("Kind"), tr("Status")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 14);

    // Alt+V: Alt+N is the wizard's Next.
    auto *notRatedLabel = new QLabel(tr("&Values that mean “not rated”:"), this);
    notRatedLabel->setBuddy(m_notRated);
    m_notRated->setAccessibleName(tr("Values that mean not rated"));
    m_notRated->setPlaceholderText(
        tr("for example 0, N/A (comma-separated; empty cells always count)"));
    auto *load = new QPushButton(tr("&Load mapping file…"), this);
    load->setToolTip(
        tr("A JSON mapping as `cxmap import --mapping` reads it: columns, outcome, text answers"));
    auto *row = new QHBoxLayout;
    row->addWidget(notRatedLabel);
    row->addWidget(m_notRated, 1);
    row->addWidget(load);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_warning);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    connect(load, &QPushButton::clicked, this, &MappingPage::loadMappingFile);
}

MappingPage::~MappingPage() = default;

void MappingPage::initializePage()
{
    QString problem;
    m_header = m_wizard->source().header(m_wizard->format(), &problem).value_or(SurveyHeader());
    m_metrics.clear();
    try {
        for (const Metric &metric : readMetrics(m_wizard->file()->database()))
            m_metrics << metric.name;
    } catch (const SqliteError &) {
        for (const Metric &metric : builtinMetrics())
            m_metrics << metric.name;
    }
    ImportMapping initial;
    initial.format = m_wizard->format();
    plan(m_wizard->mapping().value_or(initial));
}

void MappingPage::plan(const ImportMapping &mapping)
{
    const Journey journey = m_wizard->document() ? m_wizard->document()->journey() : Journey();
    // The document's metrics and those the mapping brings along are the ones a column may use.
    QStringList metrics = m_metrics;
    for (const MetricDefinition &metric : mapping.metrics)
        if (!metrics.contains(metric.name, Qt::CaseInsensitive))
            metrics << metric.name;
    m_problem->hide();
    try {
        m_plan = planColumns(m_header, mapping, journey, metrics, m_wizard->source().path);
    } catch (const DocumentError &failure) {
        m_problem->setText(failure.message());
        m_problem->show();
        ImportMapping automatic;
        automatic.format = m_wizard->format();
        m_plan = planColumns(m_header, automatic, journey, m_metrics, m_wizard->source().path);
    }
    for (const MetricDefinition &metric : std::as_const(m_plan.effective.metrics))
        if (!m_metrics.contains(metric.name, Qt::CaseInsensitive))
            m_metrics << metric.name;
    m_notRated->setText(m_plan.effective.notRated.join(QStringLiteral(", ")));
    // Unmatched columns whose answers in the preview look like ratings: said first.
    m_ratingLike.clear();
    QStringList looking;
    for (int column = 0; column < m_plan.columns.size(); ++column) {
        if (m_plan.columns.at(column).role != Role::Unused)
            continue;
        RatingGuess guess;
        const QList<QStringList> &rows = m_wizard->source().rows;
        for (qsizetype r = m_header.rowsUsed; r < rows.size(); ++r)
            guess.add(rows.at(r).value(column).toUtf8());
        if (guess.looksLikeRating()) {
            m_ratingLike.insert(column, guess.describe());
            looking << tr("%1 (%2)").arg(m_header.names.at(column).toHtmlEscaped(), guess.describe().toHtmlEscaped());
        }
    }
    m_warning->setText(looking.isEmpty() ? QString()
                                         : tr("<b>These columns look like ratings but match no touchpoint</b>; map "
                                              "them below, or they are not imported: %1.")
                                               .arg(looking.join(QStringLiteral(", "))));
    m_warning->setVisible(!looking.isEmpty());
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_header.names.size()));
    for (int row = 0; row < m_header.names.size(); ++row)
        fillRow(row, m_plan.columns.value(row));
    // Widths that leave the status column in view at the wizard's usual size.
    m_table->resizeColumnToContents(NameColumn);
    m_table->setColumnWidth(NameColumn, std::clamp(m_table->columnWidth(NameColumn), 100, 200));
    m_table->setColumnWidth(SampleColumn, 110);
    m_table->setColumnWidth(RoleColumn, 170);
    m_table->setColumnWidth(TouchpointColumn, 165);
    m_table->setColumnWidth(MetricColumn, 78);
    m_table->setColumnWidth(KindColumn, 108);
    updateSummary();
}

void MappingPage::fillRow(int row, const PlannedColumn &planned)
{
    const QString name = m_header.names.at(row);
    auto *nameItem = new QTableWidgetItem(name);
    nameItem->setToolTip(QStringList(m_header.aliases.value(row)).join(QLatin1Char('\n')));
    nameItem->setData(PlannedRoleData, int(planned.role));
    m_table->setItem(row, NameColumn, nameItem);

    // A few answers from the preview, so the user sees what the column holds.
    QStringList samples;
    const QList<QStringList> &rows = m_wizard->source().rows;
    for (qsizetype r = m_header.rowsUsed; r < rows.size() && samples.size() < 3; ++r) {
        const QString value = rows.at(r).value(row).trimmed();
        if (!value.isEmpty() && !samples.contains(value))
            samples << value;
    }
    m_table->setItem(row, SampleColumn,
                     new QTableWidgetItem(planned.role == Role::Private
                                              ? tr("(hidden)")
                                              : samples.join(QStringLiteral(", "))));
    m_table->setItem(row, StatusColumn, new QTableWidgetItem);

    auto *role = new QComboBox(m_table);
    role->setAccessibleName(tr("%1 is imported as").arg(name));
    if (planned.role == Role::Private) {
        role->addItem(tr("Personal data"), int(Role::Private));
        role->setEnabled(false);
    } else {
        for (const auto &[value, text] : Roles)
            role->addItem(tr(text), int(value));
        role->setCurrentIndex(std::max(0, role->findData(int(planned.role))));
    }
    auto *touchpoint = new QComboBox(m_table);
    touchpoint->setAccessibleName(tr("Touchpoint %1 rates").arg(name));
    touchpoint->addItem(tr("(choose)"), QString());
    if (const JourneyDocument *document = m_wizard->document())
        for (const Touchpoint &t : document->journey().touchpoints())
            touchpoint->addItem(t.name, t.name);
    if (planned.touchpoint.isValid() && m_wizard->document())
        if (const Touchpoint *t =
                m_wizard->document()->journey().touchpoints().find(planned.touchpoint))
            touchpoint->setCurrentIndex(std::max(0, touchpoint->findData(t->name)));
    auto *metric = new QComboBox(m_table);
    metric->setAccessibleName(tr("Metric of %1").arg(name));
    for (const QString &m : std::as_const(m_metrics))
        metric->addItem(m, m);
    const QString chosenMetric =
        planned.metric.isEmpty() ? m_plan.effective.defaultMetric : planned.metric;
    metric->setCurrentIndex(
        std::max(0, metric->findData(chosenMetric, Qt::UserRole, Qt::MatchFixedString)));
    auto *kind = new QComboBox(m_table);
    kind->setAccessibleName(tr("Kind of %1").arg(name));
    kind->addItem(tr("Experience"), int(MeasurementKind::Experience));
    kind->addItem(tr("Expectation"), int(MeasurementKind::Expectation));
    kind->setCurrentIndex(planned.kind == MeasurementKind::Expectation ? 1 : 0);
    // Each box sits in a holder: the view shows its cell widgets itself, so a box is hidden
    // inside its holder when its role does not need it.
    const std::pair<int, QComboBox *> cells[] = {{RoleColumn, role},
                                                 {TouchpointColumn, touchpoint},
                                                 {MetricColumn, metric},
                                                 {KindColumn, kind}};
    for (const auto &[column, box] : cells) {
        auto *holder = new QWidget(m_table);
        auto *layout = new QHBoxLayout(holder);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(box);
        m_table->setCellWidget(row, column, holder);
    }
    for (QComboBox *box : {role, touchpoint, metric, kind})
        connect(box, &QComboBox::currentIndexChanged, this, [this, row] {
            updateRow(row);
            updateSummary();
        });
    updateRow(row);
}

void MappingPage::updateRow(int row)
{
    const auto role = Role(roleBox(row)->currentData().toInt());
    const auto planned = Role(m_table->item(row, NameColumn)->data(PlannedRoleData).toInt());
    // Only what the role needs is shown: a wall of greyed-out boxes hides the choices that count.
    touchpointBox(row)->setVisible(role == Role::Rated);
    metricBox(row)->setVisible(role == Role::Rated || role == Role::Outcome);
    kindBox(row)->setVisible(role == Role::Rated);

    QString status;
    QString why;
    QColor color = palette().color(QPalette::Text);
    const QColor warning(0xc0, 0x62, 0x00);
    switch (role) {
    case Role::Private:
        status = tr("personal data");
        why = tr("Names, e-mail and IP addresses, phone numbers and locations are never imported.");
        color = QColor(0xd7, 0x30, 0x27);
        break;
    case Role::Rated:
        if (touchpointBox(row)->currentIndex() <= 0) {
            status = tr("choose a touchpoint");
            why = tr("Which touchpoint on the map does this column rate?");
            color = warning;
        } else {
            status = planned == Role::Rated ? tr("matched") : tr("set by you");
            why = planned == Role::Rated ? tr("The column's name matches a touchpoint on the map.")
                                         : QString();
        }
        break;
    case Role::Unused:
        status = planned == Role::Unused ? tr("no match") : tr("not imported");
        why = planned == Role::Unused ? tr("No touchpoint on the map has this name: the column is "
                                           "not imported unless you map it.")
                                      : tr("You chose to leave this column out.");
        if (m_ratingLike.contains(row)) {
            status = tr("looks like ratings");
            why = tr("Its answers are %1, but no touchpoint on the map has this name: map it, or it "
                     "is not imported.")
                      .arg(m_ratingLike.value(row));
        }
        color = warning;
        break;
    case Role::Metadata:
        status = tr("skipped");
        why = tr("Survey-tool bookkeeping, read past.");
        color.setAlphaF(0.6f);
        break;
    case Role::Respondent:
    case Role::Timestamp:
    case Role::Segment:
    case Role::Outcome:
        status = planned == role ? tr("recognised") : tr("set by you");
        break;
    }
    QTableWidgetItem *item = m_table->item(row, StatusColumn);
    item->setText(status);
    item->setToolTip(why);
    item->setForeground(color);
}

void MappingPage::updateSummary()
{
    int rated = 0, unmatched = 0, personal = 0, outcome = 0;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        switch (Role(roleBox(row)->currentData().toInt())) {
        case Role::Rated:
            ++rated;
            break;
        case Role::Unused:
            ++unmatched;
            break;
        case Role::Private:
            ++personal;
            break;
        case Role::Outcome:
            ++outcome;
            break;
        default:
            break;
        }
    }
    m_summary->setText(
        tr("%1: <b>%2</b>, %3, %4 not imported, %5 personal data (never imported).")
            .arg(counted(m_table->rowCount(), tr("1 column"), tr("%1 columns")),
                 counted(rated, tr("1 rates a touchpoint"), tr("%1 rate touchpoints")),
                 counted(outcome, tr("1 journey outcome"), tr("%1 journey outcomes")),
                 QString::number(unmatched), QString::number(personal)));
    Q_EMIT completeChanged();
}

bool MappingPage::isComplete() const
{
    bool anything = false;
    QHash<int, int> singles;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto role = Role(roleBox(row)->currentData().toInt());
        if (role == Role::Rated && touchpointBox(row)->currentIndex() <= 0)
            return false;
        anything = anything || role == Role::Rated || role == Role::Outcome;
        if (role == Role::Respondent || role == Role::Timestamp || role == Role::Segment ||
            role == Role::Outcome)
            if (++singles[int(role)] > 1)
                return false;
    }
    return anything;
}

bool MappingPage::validatePage()
{
    m_wizard->setMapping(mapping());
    return true;
}

ImportMapping MappingPage::mapping() const
{
    // What the plan found beyond the columns (text answers, scales, date format) is kept.
    ImportMapping mapping = m_plan.effective;
    mapping.format = m_wizard->format();
    mapping.autoMatch = false;
    mapping.columns.clear();
    mapping.respondent.clear();
    mapping.timestamp.clear();
    mapping.segment.clear();
    const std::optional<OutcomeMapping> planned = mapping.outcome;
    mapping.outcome.reset();
    mapping.notRated = splitList(m_notRated->text());
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString name = m_header.names.at(row);
        switch (Role(roleBox(row)->currentData().toInt())) {
        case Role::Rated: {
            // A loaded mapping's own "not rated" values for the column stay with it.
            std::optional<QStringList> notRated;
            for (const auto &[header, column] : std::as_const(m_plan.effective.columns))
                if (header == name)
                    notRated = column.notRated;
            mapping.columns.append(
                {name, ColumnMapping{touchpointBox(row)->currentData().toString(),
                                     metricBox(row)->currentData().toString(),
                                     MeasurementKind(kindBox(row)->currentData().toInt()), notRated}});
            break;
        }
        case Role::Respondent:
            mapping.respondent = name;
            break;
        case Role::Timestamp:
            mapping.timestamp = name;
            break;
        case Role::Segment:
            mapping.segment = name;
            break;
        case Role::Outcome:
            mapping.outcome = OutcomeMapping{
                name, metricBox(row)->currentData().toString(),
                planned && planned->column == name ? planned->values : QHash<QString, double>(),
                planned && planned->column == name ? planned->notRated : std::nullopt};
            break;
        case Role::Metadata:
            if (!mapping.ignore.contains(name))
                mapping.ignore.append(name);
            break;
        case Role::Unused:
        case Role::Private:
            break;
        }
    }
    return mapping;
}

QComboBox *MappingPage::boxAt(int row, int column) const
{
    const QWidget *holder = m_table->cellWidget(row, column);
    return holder ? holder->findChild<QComboBox *>() : nullptr;
}

int MappingPage::rowOf(const QString &column) const
{
    return int(m_header.names.indexOf(column));
}

QComboBox *MappingPage::roleBox(int row) const
{
    return boxAt(row, RoleColumn);
}

QComboBox *MappingPage::touchpointBox(int row) const
{
    return boxAt(row, TouchpointColumn);
}

QComboBox *MappingPage::metricBox(int row) const
{
    return boxAt(row, MetricColumn);
}

QComboBox *MappingPage::kindBox(int row) const
{
    return boxAt(row, KindColumn);
}

QString MappingPage::summary() const
{
    return m_summary->text();
}

QString MappingPage::warning() const
{
    return m_warning->isVisible() ? m_warning->text() : QString();
}

QString MappingPage::status(int row) const
{
    return m_table->item(row, StatusColumn)->text();
}

void MappingPage::loadMappingFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load a mapping file"),
                                                      QFileInfo(m_wizard->source().path).path(),
                                                      tr("Mapping files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problem->setText(tr("%1: cannot read it: %2").arg(path, file.errorString()));
        m_problem->show();
        return;
    }
    try {
        ImportMapping loaded = ImportMapping::fromJson(file.readAll(), path);
        loaded.format = m_wizard->format();
        plan(loaded);
    } catch (const DocumentError &failure) {
        m_problem->setText(failure.message());
        m_problem->show();
    }
}

} // namespace cxmap
