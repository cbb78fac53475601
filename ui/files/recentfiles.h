#pragma once

#include <QObject>
#include <QStringList>

namespace cxmap {

/** The most recently opened or saved documents, newest first, kept in the settings. */
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaximumCount = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    /** The list, without files that no longer exist. */
    QStringList files() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

Q_SIGNALS:
    void changed();

private:
    void store(const QStringList &files);
};

} // namespace cxmap
