#include "journeyformat.h"

#include "store/documenterror.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace cxmap {

void FormatReport::add(const QString &item)
{
    if (!m_items.contains(item))
        m_items.append(item);
}

JourneyFormat::~JourneyFormat() = default;

QString JourneyFormat::nameFilter() const
{
    QStringList patterns;
    for (const QString &extension : extensions())
        patterns.append(QStringLiteral("*.") + extension);
    return QStringLiteral("%1 (%2)").arg(name(), patterns.join(QLatin1Char(' ')));
}

QString JourneyFormat::withExtension(const QString &path) const
{
    const QFileInfo info(path);
    const QString base =
        info.suffix().isEmpty() ? path : path.left(path.size() - info.suffix().size() - 1);
    return base + QLatin1Char('.') + extensions().constFirst();
}

bool JourneyFormat::supportsFile(const QString &path, const QByteArray &) const
{
    return extensions().contains(QFileInfo(path).suffix(), Qt::CaseInsensitive);
}

JourneyBundle JourneyFormat::read(const QString &path, FormatReport &, const ReadOptions &) const
{
    throw DocumentError(QCoreApplication::translate("cxmap::JourneyFormat", "%1: %2 files cannot be read").arg(path, name()));
}

void JourneyFormat::write(const JourneyBundle &, const QString &path, FormatReport &) const
{
    throw DocumentError(QCoreApplication::translate("cxmap::JourneyFormat", "%1: %2 files cannot be written").arg(path, name()));
}

JourneyBundle TextJourneyFormat::read(const QString &path, FormatReport &report,
                                      const ReadOptions &) const
{
    if (!hasCapabilities(Read))
        return JourneyFormat::read(path, report);
    QFile file(path);
    if (!file.exists())
        throw DocumentError(QCoreApplication::translate("cxmap::JourneyFormat", "%1: no such file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        throw DocumentError(QCoreApplication::translate("cxmap::JourneyFormat", "%1: cannot read it: %2").arg(path, file.errorString()));
    if (file.size() > MaximumFileSize)
        throw DocumentError(QCoreApplication::translate("cxmap::JourneyFormat", "%1: %2 MB is too large for a journey map")
                                .arg(path)
                                .arg(file.size() >> 20));
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        throw DocumentError(QCoreApplication::translate("cxmap::JourneyFormat", "%1: cannot read it: %2").arg(path, file.errorString()));
    JourneyBundle bundle = parse(data, path, report);
    requireConsistent(bundle.journey, path);
    return bundle;
}

void TextJourneyFormat::write(const JourneyBundle &bundle, const QString &path,
                              FormatReport &report) const
{
    if (!hasCapabilities(Write))
        return JourneyFormat::write(bundle, path, report);
    const QByteArray data = serialize(bundle, report);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        throw DocumentError(
            QCoreApplication::translate("cxmap::JourneyFormat", "%1: cannot write it: %2").arg(path, file.errorString()));
}

JourneyBundle TextJourneyFormat::parse(const QByteArray &, const QString &name,
                                       FormatReport &) const
{
    throw DocumentError(QCoreApplication::translate("cxmap::JourneyFormat", "%1: %2 files cannot be read").arg(name, this->name()));
}

QByteArray TextJourneyFormat::serialize(const JourneyBundle &, FormatReport &) const
{
    throw DocumentError(QCoreApplication::translate("cxmap::JourneyFormat", "%1 files cannot be written").arg(name()));
}

void requireConsistent(const Journey &journey, const QString &name)
{
    const QString problem = journey.checkConsistency();
    if (!problem.isEmpty())
        throw DocumentError(QStringLiteral("%1: %2").arg(name, problem));
}

} // namespace cxmap
