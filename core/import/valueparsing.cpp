#include "valueparsing.h"

#include <charconv>
#include <cmath>
#include <string>

namespace cxmap::ValueParsing {

namespace {

QByteArrayView trimmed(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads 1 to `maxDigits` digits at `pos`; advances `pos`.
std::optional<int> digits(QByteArrayView text, qsizetype &pos, int minDigits, int maxDigits)
{
    int value = 0;
    int count = 0;
    while (pos < text.size() && count < maxDigits && isDigit(text[pos])) {
        value = value * 10 + (text[pos] - '0');
        ++pos;
        ++count;
    }
    if (count < minDigits)
        return std::nullopt;
    return value;
}

bool expect(QByteArrayView text, qsizetype &pos, char c)
{
    if (pos < text.size() && text[pos] == c) {
        ++pos;
        return true;
    }
    return false;
}

// "HH:MM[:SS[.fraction]][ AM|PM][Z|±HH[:]MM]" from `pos` to the end; seconds of day minus offset.
std::optional<qint64> parseTime(QByteArrayView text, qsizetype pos, bool *hasZone)
{
    const std::optional<int> hour = digits(text, pos, 1, 2);
    if (!hour || !expect(text, pos, ':'))
        return std::nullopt;
    const std::optional<int> minute = digits(text, pos, 2, 2);
    if (!minute)
        return std::nullopt;
    int second = 0;
    if (expect(text, pos, ':')) {
        const std::optional<int> parsed = digits(text, pos, 2, 2);
        if (!parsed)
            return std::nullopt;
        second = *parsed;
        if (expect(text, pos, '.') || expect(text, pos, ','))
            while (pos < text.size() && isDigit(text[pos]))
                ++pos;
    }
    int h = *hour;
    while (pos < text.size() && text[pos] == ' ')
        ++pos;
    if (pos + 1 < text.size() && (text[pos + 1] == 'M' || text[pos + 1] == 'm')) {
        const char meridiem = char(text[pos] | 0x20);
        if ((meridiem != 'a' && meridiem != 'p') || h < 1 || h > 12)
            return std::nullopt;
        h = (h % 12) + (meridiem == 'p' ? 12 : 0);
        pos += 2;
    }
    qint64 offset = 0;
    if (pos < text.size() && (text[pos] == 'Z' || text[pos] == 'z')) {
        ++pos;
        *hasZone = true;
    } else if (pos < text.size() && (text[pos] == '+' || text[pos] == '-')) {
        *hasZone = true;
        const int sign = text[pos] == '-' ? -1 : 1;
        ++pos;
        const std::optional<int> offsetHours = digits(text, pos, 2, 2);
        expect(text, pos, ':');
        const std::optional<int> offsetMinutes = digits(text, pos, 2, 2);
        if (!offsetHours || !offsetMinutes || *offsetHours > 14 || *offsetMinutes > 59)
            return std::nullopt;
        offset = sign * (*offsetHours * 3600 + *offsetMinutes * 60);
    }
    if (pos != text.size() || h > 23 || *minute > 59 || second > 60)
        return std::nullopt;
    return qint64(h) * 3600 + *minute * 60 + std::min(second, 59) - offset;
}

} // namespace

std::optional<double> parseNumber(QByteArrayView text, bool commaDecimal)
{
    text = trimmed(text);
    if (text.isEmpty() || text.size() > 40)
        return std::nullopt;
    if (text.front() == '+')
        text = text.sliced(1);
    double value = 0.0;
    if (commaDecimal && text.contains(',')) {
        std::string copy(text.data(), size_t(text.size()));
        for (char &c : copy)
            if (c == ',')
                c = '.';
        const auto [end, error] = std::from_chars(copy.data(), copy.data() + copy.size(), value);
        if (error != std::errc() || end != copy.data() + copy.size() || !std::isfinite(value))
            return std::nullopt;
        return value;
    }
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<double> leadingNumber(QByteArrayView text)
{
    text = trimmed(text);
    qsizetype end = 0;
    if (end < text.size() && text[end] == '-')
        ++end;
    while (end < text.size() && (isDigit(text[end]) || text[end] == '.'))
        ++end;
    if (end == 0 || end == text.size())
        return std::nullopt;
    // Something must separate the number from the label: "5 - Very", "10 = Extremely", "5. Very".
    const char next = text[end];
    if (next != ' ' && next != '-' && next != '=' && next != ':' && next != '(')
        return std::nullopt;
    return parseNumber(text.first(end));
}

std::optional<qint64> daysFromCivil(int year, int month, int day)
{
    static constexpr int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1)
        return std::nullopt;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (day > monthDays[month - 1] + (month == 2 && leap ? 1 : 0))
        return std::nullopt;
    // Howard Hinnant's days_from_civil.
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yearOfEra = y - era * 400;
    const int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return qint64(era) * 146097 + dayOfEra - 719468;
}

std::optional<qint64> parseTimestamp(QByteArrayView text, DateOrder order)
{
    const std::optional<ParsedTimestamp> parsed = parseTimestampWithZone(text, order);
    return parsed ? std::optional<qint64>(parsed->seconds) : std::nullopt;
}

std::optional<ParsedTimestamp> parseTimestampWithZone(QByteArrayView text, DateOrder order)
{
    text = trimmed(text);
    if (text.size() < 8 || text.size() > 40)
        return std::nullopt;
    qsizetype pos = 0;
    std::optional<int> year, month, day;
    const std::optional<int> first = digits(text, pos, 1, 4);
    if (!first || pos >= text.size())
        return std::nullopt;
    const char separator = text[pos];
    if (pos == 4 && (separator == '-' || separator == '/')) {
        // Year first: ISO 8601 or 2026/03/14.
        ++pos;
        year = first;
        month = digits(text, pos, 1, 2);
        if (!expect(text, pos, separator))
            return std::nullopt;
        day = digits(text, pos, 1, 2);
    } else if (pos <= 2 && (separator == '/' || separator == '.' || separator == '-')) {
        ++pos;
        const std::optional<int> second = digits(text, pos, 1, 2);
        if (!expect(text, pos, separator))
            return std::nullopt;
        year = digits(text, pos, 4, 4);
        const bool dayFirst = separator == '.' || order == DateOrder::DayFirst;
        day = dayFirst ? first : second;
        month = dayFirst ? second : first;
    } else {
        return std::nullopt;
    }
    if (!year || !month || !day)
        return std::nullopt;
    const std::optional<qint64> days = daysFromCivil(*year, *month, *day);
    if (!days)
        return std::nullopt;
    ParsedTimestamp result{*days * 86400, false};
    if (pos < text.size()) {
        if (text[pos] != 'T' && text[pos] != 't' && text[pos] != ' ')
            return std::nullopt;
        while (pos < text.size() && (text[pos] == ' ' || text[pos] == 'T' || text[pos] == 't'))
            ++pos;
        const std::optional<qint64> time = parseTime(text, pos, &result.hasZone);
        if (!time)
            return std::nullopt;
        result.seconds += *time;
    }
    return result;
}

} // namespace cxmap::ValueParsing
