/*
 * ziwb_hub: the one check of the agency hub that SQL cannot make itself, Ed25519 signature
 * verification, as a PostgreSQL function. The hub's entry trigger (hub/migrations/) calls it so
 * that the server, not the client, refuses an entry whose signature does not hold.
 *
 * ziwb_ed25519_verify(public_key_hex text, message text, signature bytea) returns boolean
 *
 * It uses the OpenSSL the server itself links. Written in C, as PostgreSQL's function interface is.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"

#include <openssl/err.h>
#include <openssl/evp.h>

PG_MODULE_MAGIC;

PG_FUNCTION_INFO_V1(ziwb_ed25519_verify);

static int hex_value(char c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

Datum ziwb_ed25519_verify(PG_FUNCTION_ARGS) {
    text* key_text = PG_GETARG_TEXT_PP(0);
    text* message = PG_GETARG_TEXT_PP(1);
    bytea* signature = PG_GETARG_BYTEA_PP(2);
    unsigned char raw_key[32];
    const char* hex = VARDATA_ANY(key_text);
    EVP_PKEY* key = NULL;
    EVP_MD_CTX* context = NULL;
    bool valid = false;
    int i;

    if (VARSIZE_ANY_EXHDR(key_text) != 64 || VARSIZE_ANY_EXHDR(signature) != 64) {
        PG_RETURN_BOOL(false);
    }
    for (i = 0; i < 32; ++i) {
        const int high = hex_value(hex[2 * i]);
        const int low = hex_value(hex[2 * i + 1]);
        if (high < 0 || low < 0) {
            PG_RETURN_BOOL(false);
        }
        raw_key[i] = (unsigned char)(high * 16 + low);
    }
    key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, NULL, raw_key, sizeof raw_key);
    context = EVP_MD_CTX_new();
    valid = key != NULL && context != NULL && EVP_DigestVerifyInit(context, NULL, NULL, NULL, key) == 1 &&
            EVP_DigestVerify(context, (const unsigned char*)VARDATA_ANY(signature), VARSIZE_ANY_EXHDR(signature),
                             (const unsigned char*)VARDATA_ANY(message), VARSIZE_ANY_EXHDR(message)) == 1;
    EVP_MD_CTX_free(context);
    EVP_PKEY_free(key);
    ERR_clear_error();
    PG_RETURN_BOOL(valid);
}
