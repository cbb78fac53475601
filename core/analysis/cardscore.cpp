#include "cardscore.h"

#include <QCoreApplication>

#include <cmath>

namespace cxmap {

QString CardScore::badgeValue() const
{
    return scaleValue.isEmpty() ? QString::number(qRound(performance)) : scaleValue;
}

QString CardScore::countText() const
{
    return nUnknown ? QStringLiteral("n ?") : QStringLiteral("n ") + compactCount(n);
}

QString compactCount(qint64 count)
{
    if (count < 1000)
        return QString::number(count);
    // One decimal below ten thousands ("7.2k"), none above ("72k"), so it never grows past four.
    auto scaled = [](double value, const char *suffix) {
        const double rounded = value < 9.95 ? std::round(value * 10.0) / 10.0 : std::round(value);
        const QString number = rounded < 10.0 ? QString::number(rounded, 'f', 1) : QString::number(qint64(rounded));
        return (number.endsWith(QLatin1String(".0")) ? number.chopped(2) : number) + QLatin1String(suffix);
    };
    if (count < 999'500)
        return scaled(double(count) / 1e3, "k");
    if (count < 999'500'000)
        return scaled(double(count) / 1e6, "M");
    return scaled(double(count) / 1e9, "G");
}

QString evidenceText(EvidenceLevel level)
{
    switch (level) {
    case EvidenceLevel::Solid:
        return QCoreApplication::translate("cxmap::Cardscore", "solid evidence");
    case EvidenceLevel::Thin:
        return QCoreApplication::translate("cxmap::Cardscore", "thin evidence");
    case EvidenceLevel::None:
        break;
    }
    return QCoreApplication::translate("cxmap::Cardscore", "no evidence");
}

} // namespace cxmap
