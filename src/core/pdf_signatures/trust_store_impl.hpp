// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>

#include "pdf_signatures/openssl_handles.hpp"
#include "pdf_signatures/trusted_roots.hpp"

namespace ziwb::core {

/// The OpenSSL side of a TrustStore, for the chain check only.
struct TrustStore::Impl {
    pdf_signatures::X509StorePtr store;
    std::size_t count = 0;
};

}  // namespace ziwb::core
