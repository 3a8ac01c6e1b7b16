#pragma once

#include "commands.h"

#include <boost/asio/ip/tcp.hpp>

#include <optional>
#include <variant>

namespace rapport::server {

/** `ADDRESS:PORT` (IPv6 in brackets) as serve's --listen takes it; nullopt when it is not one. */
[[nodiscard]] std::optional<boost::asio::ip::tcp::endpoint> parseListenAddress(const QString &text);

/**
 * Checks one option of `serve` (name without the dashes). Returns nullopt when the name is an
 * option of serve and the value one it accepts, else what is wrong in words, ready to follow
 * the option's name ("needs a whole number of at least 1, got \"two\"").
 */
[[nodiscard]] std::optional<QString> checkServeOption(const QString &name, const QString &value);

/**
 * Reads a server configuration file: one `key = value` per line, keys named like serve's long
 * options without the dashes, `#` starting a comment line, blank lines ignored. Every key and
 * value is checked like the command line's; the first problem is returned as a message naming
 * the file and the line ("/etc/rapport/server.conf:4: ...") and no option is returned then.
 */
[[nodiscard]] std::variant<Options, QString> readConfigFile(const QString &path);

/** The options of `serve`, as the help text and the error for an unknown key list them. */
[[nodiscard]] QStringList serveOptionNames();

} // namespace rapport::server
