#pragma once

#include <QString>

namespace cxmap::WhatsThis {

/**
 * A "What's this?" text (Shift+F1, or the ? of a dialog) that ends with a link to the term's
 * glossary entry in the user guide. HelpActions opens the guide when the link is clicked.
 * `term` is the glossary's anchor: "performance", "reach", "impact"…
 */
QString text(const QString &title, const QString &body, const QString &term);

/** The link's target as the What's-this event carries it: "cxmap-guide:glossary.html#reach". */
QString glossaryHref(const QString &term);

} // namespace cxmap::WhatsThis
