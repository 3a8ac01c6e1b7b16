#pragma once

#include <QString>

namespace rapport::server {

/**
 * False when the text holds a character that can forge or hide output on a terminal or in a
 * list: C0 and C1 controls, DEL, line and paragraph separators, bidi embeddings, overrides and
 * isolates, or a lone surrogate.
 */
[[nodiscard]] bool isPrintableText(const QString &text);
/** The text with those characters (and the backslash) written as escapes like \x1b or \u202e. */
[[nodiscard]] QString escapeForTerminal(const QString &text);

} // namespace rapport::server
