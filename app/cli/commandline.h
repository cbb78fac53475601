#pragma once

#include <QStringList>

namespace cxmap::cli {

/**
 * True unless the arguments open the editor (`cxmap`, `cxmap FILE`, `cxmap --present FILE`).
 * main() then creates only a QCoreApplication: no widgets, no display needed, and a mistyped
 * command is answered on the terminal.
 */
bool isHeadless(const QStringList &arguments);

/**
 * True for the headless commands that paint (export): they lay out text, which needs a
 * QGuiApplication, so main() gives them one on the offscreen platform, still without a display.
 */
bool paintsHeadless(const QStringList &arguments);

/** Runs a headless command; returns the process exit code. */
int run(const QStringList &arguments);

/** The usage text of `cxmap --help`. */
QString usage();

} // namespace cxmap::cli
