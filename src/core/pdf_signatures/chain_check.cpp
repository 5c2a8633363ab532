// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdf_signatures/chain_check.hpp"

#include <openssl/err.h>

#include "common/text.hpp"
#include "pdf_signatures/pdf_date.hpp"
#include "pdf_signatures/trust_store_impl.hpp"

namespace ziwb::core::pdf_signatures {

ChainCheck CheckChain(const TrustStore& trust, X509* leaf, STACK_OF(X509) * carried, std::time_t at) {
    ChainCheck check;
    X509_STORE* store = trust.Get().store.get();
    if (store == nullptr || trust.Count() == 0 || leaf == nullptr) {
        return check;
    }
    const X509StoreContextPtr context(X509_STORE_CTX_new());
    if (!context || X509_STORE_CTX_init(context.get(), store, leaf, carried) != 1) {
        ERR_clear_error();
        check.state = ChainState::Invalid;
        check.problem = Tr("the certificate chain could not be checked (out of memory)");
        return check;
    }
    X509_STORE_CTX_set_time(context.get(), 0, at);
    if (X509_verify_cert(context.get()) == 1) {
        check.state = ChainState::Verified;
        ERR_clear_error();
        return check;
    }
    const int error = X509_STORE_CTX_get_error(context.get());
    ERR_clear_error();
    switch (error) {
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
        case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
            check.state = ChainState::UnknownCa;
            check.problem =
                Tr("the signer's certificate does not lead to a root you trust ('ziwb pdf trust add' adds "
                   "one)");
            break;
        case X509_V_ERR_CERT_HAS_EXPIRED:
        case X509_V_ERR_CERT_NOT_YET_VALID:
            check.state = ChainState::Invalid;
            check.problem =
                Format(Tr("a certificate of the chain was not valid at the time of signing ({0})"), {IsoUtc(at)});
            break;
        default:
            check.state = ChainState::Invalid;
            check.problem =
                Format(Tr("the certificate chain does not hold: {0}"), {X509_verify_cert_error_string(error)});
            break;
    }
    return check;
}

}  // namespace ziwb::core::pdf_signatures
