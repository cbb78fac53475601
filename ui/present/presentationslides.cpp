#include "presentationslides.h"

#include "analysis/basiscaption.h"
#include "analysis/findings.h"
#include "analysis/importancematrix.h"
#include "model/journey.h"
#include "presentationwindow.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace cxmap::PresentationSlides {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cxmap::PresentationSlides", text);
}

/** Text wrapped in `rect`, shrunk (never below the floor) until it fits, then elided. */
void drawFitted(QPainter *painter, const QRectF &rect, const QString &text, const RenderTheme &theme, double pixels,
                bool bold, int flags = Qt::AlignLeft | Qt::AlignVCenter)
{
    double size = pixels;
    QFont f = font(theme, size, bold);
    while (size > PresentationWindow::MinimumTextPixels) {
        const QRectF needed = QFontMetricsF(f).boundingRect(rect, flags | Qt::TextWordWrap, text);
        if (needed.height() <= rect.height() && needed.width() <= rect.width())
            break;
        size = std::max(PresentationWindow::MinimumTextPixels, size * 0.9);
        f = font(theme, size, bold);
    }
    painter->setFont(f);
    const QFontMetricsF metrics(f);
    const QRectF needed = metrics.boundingRect(rect, flags | Qt::TextWordWrap, text);
    if (needed.height() <= rect.height()) {
        painter->drawText(rect, flags | Qt::TextWordWrap, text);
        return;
    }
    painter->drawText(rect, flags, metrics.elidedText(text, Qt::ElideRight, rect.width()));
}

} // namespace

QFont font(const RenderTheme &theme, double pixels, bool bold)
{
    QFont f = theme.font;
    f.setPixelSize(int(std::ceil(std::max(pixels, PresentationWindow::MinimumTextPixels))));
    f.setBold(bold);
    return f;
}

void drawCaption(QPainter *painter, const QRectF &screen, double share, const QString &title, const QString &caption,
                 int step, int steps, const RenderTheme &theme)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF band(screen.left(), screen.bottom() - screen.height() * share, screen.width(), screen.height() * share);
    painter->fillRect(band, theme.background);
    painter->fillRect(QRectF(band.topLeft(), QSizeF(band.width(), 4)), theme.selection);
    const double margin = std::max(32.0, screen.width() * 0.025);
    const QRectF inner = band.adjusted(margin, margin * 0.5, -margin, -margin * 0.4);
    const QString counter = QStringLiteral("%1 / %2").arg(step + 1).arg(steps);
    const QFont counterFont = font(theme, PresentationWindow::MinimumTextPixels);
    const double counterWidth = QFontMetricsF(counterFont).horizontalAdvance(counter) + margin;
    painter->setPen(theme.cardText);
    drawFitted(painter, QRectF(inner.left(), inner.top(), inner.width() - counterWidth, inner.height() * 0.48), title,
               theme, 52, true);
    painter->setPen(theme.mutedText);
    drawFitted(painter, QRectF(inner.left(), inner.top() + inner.height() * 0.5, inner.width(), inner.height() * 0.5),
               caption, theme, 36, false, Qt::AlignLeft | Qt::AlignTop);
    painter->setFont(counterFont);
    painter->drawText(QRectF(inner.right() - counterWidth, inner.top(), counterWidth, inner.height() * 0.48),
                      Qt::AlignRight | Qt::AlignVCenter, counter);
    painter->restore();
}

void drawTitle(QPainter *painter, const QRectF &screen, const PresentationStep &step, const Findings &findings,
               const RenderTheme &theme)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const double margin = screen.width() * 0.08;
    const QRectF area = screen.adjusted(margin, screen.height() * 0.22, -margin, -screen.height() * 0.12);
    painter->setPen(theme.cardText);
    drawFitted(painter, QRectF(area.left(), area.top(), area.width(), area.height() * 0.3), step.title, theme, 96, true,
               Qt::AlignLeft | Qt::AlignBottom);
    painter->fillRect(QRectF(area.left(), area.top() + area.height() * 0.33, area.width() * 0.25, 8), theme.selection);
    // The data basis, one line each: what every number on the next steps rests on.
    QStringList lines = filterCaption(findings).split(QStringLiteral(" · "));
    painter->setPen(theme.mutedText);
    const double lineHeight = area.height() * 0.6 / std::max<qsizetype>(lines.size(), 4);
    for (qsizetype i = 0; i < lines.size(); ++i)
        drawFitted(painter, QRectF(area.left(), area.top() + area.height() * 0.4 + i * lineHeight, area.width(), lineHeight),
                   lines.at(i), theme, 40, false);
    painter->setPen(theme.cardText);
    painter->setFont(font(theme, PresentationWindow::MinimumTextPixels));
    painter->drawText(screen.adjusted(margin, 0, -margin, -screen.height() * 0.05), Qt::AlignRight | Qt::AlignBottom,
                      tr("→  to begin"));
    painter->restore();
}

void drawFixFirst(QPainter *painter, const QRectF &area, const Findings &findings, const RenderTheme &theme)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const ImportanceMatrix matrix = importanceMatrix(findings);
    const double margin = std::max(48.0, area.width() * 0.04);
    const QFont label = font(theme, PresentationWindow::MinimumTextPixels);
    const QFontMetricsF metrics(label);
    const QRectF plot = area.adjusted(margin + metrics.height() * 1.5, margin, -area.width() * 0.34, -margin - metrics.height() * 1.5);
    painter->setFont(label);
    painter->setPen(theme.cardText);
    if (!matrix.valid) {
        painter->drawText(area.adjusted(margin, margin, -margin, -margin), Qt::AlignCenter | Qt::TextWordWrap,
                          tr("The matrix needs importance for at least four reliable touchpoints: journey-level outcome answers "
                             "from the same respondents."));
        painter->restore();
        return;
    }
    double lowImportance = matrix.importanceSplit;
    double highImportance = matrix.importanceSplit;
    double lowPerformance = matrix.performanceSplit;
    double highPerformance = matrix.performanceSplit;
    for (const MatrixPoint &point : matrix.points) {
        lowImportance = std::min(lowImportance, point.importance);
        highImportance = std::max(highImportance, point.importance);
        lowPerformance = std::min(lowPerformance, point.performance);
        highPerformance = std::max(highPerformance, point.performance);
    }
    const double importancePad = std::max(0.02, (highImportance - lowImportance) * 0.1);
    const double performancePad = std::max(2.0, (highPerformance - lowPerformance) * 0.1);
    lowImportance -= importancePad;
    highImportance += importancePad;
    lowPerformance -= performancePad;
    highPerformance += performancePad;
    auto at = [&](double performance, double importance) {
        return QPointF(plot.left() + (performance - lowPerformance) / (highPerformance - lowPerformance) * plot.width(),
                       plot.bottom() - (importance - lowImportance) / (highImportance - lowImportance) * plot.height());
    };
    const QPointF split = at(matrix.performanceSplit, matrix.importanceSplit);
    // Fix first: high importance, low performance — the top left quadrant, shaded.
    QColor shade = RenderTheme::scoreColor(10);
    shade.setAlphaF(theme.isDark ? 0.28f : 0.18f);
    painter->fillRect(QRectF(plot.topLeft(), split), shade);
    painter->setPen(QPen(theme.gridLine.darker(theme.isDark ? 70 : 140), 2));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(plot);
    painter->setPen(QPen(theme.mutedText, 2, Qt::DashLine));
    painter->drawLine(QLineF(split.x(), plot.top(), split.x(), plot.bottom()));
    painter->drawLine(QLineF(plot.left(), split.y(), plot.right(), split.y()));
    painter->setPen(theme.cardText);
    painter->setFont(font(theme, PresentationWindow::MinimumTextPixels, true));
    painter->drawText(QRectF(plot.left() + 12, plot.top() + 8, split.x() - plot.left() - 24, metrics.height() * 1.2),
                      Qt::AlignLeft | Qt::AlignTop, tr("Fix first"));
    painter->setFont(label);
    painter->setPen(theme.mutedText);
    painter->drawText(QRectF(split.x() + 12, plot.top() + 8, plot.right() - split.x() - 24, metrics.height() * 1.2),
                      Qt::AlignRight | Qt::AlignTop, tr("Keep it up"));
    painter->drawText(QRectF(plot.left(), plot.bottom() + 8, plot.width(), metrics.height()), Qt::AlignCenter,
                      tr("Performance →"));
    painter->save();
    painter->translate(plot.left() - 12, plot.center().y());
    painter->rotate(-90);
    painter->drawText(QRectF(-plot.height() / 2, -metrics.height(), plot.height(), metrics.height()), Qt::AlignCenter,
                      tr("Importance (r with %1) →").arg(findings.outcomeMetric));
    painter->restore();

    // The points, numbered; the fix-first ones named in the list at the right.
    QList<const TouchpointFinding *> fixFirst;
    int number = 0;
    const double radius = metrics.height() * 0.75;
    const QFont numberFont = font(theme, PresentationWindow::MinimumTextPixels, true);
    for (const MatrixPoint &point : matrix.points) {
        const TouchpointFinding *finding = findings.find(point.id);
        if (!finding)
            continue;
        const bool fix = finding->quadrant == Quadrant::FixFirst;
        const QPointF centre = at(point.performance, point.importance);
        painter->setPen(QPen(theme.cardText, 2));
        painter->setBrush(RenderTheme::scoreColor(point.performance));
        painter->drawEllipse(centre, fix ? radius : radius * 0.55, fix ? radius : radius * 0.55);
        if (fix) {
            fixFirst.append(finding);
            painter->setFont(numberFont);
            painter->setPen(RenderTheme::textOn(RenderTheme::scoreColor(point.performance)));
            painter->drawText(QRectF(centre - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius)), Qt::AlignCenter,
                              QString::number(++number));
        }
    }
    const QRectF list(plot.right() + margin, plot.top(), area.right() - plot.right() - 2 * margin, plot.height());
    painter->setPen(theme.cardText);
    double y = list.top();
    number = 0;
    for (const TouchpointFinding *finding : std::as_const(fixFirst)) {
        const QRectF row(list.left(), y, list.width(), metrics.height() * 1.3);
        if (row.bottom() > list.bottom())
            break;
        painter->setFont(label);
        painter->drawText(row, Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(QStringLiteral("%1  %2").arg(++number).arg(finding->name), Qt::ElideRight, row.width()));
        y += row.height();
    }
    if (fixFirst.isEmpty()) {
        painter->setPen(theme.mutedText);
        painter->drawText(list, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, tr("Nothing important performs below the middle."));
    }
    painter->restore();
}

void drawSummary(QPainter *painter, const QRectF &screen, const PresentationStep &step, const Journey &journey,
                 const RenderTheme &theme)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const double margin = screen.width() * 0.07;
    const QRectF area = screen.adjusted(margin, screen.height() * 0.1, -margin, -screen.height() * 0.1);
    painter->setPen(theme.cardText);
    drawFitted(painter, QRectF(area.left(), area.top(), area.width(), area.height() * 0.14), step.title, theme, 64, true);
    painter->setPen(theme.mutedText);
    drawFitted(painter, QRectF(area.left(), area.top() + area.height() * 0.15, area.width(), area.height() * 0.08),
               step.caption, theme, 36, false);

    // The touchpoints the room voted for most, with their notes.
    const Workshop &workshop = journey.workshop();
    QList<std::pair<int, TouchpointId>> tally;
    for (const Touchpoint &touchpoint : journey.touchpoints()) {
        const int votes = workshop.votesFor(touchpoint.id);
        const qsizetype notes = workshop.notesFor(touchpoint.id).size();
        if (votes > 0 || notes > 0)
            tally.append({votes * 1000 + int(notes), touchpoint.id});
    }
    std::sort(tally.begin(), tally.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    const QFont row = font(theme, 40);
    const QFontMetricsF metrics(row);
    double y = area.top() + area.height() * 0.28;
    if (tally.isEmpty()) {
        painter->setFont(row);
        painter->setPen(theme.mutedText);
        painter->drawText(QRectF(area.left(), y, area.width(), metrics.height() * 3), Qt::AlignLeft | Qt::TextWordWrap,
                          tr("No votes or notes yet. Tab to a card, V to vote, N to note what the room says."));
        painter->restore();
        return;
    }
    const double dotsWidth = area.width() * 0.35;
    for (const auto &entry : std::as_const(tally)) {
        if (y + metrics.height() * 1.3 > area.bottom())
            break;
        const Touchpoint *touchpoint = journey.touchpoints().find(entry.second);
        const int votes = workshop.votesFor(entry.second);
        const qsizetype notes = workshop.notesFor(entry.second).size();
        painter->setFont(row);
        painter->setPen(theme.cardText);
        painter->drawText(QRectF(area.left(), y, area.width() - dotsWidth, metrics.height() * 1.2), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(touchpoint->name, Qt::ElideRight, area.width() - dotsWidth - 24));
        // One dot per vote, as on the wall.
        const double dot = metrics.height() * 0.36;
        double x = area.right() - dotsWidth;
        painter->setPen(Qt::NoPen);
        painter->setBrush(theme.ink);
        for (int i = 0; i < std::min(votes, 12); ++i, x += dot * 2.4)
            painter->drawEllipse(QPointF(x + dot, y + metrics.height() * 0.6), dot, dot);
        painter->setPen(theme.mutedText);
        const QString counts = notes > 0 ? tr("%1 votes · %2 notes").arg(votes).arg(notes) : tr("%1 votes").arg(votes);
        painter->drawText(QRectF(x + 12, y, area.right() - x - 12, metrics.height() * 1.2), Qt::AlignRight | Qt::AlignVCenter, counts);
        y += metrics.height() * 1.35;
    }
    painter->restore();
}

void drawClock(QPainter *painter, const QRectF &screen, qint64 elapsedMilliseconds, const RenderTheme &theme)
{
    painter->save();
    const qint64 seconds = elapsedMilliseconds / 1000;
    const QString text = QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    painter->setFont(font(theme, PresentationWindow::MinimumTextPixels));
    painter->setPen(theme.mutedText);
    painter->drawText(screen.adjusted(24, 16, -32, -16), Qt::AlignRight | Qt::AlignTop, text);
    painter->restore();
}

} // namespace cxmap::PresentationSlides
