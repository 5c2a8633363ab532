// SPDX-License-Identifier: GPL-3.0-or-later
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
#include <string.h>

PG_MODULE_MAGIC;

PG_FUNCTION_INFO_V1(ziwb_ed25519_verify);

/* A server process checks many entries by the same few people: their parsed keys are kept (a
 * backend is single-threaded, and these live as long as it does). Making an EVP_PKEY costs more
 * than verifying with it. */
#define KEY_CACHE_SIZE 64

typedef struct {
    unsigned char raw[32];
    EVP_PKEY* key;
    EVP_MD_CTX* prepared; /* initialised for verifying with `key`: copying it skips the provider lookups */
} CachedKey;

static CachedKey key_cache[KEY_CACHE_SIZE];
static int key_cache_next = 0;
static EVP_MD_CTX* verify_context = NULL;

static const CachedKey* cached_key(const unsigned char raw[32]) {
    int i;
    for (i = 0; i < KEY_CACHE_SIZE; ++i) {
        if (key_cache[i].key != NULL && memcmp(key_cache[i].raw, raw, 32) == 0) {
            return &key_cache[i];
        }
    }
    {
        EVP_PKEY* key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, NULL, raw, 32);
        EVP_MD_CTX* prepared = EVP_MD_CTX_new();
        CachedKey* slot = &key_cache[key_cache_next];
        if (key == NULL || prepared == NULL || EVP_DigestVerifyInit(prepared, NULL, NULL, NULL, key) != 1) {
            EVP_MD_CTX_free(prepared);
            EVP_PKEY_free(key);
            return NULL;
        }
        key_cache_next = (key_cache_next + 1) % KEY_CACHE_SIZE;
        EVP_MD_CTX_free(slot->prepared);
        EVP_PKEY_free(slot->key);
        memcpy(slot->raw, raw, 32);
        slot->key = key;
        slot->prepared = prepared;
        return slot;
    }
}

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
    const CachedKey* cached = NULL;
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
    cached = cached_key(raw_key);
    if (verify_context == NULL) {
        verify_context = EVP_MD_CTX_new();
    }
    valid = cached != NULL && verify_context != NULL && EVP_MD_CTX_copy_ex(verify_context, cached->prepared) == 1 &&
            EVP_DigestVerify(verify_context, (const unsigned char*)VARDATA_ANY(signature), VARSIZE_ANY_EXHDR(signature),
                             (const unsigned char*)VARDATA_ANY(message), VARSIZE_ANY_EXHDR(message)) == 1;
    ERR_clear_error();
    PG_RETURN_BOOL(valid);
}
