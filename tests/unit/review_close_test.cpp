// SPDX-License-Identifier: GPL-3.0-or-later
// Closing a review records the layer's total at that moment; a total of any length is recorded.
#include <gtest/gtest.h>

#include <charconv>

#include "common/error.hpp"
#include "common/text.hpp"
#include "demo/demo_workspace.hpp"
#include "form/form_catalog.hpp"
#include "review/review_status.hpp"
#include "scoring/answer.hpp"
#include "test_support.hpp"
#include "workspace/workspace.hpp"

namespace ziwb::core {
namespace {

TEST(ReviewClose, ATotalWithManyDecimalsIsRecordedRounded) {
    const test::TempDir dir;
    const auto path = dir / "demo.ziwb";
    (void)CreateDemoWorkspace(path, FormCatalog::Default(test::SourceDir()), test::SourceDir());
    auto workspace = Workspace::Open(path, Workspace::Access::ReadWrite);
    const Form& form = workspace.FormInUse();
    // The TPI agrees with the unit, then lowers choice answers one by one until the total is a long
    // fraction (a third of a weight, say): such a review could not be closed ("'total' is not a
    // score").
    std::vector<AnswerChange> agree;
    for (const auto& stored : workspace.StoredAnswers(Layer::Unit())) {
        if (stored.value) {
            AnswerChange change;
            change.code = stored.code;
            change.answer = ParseAnswer(form, form.Node(form.Find(stored.code)), *stored.value);
            agree.push_back(std::move(change));
        }
    }
    workspace.Apply(Layer::Tpi(), agree, "Evaluator", "set");
    for (const int criterion : form.Criteria()) {
        if (FormatMachineNumber(workspace.Score(Layer::Tpi()).Total()).size() > 16) {
            break;
        }
        const FormNode& node = form.Node(criterion);
        if (node.answer_kind != AnswerKind::Choice) {
            continue;
        }
        AnswerChange change;
        change.code = node.code;
        change.answer = ParseAnswer(form, node, form.ScaleOf(node).choices.back().key);
        workspace.Apply(Layer::Tpi(), {change}, "Evaluator", "set");
    }
    const double total = workspace.Score(Layer::Tpi()).Total();
    ASSERT_GT(FormatMachineNumber(total).size(), 16U);

    CloseReview(workspace, Layer::Tpi(), true, "ditutup", "Ketua");
    const auto closing = LoadClosing(workspace, Layer::Tpi());
    ASSERT_TRUE(closing);
    EXPECT_TRUE(closing->closed);
    double recorded = 0.0;
    const auto [end, error] =
        std::from_chars(closing->total.data(), closing->total.data() + closing->total.size(), recorded);
    EXPECT_EQ(error, std::errc());
    EXPECT_EQ(end, closing->total.data() + closing->total.size());
    EXPECT_DOUBLE_EQ(recorded, RoundHalfUp(total, 4));
    // Closed: the layer takes no answer.
    AnswerChange change;
    change.code = form.Node(form.Criteria().front()).code;
    change.clear = true;
    EXPECT_THROW(workspace.Apply(Layer::Tpi(), {change}, "Evaluator", "set"), UserError);
}

}  // namespace
}  // namespace ziwb::core
