#include "people/nip.hpp"

#include <algorithm>

#include "common/error.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"

namespace ziwb::core {
namespace {

int Number(std::string_view digits) {
    int value = 0;
    for (const char c : digits) {
        value = value * 10 + (c - '0');
    }
    return value;
}

int DaysInMonth(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return month == 2 && leap ? 29 : kDays[month - 1];
}

// The reason a NIP is not valid, or empty.
std::string Problem(std::string_view nip) {
    if (nip.size() != 18 || !std::all_of(nip.begin(), nip.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return Tr("a NIP is 18 digits");
    }
    const int birth_year = Number(nip.substr(0, 4));
    const int birth_month = Number(nip.substr(4, 2));
    const int birth_day = Number(nip.substr(6, 2));
    if (birth_year < 1940 || birth_year > 2015 || birth_month < 1 || birth_month > 12 || birth_day < 1 ||
        birth_day > DaysInMonth(birth_year, birth_month)) {
        return Tr("its first 8 digits are not a date of birth (YYYYMMDD)");
    }
    const int start_year = Number(nip.substr(8, 4));
    const int start_month = Number(nip.substr(12, 2));
    if (start_year < 1960 || start_year > 2040 || start_month < 1 || start_month > 12 || start_year < birth_year + 17) {
        return Tr("digits 9 to 14 are not the month of appointment (YYYYMM, at least 17 years after birth)");
    }
    if (nip[14] != '1' && nip[14] != '2') {
        return Tr("digit 15 is the gender, 1 or 2");
    }
    if (nip.substr(15) == "000") {
        return Tr("the last 3 digits, the sequence number, cannot be 000");
    }
    return {};
}

}  // namespace

std::string NormalizeNip(std::string_view nip) {
    std::string normal;
    for (const char c : nip) {
        if (c != ' ' && c != '.' && c != '-') {
            normal += c;
        }
    }
    return normal;
}

void CheckNip(std::string_view nip) {
    const std::string problem = Problem(nip);
    if (!problem.empty()) {
        throw UserError(Format(Tr("'{0}' is not a valid NIP: {1}"), {OneLine(nip), problem}));
    }
}

bool IsValidNip(std::string_view nip) {
    return Problem(nip).empty();
}

}  // namespace ziwb::core
