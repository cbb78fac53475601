#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace cxmap {

/**
 * The answer labels the big survey tools write by default, so that an export of text answers
 * ("Extremely satisfied", "Somewhat dissatisfied", "Stimme eher zu") imports without a mapping:
 * Qualtrics' and SurveyMonkey's satisfaction, agreement, likelihood, ease and effort scales,
 * bipolar and unipolar, 5 and 7 points (likelihood also 0–10 by its end labels), in English and
 * German, matched case-insensitively (normaliseLabel()).
 *
 * A label can sit on more than one scale at different places ("Very satisfied" is the top of
 * SurveyMonkey's bipolar scale and the second of its unipolar one), so each column keeps the
 * scales its labels so far allow (LabelColumn) and reads a label on the first of them in the
 * order below: bipolar before unipolar, five points before seven.
 */
class ScaleLabels
{
public:
    /** One scale: its labels from worst to best; an empty label is a point with only a number. */
    struct Scale
    {
        QString name;
        QList<QString> labels;
        int points() const { return int(labels.size()); }
    };
    /** Where a label sits: the scale (its index) and the place on it, 0 = worst. */
    struct Place
    {
        int scale;
        int position;
    };

    static const ScaleLabels &builtin();

    const QList<Scale> &scales() const { return m_scales; }
    /** Every place of a normalised label, in the scales' order; empty when it is not a known label. */
    QList<Place> find(const QString &normalisedLabel) const { return m_places.value(normalisedLabel); }

private:
    ScaleLabels();
    QList<Scale> m_scales;
    QHash<QString, QList<Place>> m_places;
};

/**
 * The known scales one column's text answers have allowed so far, and the number each label was
 * read as, so that the import can check at the end that the column's final scale reads every
 * label as it was read (else it reads the file again with that scale fixed).
 */
class LabelColumn
{
public:
    /**
     * The number `label` (normalised) stands for on a metric scale of `min`–`max`, or nullopt
     * when it is no known label. A scale with as many points as the metric's whole numbers maps
     * onto them one to one; another is stretched linearly (5 points onto 1–7, say).
     */
    std::optional<double> value(const QString &label, double min, double max);

    /** The scale the column's labels settle on, or -1 when it had none. */
    int settledScale() const;
    /** Whether every label was read as the settled scale reads it. */
    bool consistent() const;
    /** Reads every label on this scale from now on (the second reading of a file). */
    void fix(int scale) { m_fixed = scale; }

private:
    int preferred(const QList<ScaleLabels::Place> &places, double min, double max) const;

    // Bit i: scale i is still possible (at most 64 scales).
    quint64 m_candidates = ~quint64(0);
    int m_fixed = -1;
    double m_min = 0.0;
    double m_max = 0.0;
    QHash<QString, double> m_read;
    QList<QString> m_order;
};

/** Where a place on a scale of `points` lands on a metric scale of `min`–`max`. */
double placeOnScale(int position, int points, double min, double max);

} // namespace cxmap
