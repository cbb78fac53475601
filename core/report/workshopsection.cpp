// The room's votes and notes, by touchpoint and session (DESIGN §4: workshop input).
#include "reportsections.h"

#include "pageflow.h"
#include "reportdata.h"
#include "reportoptions.h"
#include "reportstyle.h"
#include "reporttable.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace cxmap::ReportSections {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cxmap::ReportSections", text);
}

} // namespace

QString workshopSummary(const Workshop &room)
{
    if (room.votes.isEmpty() && room.notes.isEmpty())
        return tr("no votes or notes recorded on this map");
    return tr("%1 votes and %2 notes from %3 session(s)").arg(room.votes.size()).arg(room.notes.size()).arg(room.sessions.size());
}

void workshop(PageFlow &flow, const ReportStyle &style, const ReportData &data)
{
    const Workshop &room = data.journey.workshop();
    if (room.isEmpty())
        return;
    const QLocale locale;
    flow.newPage(reportSectionTitle(ReportSection::Workshop));
    heading(flow, style, reportSectionTitle(ReportSection::Workshop));

    QStringList sessions;
    for (const WorkshopSession &session : room.sessions)
        sessions << QStringLiteral("%1 (%2)").arg(session.name,
                                                  locale.toString(session.started.toLocalTime(), QLocale::ShortFormat));
    paragraph(flow, style,
              QStringLiteral("%1: %2.").arg(workshopSummary(room),
                                           sessions.isEmpty() ? tr("none named") : sessions.join(QStringLiteral("; "))),
              true);

    subheading(flow, style, tr("Dot votes"));
    QList<std::pair<int, const Touchpoint *>> voted;
    for (const Touchpoint &touchpoint : data.journey.touchpoints())
        if (const int votes = room.votesFor(touchpoint.id); votes > 0)
            voted.append({votes, &touchpoint});
    std::stable_sort(voted.begin(), voted.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    if (voted.isEmpty()) {
        paragraph(flow, style, tr("No votes."));
    } else {
        ReportTable table{{{tr("Touchpoint"), 2.4}, {tr("Stage"), 1.5}, {tr("Votes"), 0.7, true}, {tr("Score"), 0.8, true}},
                          {},
                          {}};
        for (const auto &[votes, touchpoint] : std::as_const(voted)) {
            const TouchpointFinding *finding = data.findings.find(touchpoint->id);
            const Stage *stage = data.journey.stages().find(touchpoint->stage);
            table.rows.append({touchpoint->name, stage ? stage->name : QString(), QString::number(votes),
                               finding && finding->performance.n > 0 ? locale.toString(finding->performance.mean, 'f', 1)
                                                                     : QStringLiteral("–")});
        }
        flowTable(flow, style, table);
    }

    subheading(flow, style, tr("Notes"));
    if (room.notes.isEmpty()) {
        paragraph(flow, style, tr("No notes."));
        return;
    }
    ReportTable notes{{{tr("Touchpoint"), 2.0}, {tr("Kind"), 0.9}, {tr("Note"), 5.0}, {tr("Session"), 1.6}}, {}, {}};
    for (const Touchpoint &touchpoint : data.journey.touchpoints())
        for (const WorkshopNote &note : room.notesFor(touchpoint.id)) {
            const WorkshopSession *session = room.session(note.session);
            notes.rows.append({touchpoint.name, noteKindName(note.kind), note.text,
                               session ? QStringLiteral("%1, %2").arg(session->name,
                                                                      locale.toString(note.created.toLocalTime().date(), QLocale::ShortFormat))
                                       : locale.toString(note.created.toLocalTime().date(), QLocale::ShortFormat)});
        }
    flowTable(flow, style, notes);
}

} // namespace cxmap::ReportSections
