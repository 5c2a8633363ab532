// SPDX-License-Identifier: GPL-3.0-or-later
// The batch verifier's arithmetic and its verdicts, checked against libsodium's own (Debian's full
// build): field operations, point decoding and encoding, scalar and multi-scalar multiplication,
// and batches of real signatures with every kind of damage.
#include "ed25519/batch_verify.hpp"

#include <gtest/gtest.h>
#include <sodium.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "ed25519/edwards_point.hpp"
#include "ed25519/field_element.hpp"
#include "ed25519/little_endian.hpp"
#include "ed25519/multi_scalar.hpp"
#include "ed25519/scalar.hpp"

namespace ziwb::core::ed25519 {
namespace {

bool SodiumReady() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

FieldElement RandomField() {
    std::array<std::uint8_t, 32> bytes{};
    randombytes_buf(bytes.data(), bytes.size());
    bytes[31] &= 0x7F;
    FieldElement out;
    if (!FromBytesCanonical(bytes.data(), out)) {
        return FieldFromSmall(7);  // 2^-250 of the draws
    }
    return out;
}

std::array<std::uint8_t, 32> RandomReducedScalar() {
    std::array<std::uint8_t, 64> wide{};
    randombytes_buf(wide.data(), wide.size());
    std::array<std::uint8_t, 32> scalar{};
    crypto_core_ed25519_scalar_reduce(scalar.data(), wide.data());
    return scalar;
}

std::array<std::uint8_t, 32> Encoded(const std::string& hex) {
    std::array<std::uint8_t, 32> bytes{};
    for (std::size_t i = 0; i < 32; ++i) {
        bytes[i] = static_cast<std::uint8_t>(std::stoi(hex.substr(2 * i, 2), nullptr, 16));
    }
    return bytes;
}

TEST(Field, ArithmeticAgreesWithItself) {
    ASSERT_TRUE(SodiumReady());
    for (int round = 0; round < 200; ++round) {
        const FieldElement a = RandomField();
        const FieldElement b = RandomField();
        EXPECT_TRUE(Equal(Square(a), Mul(a, a)));
        EXPECT_TRUE(Equal(Sub(Add(a, b), b), a));
        EXPECT_TRUE(Equal(Add(a, Negate(a)), FieldZero()));
        EXPECT_TRUE(Equal(Mul(Add(a, b), Sub(a, b)), Sub(Square(a), Square(b))));
        if (!IsZero(a)) {
            EXPECT_TRUE(Equal(Mul(a, Invert(a)), FieldOne()));
        }
        FieldElement back;
        ASSERT_TRUE(FromBytesCanonical(ToBytes(a).data(), back));
        EXPECT_TRUE(Equal(back, a));
    }
}

TEST(Field, ConstantsAreWhatTheyClaim) {
    ASSERT_TRUE(SodiumReady());
    const CurveConstants& c = Constants();
    EXPECT_TRUE(Equal(Square(c.sqrt_m1), Negate(FieldOne())));
    EXPECT_TRUE(Equal(Mul(c.d, FieldFromSmall(121666)), Negate(FieldFromSmall(121665))));
    // d as RFC 8032 prints it (little-endian bytes).
    EXPECT_EQ(ToBytes(c.d), Encoded("a3785913ca4deb75abd841414d0a700098e879777940c78c73fe6f2bee6c0352"));
}

TEST(Field, OnlyCanonicalEncodingsAreRead) {
    ASSERT_TRUE(SodiumReady());
    // p, p + 1 and 2^255 - 1 are not canonical; p - 1 is.
    FieldElement out;
    EXPECT_FALSE(
        FromBytesCanonical(Encoded("edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f").data(), out));
    EXPECT_FALSE(
        FromBytesCanonical(Encoded("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f").data(), out));
    EXPECT_FALSE(
        FromBytesCanonical(Encoded("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f").data(), out));
    ASSERT_TRUE(
        FromBytesCanonical(Encoded("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f").data(), out));
    EXPECT_TRUE(Equal(Add(out, FieldOne()), FieldZero()));
}

TEST(Points, ScalarMultiplesOfTheBaseMatchLibsodium) {
    ASSERT_TRUE(SodiumReady());
    for (int round = 0; round < 40; ++round) {
        const auto scalar = RandomReducedScalar();
        std::array<std::uint8_t, 32> expected{};
        ASSERT_EQ(crypto_scalarmult_ed25519_base_noclamp(expected.data(), scalar.data()), 0);
        const EdwardsPoint point = ScalarMul(BasePoint(), ScalarFromBytes(scalar.data()));
        EXPECT_EQ(Encode(point), expected);
        EdwardsPoint decoded;
        ASSERT_TRUE(Decode(expected.data(), decoded));
        EXPECT_EQ(Encode(decoded), expected);
        EXPECT_FALSE(HasSmallOrder(decoded));
    }
    // L B is the identity; (L - 1) B is -B.
    EXPECT_TRUE(IsIdentity(ScalarMul(BasePoint(), GroupOrder())));
    auto order_less_one = GroupOrder();
    order_less_one[0] -= 1;
    EXPECT_EQ(Encode(ScalarMul(BasePoint(), order_less_one)), Encode(NegatePoint(BasePoint())));
}

TEST(Points, AdditionMatchesLibsodium) {
    ASSERT_TRUE(SodiumReady());
    for (int round = 0; round < 40; ++round) {
        std::array<std::uint8_t, 32> p{};
        std::array<std::uint8_t, 32> q{};
        crypto_core_ed25519_random(p.data());
        crypto_core_ed25519_random(q.data());
        std::array<std::uint8_t, 32> sum{};
        std::array<std::uint8_t, 32> difference{};
        ASSERT_EQ(crypto_core_ed25519_add(sum.data(), p.data(), q.data()), 0);
        ASSERT_EQ(crypto_core_ed25519_sub(difference.data(), p.data(), q.data()), 0);
        EdwardsPoint pp;
        EdwardsPoint qq;
        ASSERT_TRUE(Decode(p.data(), pp));
        ASSERT_TRUE(Decode(q.data(), qq));
        EXPECT_EQ(Encode(Add(pp, qq)), sum);
        EXPECT_EQ(Encode(SubCached(pp, ToCached(qq))), difference);
        EXPECT_EQ(Encode(Double(pp)), Encode(Add(pp, pp)));
    }
}

TEST(Points, DecodingRefusesWhatLibsodiumRefuses) {
    ASSERT_TRUE(SodiumReady());
    EdwardsPoint point;
    // The identity (y = 1) and the point of order 2 (y = -1) decode, and have small order.
    ASSERT_TRUE(Decode(Encoded("0100000000000000000000000000000000000000000000000000000000000000").data(), point));
    EXPECT_TRUE(HasSmallOrder(point));
    ASSERT_TRUE(Decode(Encoded("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f").data(), point));
    EXPECT_TRUE(HasSmallOrder(point));
    // x = 0 with the sign bit set ("-0") is not canonical.
    EXPECT_FALSE(Decode(Encoded("0100000000000000000000000000000000000000000000000000000000000080").data(), point));
    // y = p + 1 (the identity's y, not reduced) is not canonical.
    EXPECT_FALSE(Decode(Encoded("eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f").data(), point));
    // y = 2 is not on the curve; libsodium says so as well.
    const auto two = Encoded("0200000000000000000000000000000000000000000000000000000000000000");
    EXPECT_FALSE(Decode(two.data(), point));
    EXPECT_EQ(crypto_core_ed25519_is_valid_point(two.data()), 0);
}

TEST(Scalars, ReductionMatchesLibsodium) {
    ASSERT_TRUE(SodiumReady());
    for (int round = 0; round < 100; ++round) {
        std::array<std::uint8_t, 64> wide{};
        randombytes_buf(wide.data(), wide.size());
        std::array<std::uint8_t, 32> expected{};
        crypto_core_ed25519_scalar_reduce(expected.data(), wide.data());
        Wide<8> words{};
        ReadLittleEndian(wide.data(), words);
        EXPECT_EQ(ReduceModOrder(words), ScalarFromBytes(expected.data()));
    }
    std::array<std::uint8_t, 32> order{};
    std::memcpy(order.data(), GroupOrder().data(), 32);  // little-endian words on x86-64
    EXPECT_FALSE(IsCanonicalScalar(order.data()));
    order[0] -= 1;
    EXPECT_TRUE(IsCanonicalScalar(order.data()));
}

TEST(Scalars, MultiplyAccumulateMatchesLibsodium) {
    ASSERT_TRUE(SodiumReady());
    // (x y + z) mod L through the wide sum, against libsodium's scalar arithmetic.
    for (int round = 0; round < 50; ++round) {
        const auto x = RandomReducedScalar();
        const auto y = RandomReducedScalar();
        const auto z = RandomReducedScalar();
        std::array<std::uint8_t, 32> expected{};
        crypto_core_ed25519_scalar_mul(expected.data(), x.data(), y.data());
        crypto_core_ed25519_scalar_add(expected.data(), expected.data(), z.data());
        Wide<9> sum{};
        const Wide<4> z_words = ScalarFromBytes(z.data());
        std::copy(z_words.begin(), z_words.end(), sum.begin());
        MultiplyAccumulate(sum, ScalarFromBytes(x.data()), ScalarFromBytes(y.data()));
        EXPECT_EQ(ReduceModOrder(sum), ScalarFromBytes(expected.data()));
    }
}

TEST(MultiScalar, EqualsTheSumOfSingleMultiplications) {
    ASSERT_TRUE(SodiumReady());
    // Sizes around every window width the method picks, scalars with high and low bits set, of 128
    // bits (the factors) and 253 bits (the keys' sums).
    for (const int bits : {128, 253}) {
        for (const std::size_t n : {1U, 2U, 3U, 31U, 32U, 127U, 128U, 300U}) {
            std::vector<EdwardsPoint> points(n);
            std::vector<std::array<std::uint64_t, 4>> scalars(n);
            for (auto& scalar : scalars) {
                if (bits == 128) {
                    randombytes_buf(scalar.data(), 2 * sizeof(scalar[0]));
                } else {
                    scalar = ScalarFromBytes(RandomReducedScalar().data());
                }
            }
            scalars[0] =
                bits == 128 ? std::array<std::uint64_t, 4>{~std::uint64_t{0}, ~std::uint64_t{0}, 0, 0} : GroupOrder();
            scalars[0][0] -= bits == 128 ? 0 : 1;  // L - 1, the largest reduced scalar
            EdwardsPoint expected = Identity();
            for (std::size_t i = 0; i < n; ++i) {
                std::array<std::uint8_t, 32> encoding{};
                crypto_core_ed25519_random(encoding.data());
                ASSERT_TRUE(Decode(encoding.data(), points[i]));
                expected = Add(expected, ScalarMul(points[i], scalars[i]));
            }
            EXPECT_EQ(Encode(MultiScalarMul(points, scalars, bits)), Encode(expected)) << n << " points, " << bits;
        }
    }
}

struct Signed {
    std::string key;
    std::string message;
    std::string signature;
};

std::vector<Signed> SignMany(std::size_t count, std::size_t signers) {
    std::vector<std::pair<std::string, std::string>> keys;
    for (std::size_t i = 0; i < signers; ++i) {
        std::string public_key(crypto_sign_PUBLICKEYBYTES, '\0');
        std::string secret_key(crypto_sign_SECRETKEYBYTES, '\0');
        crypto_sign_keypair(reinterpret_cast<unsigned char*>(public_key.data()),
                            reinterpret_cast<unsigned char*>(secret_key.data()));
        keys.emplace_back(public_key, secret_key);
    }
    std::vector<Signed> out;
    for (std::size_t i = 0; i < count; ++i) {
        const auto& [public_key, secret_key] = keys[i % signers];
        Signed item{public_key,
                    R"({"entry":)" + std::to_string(i) + R"(,"note":")" + std::string(i % 97, 'x') + R"("})",
                    std::string(crypto_sign_BYTES, '\0')};
        crypto_sign_detached(reinterpret_cast<unsigned char*>(item.signature.data()), nullptr,
                             reinterpret_cast<const unsigned char*>(item.message.data()), item.message.size(),
                             reinterpret_cast<const unsigned char*>(secret_key.data()));
        out.push_back(std::move(item));
    }
    return out;
}

std::vector<SignatureToCheck> Views(const std::vector<Signed>& items) {
    std::vector<SignatureToCheck> views;
    views.reserve(items.size());
    for (const auto& item : items) {
        views.push_back({item.key, item.message, item.signature});
    }
    return views;
}

TEST(BatchVerify, GoodSignaturesHoldTogether) {
    ASSERT_TRUE(SodiumReady());
    EXPECT_TRUE(AllHold({}));
    for (const std::size_t n : {1U, 2U, 64U, 257U}) {
        const auto items = SignMany(n, 5);
        EXPECT_TRUE(AllHold(Views(items))) << n;
        const auto each = EachHolds(Views(items));
        EXPECT_EQ(std::count(each.begin(), each.end(), 1), static_cast<long>(n));
    }
}

TEST(BatchVerify, EveryKindOfDamageIsFoundAndNamed) {
    ASSERT_TRUE(SodiumReady());
    const auto good = SignMany(150, 4);
    struct Damage {
        const char* what;
        void (*apply)(Signed&);
    };
    const Damage damages[] = {
        {"a bit of the message", [](Signed& s) { s.message[3] = static_cast<char>(s.message[3] ^ 0x10); }},
        {"a bit of R", [](Signed& s) { s.signature[5] = static_cast<char>(s.signature[5] ^ 0x01); }},
        {"a bit of S", [](Signed& s) { s.signature[40] = static_cast<char>(s.signature[40] ^ 0x02); }},
        {"a bit of the key", [](Signed& s) { s.key[9] = static_cast<char>(s.key[9] ^ 0x04); }},
        {"the signature of another entry", [](Signed& s) { s.message += " "; }},
        {"S + L, the same S not reduced",
         [](Signed& s) {
             // S + L < 2^256 for every S < 2^253 - L: the equation holds, the encoding is refused.
             Wide<5> sum{};
             const Wide<4> value = ScalarFromBytes(reinterpret_cast<const std::uint8_t*>(s.signature.data() + 32));
             std::copy(value.begin(), value.end(), sum.begin());
             MultiplyAccumulate(sum, std::array<std::uint64_t, 1>{1}, GroupOrder());
             std::memcpy(s.signature.data() + 32, sum.data(), 32);
         }},
        {"R of small order (the identity)",
         [](Signed& s) {
             std::memset(s.signature.data(), 0, 32);
             s.signature[0] = 1;
         }},
        {"a key of small order",
         [](Signed& s) {
             s.key.assign(32, '\0');
             s.key[0] = 1;
         }},
    };
    for (const auto& damage : damages) {
        for (const std::size_t victim : {0U, 77U, 149U}) {
            auto items = good;
            damage.apply(items[victim]);
            const auto views = Views(items);
            EXPECT_EQ(
                crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(items[victim].signature.data()),
                                            reinterpret_cast<const unsigned char*>(items[victim].message.data()),
                                            items[victim].message.size(),
                                            reinterpret_cast<const unsigned char*>(items[victim].key.data())),
                -1)
                << damage.what;
            EXPECT_FALSE(AllHold(views)) << damage.what << " in signature " << victim;
            const auto each = EachHolds(views);
            for (std::size_t i = 0; i < each.size(); ++i) {
                EXPECT_EQ(each[i] != 0, i != victim) << damage.what << " in signature " << victim << ", seen at " << i;
            }
        }
    }
}

TEST(BatchVerify, ManySignersInOneRun) {
    ASSERT_TRUE(SodiumReady());
    auto items = SignMany(300, 300);
    EXPECT_TRUE(AllHold(Views(items)));
    items[123].message += "!";
    const auto each = EachHolds(Views(items));
    for (std::size_t i = 0; i < each.size(); ++i) {
        EXPECT_EQ(each[i] != 0, i != 123) << i;
    }
}

/// A signature by the secret scalar `a` for the key aB + `torsion`, made by hand as RFC 8032 signs
/// (S = r + k a with k = SHA-512(R || key || message)).
Signed SignWithKeyPlus(const EdwardsPoint& torsion) {
    const auto a = RandomReducedScalar();
    const auto r = RandomReducedScalar();
    const EdwardsPoint key = Add(ScalarMul(BasePoint(), ScalarFromBytes(a.data())), torsion);
    const auto key_bytes = Encode(key);
    const auto r_bytes = Encode(ScalarMul(BasePoint(), ScalarFromBytes(r.data())));
    const std::string message = "catatan";
    std::array<std::uint8_t, 64> digest{};
    crypto_hash_sha512_state state;
    crypto_hash_sha512_init(&state);
    crypto_hash_sha512_update(&state, r_bytes.data(), r_bytes.size());
    crypto_hash_sha512_update(&state, key_bytes.data(), key_bytes.size());
    crypto_hash_sha512_update(&state, reinterpret_cast<const unsigned char*>(message.data()), message.size());
    crypto_hash_sha512_final(&state, digest.data());
    std::array<std::uint8_t, 32> k{};
    crypto_core_ed25519_scalar_reduce(k.data(), digest.data());
    std::array<std::uint8_t, 32> s{};
    crypto_core_ed25519_scalar_mul(s.data(), k.data(), a.data());
    crypto_core_ed25519_scalar_add(s.data(), s.data(), r.data());
    Signed item;
    item.key.assign(reinterpret_cast<const char*>(key_bytes.data()), key_bytes.size());
    item.message = message;
    item.signature.assign(reinterpret_cast<const char*>(r_bytes.data()), r_bytes.size());
    item.signature.append(reinterpret_cast<const char*>(s.data()), s.size());
    return item;
}

TEST(BatchVerify, AKeyWithASmallOrderPartIsNoKey) {
    ASSERT_TRUE(SodiumReady());
    // The hand-made signing is right: with a key of order L it holds, as libsodium agrees.
    const Signed plain = SignWithKeyPlus(Identity());
    EXPECT_TRUE(AllHold(Views({plain})));
    EXPECT_EQ(
        crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(plain.signature.data()),
                                    reinterpret_cast<const unsigned char*>(plain.message.data()), plain.message.size(),
                                    reinterpret_cast<const unsigned char*>(plain.key.data())),
        0);
    // The point of order 2, (0, -1), added to the key: [8] would hide it in the equation, so the
    // key itself is refused, as libsodium refuses such a key for most messages.
    EdwardsPoint order_two;
    ASSERT_TRUE(Decode(Encoded("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f").data(), order_two));
    for (int round = 0; round < 8; ++round) {
        EXPECT_FALSE(AllHold(Views({SignWithKeyPlus(order_two)})));
    }
}

TEST(BatchVerify, TwoWrongsDoNotMakeARight) {
    ASSERT_TRUE(SodiumReady());
    // Two signatures of one key with their S swapped: each equation is off by the same amount in
    // opposite directions, so a plain sum of the equations would hold. The random factors do not
    // let the errors cancel.
    auto items = SignMany(2, 1);
    const std::string first_s = items[0].signature.substr(32);
    items[0].signature.replace(32, 32, items[1].signature.substr(32));
    items[1].signature.replace(32, 32, first_s);
    EXPECT_FALSE(AllHold(Views(items)));
    EXPECT_EQ(EachHolds(Views(items)), (std::vector<char>{0, 0}));
}

TEST(BatchVerify, WrongSizesAreRefused) {
    ASSERT_TRUE(SodiumReady());
    auto items = SignMany(3, 2);
    items[1].signature.pop_back();
    EXPECT_FALSE(AllHold(Views(items)));
    const auto each = EachHolds(Views(items));
    EXPECT_EQ(each, (std::vector<char>{1, 0, 1}));
}

}  // namespace
}  // namespace ziwb::core::ed25519
