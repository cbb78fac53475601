#include "namescan.h"

#include "csvreader.h"
#include "store/documenterror.h"
#include "surveyheader.h"
#include "valueparsing.h"
#include "xlsxreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <memory>

namespace cxmap {

namespace {

constexpr int LeadingRowCount = 12;

// Levenshtein distance, two rows.
int distance(const QString &a, const QString &b)
{
    std::vector<int> previous(size_t(b.size()) + 1), current(size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[size_t(j - 1)] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[size_t(j)] = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[size_t(b.size())];
}

QSet<QString> words(const QString &text)
{
    QSet<QString> result;
    for (const QString &word : normaliseLabel(text).split(QLatin1Char(' '), Qt::SkipEmptyParts))
        result.insert(matchKey(word));
    return result;
}

int column(const SurveyHeader &header, const ImportMapping &mapping, const QString &field,
           std::initializer_list<const char *> names)
{
    const QString mapped = mapping.field(field);
    if (!mapped.isEmpty())
        return header.find(mapped);
    for (const char *name : names)
        if (const int index = header.find(QString::fromLatin1(name)); index >= 0)
            return index;
    return -1;
}

} // namespace

QList<int> rankByLikeness(const QString &name, const QStringList &candidates)
{
    const QString key = matchKey(name);
    const QSet<QString> nameWords = words(name);
    struct Score
    {
        int index;
        int shared;
        double edit;
    };
    QList<Score> scores;
    for (int i = 0; i < candidates.size(); ++i) {
        const QString other = matchKey(candidates.at(i));
        const int longest = int(std::max(key.size(), other.size()));
        scores.append({i, int((words(candidates.at(i)) & nameWords).size()),
                       longest == 0 ? 1.0 : double(distance(key, other)) / double(longest)});
    }
    std::stable_sort(scores.begin(), scores.end(), [](const Score &a, const Score &b) {
        if (a.shared != b.shared)
            return a.shared > b.shared;
        return a.edit < b.edit;
    });
    QList<int> order;
    for (const Score &score : std::as_const(scores))
        order.append(score.index);
    return order;
}

bool areAlike(const QString &a, const QString &b)
{
    const QString keyA = matchKey(a);
    const QString keyB = matchKey(b);
    if (keyA.isEmpty() || keyB.isEmpty())
        return false;
    if (keyA.contains(keyB) || keyB.contains(keyA))
        return true;
    for (const QString &word : words(a) & words(b))
        if (word.size() >= 3)
            return true;
    return double(distance(keyA, keyB)) <= double(std::max(keyA.size(), keyB.size())) / 3.0;
}

FileNames scanNames(const QString &path, const QString &sheet, ImportFormat format, const ImportMapping &mapping,
                    const std::function<bool()> &cancelled)
{
    FileNames names;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        names.error = QCoreApplication::translate("cxmap::NameScan", "%1: cannot read it: %2").arg(path, file.errorString());
        return names;
    }
    try {
        std::unique_ptr<RecordSource> source;
        if (XlsxReader::looksLikeZip(path))
            source = std::make_unique<XlsxReader>(path, path, sheet);
        else
            source = std::make_unique<CsvReader>(&file, path);
        LeadingRows leading;
        std::vector<CsvRecord> records;
        CsvRecord record;
        while (leading.rows.size() < LeadingRowCount && source->next(record)) {
            leading.rows.append(record.texts());
            leading.lines.append(record.line());
            records.push_back(record);
        }
        const SurveyHeader header = readHeader(format, leading, mapping.skipLines, path);
        const int touchpoint = column(header, mapping, QStringLiteral("touchpoint"), {"touchpoint", "measure"});
        const int metric = column(header, mapping, QStringLiteral("metric"), {"metric"});
        const int value = column(header, mapping, QStringLiteral("value"), {"value", "mean"});
        const bool commaDecimal = source->delimiter() != ',';
        QHash<QByteArray, int> touchpoints, metrics;
        const auto note = [&](QHash<QByteArray, int> &seen, QList<NameUse> &list, QByteArrayView cell, qint64 line) -> NameUse * {
            if (cell.isEmpty())
                return nullptr;
            const auto found = seen.constFind(QByteArray::fromRawData(cell.data(), cell.size()));
            if (found != seen.cend()) {
                ++list[*found].rows;
                return &list[*found];
            }
            if (list.size() >= MaxNames) {
                names.truncated = true;
                return nullptr;
            }
            seen.insert(cell.toByteArray(), int(list.size()));
            list.append(NameUse{QString::fromUtf8(cell).trimmed(), 1, line, std::nullopt, std::nullopt});
            return &list.last();
        };
        const auto handle = [&](const CsvRecord &row) {
            ++names.rows;
            if (touchpoint >= 0)
                note(touchpoints, names.touchpoints, row.field(touchpoint), row.line());
            if (metric >= 0) {
                if (NameUse *use = note(metrics, names.metrics, row.field(metric), row.line()); use && value >= 0)
                    if (const std::optional<double> number = ValueParsing::parseNumber(row.field(value), commaDecimal)) {
                        use->min = std::min(use->min.value_or(*number), *number);
                        use->max = std::max(use->max.value_or(*number), *number);
                    }
            }
        };
        for (size_t i = size_t(header.rowsUsed); i < records.size(); ++i)
            handle(records[i]);
        while (source->next(record)) {
            handle(record);
            if (names.rows % 8192 == 0 && cancelled && cancelled())
                return names;
        }
        if (source->hasError())
            names.error = source->errorString();
    } catch (const DocumentError &failure) {
        names.error = failure.message();
    }
    return names;
}

} // namespace cxmap
