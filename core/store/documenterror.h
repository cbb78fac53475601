#pragma once

#include <QString>

#include <stdexcept>

namespace cxmap {

/**
 * A failure the user must be told about, as one line that names the file and the reason
 * ("d.cxmap: not a cxmap document (it is an SQLite database of another program)").
 * Thrown by the store and the importers; whatever was being changed is left as it was.
 */
class DocumentError : public std::runtime_error
{
public:
    explicit DocumentError(const QString &message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}

    QString message() const { return m_message; }

private:
    QString m_message;
};

} // namespace cxmap
