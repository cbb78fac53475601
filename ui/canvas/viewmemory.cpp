#include "viewmemory.h"

#include "journeyview.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>

namespace cxmap::ViewMemory {

namespace {

// A bounded number of maps remembered: the oldest views are forgotten first.
constexpr int Remembered = 50;

QString keyOf(const QString &path)
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    const QByteArray hash = QCryptographicHash::hash((canonical.isEmpty() ? path : canonical).toUtf8(),
                                                     QCryptographicHash::Sha1);
    return QStringLiteral("views/") + QString::fromLatin1(hash.toHex().left(16));
}

} // namespace

void save(const JourneyView *view, const QString &path)
{
    if (path.isEmpty() || !view->journeyScene())
        return;
    QSettings settings;
    const QString key = keyOf(path);
    settings.setValue(key + QStringLiteral("/fitted"), view->isFitted());
    settings.setValue(key + QStringLiteral("/zoom"), view->zoom());
    settings.setValue(key + QStringLiteral("/centre"), view->sceneCentre());
    QStringList order = settings.value(QStringLiteral("views/order")).toStringList();
    order.removeAll(key);
    order.prepend(key);
    while (order.size() > Remembered)
        settings.remove(order.takeLast());
    settings.setValue(QStringLiteral("views/order"), order);
}

void restore(JourneyView *view, const QString &path)
{
    const QSettings settings;
    const QString key = keyOf(path);
    if (path.isEmpty() || !settings.contains(key + QStringLiteral("/zoom"))
        || settings.value(key + QStringLiteral("/fitted")).toBool()) {
        view->fitToWindow();
        return;
    }
    view->showAt(settings.value(key + QStringLiteral("/zoom")).toDouble(),
                 settings.value(key + QStringLiteral("/centre")).toPointF());
}

} // namespace cxmap::ViewMemory
