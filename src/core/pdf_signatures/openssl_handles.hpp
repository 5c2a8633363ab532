// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Owning handles for the OpenSSL objects of signature checking: each is freed by its own function
// when the handle goes out of scope, on every path, exceptions included.

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/ts.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>

#include <memory>

namespace ziwb::core::pdf_signatures {

struct BioFree {
    void operator()(BIO* bio) const { BIO_free(bio); }
};
struct CmsFree {
    void operator()(CMS_ContentInfo* cms) const { CMS_ContentInfo_free(cms); }
};
struct X509Free {
    void operator()(X509* certificate) const { X509_free(certificate); }
};
struct X509StackFree {
    void operator()(STACK_OF(X509) * certificates) const { sk_X509_pop_free(certificates, X509_free); }
};
/// A stack whose certificates belong to another object (CMS_get0_signers): only the stack is freed.
struct X509ShallowStackFree {
    void operator()(STACK_OF(X509) * certificates) const { sk_X509_free(certificates); }
};
struct X509StoreFree {
    void operator()(X509_STORE* store) const { X509_STORE_free(store); }
};
struct X509StoreContextFree {
    void operator()(X509_STORE_CTX* context) const { X509_STORE_CTX_free(context); }
};
struct MdContextFree {
    void operator()(EVP_MD_CTX* context) const { EVP_MD_CTX_free(context); }
};
struct TstInfoFree {
    void operator()(TS_TST_INFO* info) const { TS_TST_INFO_free(info); }
};

using BioPtr = std::unique_ptr<BIO, BioFree>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, CmsFree>;
using X509Ptr = std::unique_ptr<X509, X509Free>;
using X509StackPtr = std::unique_ptr<STACK_OF(X509), X509StackFree>;
using X509ShallowStackPtr = std::unique_ptr<STACK_OF(X509), X509ShallowStackFree>;
using X509StorePtr = std::unique_ptr<X509_STORE, X509StoreFree>;
using X509StoreContextPtr = std::unique_ptr<X509_STORE_CTX, X509StoreContextFree>;
using MdContextPtr = std::unique_ptr<EVP_MD_CTX, MdContextFree>;
using TstInfoPtr = std::unique_ptr<TS_TST_INFO, TstInfoFree>;

}  // namespace ziwb::core::pdf_signatures
