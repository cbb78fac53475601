#include "hashingdevice.h"

#ifdef CXMAP_OPENSSL_SHA256
#include <openssl/evp.h>
#else
#include <QCryptographicHash>
#endif

#include <stdexcept>

namespace cxmap {

#ifdef CXMAP_OPENSSL_SHA256

class HashingDevice::Hash
{
public:
    Hash()
        : m_context(EVP_MD_CTX_new())
    {
        if (!m_context || EVP_DigestInit_ex(m_context, EVP_sha256(), nullptr) != 1)
            throw std::runtime_error("cannot set up SHA-256");
    }
    ~Hash() { EVP_MD_CTX_free(m_context); }
    Hash(const Hash &) = delete;
    Hash &operator=(const Hash &) = delete;

    void add(const char *data, qint64 size) { EVP_DigestUpdate(m_context, data, size_t(size)); }

    QByteArray result() const
    {
        // Finishing consumes a context: finish a copy, so reading on stays possible.
        EVP_MD_CTX *copy = EVP_MD_CTX_new();
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        const bool ok = copy && EVP_MD_CTX_copy_ex(copy, m_context) == 1
            && EVP_DigestFinal_ex(copy, digest, &length) == 1;
        EVP_MD_CTX_free(copy);
        return ok ? QByteArray(reinterpret_cast<const char *>(digest), qsizetype(length)) : QByteArray();
    }

private:
    EVP_MD_CTX *m_context;
};

#else

class HashingDevice::Hash
{
public:
    void add(const char *data, qint64 size) { m_hash.addData(QByteArrayView(data, size)); }
    QByteArray result() const { return m_hash.result(); }

private:
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

#endif

HashingDevice::HashingDevice(QIODevice *source)
    : m_source(source)
    , m_hash(std::make_unique<Hash>())
{
    // Unbuffered: the reader asks for large chunks, which need no second copy here.
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

HashingDevice::~HashingDevice() = default;

QString HashingDevice::hexDigest() const
{
    return QString::fromLatin1(m_hash->result().toHex());
}

qint64 HashingDevice::readData(char *data, qint64 maxSize)
{
    const qint64 read = m_source->read(data, maxSize);
    if (read > 0)
        m_hash->add(data, read);
    return read;
}

} // namespace cxmap
