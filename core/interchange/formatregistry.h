#pragma once

#include "journeyformat.h"

#include <QList>

namespace cxmap {

/**
 * Every journey format cxmap knows, for the command line (`convert`, `new --from`) and the GUI's
 * Import Map… and Export Map… dialogs, which list the same formats from here.
 */
namespace FormatRegistry {

/** In the order dialogs list them: the .cxmap document first, then the interchange formats. */
const QList<const JourneyFormat *> &formats();

/** The format with this id ("json", "cjml"…), or nullptr. */
const JourneyFormat *byId(const QString &id);

/**
 * The format a file is in, from its extension and, where extensions are shared (.xml), its first
 * bytes; nullptr when no format with those capabilities claims it.
 */
const JourneyFormat *forFile(const QString &path, JourneyFormat::Capabilities wanted);

/** "id (name)" of every format with the capabilities, for messages and --help. */
QStringList describe(JourneyFormat::Capabilities wanted);

/** File-dialog filters of the formats with the capabilities, ";;"-separated. */
QString nameFilters(JourneyFormat::Capabilities wanted);
/** The format whose nameFilter() is `filter`, or nullptr. */
const JourneyFormat *byNameFilter(const QString &filter);

} // namespace FormatRegistry
} // namespace cxmap
