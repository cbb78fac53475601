#include "touchpoint.h"

namespace cxmap {

QString kindToString(TouchpointKind kind)
{
    return kind == TouchpointKind::Indirect ? QStringLiteral("indirect") : QStringLiteral("direct");
}

std::optional<TouchpointKind> kindFromString(const QString &text)
{
    const QString key = text.trimmed().toLower();
    if (key.isEmpty() || key == QLatin1String("direct"))
        return TouchpointKind::Direct;
    if (key == QLatin1String("indirect"))
        return TouchpointKind::Indirect;
    return std::nullopt;
}

} // namespace cxmap
