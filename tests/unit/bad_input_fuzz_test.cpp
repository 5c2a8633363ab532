// SPDX-License-Identifier: GPL-3.0-or-later
// Random damage to every text the core parses must end in a clear error or a valid result, never a
// crash, a hang or undefined behaviour (the test suite runs under ASan and UBSan).
#include <gtest/gtest.h>

#include <random>

#include "common/error.hpp"
#include "form/form_loader.hpp"
#include "test_support.hpp"
#include "workspace/answer_import.hpp"

namespace ziwb::core {
namespace {

std::string Mutate(std::string text, std::mt19937& random) {
    const int edits = 1 + static_cast<int>(random() % 4);
    for (int e = 0; e < edits && !text.empty(); ++e) {
        const std::size_t at = random() % text.size();
        switch (random() % 5) {
            case 0: text[at] = static_cast<char>(random() % 256); break;                         // flip a byte
            case 1: text.erase(at, 1 + random() % 40); break;                                    // cut
            case 2: text.insert(at, text.substr(random() % text.size(), random() % 80)); break;  // repeat
            case 3: text.insert(at, std::string(1, "<>\"=&/;,.-0123456789"[random() % 20])); break;
            default: text.resize(at); break;  // truncate
        }
    }
    return text;
}

TEST(BadInputFuzz, DamagedFormsAreRefusedOrLoadedNeverCrash) {
    const std::string form = test::ReadFile(test::FormPath());
    std::mt19937 random(20261122);
    int refused = 0;
    for (int i = 0; i < 400; ++i) {
        try {
            const auto loaded = LoadFormText(Mutate(form, random), "fuzz.xml");
            EXPECT_FALSE(loaded->Criteria().empty());
        } catch (const FormError& error) {
            EXPECT_GT(error.Line(), 0);
            EXPECT_FALSE(error.Reason().empty());
            ++refused;
        }
    }
    EXPECT_GT(refused, 300) << "most random damage must be noticed";
}

TEST(BadInputFuzz, DamagedAnswerCsvIsReportedRowByRow) {
    const auto form = test::LkeForm();
    const std::string csv =
        "code,answer,note\nA.I.1.i.a,Ya,\"SK, nomor 1\"\nA.II.4.i.a,sasaran=6;tercapai=5,\nB.I.a,3.5,catatan\n";
    std::mt19937 random(7);
    for (int i = 0; i < 2000; ++i) {
        try {
            const auto import = ReadAnswerCsv(*form, Mutate(csv, random), "fuzz.csv");
            for (const auto& change : import.changes) {
                EXPECT_NE(form->FindNode(change.code), nullptr);
            }
        } catch (const UserError&) {
            // An unterminated quote is refused as a whole.
        }
    }
}

TEST(BadInputFuzz, RandomAnswerTextsAreCheckedAgainstEveryAnswerType) {
    const auto form = test::LkeForm();
    const std::vector<std::string> seeds = {"Ya", "A", "3.5", "sasaran=6;tercapai=5", "harus=1;diproses=0;selesai=1"};
    std::mt19937 random(11);
    for (int i = 0; i < 3000; ++i) {
        const FormNode& node = form->Node(form->Criteria()[random() % form->Criteria().size()]);
        const std::string text = Mutate(seeds[random() % seeds.size()], random);
        try {
            const Answer answer = ParseAnswer(*form, node, text);
            // Whatever was accepted reads back to the same answer.
            EXPECT_EQ(ParseAnswer(*form, node, FormatAnswer(node, answer)), answer) << node.code << " " << text;
        } catch (const UserError& error) {
            EXPECT_NE(std::string(error.what()).find(node.code), std::string::npos) << error.what();
        }
    }
}

TEST(BadInputFuzz, RandomFormulasParseOrFailWithAPosition) {
    const std::vector<std::string> inputs = {"a", "b", "c"};
    const std::string formula = "if(a == 0 and b == 0, 1, if(a == 0, 0, max(0, (a - b) / a)))";
    std::mt19937 random(3);
    for (int i = 0; i < 3000; ++i) {
        const std::string text = Mutate(formula, random);
        try {
            const auto expression = Expression::Parse(text, inputs);
            const double values[] = {static_cast<double>(random() % 3), static_cast<double>(random() % 3), 1.0};
            (void)expression.Evaluate(values);
        } catch (const ExpressionError& error) {
            EXPECT_LE(error.Position(), text.size());
        }
    }
}

}  // namespace
}  // namespace ziwb::core
