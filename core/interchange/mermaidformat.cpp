#include "mermaidformat.h"

#include "sequencemap.h"

#include "store/documenterror.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace cxmap {

namespace {

// Invisible, and not white space to Mermaid's lexer: keeps a task named "Title search" from
// being read as the diagram's title.
const QChar WordJoiner(0x2060);
const QStringList Keywords{QStringLiteral("title"), QStringLiteral("section"),
                           QStringLiteral("acctitle"), QStringLiteral("accdescr"),
                           QStringLiteral("journey")};

// Where a text goes decides what Mermaid's lexer stops at: `#`, `;` and line breaks end
// everything, `:` ends section and task names, `,` separates actors, `}` ends a description.
enum class Place { Title, Section, Task, Actor };

QString printable(QString text, Place place, int *changed)
{
    const QString before = text.trimmed();
    text.replace(QLatin1Char('\r'), QLatin1Char(' '));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    text.replace(QLatin1Char(';'), QChar(0xff1b)); // ； fullwidth semicolon
    text.replace(QLatin1Char('#'), QChar(0xff03)); // ＃ fullwidth number sign
    if (place != Place::Title)
        text.replace(QLatin1Char(':'), QChar(0x2236)); // ∶ ratio
    if (place == Place::Actor)
        text.replace(QLatin1Char(','), QChar(0x201a)); // ‚ low quotation mark
    text = text.trimmed();
    if (text != before)
        ++*changed;
    const QString first = text.section(QLatin1Char(' '), 0, 0).toLower();
    if (place == Place::Task && (Keywords.contains(first) || text.startsWith(QLatin1String("%%"))))
        text.prepend(WordJoiner);
    return text;
}

// A description keeps its lines in an `accDescr { … }` block; only `}` must go.
QStringList descriptionBlock(const QString &description, int *changed)
{
    QString text = description;
    if (text.contains(QLatin1Char('}'))) {
        text.replace(QLatin1Char('}'), QChar(0xff5d)); // ｝ fullwidth right curly bracket
        ++*changed;
    }
    QStringList lines{QStringLiteral("    accDescr {")};
    for (const QString &line : text.split(QLatin1Char('\n')))
        lines.append(QStringLiteral("        ") + line.trimmed());
    lines.append(QStringLiteral("    }"));
    return lines;
}

} // namespace

QByteArray MermaidFormat::serialize(const JourneyBundle &bundle, FormatReport &report) const
{
    const Journey &journey = bundle.journey;
    int changed = 0;
    int unscored = 0;
    int targetsReplaced = 0;
    int targetsRounded = 0;
    QStringList lines{QStringLiteral("journey")};
    if (!journey.name().isEmpty())
        lines.append(
            QStringLiteral("    title %1").arg(printable(journey.name(), Place::Title, &changed)));
    if (!journey.description().trimmed().isEmpty())
        lines.append(descriptionBlock(journey.description(), &changed));
    const QList<const Touchpoint *> order = sequenceOrder(journey);
    for (const Stage &stage : journey.stages()) {
        lines.append(
            QStringLiteral("    section %1").arg(printable(stage.name, Place::Section, &changed)));
        for (const Touchpoint *t : order) {
            if (t->stage != stage.id)
                continue;
            const auto score = bundle.scores.constFind(t->id);
            double rating = 3.0;
            if (score != bundle.scores.cend() && score->n > 0) {
                rating = ratingFromScore(score->performance);
                targetsReplaced += t->target ? 1 : 0;
            } else if (t->target) {
                rating = ratingFromScore(*t->target);
                targetsRounded += scoreFromRating(std::round(rating)) != *t->target ? 1 : 0;
            } else {
                ++unscored;
            }
            lines.append(
                QStringLiteral("      %1: %2: %3")
                    .arg(printable(t->name, Place::Task, &changed))
                    .arg(int(std::lround(rating)))
                    .arg(printable(journey.lanes().find(t->lane)->name, Place::Actor, &changed)));
        }
    }

    reportUnkept(bundle, MapPart::Targets, report);
    if (targetsReplaced > 0)
        report.add(QStringLiteral(
                       "the targets of %1 (their measured score was written as the task's score)")
                       .arg(countOf(targetsReplaced, QStringLiteral("touchpoint"),
                                    QStringLiteral("touchpoints"))));
    if (targetsRounded > 0)
        report.add(QStringLiteral(
                       "the exact targets of %1 (rounded to Mermaid's 1–5 score, 25 points a step)")
                       .arg(countOf(targetsRounded, QStringLiteral("touchpoint"),
                                    QStringLiteral("touchpoints"))));
    if (unscored > 0)
        report.add(QCoreApplication::translate("cxmap::MermaidFormat", "a score for %1 without answers or target (written as 3)")
                       .arg(countOf(unscored, QStringLiteral("touchpoint"),
                                    QStringLiteral("touchpoints"))));
    if (changed > 0)
        report.add(QStringLiteral("the exact spelling of %1 with characters Mermaid cannot show "
                                  "there (: ; # , } or line breaks, written as look-alikes)")
                       .arg(countOf(changed, QStringLiteral("name"), QStringLiteral("names"))));
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}

JourneyBundle MermaidFormat::parse(const QByteArray &data, const QString &name,
                                   FormatReport &report) const
{
    const QStringList lines = QString::fromUtf8(data).split(QLatin1Char('\n'));
    const auto fail = [&name](qsizetype line, const QString &what) {
        throw DocumentError(QStringLiteral("%1:%2: %3").arg(name).arg(line + 1).arg(what));
    };
    SequenceBuilder builder;
    Journey &journey = builder.journey();
    QString section;
    bool started = false;
    bool frontMatter = false;
    bool sawFrontMatter = false;
    bool inDescription = false;
    QStringList description;
    int moreActors = 0;
    int noActor = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i).trimmed();
        if (i == 0 && line.startsWith(QChar(0xfeff)))
            line.remove(0, 1);
        if (frontMatter) {
            if (line == QLatin1String("---"))
                frontMatter = false;
            else if (line.startsWith(QLatin1String("title:")))
                journey.setName(line.mid(6).trimmed().remove(QLatin1Char('"')));
            continue;
        }
        if (inDescription) {
            if (line.endsWith(QLatin1Char('}'))) {
                line.chop(1);
                inDescription = false;
            }
            if (inDescription || !line.trimmed().isEmpty())
                description.append(line.trimmed());
            continue;
        }
        if (line.isEmpty() || line.startsWith(QLatin1String("%%")))
            continue;
        if (!started) {
            if (line == QLatin1String("---") && !sawFrontMatter) {
                frontMatter = sawFrontMatter = true;
                continue;
            }
            if (line.section(QLatin1Char(' '), 0, 0) != QLatin1String("journey"))
                fail(i, QStringLiteral(
                            "not a Mermaid journey (it begins with \"%1\", not \"journey\")")
                            .arg(line.left(40)));
            started = true;
            continue;
        }
        const QString keyword = line.section(QLatin1Char(' '), 0, 0).toLower();
        if (keyword == QLatin1String("title")) {
            journey.setName(line.mid(5).trimmed());
        } else if (keyword == QLatin1String("section")) {
            section = line.mid(7).trimmed();
            if (section.isEmpty())
                fail(i, QCoreApplication::translate("cxmap::MermaidFormat", "a section without a name"));
            builder.stage(section);
        } else if (line.startsWith(QLatin1String("accTitle"), Qt::CaseInsensitive)) {
            continue;
        } else if (line.startsWith(QLatin1String("accDescr"), Qt::CaseInsensitive)) {
            const QString rest = line.mid(8).trimmed();
            if (rest.startsWith(QLatin1Char(':'))) {
                description.append(rest.mid(1).trimmed());
            } else if (rest.startsWith(QLatin1Char('{'))) {
                QString first = rest.mid(1);
                inDescription = !first.endsWith(QLatin1Char('}'));
                if (!inDescription)
                    first.chop(1);
                if (!first.trimmed().isEmpty())
                    description.append(first.trimmed());
            }
        } else {
            // A task: "name: score: actor, actor".
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            if (colon <= 0)
                fail(i, QStringLiteral(
                            "neither a section nor a task (\"name: score: actors\"): \"%1\"")
                            .arg(line.left(60)));
            Touchpoint t;
            t.name = line.left(colon).trimmed();
            if (t.name.startsWith(WordJoiner))
                t.name.remove(0, 1);
            const QString rest = line.mid(colon + 1);
            const QString scoreText = rest.section(QLatin1Char(':'), 0, 0).trimmed();
            bool ok = false;
            const double score = scoreText.toDouble(&ok);
            if (!ok || score < 1.0 || score > 5.0)
                fail(i, QCoreApplication::translate("cxmap::MermaidFormat", "task \"%1\": the score \"%2\" is not a number from 1 to 5")
                            .arg(t.name, scoreText));
            t.target = scoreFromRating(score);
            QStringList actors;
            for (const QString &actor : rest.section(QLatin1Char(':'), 1).split(QLatin1Char(',')))
                if (!actor.trimmed().isEmpty())
                    actors.append(actor.trimmed());
            if (actors.isEmpty())
                ++noActor;
            if (actors.size() > 1) {
                ++moreActors;
                t.notes = QStringLiteral("Actors: %1").arg(actors.join(QStringLiteral(", ")));
            }
            t.stage = builder.stage(section.isEmpty() ? QStringLiteral("Journey") : section);
            t.lane = builder.lane(actors.isEmpty() ? QStringLiteral("Unassigned") : actors.first());
            builder.append(t);
        }
    }
    if (!started)
        throw DocumentError(
            QCoreApplication::translate("cxmap::MermaidFormat", "%1:1: not a Mermaid journey (it has no \"journey\" line)").arg(name));
    if (moreActors > 0)
        report.add(
            QCoreApplication::translate("cxmap::MermaidFormat", "the further actors of %1 (the first is its lane; all are in its notes)")
                .arg(countOf(moreActors, QStringLiteral("task"), QStringLiteral("tasks"))));
    if (noActor > 0)
        report.add(QCoreApplication::translate("cxmap::MermaidFormat", "the lane of %1 without an actor (put in “Unassigned”)")
                       .arg(countOf(noActor, QStringLiteral("task"), QStringLiteral("tasks"))));
    journey.setDescription(description.join(QLatin1Char('\n')));
    JourneyBundle bundle;
    bundle.journey = builder.finish();
    return bundle;
}

} // namespace cxmap
