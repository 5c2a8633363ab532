// SPDX-License-Identifier: GPL-3.0-or-later
#include "documents/document_make.hpp"

#include <algorithm>
#include <atomic>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>

#include "common/error.hpp"
#include "common/heap_thresholds.hpp"
#include "common/platform.hpp"
#include "common/text.hpp"
#include "common/utf8.hpp"
#include "documents/document_registers.hpp"
#include "documents/document_render.hpp"
#include "documents/letterhead.hpp"
#include "io/safe_file.hpp"
#include "log/change_log.hpp"
#include "people/nip.hpp"
#include "people/team_register.hpp"
#include "workspace/sqlite_errors.hpp"

namespace ziwb::core {
namespace {

const Person& FindPerson(const std::vector<Person>& people, const std::string& nip) {
    const std::string wanted = NormalizeNip(nip);
    const auto found = std::find_if(people.begin(), people.end(), [&](const Person& p) { return p.nip == wanted; });
    if (found == people.end()) {
        throw UserError(Format(Tr("there is nobody with NIP {0} in the team register (see 'ziwb person list WS')"),
                               {OneLine(nip)}));
    }
    return *found;
}

// libharu allocates and frees a few MB per document. glibc hands freed memory at the top of the
// heap back to the kernel (and serves large blocks by mmap), so every document paid page faults
// and TLB flushes again: a fifth of the time of 500 letters (docs/pdf-library.md). Keeping up to
// 8 MiB stops that, and 8 MiB is little for a desktop program.
void KeepFreedMemoryForTheNextDocument() {
    constexpr std::size_t kKeep = std::size_t{8} << 20;
    RaiseHeapThresholds(kKeep, kKeep);
}

// Runs `render(i)` for i in [0, count) on up to the machine's cores: each document is a libharu
// document of its own, so they share nothing but the read-only input. The first failure stops the
// others from starting new documents and is rethrown here.
void RenderInParallel(std::size_t count, const std::function<void(std::size_t)>& render) {
    const std::size_t workers =
        std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, std::max<std::size_t>(1, count / 8));
    std::atomic<std::size_t> next{0};
    std::atomic<bool> failed{false};
    std::exception_ptr failure;
    std::mutex failure_mutex;
    const auto work = [&] {
        for (std::size_t i = next++; i < count && !failed; i = next++) {
            try {
                render(i);
            } catch (...) {
                const std::lock_guard lock(failure_mutex);
                if (!failure) {
                    failure = std::current_exception();
                }
                failed = true;
            }
        }
    };
    {
        std::vector<std::jthread> threads;
        for (std::size_t i = 1; i < workers; ++i) {
            threads.emplace_back(work);
        }
        work();
    }
    if (failure) {
        std::rethrow_exception(failure);
    }
}

}  // namespace

std::string DocumentFileName(const DocumentTemplate& document, const std::string& nip) {
    // The NIP is 18 checked digits and the id lower-case ASCII: the name cannot leave its folder.
    return document.scope == TemplateScope::Person ? document.id + "-" + nip + ".pdf" : document.id + ".pdf";
}

std::string DocumentLogHead(Workspace& workspace) {
    const std::vector<std::string> heads =
        GuardSqlite(PathToUtf8(workspace.Path()), [&] { return LogHeads(workspace.Database()); });
    std::string joined;
    for (const auto& head : heads) {
        joined += head;
    }
    return joined;
}

DocumentBase LoadDocumentBase(Workspace& workspace, const MakeRequest& request) {
    CheckUserText(request.place, Tr("the place"), kNameLimit);
    DocumentBase base;
    base.team = LoadTeam(workspace);
    if (std::optional<Letterhead> letterhead = LoadLetterhead(workspace)) {
        base.letterhead = std::make_unique<Letterhead>(std::move(*letterhead));
    }
    base.log_head = DocumentLogHead(workspace);
    base.input.info = workspace.Info();
    base.input.leaders = Leaders(base.team);
    base.input.people = ExpectedSigners(DocumentTemplate{}, base.team);
    base.input.place = request.place;
    base.input.date = request.date;
    base.input.letterhead = base.letterhead.get();
    return base;
}

const Person& UnitSigner(const std::vector<Person>& team, const MakeRequest& request,
                         const std::string& document_name) {
    if (request.nip) {
        return FindPerson(team, *request.nip);
    }
    const auto leader = std::find_if(team.begin(), team.end(), [](const Person& p) { return p.role == "pimpinan"; });
    if (leader == team.end()) {
        throw UserError(Format(Tr("the {0} is signed by the unit's leader, and the team register has no "
                                  "pimpinan: add one with 'ziwb person add WS --role pimpinan ...' or name the "
                                  "signer with --person NIP"),
                               {document_name}));
    }
    return *leader;
}

void WriteDocuments(const std::vector<DocumentJob>& jobs, bool overwrite, const std::filesystem::path& out_dir,
                    const std::filesystem::path& program_dir) {
    for (const DocumentJob& job : jobs) {
        std::error_code error;
        if (!overwrite && std::filesystem::exists(job.target, error)) {
            throw UserError(Format(Tr("{0} exists already; nothing was written (add --overwrite to replace it)"),
                                   {PathToUtf8(job.target)}));
        }
    }
    std::error_code error;
    std::filesystem::create_directories(out_dir, error);
    if (error || !std::filesystem::is_directory(out_dir, error)) {
        throw UserError(Format(Tr("cannot make the folder {0}"), {PathToUtf8(out_dir)}));
    }
    const PdfFontFiles fonts = FindPdfFonts(program_dir);
    KeepFreedMemoryForTheNextDocument();
    RenderInParallel(jobs.size(), [&](std::size_t i) {
        WriteFileSafely(jobs[i].target, RenderDocument(*jobs[i].document, jobs[i].input, fonts),
                        overwrite ? Overwrite::Allowed : Overwrite::Refused);
    });
}

std::vector<MadeDocument> MakeDocuments(Workspace& workspace, const DocumentTemplate& document,
                                        const MakeRequest& request, const std::filesystem::path& out_dir,
                                        const std::filesystem::path& program_dir) {
    if (document.scope == TemplateScope::Fkp) {
        throw UserError(
            Format(Tr("the {0} is made for a public consultation forum: use 'ziwb fkp report'"), {document.name}));
    }
    if (document.needs_services) {
        throw UserError(
            Format(Tr("the {0} is made from the service catalogue: use 'ziwb service report'"), {document.name}));
    }
    if (document.scope == TemplateScope::Agency) {
        throw UserError(Format(Tr("the {0} is the agency's, over units chosen on the hub: use 'ziwb hub proposal'"),
                               {document.name}));
    }
    if (document.scope == TemplateScope::Evaluation) {
        throw UserError(Format(Tr("the {0} is made from a review: use 'ziwb report lhe'"), {document.name}));
    }
    if (request.all == request.nip.has_value() && document.scope == TemplateScope::Person) {
        throw UserError(Tr("say whose document to make: --person NIP for one person, or --all"));
    }
    DocumentBase base = LoadDocumentBase(workspace, request);
    std::vector<Person> chosen;
    if (request.nip || document.scope == TemplateScope::Unit) {
        chosen.push_back(UnitSigner(base.team, request, document.name));
    } else {
        chosen = ExpectedSigners(document, base.team);
    }
    if (chosen.empty()) {
        throw UserError(Tr("the team register has nobody to make this document for (see 'ziwb person list WS')"));
    }
    std::vector<MadeDocument> made;
    std::vector<DocumentJob> jobs;
    for (const Person& person : chosen) {
        made.push_back({out_dir / DocumentFileName(document, person.nip), person.nip, person.name,
                        DocumentCode(document, person.nip, base.log_head)});
        DocumentJob job{&document, base.input, made.back().path};
        job.input.person = person;
        job.input.code = made.back().code;
        jobs.push_back(std::move(job));
    }
    WriteDocuments(jobs, request.overwrite, out_dir, program_dir);
    return made;
}

}  // namespace ziwb::core
