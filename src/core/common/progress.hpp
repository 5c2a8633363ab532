// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string_view>

#include "common/error.hpp"

namespace ziwb::core {

/// How long work tells how far it is and learns that the user wants to stop. The core calls it;
/// the command line prints to stderr, the workbench shows a progress dialog, tests record.
class ProgressSink {
public:
    virtual ~ProgressSink() = default;
    /// `done` of `total` units (bytes, files); `label` names what is being worked on.
    virtual void Report(std::uint64_t done, std::uint64_t total, std::string_view label) = 0;
    /// Checked between units of work; true stops the work at the next safe point.
    [[nodiscard]] virtual bool CancelRequested() const { return false; }
};

/// A sink that ignores everything, for callers that do not show progress.
class NoProgress final : public ProgressSink {
public:
    void Report(std::uint64_t, std::uint64_t, std::string_view) override {}
};

/// Thrown when work stops because the user cancelled it; what was finished before is kept.
class Cancelled : public UserError {
public:
    using UserError::UserError;
};

}  // namespace ziwb::core
