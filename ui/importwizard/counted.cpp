#include "counted.h"

#include <QLocale>

namespace cxmap {

QString counted(qint64 n, const QString &one, const QString &many)
{
    return n == 1 ? one : many.arg(QLocale().toString(n));
}

} // namespace cxmap
