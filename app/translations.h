#pragma once

class QCoreApplication;

namespace cxmap {

/**
 * Installs the translations for the system's locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG):
 * Qt's own (dialog buttons, shortcuts) from Qt's folder, and cxmap's compiled in under :/i18n/.
 * A locale without a translation keeps the English text. Headless commands get them too.
 */
void installTranslations(QCoreApplication &app);

} // namespace cxmap
