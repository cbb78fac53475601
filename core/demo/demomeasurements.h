#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace cxmap {

class Journey;
struct MeasurementRecord;

/**
 * How one metric's answers are drawn: a normal-ish distribution on the metric's own scale,
 * rounded to a whole answer and clamped to the scale.
 */
struct DemoAnswerProfile
{
    /** A built-in metric name (csat, ces, nps, …). */
    QString metric;
    /** Mean and standard deviation on the metric's raw scale, before rounding and clamping. */
    double mean = 0.0;
    double spread = 0.0;
    /** Probability (0–1) that a respondent who answers about this touchpoint answers this metric.
     */
    double response = 1.0;
};

/** The sample-data parameters of one touchpoint (the `sample` object of a demo touchpoint). */
struct DemoTouchpointProfile
{
    /** Matched case-insensitively against the journey's touchpoint names. */
    QString touchpoint;
    /** Probability (0–1) that a respondent who passed the touchpoint rates it at all. */
    double response = 1.0;
    /** Weight of this touchpoint's experience in the journey outcome (drives importance). */
    double driver = 0.0;
    /** Change of the mean experience per month, in normalised points (0–100 scale). */
    double trend = 0.0;
    QList<DemoAnswerProfile> experience;
    QList<DemoAnswerProfile> expectation;
    /** Segment name → shift of the mean experience, in normalised points. */
    QMap<QString, double> segmentShift;
};

/** A customer segment of the sample and its share of respondents. */
struct DemoSegmentProfile
{
    QString name;
    double share = 0.0;
};

/**
 * Everything the sample-measurement generator needs besides the journey: the `sample` sections of
 * the demo document. Respondents answer once, at a timestamp spread evenly over `months` calendar
 * months ending on `lastDay` (UTC).
 */
struct DemoProfile
{
    quint64 seed = 0;
    int respondents = 0;
    QDate lastDay;
    int months = 12;
    /** Share (0–1) of every experience answer that comes from the respondent's general mood. */
    double halo = 0.0;
    QList<DemoSegmentProfile> segments;
    /** Journey-level outcomes (overall satisfaction, likelihood to recommend). */
    QList<DemoAnswerProfile> outcomes;
    QList<DemoTouchpointProfile> touchpoints;

    /** First day of the period (the first day of the first month). */
    QDate firstDay() const;
    /** The profile of the touchpoint with this name, or nullptr. */
    const DemoTouchpointProfile *find(const QString &touchpoint) const;
};

/**
 * Reads the `sample` sections of a demo document (see parseDemoJourney() for the rest). Metrics
 * must be built-in ones and means must lie inside their scale. Returns nullopt and sets `error`
 * (when given) to one line naming the offending entry.
 */
std::optional<DemoProfile> parseDemoProfile(const QByteArray &json, QString *error = nullptr);

/** The bundled demo's sample profile; stops with qFatal if the resource is broken. */
DemoProfile loadDemoProfile();

/**
 * Generates the sample survey answers for `journey`, record by record, into `sink`.
 *
 * Each respondent gets a segment and a timestamp, walks the journey from an entry (chosen
 * equally) along the transition shares until an exit, and rates some of the touchpoints passed
 * (experience and sometimes expectation answers), then answers the journey outcomes, which
 * depend on the touchpoints' experience through their driver weights. Touchpoints are matched to
 * profiles by name; touchpoints without a profile are passed but never rated.
 *
 * Deterministic: a fixed-seed xoshiro256** generator and arithmetic without library
 * transcendental functions, so every platform produces the same records in the same order.
 */
void generateDemoMeasurements(const Journey &journey, const DemoProfile &profile,
                              const std::function<void(const MeasurementRecord &)> &sink);

/** Same, with the bundled demo profile. */
void generateDemoMeasurements(const Journey &journey,
                              const std::function<void(const MeasurementRecord &)> &sink);

} // namespace cxmap
