#!/bin/sh
# Errors cross layers as codes: no code in the sync client or the UI finds out what went wrong
# by searching or comparing a message's words. This fails on any search or comparison with a
# literal of two or more words (e.g. reason.indexOf("could not be sent"),
# error.contains(QLatin1String("rejected the password"))) in those sources.
# Usage: check_errors_are_codes.sh <source dir>
set -eu
root=${1:?usage: check_errors_are_codes.sh <source dir>}
files=$(ls "$root"/sync/client/*.cpp "$root"/sync/client/*.h "$root"/qml/presentation/*.cpp \
            "$root"/qml/presentation/*.h "$root"/qml/*.qml 2>/dev/null || true)
if [ -z "$files" ]; then
    echo "no sources found under $root" >&2
    exit 2
fi
pattern='(\.(contains|indexOf|lastIndexOf|startsWith|endsWith|includes|match|search)\(|[=!]==? *)(QLatin1String|QStringLiteral|QLatin1StringView|u)?\(?"[^"]* [^"]*"'
# shellcheck disable=SC2086
if grep -nE "$pattern" $files; then
    echo "the lines above look for words in a message; pass a code (SyncError, a server error code) instead" >&2
    exit 1
fi
echo "checked $(echo "$files" | wc -l) files: no message text is searched"
