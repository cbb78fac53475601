#include "scalelabels.h"

#include "importmapping.h"

#include <QStringList>

#include <cmath>

namespace cxmap {

namespace {

// The scales, worst answer first. Bipolar before unipolar and five points before seven, so that
// a label on several of them reads as the most common scale until the column says otherwise.
// "" is a point without a label of its own (0–10 likelihood names only its ends).
struct ScaleText
{
    const char *name;
    std::initializer_list<const char *> labels;
};

const ScaleText Scales[] = {
    // Satisfaction.
    {"satisfaction (SurveyMonkey)", {"Very dissatisfied", "Dissatisfied", "Neither satisfied nor dissatisfied", "Satisfied", "Very satisfied"}},
    {"satisfaction (Qualtrics)", {"Extremely dissatisfied", "Somewhat dissatisfied", "Neither satisfied nor dissatisfied", "Somewhat satisfied", "Extremely satisfied"}},
    {"satisfaction (very/somewhat)", {"Very dissatisfied", "Somewhat dissatisfied", "Neither satisfied nor dissatisfied", "Somewhat satisfied", "Very satisfied"}},
    {"satisfaction, unipolar (SurveyMonkey)", {"Not at all satisfied", "Not so satisfied", "Somewhat satisfied", "Very satisfied", "Extremely satisfied"}},
    {"satisfaction, unipolar (Qualtrics)", {"Not at all satisfied", "Slightly satisfied", "Moderately satisfied", "Very satisfied", "Extremely satisfied"}},
    {"satisfaction, 7 points (Qualtrics)", {"Extremely dissatisfied", "Moderately dissatisfied", "Slightly dissatisfied", "Neither satisfied nor dissatisfied", "Slightly satisfied", "Moderately satisfied", "Extremely satisfied"}},
    {"satisfaction, neutral", {"Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"}},
    {"Zufriedenheit", {"Sehr unzufrieden", "Unzufrieden", "Weder zufrieden noch unzufrieden", "Zufrieden", "Sehr zufrieden"}},
    {"Zufriedenheit (Qualtrics)", {"Äußerst unzufrieden", "Eher unzufrieden", "Weder zufrieden noch unzufrieden", "Eher zufrieden", "Äußerst zufrieden"}},
    {"Zufriedenheit, unipolar", {"Überhaupt nicht zufrieden", "Wenig zufrieden", "Einigermaßen zufrieden", "Sehr zufrieden", "Äußerst zufrieden"}},
    {"Zufriedenheit, 7 Punkte", {"Äußerst unzufrieden", "Ziemlich unzufrieden", "Etwas unzufrieden", "Weder zufrieden noch unzufrieden", "Etwas zufrieden", "Ziemlich zufrieden", "Äußerst zufrieden"}},
    {"Zufriedenheit, neutral", {"Sehr unzufrieden", "Unzufrieden", "Neutral", "Zufrieden", "Sehr zufrieden"}},
    // Agreement.
    {"agreement", {"Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"}},
    {"agreement (somewhat)", {"Strongly disagree", "Somewhat disagree", "Neither agree nor disagree", "Somewhat agree", "Strongly agree"}},
    {"agreement, neutral", {"Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"}},
    {"agreement, 7 points", {"Strongly disagree", "Disagree", "Somewhat disagree", "Neither agree nor disagree", "Somewhat agree", "Agree", "Strongly agree"}},
    {"Zustimmung", {"Stimme überhaupt nicht zu", "Stimme nicht zu", "Weder noch", "Stimme zu", "Stimme voll und ganz zu"}},
    {"Zustimmung (Qualtrics)", {"Stimme überhaupt nicht zu", "Stimme eher nicht zu", "Weder Zustimmung noch Ablehnung", "Stimme eher zu", "Stimme voll und ganz zu"}},
    {"Zustimmung, neutral", {"Stimme überhaupt nicht zu", "Stimme nicht zu", "Neutral", "Stimme zu", "Stimme voll und ganz zu"}},
    // Likelihood: 0–10 by its ends (the recommendation question), and five points.
    {"likelihood, 0 to 10", {"Not at all likely", "", "", "", "", "", "", "", "", "", "Extremely likely"}},
    {"likelihood", {"Extremely unlikely", "Somewhat unlikely", "Neither likely nor unlikely", "Somewhat likely", "Extremely likely"}},
    {"likelihood, unipolar", {"Not at all likely", "Not so likely", "Somewhat likely", "Very likely", "Extremely likely"}},
    {"likelihood (very)", {"Very unlikely", "Unlikely", "Neither likely nor unlikely", "Likely", "Very likely"}},
    {"Wahrscheinlichkeit, 0 bis 10", {"Überhaupt nicht wahrscheinlich", "", "", "", "", "", "", "", "", "", "Äußerst wahrscheinlich"}},
    {"Wahrscheinlichkeit", {"Äußerst unwahrscheinlich", "Eher unwahrscheinlich", "Weder wahrscheinlich noch unwahrscheinlich", "Eher wahrscheinlich", "Äußerst wahrscheinlich"}},
    {"Wahrscheinlichkeit (sehr)", {"Sehr unwahrscheinlich", "Unwahrscheinlich", "Weder wahrscheinlich noch unwahrscheinlich", "Wahrscheinlich", "Sehr wahrscheinlich"}},
    // Ease.
    {"ease", {"Very difficult", "Difficult", "Neither easy nor difficult", "Easy", "Very easy"}},
    {"ease (Qualtrics)", {"Extremely difficult", "Somewhat difficult", "Neither easy nor difficult", "Somewhat easy", "Extremely easy"}},
    {"ease, unipolar", {"Not at all easy", "Not so easy", "Somewhat easy", "Very easy", "Extremely easy"}},
    {"ease, 7 points", {"Extremely difficult", "Moderately difficult", "Slightly difficult", "Neither easy nor difficult", "Slightly easy", "Moderately easy", "Extremely easy"}},
    {"Einfachheit", {"Sehr schwierig", "Schwierig", "Weder einfach noch schwierig", "Einfach", "Sehr einfach"}},
    {"Einfachheit (Qualtrics)", {"Äußerst schwierig", "Eher schwierig", "Weder leicht noch schwierig", "Eher leicht", "Äußerst leicht"}},
    {"Einfachheit, leicht", {"Sehr schwer", "Schwer", "Weder leicht noch schwer", "Leicht", "Sehr leicht"}},
    // Effort: less is better, so the best answer is the lowest effort.
    {"effort", {"Very high effort", "High effort", "Moderate effort", "Low effort", "Very low effort"}},
    {"effort (neither)", {"Very high effort", "High effort", "Neither high nor low effort", "Low effort", "Very low effort"}},
    {"effort (much more)", {"Much more effort than expected", "Somewhat more effort than expected", "About as much effort as expected", "Somewhat less effort than expected", "Much less effort than expected"}},
    {"Aufwand", {"Sehr hoher Aufwand", "Hoher Aufwand", "Mittlerer Aufwand", "Geringer Aufwand", "Sehr geringer Aufwand"}},
    {"Aufwand (weder)", {"Sehr hoher Aufwand", "Hoher Aufwand", "Weder hoher noch geringer Aufwand", "Niedriger Aufwand", "Sehr niedriger Aufwand"}},
};

static_assert(std::size(Scales) <= 64, "LabelColumn keeps the candidate scales in 64 bits");

} // namespace

const ScaleLabels &ScaleLabels::builtin()
{
    static const ScaleLabels labels;
    return labels;
}

ScaleLabels::ScaleLabels()
{
    for (const ScaleText &text : Scales) {
        Scale scale;
        scale.name = QString::fromUtf8(text.name);
        for (const char *label : text.labels)
            scale.labels.append(QString::fromUtf8(label));
        const int index = int(m_scales.size());
        for (int position = 0; position < scale.points(); ++position)
            if (!scale.labels.at(position).isEmpty())
                m_places[normaliseLabel(scale.labels.at(position))].append(Place{index, position});
        m_scales.append(scale);
    }
}

double placeOnScale(int position, int points, double min, double max)
{
    if (points <= 1)
        return max;
    // One to one where the metric has as many whole points; else stretched end to end.
    if (std::abs((max - min + 1.0) - points) < 1e-9)
        return min + position;
    return min + (max - min) * double(position) / double(points - 1);
}

int LabelColumn::preferred(const QList<ScaleLabels::Place> &places, double min, double max) const
{
    const QList<ScaleLabels::Scale> &scales = ScaleLabels::builtin().scales();
    int first = -1;
    for (int i = 0; i < places.size(); ++i) {
        const ScaleLabels::Place &place = places.at(i);
        if (!(m_candidates & (quint64(1) << place.scale)))
            continue;
        if (std::abs((max - min + 1.0) - scales.at(place.scale).points()) < 1e-9)
            return i;
        if (first < 0)
            first = i;
    }
    return first;
}

std::optional<double> LabelColumn::value(const QString &label, double min, double max)
{
    const QList<ScaleLabels::Place> places = ScaleLabels::builtin().find(label);
    if (places.isEmpty())
        return std::nullopt;
    const QList<ScaleLabels::Scale> &scales = ScaleLabels::builtin().scales();
    m_min = min;
    m_max = max;
    if (m_fixed >= 0) {
        for (const ScaleLabels::Place &place : places)
            if (place.scale == m_fixed)
                return placeOnScale(place.position, scales.at(place.scale).points(), min, max);
    }
    quint64 mask = 0;
    for (const ScaleLabels::Place &place : places)
        mask |= quint64(1) << place.scale;
    // Labels of two scales in one column: the newer ones start the narrowing again.
    m_candidates = (m_candidates & mask) ? (m_candidates & mask) : mask;
    const ScaleLabels::Place &place = places.at(preferred(places, min, max));
    const double result = placeOnScale(place.position, scales.at(place.scale).points(), min, max);
    if (!m_read.contains(label)) {
        m_read.insert(label, result);
        m_order.append(label);
    }
    return result;
}

int LabelColumn::settledScale() const
{
    if (m_fixed >= 0)
        return m_fixed;
    if (m_read.isEmpty())
        return -1;
    const QList<ScaleLabels::Scale> &scales = ScaleLabels::builtin().scales();
    int first = -1;
    for (int i = 0; i < scales.size(); ++i) {
        if (!(m_candidates & (quint64(1) << i)))
            continue;
        if (std::abs((m_max - m_min + 1.0) - scales.at(i).points()) < 1e-9)
            return i;
        if (first < 0)
            first = i;
    }
    return first;
}

bool LabelColumn::consistent() const
{
    const int settled = settledScale();
    if (settled < 0 || m_fixed >= 0)
        return true;
    const ScaleLabels::Scale &scale = ScaleLabels::builtin().scales().at(settled);
    for (const QString &label : m_order) {
        for (const ScaleLabels::Place &place : ScaleLabels::builtin().find(label))
            if (place.scale == settled && placeOnScale(place.position, scale.points(), m_min, m_max) != m_read.value(label))
                return false;
    }
    return true;
}

} // namespace cxmap
