#include "printable.h"

namespace cxmap {

namespace {

bool needsEscape(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) // C0, DEL, C1
           || (c >= 0x200b && c <= 0x200f)      // zero-width marks, LRM, RLM
           || (c >= 0x2028 && c <= 0x202e)      // line and paragraph separators, embeddings
           || (c >= 0x2066 && c <= 0x2069)      // isolates
           || c == 0xfeff;                      // a byte order mark inside text
}

} // namespace

QString printable(QStringView text)
{
    qsizetype first = 0;
    while (first < text.size() && !needsEscape(text[first].unicode()))
        ++first;
    if (first == text.size())
        return text.toString();

    QString result = text.first(first).toString();
    result.reserve(text.size() + 8);
    for (qsizetype i = first; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (!needsEscape(c)) {
            result.append(text[i]);
            continue;
        }
        switch (c) {
        case u'\n':
            result.append(u"\\n");
            break;
        case u'\r':
            result.append(u"\\r");
            break;
        case u'\t':
            result.append(u"\\t");
            break;
        default:
            if (c <= 0xff)
                result.append(QStringLiteral("\\x%1").arg(int(c), 2, 16, QLatin1Char('0')));
            else
                result.append(QStringLiteral("\\u%1").arg(int(c), 4, 16, QLatin1Char('0')));
        }
    }
    return result;
}

QString quoted(QStringView text)
{
    return QLatin1Char('"') + printable(text) + QLatin1Char('"');
}

} // namespace cxmap
