// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace ziwb::core {

/// The NIP (Nomor Induk Pegawai) without the spaces people write in it ("1985 0315 2010 01 1 002"),
/// so the same person is always stored and compared under the same 18 digits.
[[nodiscard]] std::string NormalizeNip(std::string_view nip);

/// Refuses a NIP that cannot be a civil servant's, with one line saying which part is wrong and
/// what it should be, because a mistyped NIP would otherwise name the wrong person in every signed
/// change. Spaces are ignored. The 18 digits are: the birth date YYYYMMDD (a real date, year
/// 1940-2015), the month of appointment (TMT CPNS) YYYYMM (year 1960-2040, at least 17 years after
/// birth), the gender digit (1 or 2) and a sequence number that is not 000.
void CheckNip(std::string_view nip);

/// Whether CheckNip would accept `nip`; for filters that must not throw.
[[nodiscard]] bool IsValidNip(std::string_view nip);

}  // namespace ziwb::core
