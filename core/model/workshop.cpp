#include "workshop.h"

#include <QCoreApplication>

#include <algorithm>

namespace cxmap {

QString noteKindToString(NoteKind kind)
{
    switch (kind) {
    case NoteKind::Idea:
        return QStringLiteral("idea");
    case NoteKind::Question:
        return QStringLiteral("question");
    case NoteKind::PainPoint:
        break;
    }
    return QStringLiteral("pain_point");
}

std::optional<NoteKind> noteKindFromString(const QString &text)
{
    if (text == QLatin1String("pain_point"))
        return NoteKind::PainPoint;
    if (text == QLatin1String("idea"))
        return NoteKind::Idea;
    if (text == QLatin1String("question"))
        return NoteKind::Question;
    return std::nullopt;
}

QString noteKindName(NoteKind kind)
{
    switch (kind) {
    case NoteKind::Idea:
        return QCoreApplication::translate("cxmap", "Idea");
    case NoteKind::Question:
        return QCoreApplication::translate("cxmap", "Question");
    case NoteKind::PainPoint:
        break;
    }
    return QCoreApplication::translate("cxmap", "Pain point");
}

int Workshop::votesFor(TouchpointId touchpoint) const
{
    return int(std::count_if(votes.cbegin(), votes.cend(), [touchpoint](const WorkshopVote &v) { return v.touchpoint == touchpoint; }));
}

QList<WorkshopNote> Workshop::notesFor(TouchpointId touchpoint) const
{
    QList<WorkshopNote> found;
    for (const WorkshopNote &note : notes)
        if (note.touchpoint == touchpoint)
            found.append(note);
    return found;
}

const WorkshopSession *Workshop::session(qint64 id) const
{
    for (const WorkshopSession &session : sessions)
        if (session.id == id)
            return &session;
    return nullptr;
}

} // namespace cxmap
