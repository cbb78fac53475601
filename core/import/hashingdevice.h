#pragma once

#include <QIODevice>

#include <memory>

namespace cxmap {

/**
 * A read-only pass-through that hashes everything read through it, so an import learns the
 * file's SHA-256 (for its batch record and re-import detection) without a second pass.
 *
 * Uses OpenSSL's libcrypto where the build found it (SHA extensions: about 2 GB/s, where Qt
 * 6.4's own SHA-256 copies its input a byte at a time and costs a third of sqlite3's whole
 * `.import` of the same file); QCryptographicHash otherwise. Both give the standard digest.
 */
class HashingDevice : public QIODevice
{
public:
    explicit HashingDevice(QIODevice *source);
    ~HashingDevice() override;

    bool isSequential() const override { return true; }
    qint64 size() const override { return m_source->size(); }
    /** Hex SHA-256 of everything read so far: the whole file once read to the end. */
    QString hexDigest() const;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    class Hash;
    QIODevice *m_source;
    std::unique_ptr<Hash> m_hash;
};

} // namespace cxmap
