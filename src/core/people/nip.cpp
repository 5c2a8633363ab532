// SPDX-License-Identifier: GPL-3.0-or-later
#include "people/nip.hpp"

#include <algorithm>
#include <string>

#include "common/error.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"

namespace ziwb::core {

namespace {

constexpr std::size_t kNipDigits = 18;
constexpr int kFirstBirthYear = 1940;
constexpr int kLastBirthYear = 2015;
constexpr int kFirstAppointmentYear = 1960;
constexpr int kLastAppointmentYear = 2040;
constexpr int kYoungestAppointmentAge = 17;

/// The number written by `digits` (all ASCII digits, checked before).
int Number(std::string_view digits) {
    int value = 0;
    for (const char c : digits) {
        value = value * 10 + (c - '0');
    }
    return value;
}

bool IsLeapYear(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int DaysInMonth(int year, int month) {
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

/// What is wrong with `nip` (already without spaces), or empty when nothing is.
std::string NipProblem(const std::string& nip) {
    const auto not_digit = std::find_if(nip.begin(), nip.end(), [](char c) { return c < '0' || c > '9'; });
    if (not_digit != nip.end()) {
        return Tr("a NIP holds only digits (spaces are allowed), e.g. 198503152010011002");
    }
    if (nip.size() != kNipDigits) {
        return Format(Tr("it has {0} digits; a NIP has 18 (birth date, month of appointment, gender, sequence), "
                         "e.g. 198503152010011002"),
                      {std::to_string(nip.size())});
    }
    const std::string_view digits(nip);
    const int birth_year = Number(digits.substr(0, 4));
    const int birth_month = Number(digits.substr(4, 2));
    const int birth_day = Number(digits.substr(6, 2));
    if (birth_year < kFirstBirthYear || birth_year > kLastBirthYear || birth_month < 1 || birth_month > 12 ||
        birth_day < 1 || birth_day > DaysInMonth(birth_year, birth_month)) {
        return Format(Tr("its first 8 digits, {0}, are not a birth date YYYYMMDD between 1940 and 2015"),
                      {digits.substr(0, 8)});
    }
    const int appointment_year = Number(digits.substr(8, 4));
    const int appointment_month = Number(digits.substr(12, 2));
    if (appointment_year < kFirstAppointmentYear || appointment_year > kLastAppointmentYear || appointment_month < 1 ||
        appointment_month > 12) {
        return Format(Tr("digits 9-14, {0}, are not a month of appointment YYYYMM between 1960 and 2040"),
                      {digits.substr(8, 6)});
    }
    if (appointment_year < birth_year + kYoungestAppointmentAge) {
        return Format(Tr("its month of appointment {0} is less than 17 years after the birth date {1}"),
                      {digits.substr(8, 6), digits.substr(0, 8)});
    }
    if (digits[14] != '1' && digits[14] != '2') {
        return Format(Tr("digit 15, {0}, is the gender and must be 1 (male) or 2 (female)"), {digits.substr(14, 1)});
    }
    if (digits.substr(15) == "000") {
        return Tr("its last 3 digits, the sequence number, cannot be 000");
    }
    return {};
}

}  // namespace

std::string NormalizeNip(std::string_view nip) {
    std::string normal;
    normal.reserve(nip.size());
    std::copy_if(nip.begin(), nip.end(), std::back_inserter(normal), [](char c) { return c != ' '; });
    return normal;
}

void CheckNip(std::string_view nip) {
    const std::string normal = NormalizeNip(nip);
    if (const std::string problem = NipProblem(normal); !problem.empty()) {
        throw UserError(Format(Tr("the NIP '{0}' is not valid: {1}"), {OneLine(nip), problem}));
    }
}

bool IsValidNip(std::string_view nip) {
    return NipProblem(NormalizeNip(nip)).empty();
}

}  // namespace ziwb::core
