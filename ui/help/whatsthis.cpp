#include "whatsthis.h"

#include <QCoreApplication>

namespace cxmap::WhatsThis {

QString glossaryHref(const QString &term)
{
    return QStringLiteral("cxmap-guide:glossary.html#") + term;
}

QString text(const QString &title, const QString &body, const QString &term)
{
    return QStringLiteral("<p><b>%1</b></p><p>%2</p><p><a href=\"%3\">%4</a></p>")
        .arg(title.toHtmlEscaped(), body.toHtmlEscaped(), glossaryHref(term),
             QCoreApplication::translate("cxmap::WhatsThis", "How it is computed, in the user guide"));
}

} // namespace cxmap::WhatsThis
