// SPDX-License-Identifier: GPL-3.0-or-later
// The log's canonical JSON reader against its definition: the bytes nlohmann::json's dump() writes
// (keys sorted) for what nlohmann::json parses, with no fractions and nesting at most 12 deep. The
// reader must accept exactly those texts, and read them to the same value, whatever the input.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "common/error.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "log/canonical_json.hpp"
#include "log/log_entry.hpp"

namespace ziwb::core {
namespace {

using Json = nlohmann::json;
constexpr int kDepth = 12;

int Depth(const Json& value) {
    int deepest = 0;
    if (value.is_structured()) {
        for (const Json& child : value) {
            deepest = std::max(deepest, Depth(child));
        }
        return deepest + 1;
    }
    return 0;
}

bool HasFloat(const Json& value) {
    if (value.is_number_float()) {
        return true;
    }
    return value.is_structured() && std::any_of(value.begin(), value.end(), HasFloat);
}

/// The definition: what the text means when it is canonical, nullopt when it is not.
std::optional<Json> Reference(const std::string& text) {
    if (!IsValidUtf8(text)) {
        return std::nullopt;
    }
    Json parsed = Json::parse(text, nullptr, false);
    if (parsed.is_discarded() || HasFloat(parsed) || Depth(parsed) > kDepth || parsed.dump() != text) {
        return std::nullopt;
    }
    return parsed;
}

/// The reader, behind the UTF-8 check its callers make once for a whole text (DecodeEntry).
std::optional<Json> Read(const std::string& text) {
    if (!IsValidUtf8(text)) {
        return std::nullopt;
    }
    try {
        return ParseCanonicalJson(text, kDepth);
    } catch (const LogFormatError&) {
        return std::nullopt;
    }
}

/// Same kind of number too: nlohmann reads 5 as unsigned and -5 as signed, and so must the reader.
bool SameValue(const Json& left, const Json& right) {
    if (left.type() != right.type()) {
        return false;
    }
    if (left.is_object()) {
        if (left.size() != right.size()) {
            return false;
        }
        for (auto l = left.begin(), r = right.begin(); l != left.end(); ++l, ++r) {
            if (l.key() != r.key() || !SameValue(*l, *r)) {
                return false;
            }
        }
        return true;
    }
    if (left.is_array()) {
        if (left.size() != right.size()) {
            return false;
        }
        for (std::size_t i = 0; i < left.size(); ++i) {
            if (!SameValue(left[i], right[i])) {
                return false;
            }
        }
        return true;
    }
    return left == right;
}

void ExpectAgreement(const std::string& text) {
    const auto expected = Reference(text);
    const auto actual = Read(text);
    ASSERT_EQ(actual.has_value(), expected.has_value()) << (expected ? "refused: " : "accepted: ") << text;
    if (expected) {
        EXPECT_TRUE(SameValue(*actual, *expected)) << text;
    }
}

std::string RandomText(std::mt19937_64& random) {
    static const std::vector<std::string> pieces = {"a",    "Z",    "~",    "/",  "\"", "\\",
                                                    "\b",   "\f",   "\n",   "\r", "\t", std::string(1, '\0'),
                                                    "\x01", "\x1f", "\x7f", "é",  "✓",  "😀"};
    std::string text;
    const auto length = random() % 6;
    for (std::size_t i = 0; i < length; ++i) {
        text += pieces[random() % pieces.size()];
    }
    return text;
}

Json RandomValue(std::mt19937_64& random, int depth) {
    switch (random() % (depth > 4 ? 5 : 7)) {
        case 0: return nullptr;
        case 1: return random() % 2 == 0;
        case 2: {
            static const std::vector<std::int64_t> edges = {0, 1, -1, 9, 10, -10, INT64_MIN, INT64_MAX};
            return random() % 2 == 0 ? Json(edges[random() % edges.size()]) : Json(static_cast<std::int64_t>(random()));
        }
        case 3: return random() % 2 == 0 ? Json(std::uint64_t{UINT64_MAX}) : Json(random());
        case 4: return RandomText(random);
        case 5: {
            Json object = Json::object();
            for (auto n = random() % 4; n > 0; --n) {
                object[RandomText(random)] = RandomValue(random, depth + 1);
            }
            return object;
        }
        default: {
            Json array = Json::array();
            for (auto n = random() % 4; n > 0; --n) {
                array.push_back(RandomValue(random, depth + 1));
            }
            return array;
        }
    }
}

TEST(CanonicalJson, ReadsEveryCanonicalTextBackToItsValue) {
    std::mt19937_64 random(20261203);
    for (int i = 0; i < 3000; ++i) {
        const Json value = RandomValue(random, 0);
        const std::string text = value.dump();
        const auto read = Read(text);
        ASSERT_TRUE(read.has_value()) << text;
        EXPECT_EQ(*read, value) << text;
        ExpectAgreement(text);  // and of the same kind of number as nlohmann reads it
    }
}

TEST(CanonicalJson, AgreesWithTheDefinitionOnMutatedTexts) {
    // Each canonical text is changed by one byte (inserted, removed or replaced) from the bytes that
    // matter to JSON; both must then say the same: refused, or accepted as the same value.
    static const std::string alphabet = " \t\n\"\\/,:{}[]-+.eE0123456789uabfnrtAFxZ\x01\x1f\x7f";
    std::mt19937_64 random(7);
    int accepted = 0;
    for (int i = 0; i < 30000; ++i) {
        std::string text = RandomValue(random, 0).dump();
        const std::size_t at = random() % (text.size() + 1);
        const char byte = alphabet[random() % alphabet.size()];
        switch (random() % 3) {
            case 0: text.insert(at, 1, byte); break;
            case 1:
                if (at < text.size()) {
                    text.erase(at, 1);
                }
                break;
            default:
                if (at < text.size()) {
                    text[at] = byte;
                }
                break;
        }
        ExpectAgreement(text);
        accepted += Reference(text) ? 1 : 0;
        if (HasFailure()) {
            return;
        }
    }
    // Mutations that stay canonical (a letter for a letter) must be among them, or the test says little.
    EXPECT_GT(accepted, 1000);
    EXPECT_LT(accepted, 25000);
}

TEST(CanonicalJson, EachSecondSpellingIsRefused) {
    for (const char* text : {
             R"({"a":1 })",
             " {}",
             "{}\n",
             R"({"b":1,"a":2})",
             R"({"a":1,"a":1})",
             "[1, 2]",
             R"("\/")",
             R"("\u0041")",
             R"("\u000A")",
             R"("\u000a")",
             R"("\u001F")",
             R"("\u00e9")",
             R"("\ud83d\ude00")",
             "-0",
             "01",
             "1.0",
             "1e2",
             "1E2",
             "18446744073709551616",
             "-9223372036854775809",
             "+1",
             "tru",
             "nul",
             "[1,]",
             R"({"a"})",
             "{,}",
             "\"\x01\"",
             R"("abc)",
             "[",
             "{}{}",
             "",
         }) {
        ExpectAgreement(text);
        EXPECT_FALSE(Read(text).has_value()) << text;
    }
    for (const char* text : {"{}", "[]", R"("\u001f")", R"("\u0000")", R"("\b\f\n\r\t\"\\")", "\"\x7f\"",
                             "18446744073709551615", "-9223372036854775808", R"({"":0,"a":[true,false,null]})"}) {
        ExpectAgreement(text);
        EXPECT_TRUE(Read(text).has_value()) << text;
    }
}

TEST(CanonicalJson, NestingIsBoundedBeforeItCanExhaustTheStack) {
    SetLanguage(Language::English);  // the messages are checked in English
    std::string twelve = std::string(12, '[') + std::string(12, ']');
    EXPECT_TRUE(Read(twelve).has_value());
    EXPECT_FALSE(Read("[" + twelve + "]").has_value());
    try {
        (void)ParseCanonicalJson(std::string(100000, '[') + std::string(100000, ']'), kDepth);
        ADD_FAILURE() << "a body nested 100000 deep was read";
    } catch (const LogFormatError& error) {
        EXPECT_NE(std::string(error.what()).find("nested too deeply"), std::string::npos) << error.what();
    }
}

TEST(CanonicalJson, SaysWhatIsWrong) {
    SetLanguage(Language::English);
    const auto problem = [](const std::string& text) {
        try {
            (void)ParseCanonicalJson(text, kDepth);
        } catch (const LogFormatError& error) {
            return std::string(error.what());
        }
        return std::string("accepted");
    };
    EXPECT_NE(problem("[1.5]").find("fractional"), std::string::npos);
    EXPECT_NE(problem("[18446744073709551616]").find("64 bits"), std::string::npos);
    EXPECT_NE(problem(R"({"a":1, "b":2})").find("canonical"), std::string::npos);
    EXPECT_NE(problem(R"({"b":1,"a":2})").find("canonical"), std::string::npos);
    EXPECT_NE(problem(R"({"a":)").find("not a JSON object"), std::string::npos);
}

}  // namespace
}  // namespace ziwb::core
