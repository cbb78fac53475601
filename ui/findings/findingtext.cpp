#include "findingtext.h"

#include "analysis/explanation.h"
#include "analysis/basiscaption.h"
#include "analysis/findings.h"
#include "analysis/findingwording.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QPalette>

#include <optional>

namespace cxmap::FindingText {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cxmap::FindingText", text);
}

// The words themselves are core's (FindingWording), shared with `cxmap analyze` and the
// report; this file only puts them into the panel's HTML.

QString mutedColor(const QPalette &palette)
{
    QColor color = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    // 65% of the way from the background to the text: readable, visibly secondary.
    color.setRgbF(base.redF() + (color.redF() - base.redF()) * 0.65f,
                  base.greenF() + (color.greenF() - base.greenF()) * 0.65f,
                  base.blueF() + (color.blueF() - base.blueF()) * 0.65f);
    return color.name();
}

QString listHtml(const QStringList &lines)
{
    QString html = QStringLiteral("<ul style=\"margin-left: 0px; -qt-list-indent: 1;\">");
    for (const QString &line : lines)
        html +=
            QStringLiteral("<li style=\"margin-bottom: 3px;\">%1</li>").arg(line.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

std::optional<FindingWording::Kind> kindFromString(const QString &kind)
{
    using K = FindingWording::Kind;
    static const std::pair<const char *, K> kinds[] = {
        {"weakest", K::WeakestLink}, {"moments", K::MomentOfTruth}, {"weakestPath", K::WeakestPath},
        {"bestPath", K::BestPath},   {"unavoidable", K::Unavoidable}, {"declining", K::Declining}};
    for (const auto &[name, value] : kinds)
        if (kind == QLatin1String(name))
            return value;
    return std::nullopt;
}

} // namespace

QString monthLabel(const QString &month)
{
    return monthCaption(month);
}

QString basis(const Findings &f)
{
    return FindingWording::basis(f);
}

QString weakLink(const TouchpointFinding &t)
{
    return FindingWording::weakLink(t);
}

QString moment(const TouchpointFinding &t)
{
    return FindingWording::moment(t);
}

QString onPath(const TouchpointFinding &t)
{
    return FindingWording::onPath(t);
}

QString trend(const TouchpointFinding &t)
{
    return FindingWording::trend(t);
}

QString segmentDifference(const SegmentDifference &d)
{
    return FindingWording::segmentDifference(d);
}

QString segmentDifferenceWhy(const SegmentDifference &d, const QString &touchpoint)
{
    return FindingWording::segmentDifferenceWhy(d, touchpoint);
}

QString tooltip(const TouchpointFinding &t, const Findings &f)
{
    return QStringLiteral("<p><b>%1</b> — %2</p>")
               .arg(t.name.toHtmlEscaped(), t.stage.toHtmlEscaped()) +
           listHtml(explainTouchpoint(t, f));
}

QString detailsHtml(const TouchpointFinding &t, const Findings &f, const QString &kind,
                    const QPalette &palette)
{
    QString html =
        QStringLiteral("<p style=\"margin-bottom: 2px;\"><b style=\"font-size: large;\">%1</b></p>"
                       "<p style=\"margin-top: 0px; color: %2;\">%3</p>")
            .arg(t.name.toHtmlEscaped(), mutedColor(palette), t.stage.toHtmlEscaped());
    const std::optional<FindingWording::Kind> findingKind = kindFromString(kind);
    const QString why = findingKind ? FindingWording::why(t, f, *findingKind) : QString();
    if (!why.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(why.toHtmlEscaped());
    html += QStringLiteral("<p style=\"margin-bottom: 0px; color: %1;\">%2</p>")
                .arg(mutedColor(palette), tr("How each number is computed:"));
    return html + listHtml(explainTouchpoint(t, f));
}

QString noteHtml(const QString &note, const QPalette &)
{
    return QStringLiteral("<p>%1</p>").arg(note.toHtmlEscaped());
}

QString overviewHtml(const Findings &f, const QPalette &palette)
{
    QString html =
        QStringLiteral("<p style=\"color: %1;\">%2</p>")
            .arg(mutedColor(palette), tr("Select a finding to see how its numbers are computed."));
    if (!f.notes.isEmpty())
        html +=
            QStringLiteral("<p style=\"margin-bottom: 0px;\"><b>%1</b></p>").arg(tr("Caveats")) +
            listHtml(f.notes);
    return html;
}

} // namespace cxmap::FindingText
