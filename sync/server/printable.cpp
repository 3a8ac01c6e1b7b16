#include "printable.h"

namespace rapport::server {

namespace {

bool unsafe(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || (c >= 0x202a && c <= 0x202e)
        || (c >= 0x2066 && c <= 0x2069) || (c >= 0xd800 && c <= 0xdfff);
}

/** Calls f with each code point; a lone surrogate comes through as itself (QString::toUcs4 would hide it). */
template<class F>
void forEachPoint(const QString &text, F f)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            f(QChar::surrogateToUcs4(ch, text.at(i + 1)));
            ++i;
        } else {
            f(char32_t(ch.unicode()));
        }
    }
}

} // namespace

bool isPrintableText(const QString &text)
{
    bool ok = true;
    forEachPoint(text, [&ok](char32_t c) { ok = ok && !unsafe(c); });
    return ok;
}

QString escapeForTerminal(const QString &text)
{
    QString out;
    out.reserve(text.size());
    forEachPoint(text, [&out](char32_t c) {
        if (c == U'\\')
            out += QLatin1String("\\\\");
        else if (unsafe(c))
            out += QString::fromLatin1(c <= 0xff ? "\\x%1" : "\\u%1").arg(uint(c), c <= 0xff ? 2 : 4, 16, QLatin1Char('0'));
        else
            out += QString::fromUcs4(&c, 1);
    });
    return out;
}

} // namespace rapport::server
