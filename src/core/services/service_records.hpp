// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace ziwb::core {

/// One service of the unit's catalogue with its Standar Pelayanan (register service/<uid>).
struct Service {
    std::int64_t id = 0;  ///< local number, as `ziwb service list` shows it
    std::string uid;      ///< the log's id (32 hex digits)
    std::string name;     ///< "Pelayanan Kartu Pencari Kerja (AK/I)"
    /// The components filled in, by component id (rules/pelayanan-publik.xml): the standard's text.
    std::map<std::string, std::string> components;
    std::vector<std::string> sops;  ///< the SOPs that carry the service out, by name or number
    std::string reviewed_on;        ///< YYYY-MM-DD of the last review of the standard, or empty
    std::string established_by;     ///< the decree that sets the standard ("Keputusan Kepala Dinas No. ..."), or empty
    std::string published_where;    ///< where the standard and maklumat are published, or empty: not published
    std::string updated_by;
    std::string updated_at;
};

/// A participant of a forum (register fkp/<uid>/participant/<uid>).
struct FkpParticipant {
    std::string uid;
    std::string name;
    std::string group;         ///< a stakeholder group id of the rules
    std::string organisation;  ///< "KSPSI Kabupaten Kutai Barat"
    std::string position;      ///< "Ketua"
    bool attended = false;
};

/// An input received in a forum and how it was followed up (register fkp/<uid>/input/<uid>).
struct FkpInput {
    std::string uid;
    std::int64_t number = 0;  ///< 1, 2, ... in the order received, within its forum
    std::string from;         ///< who gave it (a participant's name or group)
    std::string service_uid;  ///< the service it is about, or empty for all
    std::string text;
    std::string follow_up;  ///< "open", "adopted" (taken into the standard) or "declined"
    std::string response;   ///< adopted: the change made; declined: the reason why not
};

/// A public consultation forum (Forum Konsultasi Publik, register fkp/<uid>).
struct FkpSession {
    std::int64_t id = 0;
    std::string uid;
    std::string date;  ///< YYYY-MM-DD
    std::string place;
    std::string purpose;  ///< "drafting" (penyusunan) or "review" (reviu)
    std::string topic;    ///< what was consulted on, in a line
    std::vector<std::string> service_uids;
    std::string chair;  ///< who led the forum (usually the head of the unit), by name
    std::vector<FkpParticipant> participants;
    std::vector<FkpInput> inputs;
    std::string updated_by;
    std::string updated_at;
};

/// One respondent of the satisfaction survey: a score per element, in the rules' element order; 0
/// where the respondent left the element unanswered (only ever shown in a row problem).
using SkmResponse = std::vector<int>;

/// One survey period of one service (register skm/<uid>).
struct SkmSurvey {
    std::int64_t id = 0;
    std::string uid;
    std::string service_uid;
    std::string period;           ///< "2026-T1", "Semester I 2026": as the unit names it
    std::string start_date;       ///< YYYY-MM-DD
    std::string end_date;         ///< YYYY-MM-DD
    std::int64_t population = 0;  ///< users of the service in the period (0: not known)
    std::vector<SkmResponse> responses;
    std::string source_sha256;    ///< of the imported CSV
    std::string published_where;  ///< where the results were published (A.I.6.iv.b), or empty
    std::string follow_up;        ///< how the results were followed up (A.I.6.iv.c), or empty
    std::string updated_by;
    std::string updated_at;
};

}  // namespace ziwb::core
