#include "demomeasurements.h"

#include "demojourney.h"
#include "model/journey.h"
#include "model/metric.h"
#include "store/measurement.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>

namespace cxmap {

namespace {

// --- Parsing the `sample` sections -------------------------------------------------------------

class ProfileParser
{
public:
    bool parse(const QByteArray &json);
    const DemoProfile &profile() const { return m_profile; }
    QString error() const { return m_error; }

private:
    bool fail(const QString &message)
    {
        m_error = message;
        return false;
    }
    bool parseSample(const QJsonObject &sample);
    bool parseTouchpoint(const QJsonObject &object, qsizetype index);
    bool parseAnswers(const QJsonValue &value, const QString &where,
                      QList<DemoAnswerProfile> *answers);
    bool readNumber(const QJsonObject &object, const QString &key, const QString &where,
                    double minimum, double maximum, double fallback, double *out);

    DemoProfile m_profile;
    QHash<QString, Metric> m_metrics;
    QString m_error;
};

bool ProfileParser::parse(const QByteArray &json)
{
    for (const Metric &metric : builtinMetrics())
        m_metrics.insert(metric.name, metric);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(QStringLiteral("not valid JSON at offset %1: %2")
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    const QJsonObject root = document.object();
    const QJsonValue sample = root.value(QLatin1String("sample"));
    if (!sample.isObject())
        return fail(QStringLiteral("\"sample\" is missing or not an object"));
    if (!parseSample(sample.toObject()))
        return false;

    const QJsonArray touchpoints = root.value(QLatin1String("touchpoints")).toArray();
    for (qsizetype i = 0; i < touchpoints.size(); ++i)
        if (!parseTouchpoint(touchpoints.at(i).toObject(), i))
            return false;
    return true;
}

bool ProfileParser::parseSample(const QJsonObject &sample)
{
    const QString where = QStringLiteral("sample");
    const qint64 seed = sample.value(QLatin1String("seed")).toInteger(-1);
    if (seed < 0)
        return fail(QStringLiteral("sample: \"seed\" must be a non-negative integer"));
    m_profile.seed = static_cast<quint64>(seed);

    const qint64 respondents = sample.value(QLatin1String("respondents")).toInteger(-1);
    if (respondents < 1 || respondents > 1'000'000)
        return fail(QStringLiteral("sample: \"respondents\" must be an integer from 1 to 1000000"));
    m_profile.respondents = static_cast<int>(respondents);

    const QString lastDay = sample.value(QLatin1String("last_day")).toString();
    m_profile.lastDay = QDate::fromString(lastDay, Qt::ISODate);
    if (!m_profile.lastDay.isValid())
        return fail(
            QStringLiteral("sample: \"last_day\" \"%1\" is not a date (YYYY-MM-DD)").arg(lastDay));

    const qint64 months = sample.value(QLatin1String("months")).toInteger(-1);
    if (months < 1 || months > 120)
        return fail(QStringLiteral("sample: \"months\" must be an integer from 1 to 120"));
    m_profile.months = static_cast<int>(months);

    if (!readNumber(sample, QStringLiteral("halo"), where, 0.0, 1.0, 0.0, &m_profile.halo))
        return false;

    const QJsonArray segments = sample.value(QLatin1String("segments")).toArray();
    if (segments.isEmpty())
        return fail(QStringLiteral("sample: \"segments\" is missing or empty"));
    QSet<QString> seen;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QJsonObject object = segments.at(i).toObject();
        DemoSegmentProfile segment;
        segment.name = object.value(QLatin1String("name")).toString().trimmed();
        const QString segmentWhere = QStringLiteral("sample: segments[%1]").arg(i);
        if (segment.name.isEmpty())
            return fail(QStringLiteral("%1 has no \"name\"").arg(segmentWhere));
        if (seen.contains(segment.name))
            return fail(
                QStringLiteral("%1: segment \"%2\" appears twice").arg(segmentWhere, segment.name));
        seen.insert(segment.name);
        if (!readNumber(object, QStringLiteral("share"), segmentWhere, 0.0, 1.0, -1.0,
                        &segment.share))
            return false;
        if (segment.share <= 0.0)
            return fail(QStringLiteral("%1: \"share\" must be above 0").arg(segmentWhere));
        m_profile.segments.append(segment);
    }

    return parseAnswers(sample.value(QLatin1String("outcomes")), QStringLiteral("sample: outcomes"),
                        &m_profile.outcomes);
}

bool ProfileParser::parseTouchpoint(const QJsonObject &object, qsizetype index)
{
    const QJsonValue sample = object.value(QLatin1String("sample"));
    if (sample.isUndefined())
        return true; // passed by respondents, never rated
    DemoTouchpointProfile profile;
    profile.touchpoint = object.value(QLatin1String("name")).toString().trimmed();
    if (profile.touchpoint.isEmpty())
        return fail(QStringLiteral("touchpoints[%1] has no \"name\"").arg(index));
    const QString where = QStringLiteral("touchpoint \"%1\": sample").arg(profile.touchpoint);
    if (m_profile.find(profile.touchpoint))
        return fail(QStringLiteral("%1: the touchpoint appears twice").arg(where));
    if (!sample.isObject())
        return fail(QStringLiteral("%1 is not an object").arg(where));
    const QJsonObject values = sample.toObject();

    if (!readNumber(values, QStringLiteral("response"), where, 0.0, 1.0, 1.0, &profile.response) ||
        !readNumber(values, QStringLiteral("driver"), where, 0.0, 10.0, 0.0, &profile.driver) ||
        !readNumber(values, QStringLiteral("trend"), where, -100.0, 100.0, 0.0, &profile.trend) ||
        !parseAnswers(values.value(QLatin1String("experience")),
                      QStringLiteral("%1: experience").arg(where), &profile.experience) ||
        !parseAnswers(values.value(QLatin1String("expectation")),
                      QStringLiteral("%1: expectation").arg(where), &profile.expectation))
        return false;
    if (profile.experience.isEmpty())
        return fail(QStringLiteral("%1: \"experience\" names no metric").arg(where));

    const QJsonObject shifts = values.value(QLatin1String("segments")).toObject();
    for (auto it = shifts.begin(); it != shifts.end(); ++it) {
        const bool known =
            std::any_of(m_profile.segments.cbegin(), m_profile.segments.cend(),
                        [&](const DemoSegmentProfile &s) { return s.name == it.key(); });
        if (!known)
            return fail(QStringLiteral("%1: unknown segment \"%2\"").arg(where, it.key()));
        if (!it.value().isDouble() || std::abs(it.value().toDouble()) > 100.0)
            return fail(
                QStringLiteral("%1: the shift for segment \"%2\" must be a number from -100 to 100")
                    .arg(where, it.key()));
        profile.segmentShift.insert(it.key(), it.value().toDouble());
    }
    m_profile.touchpoints.append(profile);
    return true;
}

bool ProfileParser::parseAnswers(const QJsonValue &value, const QString &where,
                                 QList<DemoAnswerProfile> *answers)
{
    if (value.isUndefined())
        return true;
    if (!value.isObject())
        return fail(QStringLiteral("%1 is not an object").arg(where));
    const QJsonObject object = value.toObject();
    // QJsonObject iterates in key order, which keeps the generated stream stable.
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString answerWhere = QStringLiteral("%1: %2").arg(where, it.key());
        const auto metric = m_metrics.constFind(it.key());
        if (metric == m_metrics.cend())
            return fail(QStringLiteral("%1: unknown metric \"%2\"").arg(where, it.key()));
        if (!it.value().isObject())
            return fail(QStringLiteral("%1 is not an object").arg(answerWhere));
        const QJsonObject parameters = it.value().toObject();
        DemoAnswerProfile answer;
        answer.metric = it.key();
        const double span = metric->max - metric->min;
        if (!readNumber(parameters, QStringLiteral("mean"), answerWhere, metric->min, metric->max,
                        qQNaN(), &answer.mean) ||
            !readNumber(parameters, QStringLiteral("spread"), answerWhere, 0.0, span, qQNaN(),
                        &answer.spread) ||
            !readNumber(parameters, QStringLiteral("response"), answerWhere, 0.0, 1.0, 1.0,
                        &answer.response))
            return false;
        answers->append(answer);
    }
    return true;
}

// A NaN fallback marks a required key.
bool ProfileParser::readNumber(const QJsonObject &object, const QString &key, const QString &where,
                               double minimum, double maximum, double fallback, double *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        if (std::isnan(fallback))
            return fail(QStringLiteral("%1: \"%2\" is missing").arg(where, key));
        *out = fallback;
        return true;
    }
    if (!value.isDouble() || value.toDouble() < minimum || value.toDouble() > maximum)
        return fail(QStringLiteral("%1: \"%2\" must be a number from %3 to %4")
                        .arg(where, key)
                        .arg(minimum)
                        .arg(maximum));
    *out = value.toDouble();
    return true;
}

// --- Random numbers ----------------------------------------------------------------------------
//
// Our own generator, because the standard library's distributions differ between
// implementations and the demo must come out the same everywhere. Only +, −, ×, / and sqrt
// (all correctly rounded in IEEE 754) touch the doubles, so no libm difference can creep in.

quint64 splitMix64(quint64 &state)
{
    quint64 z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// xoshiro256** (Blackman & Vigna), seeded through SplitMix64 as its authors recommend.
class Random
{
public:
    explicit Random(quint64 seed)
    {
        for (quint64 &word : m_state)
            word = splitMix64(seed);
    }

    quint64 next()
    {
        const quint64 result = std::rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = std::rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, 1), exactly representable.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

    // Uniform integer in [0, n).
    int below(int n) { return std::min(n - 1, static_cast<int>(uniform() * n)); }

    // Approximately standard normal: the Irwin–Hall sum of 12 uniforms minus 6. Its tails stop
    // at ±6, which survey answers clamped to a scale never notice, and it needs no log or cos.
    double normal()
    {
        double sum = 0.0;
        for (int i = 0; i < 12; ++i)
            sum += uniform();
        return sum - 6.0;
    }

private:
    std::array<quint64, 4> m_state{};
};

// --- The generator -----------------------------------------------------------------------------

// How closely one respondent's answers on different metrics about the same touchpoint agree:
// they describe one experience, so csat and ces move together, but not perfectly.
constexpr double MetricAgreement = 0.85;
// The journey outcome: general mood, the touchpoints' experience (by driver weight) and noise.
constexpr double OutcomeMood = 0.25;
constexpr double OutcomeNoise = 0.5;
// Overall satisfaction and likelihood to recommend come from the same outcome, with own noise.
constexpr double OutcomeAgreement = 0.9;
// A walk that loops this long without reaching an exit stops; the demo's loops end long before.
constexpr int MaxSteps = 200;

qint64 epochSeconds(QDate date)
{
    constexpr qint64 SecondsPerDay = 86400;
    return (date.toJulianDay() - QDate(1970, 1, 1).toJulianDay()) * SecondsPerDay;
}

struct Step
{
    TouchpointId to;
    double cumulative = 0.0;
};

struct Month
{
    qint64 start = 0;
    qint64 seconds = 0;
};

class Generator
{
public:
    Generator(const Journey &journey, const DemoProfile &profile,
              const std::function<void(const MeasurementRecord &)> &sink);
    void run();

private:
    void respondent(int index);
    QList<TouchpointId> walk(Random &random) const;
    double answer(const DemoAnswerProfile &profile, const Metric &metric, double latent,
                  double shiftPoints) const;
    void emitRecord(TouchpointId touchpoint, const QString &metric, double value,
                    MeasurementKind kind);

    const DemoProfile &m_profile;
    const std::function<void(const MeasurementRecord &)> &m_sink;
    QHash<QString, Metric> m_metrics;
    QHash<TouchpointId, const DemoTouchpointProfile *> m_touchpointProfiles;
    QHash<TouchpointId, QList<Step>> m_steps;
    QList<TouchpointId> m_entries;
    QList<Month> m_months;
    double m_segmentTotal = 0.0;
    MeasurementRecord m_record;
};

Generator::Generator(const Journey &journey, const DemoProfile &profile,
                     const std::function<void(const MeasurementRecord &)> &sink)
    : m_profile(profile)
    , m_sink(sink)
{
    for (const Metric &metric : builtinMetrics())
        m_metrics.insert(metric.name, metric);
    for (const DemoTouchpointProfile &touchpointProfile : profile.touchpoints)
        if (const Touchpoint *touchpoint =
                journey.findTouchpointByName(touchpointProfile.touchpoint))
            m_touchpointProfiles.insert(touchpoint->id, &touchpointProfile);

    // Shares as DESIGN §3 reads them for reach: a missing share counts as an equal split, and
    // shares that do not sum to 1 are normalised.
    QHash<TouchpointId, QList<const Transition *>> outgoing;
    QSet<TouchpointId> hasIncoming;
    for (const Transition &transition : journey.transitions()) {
        outgoing[transition.from].append(&transition);
        hasIncoming.insert(transition.to);
    }
    for (auto it = outgoing.cbegin(); it != outgoing.cend(); ++it) {
        const auto count = static_cast<double>(it.value().size());
        QList<double> shares;
        double total = 0.0;
        for (const Transition *transition : it.value()) {
            shares.append(transition->share.value_or(1.0 / count));
            total += shares.last();
        }
        QList<Step> steps;
        double cumulative = 0.0;
        for (qsizetype i = 0; i < shares.size(); ++i) {
            cumulative += total > 0.0 ? shares.at(i) / total : 1.0 / count;
            steps.append(Step{it.value().at(i)->to, cumulative});
        }
        steps.last().cumulative = 1.0; // no walk may fall off the end through rounding
        m_steps.insert(it.key(), steps);
    }
    for (const Touchpoint &touchpoint : journey.touchpoints())
        if (!hasIncoming.contains(touchpoint.id))
            m_entries.append(touchpoint.id);
    // A journey made only of loops has no entry; start anywhere rather than nowhere.
    if (m_entries.isEmpty())
        for (const Touchpoint &touchpoint : journey.touchpoints())
            m_entries.append(touchpoint.id);

    const QDate first = profile.firstDay();
    const qint64 end = epochSeconds(profile.lastDay.addDays(1));
    for (int month = 0; month < profile.months; ++month) {
        const qint64 start = epochSeconds(first.addMonths(month));
        const qint64 next = std::min(end, epochSeconds(first.addMonths(month + 1)));
        m_months.append(Month{start, next - start});
    }
    for (const DemoSegmentProfile &segment : profile.segments)
        m_segmentTotal += segment.share;
}

void Generator::run()
{
    if (m_entries.isEmpty() || m_months.isEmpty())
        return;
    for (int index = 0; index < m_profile.respondents; ++index)
        respondent(index);
}

void Generator::respondent(int index)
{
    // One stream per respondent, derived by hashing, so respondents are independent of each
    // other and of the order in which they are generated.
    auto mix = static_cast<quint64>(index);
    quint64 seed = m_profile.seed ^ splitMix64(mix);
    Random random(splitMix64(seed));

    m_record.respondent = QStringLiteral("demo-%1").arg(index + 1, 5, 10, QLatin1Char('0'));
    m_record.segment.clear();
    const double segmentDraw = random.uniform() * m_segmentTotal;
    double cumulative = 0.0;
    for (const DemoSegmentProfile &segment : m_profile.segments) {
        m_record.segment = segment.name;
        cumulative += segment.share;
        if (segmentDraw < cumulative)
            break;
    }

    const int monthIndex = random.below(static_cast<int>(m_months.size()));
    const Month &month = m_months.at(monthIndex);
    const auto second = static_cast<qint64>(random.uniform() * static_cast<double>(month.seconds));
    m_record.timestamp = month.start + second;
    const double monthsIn =
        monthIndex + static_cast<double>(second) / static_cast<double>(month.seconds);

    const double mood = random.normal();
    const double moodShare = std::sqrt(m_profile.halo);
    const double ownShare = std::sqrt(1.0 - m_profile.halo);
    const double answerNoise = std::sqrt(1.0 - MetricAgreement * MetricAgreement);

    double outcome = OutcomeMood * mood;
    double driverSum = 0.0;
    double driverSquares = 0.0;
    for (const TouchpointId touchpoint : walk(random)) {
        const DemoTouchpointProfile *profile = m_touchpointProfiles.value(touchpoint);
        if (!profile)
            continue;
        // The respondent's experience here, standard normal; it drives the outcome whether or
        // not they answer about it.
        const double experience = moodShare * mood + ownShare * random.normal();
        outcome += profile->driver * experience;
        driverSum += profile->driver;
        driverSquares += profile->driver * profile->driver;
        if (random.uniform() >= profile->response)
            continue;

        const double shift =
            profile->segmentShift.value(m_record.segment) + profile->trend * monthsIn;
        for (const DemoAnswerProfile &answerProfile : profile->experience) {
            const auto metric = m_metrics.constFind(answerProfile.metric);
            if (metric == m_metrics.cend() || random.uniform() >= answerProfile.response)
                continue;
            const double latent = MetricAgreement * experience + answerNoise * random.normal();
            emitRecord(touchpoint, answerProfile.metric,
                       answer(answerProfile, *metric, latent, shift), MeasurementKind::Experience);
        }
        for (const DemoAnswerProfile &answerProfile : profile->expectation) {
            const auto metric = m_metrics.constFind(answerProfile.metric);
            if (metric == m_metrics.cend() || random.uniform() >= answerProfile.response)
                continue;
            emitRecord(touchpoint, answerProfile.metric,
                       answer(answerProfile, *metric, random.normal(), 0.0),
                       MeasurementKind::Expectation);
        }
    }

    // Scale the outcome to unit variance. Every experience shares the mood term, so
    // Var = (mood weight + sqrt(halo) × Σ driver)² + (1 − halo) × Σ driver² + noise².
    outcome += OutcomeNoise * random.normal();
    const double common = OutcomeMood + moodShare * driverSum;
    outcome /= std::sqrt(common * common + (1.0 - m_profile.halo) * driverSquares +
                         OutcomeNoise * OutcomeNoise);
    const double outcomeNoise = std::sqrt(1.0 - OutcomeAgreement * OutcomeAgreement);
    for (const DemoAnswerProfile &answerProfile : m_profile.outcomes) {
        const auto metric = m_metrics.constFind(answerProfile.metric);
        if (metric == m_metrics.cend() || random.uniform() >= answerProfile.response)
            continue;
        const double latent = OutcomeAgreement * outcome + outcomeNoise * random.normal();
        emitRecord(TouchpointId(), answerProfile.metric,
                   answer(answerProfile, *metric, latent, 0.0), MeasurementKind::Experience);
    }
}

// The touchpoints passed, each once, in the order first reached.
QList<TouchpointId> Generator::walk(Random &random) const
{
    QList<TouchpointId> passed;
    QSet<TouchpointId> seen;
    TouchpointId current = m_entries.at(random.below(static_cast<int>(m_entries.size())));
    for (int step = 0; step < MaxSteps; ++step) {
        if (!seen.contains(current)) {
            seen.insert(current);
            passed.append(current);
        }
        const auto steps = m_steps.constFind(current);
        if (steps == m_steps.cend())
            break; // an exit
        const double draw = random.uniform();
        const auto next = std::find_if(steps->cbegin(), steps->cend(),
                                       [draw](const Step &s) { return draw < s.cumulative; });
        current = next == steps->cend() ? steps->last().to : next->to;
    }
    return passed;
}

// A whole answer on the metric's scale. `latent` is standard normal (higher = better
// experience); `shiftPoints` moves the mean on the normalised 0–100 scale.
double Generator::answer(const DemoAnswerProfile &profile, const Metric &metric, double latent,
                         double shiftPoints) const
{
    const double direction = metric.higherIsBetter ? 1.0 : -1.0;
    const double span = metric.max - metric.min;
    const double raw =
        profile.mean + direction * (shiftPoints * span / 100.0 + profile.spread * latent);
    return std::clamp(std::floor(raw + 0.5), metric.min, metric.max);
}

void Generator::emitRecord(TouchpointId touchpoint, const QString &metric, double value,
                           MeasurementKind kind)
{
    m_record.touchpoint = touchpoint;
    m_record.metric = metric;
    m_record.value = value;
    m_record.kind = kind;
    m_sink(m_record);
}

} // namespace

QDate DemoProfile::firstDay() const
{
    return QDate(lastDay.year(), lastDay.month(), 1).addMonths(1 - months);
}

const DemoTouchpointProfile *DemoProfile::find(const QString &touchpoint) const
{
    for (const DemoTouchpointProfile &profile : touchpoints)
        if (profile.touchpoint.compare(touchpoint, Qt::CaseInsensitive) == 0)
            return &profile;
    return nullptr;
}

std::optional<DemoProfile> parseDemoProfile(const QByteArray &json, QString *error)
{
    ProfileParser parser;
    if (parser.parse(json))
        return parser.profile();
    if (error)
        *error = parser.error();
    return std::nullopt;
}

DemoProfile loadDemoProfile()
{
    QString error;
    std::optional<DemoProfile> profile = parseDemoProfile(demoResourceData(), &error);
    if (!profile)
        qFatal("cxmap: the sample profile in the bundled demo %s is broken: %s",
               qPrintable(demoResourcePath()), qPrintable(error));
    return *std::move(profile);
}

void generateDemoMeasurements(const Journey &journey, const DemoProfile &profile,
                              const std::function<void(const MeasurementRecord &)> &sink)
{
    Generator(journey, profile, sink).run();
}

void generateDemoMeasurements(const Journey &journey,
                              const std::function<void(const MeasurementRecord &)> &sink)
{
    generateDemoMeasurements(journey, loadDemoProfile(), sink);
}

} // namespace cxmap
