#pragma once

#include <QObject>
#include <QString>

namespace cxmap {

class DocumentController;
class JourneyFormat;
class Prompts;

/**
 * File → Import Map… and Export Map…: maps in the interchange formats of core/interchange,
 * listed from the same registry as `cxmap convert`.
 *
 * Importing makes a new .cxmap from the file (its answers, if the format carries any, come
 * along) and opens it; a file that cannot be read is one message and nothing is made. Exporting
 * writes the open map, with its scores where the format shows them. Either way what the format
 * could not keep is listed to the user.
 */
class MapInterchange : public QObject
{
    Q_OBJECT

public:
    MapInterchange(DocumentController *documents, QObject *parent = nullptr);

    /** Asks for the file and the new .cxmap where not given. */
    bool importMap(const QString &source = {}, const QString &target = {});
    /** Asks for the file and its format where not given; the format follows the name otherwise. */
    bool exportMap(const QString &path = {});

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    Prompts *prompts() const;
    QString folder() const;

    DocumentController *m_documents;
    QString m_lastExportFilter;
};

} // namespace cxmap
