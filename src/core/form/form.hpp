// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "form/expression.hpp"

namespace ziwb::core {

/// One answer of a choice scale and the value it scores (0..1).
struct ScaleChoice {
    std::string key;
    double value = 0.0;
};

/// A choice scale of the form (Ya/Tidak, A/B/C, A/B/C/D, A/B/C/D/E).
struct Scale {
    std::string id;
    std::string label;  ///< As the workbook's "Pilihan Jawaban" column prints it.
    std::vector<ScaleChoice> choices;
    [[nodiscard]] const ScaleChoice* Find(std::string_view key) const;
};

enum class NodeKind { Root, Component, Part, Area, Subindicator, Criterion };

/// How a criterion is answered.
enum class AnswerKind {
    Choice,      ///< one key of a scale
    Percentage,  ///< whole-number counts, value by formula
    Index,       ///< one decimal number in a range (IPAK, IPKP), value by formula
};

/// A number the user enters for a percentage or index item.
struct FormulaInput {
    std::string id;
    std::string label;
    bool used_in_formula = true;
    bool whole_number = true;  ///< counts are whole numbers; an index is decimal
    double min = 0.0;
    std::optional<double> max;
    /// Which way the team's work moves this count (+1 up, -1 down; 0: a fact, such as a total,
    /// the readiness path never changes). From the form's `raise` attribute.
    int raise = 0;
};

/// The regulation's description of one option of a criterion.
struct OptionText {
    std::string key;
    std::string description;
};

/// One node of the LKE tree. Groups (component, part, area) sum their children; a subindicator
/// averages its answered criteria and multiplies by its weight; a criterion with its own weight
/// (the Hasil items) contributes value x weight to its parent.
struct FormNode {
    NodeKind kind = NodeKind::Root;
    std::string code;  ///< stable identity: "A.I.1.i.a"; empty for the root
    std::string name;  ///< group name, or the criterion's question
    std::optional<double> weight;
    int change_area = 0;         ///< 1..6 for area nodes (and everything below), 0 elsewhere
    std::string printed_letter;  ///< the letter Lampiran III prints, where it differs from the code
    std::string role;            ///< components: "pengungkit" or "hasil", for summaries
    int parent = -1;
    std::vector<int> children;
    int depth = 0;
    int source_line = 0;

    // Criterion only.
    AnswerKind answer_kind = AnswerKind::Choice;
    int scale = -1;  ///< index into Form::Scales() for choice items
    std::vector<OptionText> options;
    std::vector<FormulaInput> inputs;
    Expression formula;
    std::vector<std::string> evidence_suggestions;

    [[nodiscard]] bool IsCriterion() const { return kind == NodeKind::Criterion; }
    /// The last segment of the code ("a" of "A.I.1.i.a"), or the printed letter where it differs.
    [[nodiscard]] std::string DisplayLetter() const;
};

struct ChangeArea {
    int number = 0;
    std::string name;
};

/// A minimum a node's value (or the total) must reach for a predicate.
struct Minimum {
    std::string of;  ///< a node code, or "total"
    double value = 0.0;
    std::string label;
};

/// The thresholds of one predicate (WBK, WBBM).
struct Predicate {
    std::string id;
    std::string name;
    std::string requires_predicate;  ///< the predicate a unit must already hold, or empty
    std::vector<Minimum> minimums;
    /// Each change area's nodes together must reach this fraction of their weight (0 = no rule).
    double area_minimum_fraction = 0.0;
};

/// A condition that is not scored but decides whether a unit may be proposed (product rule 7).
/// A document template whose signed copies back a criterion (<documents> near the end of the
/// form): `ziwb document signed` files each signed scan as evidence of `criterion` and ticks its
/// evidence line number `line` (1-based; 0 ticks none).
struct FormDocument {
    std::string template_id;
    std::string criterion;
    int line = 0;
};

struct Prerequisite {
    std::string id;
    std::string scope;  ///< "agency" or "unit"
    std::vector<std::string> predicates;
    /// The agency types it applies to (Tabel 5's Indeks RB differs for Pemda and K/L); empty: all.
    std::vector<std::string> agency_types;
    std::string text;
};

/// An id with the name people read: an agency type ("pemda") or a service type ("rsud").
struct NamedChoice {
    std::string id;
    std::string name;
};

/// Units that may be proposed while their prerequisites are still being met: the Stranas PK
/// exception of PermenPANRB 5/2024 Bab II.A (a Pemda's RSUD, Disdukcapil, Samsat, PTSP, education
/// and labour services).
struct ProposalExemption {
    std::string id;
    std::vector<std::string> agency_types;   ///< empty: every agency type
    std::vector<std::string> service_types;  ///< the units' services it covers
    std::string text;
};

/// An agency that evaluates a predicate itself (evaluasi mandiri, PermenPANRB 5/2024 Bab II.B):
/// its units get `predicate` from that evaluation, and the standing it gives counts as holding it.
struct SelfEvaluation {
    std::string predicate;  ///< "WBK"
    std::string standing;   ///< "WBK-mandiri"
    std::string text;
};

/// The rules for proposing units to the national team (<proposal> in the form): the agency and
/// service types, the exemptions, the self-evaluation, and the yearly deadline.
struct ProposalRules {
    std::vector<NamedChoice> agency_types;
    std::vector<NamedChoice> service_types;
    std::vector<ProposalExemption> exemptions;
    std::vector<SelfEvaluation> self_evaluations;
    int deadline_month = 0;  ///< 0: no deadline declared
    int deadline_day = 0;
    std::string deadline_text;
    [[nodiscard]] const NamedChoice* FindAgencyType(std::string_view id) const;
    [[nodiscard]] const NamedChoice* FindServiceType(std::string_view id) const;
    [[nodiscard]] const SelfEvaluation* FindSelfEvaluation(std::string_view predicate) const;
};

/// Who answers the LKE: the unit itself, and each body that reviews it (the parent unit's
/// preliminary assessment, the agency's TPI, the national TPN). Declared in the form's
/// <review-layers>; a form without them has the unit and the TPI.
struct ReviewLayer {
    std::string id;    ///< "unit", "pendahuluan", "tpi", "tpn"
    std::string name;  ///< as shown to people
    bool is_unit = false;
};

/// A level inside a review layer's team (anggota tim, ketua tim, pengendali teknis), lowest first:
/// each level's answers are kept, and the layer's answer is the highest level's.
struct ReviewLevel {
    std::string id;
    std::string name;
    bool closes = false;  ///< the lowest level that closes a review (the team leader)
};

/// An LKE version as loaded from its form file. Immutable once loaded; nodes are stored in
/// pre-order (a parent before its children), so scoring is one backwards pass.
class Form {
public:
    [[nodiscard]] const std::string& Id() const { return m_id; }
    [[nodiscard]] const std::string& Version() const { return m_version; }
    [[nodiscard]] const std::string& Title() const { return m_title; }
    [[nodiscard]] const std::string& LegalBasis() const { return m_legal_basis; }
    [[nodiscard]] const std::vector<Scale>& Scales() const { return m_scales; }
    [[nodiscard]] const std::vector<FormNode>& Nodes() const { return m_nodes; }
    [[nodiscard]] const FormNode& Node(int index) const { return m_nodes[static_cast<std::size_t>(index)]; }
    [[nodiscard]] const FormNode& Root() const { return m_nodes.front(); }
    [[nodiscard]] const std::vector<ChangeArea>& ChangeAreas() const { return m_change_areas; }
    [[nodiscard]] const std::vector<Predicate>& Predicates() const { return m_predicates; }
    [[nodiscard]] const std::vector<Prerequisite>& Prerequisites() const { return m_prerequisites; }
    /// The layers in form order; the first is the unit's own.
    [[nodiscard]] const std::vector<ReviewLayer>& Layers() const { return m_layers; }
    [[nodiscard]] const ReviewLayer* FindLayer(std::string_view id) const;
    /// The review levels, lowest first.
    [[nodiscard]] const std::vector<ReviewLevel>& Levels() const { return m_levels; }
    [[nodiscard]] const std::vector<FormDocument>& Documents() const { return m_documents; }
    [[nodiscard]] const ProposalRules& Proposal() const { return m_proposal; }
    /// Whether a unit may record `standing` as the predicate it holds: a predicate another one
    /// requires (WBK), or the standing a self-evaluation gives (WBK-mandiri).
    [[nodiscard]] bool IsStanding(std::string_view standing) const;
    /// Whether holding `standing` counts as holding `predicate` (WBK-mandiri counts as WBK).
    [[nodiscard]] bool StandingHolds(std::string_view standing, std::string_view predicate) const;
    /// "none, WBK, WBK-mandiri": for messages that list what is allowed.
    [[nodiscard]] std::string StandingList() const;
    /// 1 for the lowest level, upwards; 0 for "" (an answer given without a level); -1 when unknown.
    [[nodiscard]] int LevelRank(std::string_view level) const;
    /// The rank from which a level closes and reopens a review (the level marked closes="true").
    [[nodiscard]] int ClosingRank() const;
    /// "unit, pendahuluan, tpi, tpn": for messages that list what is allowed.
    [[nodiscard]] std::string LayerList(bool review_layers_only = false) const;
    [[nodiscard]] std::string LevelList() const;
    /// Indices of the criteria in form order.
    [[nodiscard]] const std::vector<int>& Criteria() const { return m_criteria; }

    /// Index of the node with this code, or -1.
    [[nodiscard]] int Find(std::string_view code) const;
    [[nodiscard]] const FormNode* FindNode(std::string_view code) const;
    [[nodiscard]] const Scale& ScaleOf(const FormNode& criterion) const;
    /// The area nodes (under any part) that belong to change area `number`.
    [[nodiscard]] std::vector<int> AreaNodes(int number) const;
    /// The nearest node of `kind` at or above `index` ("A.I" for "A.I.3.ii.a" and Part), or null.
    [[nodiscard]] const FormNode* Ancestor(int index, NodeKind kind) const;
    /// Index of the component with this role ("pengungkit", "hasil"), or -1.
    [[nodiscard]] int ComponentWithRole(std::string_view role) const;

private:
    friend class FormBuilder;
    std::string m_id;
    std::string m_version;
    std::string m_title;
    std::string m_legal_basis;
    std::vector<Scale> m_scales;
    std::vector<FormNode> m_nodes;
    std::vector<ChangeArea> m_change_areas;
    std::vector<Predicate> m_predicates;
    std::vector<Prerequisite> m_prerequisites;
    std::vector<ReviewLayer> m_layers;
    std::vector<ReviewLevel> m_levels;
    std::vector<FormDocument> m_documents;
    ProposalRules m_proposal;
    std::vector<int> m_criteria;
    std::map<std::string, int, std::less<>> m_index;
};

[[nodiscard]] std::string_view NodeKindName(NodeKind kind);

}  // namespace ziwb::core
