#include "mapinterchange.h"

#include "documentcontroller.h"
#include "prompts.h"

#include "analysis/findings.h"
#include "analysis/findingscache.h"
#include "interchange/formatregistry.h"
#include "store/datatables.h"
#include "store/documenterror.h"
#include "store/documentfile.h"

#include <QDir>
#include <QFileInfo>

namespace cxmap {

namespace {

QString listed(const FormatReport &report)
{
    QStringList lines;
    for (const QString &item : report.items())
        lines.append(QStringLiteral("• ") + item);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

MapInterchange::MapInterchange(DocumentController *documents, QObject *parent)
    : QObject(parent)
    , m_documents(documents)
{}

Prompts *MapInterchange::prompts() const
{
    return m_documents->prompts();
}

QString MapInterchange::folder() const
{
    return m_documents->file() ? QFileInfo(m_documents->file()->path()).absolutePath()
                               : QDir::homePath();
}

bool MapInterchange::importMap(const QString &sourcePath, const QString &targetPath)
{
    if (!m_documents->maybeSave())
        return false;
    QString source = sourcePath;
    if (source.isEmpty()) {
        source =
            prompts()->askImportMapPath(folder(), FormatRegistry::nameFilters(JourneyFormat::Read) +
                                                      QStringLiteral(";;") + tr("All files (*)"));
        if (source.isEmpty())
            return false;
    }
    const JourneyFormat *format = FormatRegistry::forFile(source, JourneyFormat::Read);
    if (!format) {
        prompts()->showError(
            tr("%1: not a map format cxmap reads (%2)")
                .arg(QDir::toNativeSeparators(source),
                     FormatRegistry::describe(JourneyFormat::Read).join(QStringLiteral(", "))));
        return false;
    }
    FormatReport readReport;
    FormatReport writeReport;
    JourneyBundle bundle;
    try {
        bundle = format->read(source, readReport);
    } catch (const DocumentError &error) {
        prompts()->showError(error.message());
        return false;
    }
    if (bundle.journey.name().isEmpty())
        bundle.journey.setName(QFileInfo(source).completeBaseName());
    QString target = targetPath;
    if (target.isEmpty()) {
        target = prompts()->askSavePath(
            FormatRegistry::byId(QStringLiteral("cxmap"))->withExtension(source));
        if (target.isEmpty())
            return false;
    }
    try {
        FormatRegistry::byId(QStringLiteral("cxmap"))->write(bundle, target, writeReport);
    } catch (const DocumentError &error) {
        prompts()->showError(error.message());
        return false;
    }
    if (!m_documents->openCreated(target))
        return false;
    Q_EMIT statusMessage(
        tr("Imported %1 (%2) into %3")
            .arg(QFileInfo(source).fileName(), format->name(), QDir::toNativeSeparators(target)));
    for (const QString &item : writeReport.items())
        readReport.add(item);
    if (!readReport.isEmpty())
        prompts()->showInformation(tr("Map imported"),
                                   tr("%1 was imported. It held what the map cannot keep:")
                                       .arg(QFileInfo(source).fileName()),
                                   listed(readReport));
    return true;
}

bool MapInterchange::exportMap(const QString &pathGiven)
{
    if (!m_documents->document())
        return false;
    const JourneyFormat *format = nullptr;
    QString path = pathGiven;
    if (path.isEmpty()) {
        QStringList filters;
        for (const JourneyFormat *candidate : FormatRegistry::formats())
            if (candidate->hasCapabilities(JourneyFormat::Write) &&
                candidate->id() != QLatin1String("cxmap"))
                filters.append(candidate->nameFilter());
        QString filter = m_lastExportFilter.isEmpty()
                             ? FormatRegistry::byId(QStringLiteral("graphml"))->nameFilter()
                             : m_lastExportFilter;
        const QString base =
            m_documents->file()
                ? m_documents->file()->path()
                : QDir(folder()).filePath(m_documents->document()->journey().name());
        format = FormatRegistry::byNameFilter(filter);
        path = prompts()->askExportMapPath(format->withExtension(base),
                                           filters.join(QStringLiteral(";;")), &filter);
        if (path.isEmpty())
            return false;
        m_lastExportFilter = filter;
        format = FormatRegistry::byNameFilter(filter);
        // A name without the type's extension gets it, so the file opens where it should.
        if (format && !format->extensions().contains(QFileInfo(path).suffix(), Qt::CaseInsensitive))
            path += QLatin1Char('.') + format->extensions().constFirst();
    }
    if (!format)
        format = FormatRegistry::forFile(path, JourneyFormat::Write);
    if (!format || format->id() == QLatin1String("cxmap")) {
        prompts()->showError(
            tr("%1: choose a map format to export to (%2)")
                .arg(QDir::toNativeSeparators(path),
                     FormatRegistry::describe(JourneyFormat::Write).join(QStringLiteral(", "))));
        return false;
    }

    JourneyBundle bundle;
    bundle.journey = m_documents->document()->journey();
    FormatReport report;
    try {
        if (DocumentFile *file = m_documents->file()) {
            bundle.metrics = readMetrics(file->database());
            bundle.segments = readSegments(file->database());
            bundle.storedAnswers = readDataCounts(file->database()).measurements;
            if (format->writesScores() && bundle.storedAnswers > 0) {
                const Findings findings =
                    FindingsCache::findingsFor(*file, bundle.journey, AnalysisRequest{});
                for (const TouchpointFinding &finding : findings.touchpoints)
                    if (finding.performance.n > 0)
                        bundle.scores.insert(finding.id, TouchpointScore{finding.performance.mean,
                                                                         finding.performance.n,
                                                                         finding.reliable});
            }
        }
        format->write(bundle, path, report);
    } catch (const DocumentError &error) {
        prompts()->showError(error.message());
        return false;
    } catch (const SqliteError &failure) {
        prompts()->showError(m_documents->file()->error(tr("cannot read it"), failure).message());
        return false;
    }
    Q_EMIT statusMessage(
        tr("Exported the map to %1 (%2)").arg(QDir::toNativeSeparators(path), format->name()));
    if (!report.isEmpty())
        prompts()->showInformation(tr("Map exported"),
                                   tr("The map was exported to %1. %2 cannot keep:")
                                       .arg(QFileInfo(path).fileName(), format->name()),
                                   listed(report));
    return true;
}

} // namespace cxmap
