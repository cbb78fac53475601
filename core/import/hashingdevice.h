#pragma once

#include <QCryptographicHash>
#include <QIODevice>

namespace cxmap {

/**
 * A read-only pass-through that hashes everything read through it, so an import learns the
 * file's SHA-256 (for its batch record and re-import detection) without a second pass.
 */
class HashingDevice : public QIODevice
{
public:
    explicit HashingDevice(QIODevice *source);

    bool isSequential() const override { return true; }
    qint64 size() const override { return m_source->size(); }
    /** Hex SHA-256 of everything read so far: the whole file once read to the end. */
    QString hexDigest() const;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice *m_source;
    QCryptographicHash m_hash;
};

} // namespace cxmap
