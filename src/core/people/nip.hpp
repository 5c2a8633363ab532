#pragma once

#include <string>
#include <string_view>

namespace ziwb::core {

/// The NIP (Nomor Induk Pegawai) without the spaces people write in it ("1985 0315 2010 01 1 002").
[[nodiscard]] std::string NormalizeNip(std::string_view nip);

/// Refuses a NIP that cannot be a civil servant's, with one line saying which part is wrong: 18
/// digits, the birth date (YYYYMMDD, a real date), the month of appointment (YYYYMM, at least 17
/// years after birth), the gender digit (1 or 2) and a sequence number that is not 000.
void CheckNip(std::string_view nip);
[[nodiscard]] bool IsValidNip(std::string_view nip);

}  // namespace ziwb::core
