// SPDX-License-Identifier: GPL-3.0-or-later
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "common/error.hpp"
#include "form/form_loader.hpp"
#include "test_support.hpp"

namespace ziwb::core {
namespace {

using test::LkeForm;
using test::ReadFile;

int LineOf(const std::string& text, const std::string& needle) {
    const auto pos = text.find(needle);
    EXPECT_NE(pos, std::string::npos) << needle;
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(pos), '\n'));
}

std::string Replace(std::string text, const std::string& from, const std::string& to) {
    const auto pos = text.find(from);
    EXPECT_NE(pos, std::string::npos) << from;
    return text.replace(pos, from.size(), to);
}

/// Loads a mutated copy of the real form and returns the error it raises.
FormError LoadError(const std::string& xml) {
    try {
        (void)LoadFormText(xml, "broken.xml");
    } catch (const FormError& error) {
        return error;
    }
    ADD_FAILURE() << "the form loaded although it is broken";
    return FormError("", 0, "");
}

TEST(FormLoader, TheRealLkeHasEveryCriterionOfTheReference) {
    const auto form = LkeForm();
    EXPECT_EQ(form->Id(), "lke-permenpanrb-90-2021");
    int pengungkit = 0;
    int hasil = 0;
    std::set<std::string> kinds;
    for (const int index : form->Criteria()) {
        const FormNode& node = form->Node(index);
        (node.code.starts_with("A.") ? pengungkit : hasil) += 1;
        if (node.answer_kind == AnswerKind::Choice) {
            kinds.insert(form->ScaleOf(node).id);
        }
    }
    EXPECT_EQ(pengungkit, 110);
    EXPECT_EQ(hasil, 3);
    EXPECT_EQ(kinds, (std::set<std::string>{"yes_no", "abc", "abcd", "abcde"}));
    EXPECT_DOUBLE_EQ(*form->Root().weight, 100.0);
    EXPECT_EQ(form->ChangeAreas().size(), 6u);
    EXPECT_EQ(form->AreaNodes(3).size(), 2u);  // Pemenuhan and Reform of the SDM area
    EXPECT_EQ(form->Predicates().size(), 2u);
    EXPECT_EQ(form->FindNode("A.I.6.v.b")->DisplayLetter(), "c");  // Lampiran III prints a, c, b
    const FormNode* lhkpn = form->FindNode("A.II.5.iii.a");
    ASSERT_NE(lhkpn, nullptr);
    EXPECT_EQ(lhkpn->answer_kind, AnswerKind::Percentage);
    EXPECT_EQ(lhkpn->inputs.size(), 4u);
    EXPECT_FALSE(lhkpn->evidence_suggestions.empty());
    EXPECT_EQ(form->FindNode("B.I.a")->answer_kind, AnswerKind::Index);
}

TEST(FormLoader, WeightsThatDoNotAddUpAreRefusedWithTheLine) {
    const std::string xml = Replace(ReadFile(test::FormPath()), R"(name="Penyusunan Tim Kerja" weight="0.5")",
                                    R"(name="Penyusunan Tim Kerja" weight="0.6")");
    const auto error = LoadError(xml);
    EXPECT_EQ(error.File(), "broken.xml");
    EXPECT_EQ(error.Line(), LineOf(xml, R"(<area code="A.I.1")"));
    EXPECT_NE(error.Reason().find("4.1"), std::string::npos) << error.Reason();
}

TEST(FormLoader, DuplicateAndMalformedCodesAreRefused) {
    const std::string original = ReadFile(test::FormPath());
    const std::string duplicate = Replace(original, R"(code="A.I.1.i.b")", R"(code="A.I.1.i.a")");
    auto error = LoadError(duplicate);
    EXPECT_EQ(error.Line(), LineOf(original, R"(code="A.I.1.i.b")"));
    EXPECT_NE(error.Reason().find("A.I.1.i.a"), std::string::npos);

    const std::string malformed = Replace(original, R"(code="A.I.1.ii.a")", R"(code="A.I.1.ii..a")");
    error = LoadError(malformed);
    EXPECT_EQ(error.Line(), LineOf(malformed, R"(code="A.I.1.ii..a")"));

    const std::string misplaced = Replace(original, R"(code="A.I.1.ii.b")", R"(code="A.I.2.ii.b")");
    error = LoadError(misplaced);
    EXPECT_EQ(error.Line(), LineOf(misplaced, R"(code="A.I.2.ii.b")"));
}

TEST(FormLoader, AnOptionKeyOutsideTheAnswerTypeIsRefused) {
    // A.I.1.i.b is an A/B/C item: a "D" option does not belong to it.
    const std::string original = ReadFile(test::FormPath());
    const auto at = original.find(R"(code="A.I.1.i.b")");
    std::string xml = original;
    const auto option = xml.find(R"(<option key="C">)", at);
    xml.replace(option, 16, R"(<option key="D">)");
    const auto error = LoadError(xml);
    EXPECT_EQ(error.Line(),
              1 + static_cast<int>(std::count(xml.begin(), xml.begin() + static_cast<std::ptrdiff_t>(option), '\n')));
    EXPECT_NE(error.Reason().find("'D'"), std::string::npos);
    EXPECT_NE(error.Reason().find("abc"), std::string::npos);
}

TEST(FormLoader, AFormulaNamingAnUndeclaredInputIsRefused) {
    const std::string xml =
        Replace(ReadFile(test::FormPath()), "min(1, perubahan / agen)", "min(1, perubahan / agents)");
    const auto error = LoadError(xml);
    EXPECT_EQ(error.Line(), LineOf(xml, "min(1, perubahan / agents)"));
    EXPECT_NE(error.Reason().find("'agents'"), std::string::npos);
}

TEST(FormLoader, AnUnusedInputMustBeMarkedAsSuch) {
    const std::string xml =
        Replace(ReadFile(test::FormPath()),
                R"(label="Jumlah pengaduan masyarakat yang sedang diproses" used-in-formula="false")",
                R"(label="Jumlah pengaduan masyarakat yang sedang diproses")");
    EXPECT_NE(LoadError(xml).Reason().find("diproses"), std::string::npos);
}

TEST(FormLoader, AMissingAttributeIsNamed) {
    const std::string xml = Replace(ReadFile(test::FormPath()),
                                    R"(<area code="A.I.2" change-area="2" name="PENATAAN TATALAKSANA" weight="3.5">)",
                                    R"(<area code="A.I.2" change-area="2" name="PENATAAN TATALAKSANA">)");
    const auto error = LoadError(xml);
    EXPECT_EQ(error.Line(), LineOf(xml, R"(<area code="A.I.2")"));
    EXPECT_NE(error.Reason().find("'weight'"), std::string::npos);
}

TEST(FormLoader, BrokenXmlAndNewerFormatsAreRefused) {
    const std::string original = ReadFile(test::FormPath());
    auto error = LoadError(Replace(original, "</question>", "</questio>"));
    EXPECT_GT(error.Line(), 1);
    error = LoadError(Replace(original, R"(format="1")", R"(format="7")"));
    EXPECT_NE(error.Reason().find("7"), std::string::npos);
    error = LoadError(Replace(original, R"(<minimum of="B.I.a")", R"(<minimum of="B.I.z")"));
    EXPECT_NE(error.Reason().find("B.I.z"), std::string::npos);
}

TEST(FormLoader, DocumentsNameTheCriterionAndLineTheySignedCopiesBack) {
    const auto form = LkeForm();
    const auto& documents = form->Documents();
    const auto pakta = std::find_if(documents.begin(), documents.end(),
                                    [](const FormDocument& d) { return d.template_id == "pakta-integritas"; });
    ASSERT_NE(pakta, documents.end());
    EXPECT_EQ(pakta->criterion, "A.I.1.iv.d");
    EXPECT_EQ(pakta->line, 1);
    EXPECT_EQ(form->FindNode("A.I.1.iv.d")->evidence_suggestions.at(0), "Dokumen pakta integritas");

    const std::string xml = ReadFile(test::SourceDir() / "forms" / "lke-permenpanrb-90-2021.xml");
    const std::string line = R"(<document template="pakta-integritas" criterion="A.I.1.iv.d" line="1"/>)";
    const FormError unknown =
        LoadError(Replace(xml, line, R"(<document template="pakta-integritas" criterion="A.I.9"/>)"));
    EXPECT_EQ(unknown.Line(), LineOf(xml, line));
    EXPECT_NE(unknown.Reason().find("A.I.9"), std::string::npos) << unknown.Reason();
    const FormError bad_line =
        LoadError(Replace(xml, line, R"(<document template="pakta-integritas" criterion="A.I.1.iv.d" line="4"/>)"));
    EXPECT_NE(bad_line.Reason().find("3"), std::string::npos) << bad_line.Reason();
    const FormError stranger = LoadError(Replace(xml, line, "<script/>"));
    EXPECT_NE(stranger.Reason().find("<script>"), std::string::npos) << stranger.Reason();
}

TEST(FormLoader, AMissingFileIsAUserError) {
    EXPECT_THROW((void)LoadFormFile("/nonexistent/form.xml"), UserError);
}

}  // namespace
}  // namespace ziwb::core
