// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include "common/error.hpp"
#include "common/po_catalog.hpp"
#include "common/text.hpp"
#include "io/csv.hpp"
#include "io/json.hpp"

namespace ziwb::core {
namespace {

class LanguageGuard {
public:
    explicit LanguageGuard(Language language) : m_saved(CurrentLanguage()) { SetLanguage(language); }
    ~LanguageGuard() { SetLanguage(m_saved); }

private:
    Language m_saved;
};

TEST(Text, FormatReplacesNumberedPlaceholders) {
    EXPECT_EQ(Format("{1} before {0}", {"a", "b"}), "b before a");
    EXPECT_EQ(Format("{0}{0} {2}", {"x", "y"}), "xx {2}");
    EXPECT_EQ(Format("braces {} stay", {"x"}), "braces {} stay");
}

TEST(Text, RoundHalfUpRoundsDecimalHalvesUp) {
    EXPECT_DOUBLE_EQ(RoundHalfUp(74.995, 2), 75.0);  // stored as 74.99499999...
    EXPECT_DOUBLE_EQ(RoundHalfUp(74.994, 2), 74.99);
    EXPECT_DOUBLE_EQ(RoundHalfUp(0.125, 2), 0.13);
    EXPECT_DOUBLE_EQ(RoundHalfUp(2.5, 0), 3.0);
}

TEST(Text, NumbersUseTheLanguagesDecimalMark) {
    {
        const LanguageGuard indonesian(Language::Indonesian);
        EXPECT_EQ(FormatNumber(75.5, 2), "75,50");
        EXPECT_EQ(FormatNumber(-0.001, 2), "0,00");
    }
    const LanguageGuard english(Language::English);
    EXPECT_EQ(FormatNumber(75.5, 2), "75.50");
}

TEST(Text, IndonesianIsTheDefaultAndEveryMessageHasATranslation) {
    const auto catalog = ParsePoCatalog(kIndonesianPo);
    ASSERT_GT(catalog.size(), 50u);
    for (const auto& [english, indonesian] : catalog) {
        EXPECT_FALSE(indonesian.empty()) << "untranslated: " << english;
    }
    const LanguageGuard indonesian(Language::Indonesian);
    EXPECT_NE(Tr("Completeness"), "Completeness");
    const LanguageGuard english(Language::English);
    EXPECT_EQ(Tr("Completeness"), "Completeness");
}

TEST(Text, PoParserReadsMultiLineAndEscapedEntries) {
    const auto catalog = ParsePoCatalog(
        "msgid \"\"\nmsgstr \"header\"\n\nmsgid \"a \\\"b\\\"\"\nmsgstr \"\"\n\"x\\n\"\n\"y\"\n\n#, fuzzy\nmsgid "
        "\"f\"\nmsgstr \"g\"\n");
    EXPECT_EQ(catalog.at("a \"b\""), "x\ny");
    EXPECT_EQ(catalog.count("f"), 0u) << "fuzzy entries are not used";
    EXPECT_EQ(catalog.count(""), 0u);
}

TEST(Csv, ReadsQuotesSeparatorsAndLineBreaks) {
    const auto rows = ParseCsv(
        "\xEF\xBB\xBF"
        "code,answer,note\r\nA,Ya,\"says \"\"hi\"\", then\nmore\"\r\n\r\nB,,\n",
        "t.csv");
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].fields, (std::vector<std::string>{"code", "answer", "note"}));
    EXPECT_EQ(rows[1].fields[2], "says \"hi\", then\nmore");
    EXPECT_EQ(rows[2].line, 5);
    EXPECT_EQ(rows[2].fields, (std::vector<std::string>{"B", "", ""}));
    const auto semicolons = ParseCsv("code;answer\nA.I.1.i.a;Ya\n", "s.csv");
    EXPECT_EQ(semicolons[1].fields, (std::vector<std::string>{"A.I.1.i.a", "Ya"}));
    EXPECT_THROW((void)ParseCsv("code,answer\nA,\"open\n", "bad.csv"), UserError);
}

TEST(Json, EscapesAndStaysValidForInvalidUtf8) {
    Json json = Json::object();
    json["s"] = "a\"b\\\n\x01";
    json["n"] = JsonNumber(0.5);
    json["x"] = JsonNumber(std::nullopt);
    json["w"] = JsonNumber(75.0);
    json["z"] = JsonNumber(-0.0);
    json["l"] = Json::array({1, true, nullptr});
    json["bad"] = std::string("caf\xC3 \xFF");
    EXPECT_EQ(DumpJson(json),
              "{\"s\":\"a\\\"b\\\\\\n\\u0001\",\"n\":0.5,\"x\":null,\"w\":75,\"z\":0,\"l\":[1,true,null],"
              "\"bad\":\"caf\xEF\xBF\xBD \xEF\xBF\xBD\"}");
}

}  // namespace
}  // namespace ziwb::core
