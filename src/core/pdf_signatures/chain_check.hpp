// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <ctime>
#include <string>

#include "pdf_signatures/openssl_handles.hpp"
#include "pdf_signatures/signature_report.hpp"
#include "pdf_signatures/trusted_roots.hpp"

namespace ziwb::core::pdf_signatures {

struct ChainCheck {
    ChainState state = ChainState::NotChecked;
    std::string problem;  ///< one translated line for UnknownCa and Invalid
};

/// Verifies that `leaf` leads, through the certificates the signature carries (`carried`), to a
/// root of `trust`, with every certificate valid at `at` (the time of signing, not today: a
/// certificate that has expired since does not undo a signature made while it was valid).
/// Revocation is not checked: this is offline. NotChecked when `trust` holds no root.
[[nodiscard]] ChainCheck CheckChain(const TrustStore& trust, X509* leaf, STACK_OF(X509) * carried, std::time_t at);

}  // namespace ziwb::core::pdf_signatures
