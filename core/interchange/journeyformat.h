#pragma once

#include "journeybundle.h"

#include <QByteArray>
#include <QFlags>
#include <QString>
#include <QStringList>

namespace cxmap {

/**
 * What a format could not keep, in the user's words ("the owners of 12 touchpoints"). Filled by
 * read and write and shown to the user: nothing a format cannot hold is lost silently.
 */
class FormatReport
{
public:
    /** Adds one item; an item already listed is not repeated. */
    void add(const QString &item);
    const QStringList &items() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }

private:
    QStringList m_items;
};

/** How a read should go. */
struct ReadOptions
{
    /**
     * Compute the measured scores where the file has answers (a .cxmap), for a format that
     * writes them; costs an analysis, so only asked for when the scores will be written.
     */
    bool scores = false;
};

/**
 * One journey file format, in the manner of Tiled's MapFormat (src/libtiled/mapformat.h): a
 * name, its file extensions, whether it reads and writes, and read and write through a
 * JourneyBundle. The registry (formatregistry.h) lists every format for the command line and the
 * GUI's file dialogs.
 *
 * Reading never changes anything: it returns a consistent bundle or throws DocumentError with
 * one line "<file>:<line>: <what is wrong>" (the line where the format has lines). Maps that
 * arrive without card positions are given a tidy layout (core/layout). Writing is atomic: the
 * target holds the whole new file or what it held before.
 */
class JourneyFormat
{
public:
    enum Capability { Read = 0x1, Write = 0x2, ReadWrite = Read | Write };
    Q_DECLARE_FLAGS(Capabilities, Capability)

    virtual ~JourneyFormat();

    /** Short name for `--from` and `--to`: "cxmap", "json", "cjml", "graphml", "mermaid"… */
    virtual QString id() const = 0;
    /** For people: "CJML 2.0 (XML)". */
    virtual QString name() const = 0;
    /** File extensions without the dot; the first is the one files are written with. */
    virtual QStringList extensions() const = 0;
    virtual Capabilities capabilities() const { return ReadWrite; }
    bool hasCapabilities(Capabilities wanted) const { return (capabilities() & wanted) == wanted; }
    /** "CJML 2.0 (XML) (*.xml *.cjml)", for file dialogs. */
    QString nameFilter() const;
    /** A file name with this format's first extension in place of `path`'s own. */
    QString withExtension(const QString &path) const;
    /**
     * Whether this format reads the file: by its extension, and by `head` (its first bytes)
     * where formats share one (.xml).
     */
    virtual bool supportsFile(const QString &path, const QByteArray &head) const;
    /** Whether written files show measured scores (bundle.scores). */
    virtual bool writesScores() const { return false; }

    virtual JourneyBundle read(const QString &path, FormatReport &report,
                               const ReadOptions &options = {}) const;
    virtual void write(const JourneyBundle &bundle, const QString &path,
                       FormatReport &report) const;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(JourneyFormat::Capabilities)

/** A format whose files are text, read and written whole in memory. */
class TextJourneyFormat : public JourneyFormat
{
public:
    /** A journey map file larger than this is refused before it is read. */
    static constexpr qint64 MaximumFileSize = qint64(64) << 20;

    JourneyBundle read(const QString &path, FormatReport &report,
                       const ReadOptions &options = {}) const override;
    void write(const JourneyBundle &bundle, const QString &path,
               FormatReport &report) const override;

    /** Reads a map from the file's bytes; `name` is used in messages. Throws DocumentError. */
    virtual JourneyBundle parse(const QByteArray &data, const QString &name,
                                FormatReport &report) const;
    /** The file's bytes for the bundle. */
    virtual QByteArray serialize(const JourneyBundle &bundle, FormatReport &report) const;
};

/** Throws DocumentError "<name>: <problem>" when the read journey is not consistent. */
void requireConsistent(const Journey &journey, const QString &name);

} // namespace cxmap
