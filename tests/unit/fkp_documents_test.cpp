// SPDX-License-Identifier: GPL-3.0-or-later
// The documents of the public consultation forum and the service catalogue (issue 15): templates
// for="fkp", for="service" and the maklumat, made through the document engine and read back with
// poppler's pdftotext, an independent reader of what libharu wrote.
#include <gtest/gtest.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "common/error.hpp"
#include "common/platform.hpp"
#include "documents/document_make.hpp"
#include "documents/document_render.hpp"
#include "documents/document_template.hpp"
#include "documents/letterhead.hpp"
#include "people/team_register.hpp"
#include "services/fkp_documents.hpp"
#include "services/service_rules.hpp"
#include "test_support.hpp"

namespace ziwb::core {
namespace {

using test::TempDir;

constexpr const char* kHead = "198103142006042011";
constexpr const char* kStaff = "198507222010011003";

// The text of a PDF, its layout kept (a table's row stays on one line where it fits).
std::string PdfText(const std::filesystem::path& pdf) {
    const std::string command = "pdftotext -layout '" + PathToUtf8(pdf) + "' - 2>/dev/null";
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(command.c_str(), "r"), pclose);
    EXPECT_NE(pipe, nullptr) << command;
    std::string out;
    std::array<char, 4096> buffer{};
    while (pipe && std::fgets(buffer.data(), static_cast<int>(buffer.size()), pipe.get()) != nullptr) {
        out += buffer.data();
    }
    return out;
}

// The text with every run of blanks and line breaks as one space: phrases that wrap in a cell or a
// paragraph can be found whole... when they do not wrap inside a table cell.
std::string Squeezed(const std::string& text) {
    std::string out;
    for (const char c : text) {
        if (c == ' ' || c == '\n' || c == '\f') {
            if (!out.empty() && out.back() != ' ') {
                out += ' ';
            }
        } else {
            out += c;
        }
    }
    return out;
}

// With ZIWB_KEEP_DOCUMENTS=FOLDER the documents made are copied there, to be looked at (the PNGs
// in docs/documents/ are made from them).
void Keep(const std::vector<MadeDocument>& made) {
    const char* folder = std::getenv("ZIWB_KEEP_DOCUMENTS");
    if (folder == nullptr || *folder == '\0') {
        return;
    }
    for (const auto& document : made) {
        std::filesystem::copy_file(document.path, std::filesystem::path(folder) / document.path.filename(),
                                   std::filesystem::copy_options::overwrite_existing);
    }
}

Service MakeService(std::int64_t id, const std::string& name) {
    Service service;
    service.id = id;
    service.uid = std::string(31, '0') + std::to_string(id);
    service.name = name;
    return service;
}

FkpParticipant Participant(const std::string& name, const std::string& group, const std::string& organisation,
                           const std::string& position, bool attended) {
    return {"p-" + name, name, group, organisation, position, attended};
}

class fkp_documents : public ::testing::Test {
protected:
    void SetUp() override {
        m_workspace = std::make_unique<Workspace>(test::NewWorkspace(m_dir / "ws.ziwb"));
        Person head;
        head.nip = kHead;
        head.name = "Dr. Hj. Siti Rahmawati, M.Si.";
        head.position = "Kepala Dinas Tenaga Kerja";
        head.role = "pimpinan";
        Person staff;
        staff.nip = kStaff;
        staff.name = "Bambang Supriyadi, S.E.";
        staff.position = "Kepala Seksi Penempatan";
        staff.role = "anggota";
        SetPeople(*m_workspace, {head, staff}, "uji");
        SetLetterhead(*m_workspace,
                      {{"PEMERINTAH KABUPATEN BANYUMAS", "DINAS TENAGA KERJA",
                        "Jalan Jenderal Soedirman No. 12, Purwokerto 53116, Telepon (0281) 636123"},
                       test::SourceDir() / "tests/data/pdf/logo.png",
                       false},
                      "uji");

        m_catalogue = {MakeService(1, "Pelayanan Kartu Pencari Kerja (AK/I)"),
                       MakeService(2, "Pengesahan Peraturan Perusahaan"),
                       MakeService(3, "Pendaftaran Lembaga Pelatihan Kerja Swasta")};
        m_catalogue[0].components = {{"persyaratan", "KTP elektronik; pas foto 3x4 dua lembar; ijazah terakhir"},
                                     {"jangka-waktu", "15 menit sejak berkas lengkap"},
                                     {"biaya", "Tidak dipungut biaya"},
                                     {"dasar-hukum", "Permenaker Nomor 39 Tahun 2016"},
                                     {"kompetensi", "   "}};
        m_catalogue[0].established_by = "Keputusan Kepala Dinas Tenaga Kerja Nomor 800/117/2026";
        m_catalogue[0].reviewed_on = "2026-01-20";
        m_catalogue[1].components = {{"produk", "Surat keputusan pengesahan peraturan perusahaan"}};

        m_fkp.id = 4;
        m_fkp.uid = std::string(32, 'a');
        m_fkp.date = "2026-03-10";  // a Tuesday
        m_fkp.place = "Aula Dinas Tenaga Kerja, Jalan Jenderal Soedirman No. 12";
        m_fkp.purpose = "review";
        m_fkp.topic = "Reviu standar pelayanan ketenagakerjaan tahun 2026";
        m_fkp.chair = "Dr. Hj. Siti Rahmawati, M.Si.";
        m_fkp.service_uids = {m_catalogue[0].uid, m_catalogue[2].uid};
        m_fkp.participants = {
            Participant("Andi Prasetyo", "pengguna-layanan", "Pencari kerja", "-", true),
            Participant("Prof. Dr. Ir. Wahyu Hidayat", "akademisi", "Universitas Jenderal Soedirman", "Dosen", true),
            Participant("Rina Marlina", "dunia-usaha", "APINDO Kabupaten Banyumas", "Ketua", true),
            Participant("Joko Susilo", "organisasi-masyarakat", "LSM Peduli Buruh", "Sekretaris", false),
            Participant("Bambang Supriyadi, S.E.", "penyelenggara", "Dinas Tenaga Kerja", "Kepala Seksi", true)};
        m_fkp.inputs = {{"i1", 1, "Andi Prasetyo", m_catalogue[0].uid, "Pas foto boleh dari ponsel", "adopted",
                         "Persyaratan diubah: pas foto digital diterima"},
                        {"i2", 2, "Rina Marlina", m_catalogue[2].uid, "Hapus syarat akta notaris", "declined",
                         "Akta notaris diwajibkan Permenaker 17/2016"},
                        {"i3", 3, "Prof. Dr. Ir. Wahyu Hidayat", "", "Sediakan layanan daring", "open", ""}};
        m_templates = LoadShippedTemplates(test::SourceDir());
        m_request.place = "Purwokerto";
        m_request.date = "2026-03-02";
    }

    const ServiceRules& Rules() const { return InstalledServiceRules(test::SourceDir()); }

    TempDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::vector<Service> m_catalogue;
    FkpSession m_fkp;
    std::vector<DocumentTemplate> m_templates;
    MakeRequest m_request;
};

TEST_F(fkp_documents, TheForumsSetNamesItsPeopleGroupsInputsAndDay) {
    const auto out = m_dir / "out";
    const auto made =
        MakeFkpDocuments(*m_workspace, Rules(), m_fkp, m_catalogue, m_templates, m_request, out, test::SourceDir());
    Keep(made);
    ASSERT_EQ(made.size(), 3U);
    for (const auto& document : made) {
        EXPECT_EQ(document.nip, kHead);
        EXPECT_TRUE(std::filesystem::exists(document.path)) << PathToUtf8(document.path);
    }
    EXPECT_TRUE(std::filesystem::exists(out / "fkp-undangan-fkp4.pdf"));
    EXPECT_TRUE(std::filesystem::exists(out / "fkp-daftar-hadir-fkp4.pdf"));
    EXPECT_TRUE(std::filesystem::exists(out / "fkp-berita-acara-fkp4.pdf"));

    const std::string invitation = Squeezed(PdfText(out / "fkp-undangan-fkp4.pdf"));
    EXPECT_NE(invitation.find("Selasa, 10 Maret 2026"), std::string::npos) << invitation;
    EXPECT_NE(invitation.find("reviu standar pelayanan"), std::string::npos);
    EXPECT_NE(invitation.find("1. Pelayanan Kartu Pencari Kerja (AK/I)"), std::string::npos);
    EXPECT_NE(invitation.find("2. Pendaftaran Lembaga Pelatihan Kerja Swasta"), std::string::npos);
    EXPECT_EQ(invitation.find("Pengesahan Peraturan Perusahaan"), std::string::npos) << "not discussed";
    EXPECT_NE(invitation.find("Dr. Hj. Siti Rahmawati, M.Si."), std::string::npos);
    // Made in the templates' order (by id): the berita acara, the daftar hadir, the undangan.
    EXPECT_EQ(made[2].path.filename(), "fkp-undangan-fkp4.pdf");
    EXPECT_NE(invitation.find(made[2].code), std::string::npos) << made[2].code;

    const std::string attendance = PdfText(out / "fkp-daftar-hadir-fkp4.pdf");
    for (const auto& participant : m_fkp.participants) {
        EXPECT_NE(attendance.find(participant.name.substr(0, participant.name.find(' '))), std::string::npos)
            << participant.name;
    }
    EXPECT_NE(attendance.find("Instansi/Organisasi"), std::string::npos);
    EXPECT_NE(attendance.find("Tanda"), std::string::npos);
    EXPECT_NE(attendance.find("Pengguna"), std::string::npos);
    EXPECT_NE(attendance.find("Akademisi/pakar"), std::string::npos);
    EXPECT_NE(attendance.find("LSM Peduli Buruh"), std::string::npos) << "everyone invited is listed";

    const std::string raw_minutes = PdfText(out / "fkp-berita-acara-fkp4.pdf");
    const std::string minutes = Squeezed(raw_minutes);
    EXPECT_NE(minutes.find("Pada hari ini Selasa tanggal 10 Maret 2026"), std::string::npos) << minutes;
    EXPECT_NE(minutes.find("dihadiri oleh 4 dari 5 orang"), std::string::npos);
    // The outside groups present, in the rules' order; the NGO was absent, the unit is not outside.
    EXPECT_NE(minutes.find("yaitu Pengguna layanan, Akademisi/pakar, Dunia usaha/asosiasi,"), std::string::npos);
    EXPECT_NE(minutes.find("diterima 3 masukan"), std::string::npos);
    // The inputs' table: each cell's words (a cell wraps, so the words are looked for one by one).
    for (const std::string word :
         {"Pas foto boleh", "ponsel", "Diterima", "Persyaratan diubah:", "digital", "akta", "Ditolak", "Permenaker",
          "17/2016", "daring", "Belum", "ditindaklanjuti", "Semua", "Pendaftaran", "Andi", "Rina Marlina"}) {
        EXPECT_NE(raw_minutes.find(word), std::string::npos) << word;
    }
    // The attachment lists only those present.
    const std::string attachment = raw_minutes.substr(raw_minutes.find("Lampiran: daftar hadir"));
    EXPECT_NE(attachment.find("Andi Prasetyo"), std::string::npos);
    EXPECT_EQ(attachment.find("Joko Susilo"), std::string::npos) << attachment;
    // A representative of each outside group present signs, before the attachment.
    const std::string signatures = raw_minutes.substr(0, raw_minutes.find("Lampiran: daftar hadir"));
    const std::string representatives = signatures.substr(signatures.find("Perwakilan masyarakat"));
    EXPECT_NE(representatives.find("Rina Marlina"), std::string::npos);
    EXPECT_NE(representatives.find("Andi Prasetyo"), std::string::npos);
    EXPECT_EQ(representatives.find("Bambang Supriyadi"), std::string::npos) << "the unit's own staff";

    // Made again: refused without overwrite, nothing changed.
    EXPECT_THROW((void)MakeFkpDocuments(*m_workspace, Rules(), m_fkp, m_catalogue, m_templates, m_request, out,
                                        test::SourceDir()),
                 UserError);
}

TEST_F(fkp_documents, TheStandardsAndTheMaklumat) {
    const auto out = m_dir / "sp";
    const auto made =
        MakeServiceDocuments(*m_workspace, Rules(), m_catalogue, m_templates, m_request, out, test::SourceDir());
    Keep(made);
    ASSERT_EQ(made.size(), 4U);  // three standards and one maklumat
    const std::string standard = Squeezed(PdfText(out / "standar-pelayanan-1.pdf"));
    EXPECT_NE(standard.find("STANDAR PELAYANAN Pelayanan Kartu Pencari Kerja (AK/I)"), std::string::npos) << standard;
    EXPECT_NE(standard.find("Keputusan Kepala Dinas Tenaga Kerja Nomor 800/117/2026"), std::string::npos);
    EXPECT_NE(standard.find("20 Januari 2026"), std::string::npos);
    EXPECT_NE(standard.find("Proses Penyampaian Pelayanan (Service Delivery)"), std::string::npos);
    EXPECT_NE(standard.find("Internal Organisasi (Manufacturing)"), std::string::npos);
    EXPECT_NE(standard.find("Persyaratan KTP elektronik"), std::string::npos);
    EXPECT_NE(standard.find("Tidak dipungut biaya"), std::string::npos);
    EXPECT_NE(standard.find("Permenaker Nomor 39 Tahun 2016"), std::string::npos);
    EXPECT_NE(standard.find("Kompetensi pelaksana -"), std::string::npos) << "a blank component prints -";
    EXPECT_NE(standard.find("Jaminan pelayanan -"), std::string::npos);
    EXPECT_LT(standard.find("Service Delivery"), standard.find("Dasar hukum"));

    const std::string second = Squeezed(PdfText(out / "standar-pelayanan-2.pdf"));
    EXPECT_NE(second.find("Surat keputusan pengesahan peraturan perusahaan"), std::string::npos);
    EXPECT_NE(second.find("LAMPIRAN : ........"), std::string::npos) << "no decree yet: a line to fill in";
    EXPECT_TRUE(std::filesystem::exists(out / "standar-pelayanan-3.pdf"));

    const std::string maklumat = Squeezed(PdfText(out / "maklumat-pelayanan.pdf"));
    EXPECT_NE(maklumat.find("MAKLUMAT PELAYANAN"), std::string::npos);
    EXPECT_NE(maklumat.find("kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku."),
              std::string::npos)
        << maklumat;
    for (std::size_t i = 0; i < m_catalogue.size(); ++i) {
        EXPECT_NE(maklumat.find(std::to_string(i + 1) + ". " + m_catalogue[i].name), std::string::npos);
    }
    EXPECT_NE(maklumat.find("Kepala Dinas Tenaga Kerja"), std::string::npos);
}

TEST_F(fkp_documents, RendersToBytesAndAnotherSignerByNip) {
    const DocumentTemplate minutes = FindTemplate(test::SourceDir(), "fkp-berita-acara");
    MakeRequest request = m_request;
    request.nip = kStaff;
    const DocumentBase base = LoadDocumentBase(*m_workspace, request);
    const Person& signer = UnitSigner(base.team, request, minutes.name);
    EXPECT_EQ(signer.nip, kStaff);
    const DocumentInput input = FkpDocumentInput(base, signer, minutes, Rules(), m_fkp, m_catalogue);
    const std::string bytes = RenderDocument(minutes, input, FindPdfFonts(test::SourceDir()));
    EXPECT_EQ(bytes.substr(0, 5), "%PDF-");
    EXPECT_EQ(bytes, RenderDocument(minutes, input, FindPdfFonts(test::SourceDir()))) << "the same bytes again";
    // Another forum gets another code.
    FkpSession other = m_fkp;
    other.uid = std::string(32, 'b');
    EXPECT_NE(FkpDocumentCode(minutes, other, kStaff, base.log_head), input.code);
    // Without its forum the template cannot be rendered.
    DocumentInput bare = input;
    bare.context = {};
    EXPECT_THROW((void)RenderDocument(minutes, bare, FindPdfFonts(test::SourceDir())), Error);
}

TEST(fkp_templates, TheWeekdays) {
    EXPECT_EQ(IndonesianWeekday("2026-03-10"), "Selasa");
    EXPECT_EQ(IndonesianWeekday("2026-03-08"), "Minggu");
    EXPECT_EQ(IndonesianWeekday("2026-03-13"), "Jumat");
    EXPECT_EQ(IndonesianWeekday("2026-02-30"), "");
}

TEST(fkp_templates, AFieldOrBlockOutsideItsScopeIsRefusedWithItsLine) {
    const auto refused = [](const std::string& body, const std::string& scope) {
        const std::string xml = R"(<document-template id="uji" format="1" for=")" + scope +
                                "\" code-prefix=\"U\">\n<name>Uji</name>\n" + body + "\n</document-template>\n";
        try {
            (void)ParseTemplate(xml, "uji.xml");
        } catch (const FormError& error) {
            return std::string(error.what());
        }
        return std::string();
    };
    const std::string place = refused("<paragraph>Tempat:\n{fkp.place}</paragraph>", "person");
    EXPECT_NE(place.find("uji.xml"), std::string::npos) << place;
    EXPECT_NE(place.find(":3"), std::string::npos) << place;
    EXPECT_NE(place.find("fkp.place"), std::string::npos) << place;
    EXPECT_NE(refused("<paragraph>{service.name}</paragraph>", "fkp"), "");
    EXPECT_NE(refused("<paragraph>{fkp.day}</paragraph>", "unit"), "");
    EXPECT_NE(refused("<participants/>", "unit"), "");
    EXPECT_NE(refused("<inputs/>", "service"), "");
    EXPECT_NE(refused("<components/>", "fkp"), "");
    EXPECT_NE(refused("<services/>", "person"), "");
    EXPECT_NE(refused("<services/>", "service"), "");
    EXPECT_NE(refused("<signature who=\"representatives\"/>", "unit"), "");
    EXPECT_NE(refused("<participants attended-only=\"ya\"/>", "fkp"), "");
    EXPECT_NE(refused("<paragraph>x</paragraph>", "forum"), "");
    // In their scopes they are fine.
    EXPECT_EQ(refused("<paragraph>{fkp.place} {unit.name} {date}</paragraph><participants attended-only=\"true\"/>"
                      "<inputs/><services/><signature who=\"representatives\"/>",
                      "fkp"),
              "");
    EXPECT_EQ(refused("<paragraph>{service.name} {leader.name}</paragraph><components/>", "service"), "");
    EXPECT_EQ(refused("<services/>", "unit"), "");
}

TEST(fkp_templates, TheShippedTemplatesParseInTheirScopes) {
    const auto templates = LoadShippedTemplates(test::SourceDir());
    const auto scope_of = [&](const std::string& id) {
        for (const auto& document : templates) {
            if (document.id == id) {
                return TemplateScopeName(document.scope) + (document.needs_services ? "+services" : "");
            }
        }
        return std::string("missing");
    };
    EXPECT_EQ(scope_of("pakta-integritas"), "person");
    EXPECT_EQ(scope_of("komitmen-bersama"), "unit");
    EXPECT_EQ(scope_of("sptjm"), "unit");
    EXPECT_EQ(scope_of("surat-pengajuan-evaluasi"), "unit");
    EXPECT_EQ(scope_of("fkp-undangan"), "fkp+services");
    EXPECT_EQ(scope_of("fkp-daftar-hadir"), "fkp+services");
    EXPECT_EQ(scope_of("fkp-berita-acara"), "fkp+services");
    EXPECT_EQ(scope_of("standar-pelayanan"), "service+services");
    EXPECT_EQ(scope_of("maklumat-pelayanan"), "unit+services");
}

TEST_F(fkp_documents, DocumentMakePointsToTheForumAndServiceReports) {
    for (const std::string id : {"fkp-undangan", "standar-pelayanan", "maklumat-pelayanan"}) {
        const DocumentTemplate document = FindTemplate(test::SourceDir(), id);
        try {
            (void)MakeDocuments(*m_workspace, document, m_request, m_dir / "no", test::SourceDir());
            ADD_FAILURE() << id << " was made";
        } catch (const UserError& error) {
            const std::string message = error.what();
            EXPECT_NE(message.find(id == "fkp-undangan" ? "ziwb fkp report" : "ziwb service report"), std::string::npos)
                << message;
            EXPECT_EQ(message.find('\n'), std::string::npos);
        }
    }
    EXPECT_FALSE(std::filesystem::exists(m_dir / "no"));
    // They are not in the list of the unit's documents to sign.
    for (const auto& row : DocumentStatus(*m_workspace, m_templates)) {
        EXPECT_TRUE(row.template_id == "pakta-integritas" || row.template_id == "komitmen-bersama" ||
                    row.template_id == "sptjm" || row.template_id == "surat-pengajuan-evaluasi")
            << row.template_id;
    }
    // The old unit documents are made as before.
    const auto made = MakeDocuments(*m_workspace, FindTemplate(test::SourceDir(), "sptjm"), m_request, m_dir / "old",
                                    test::SourceDir());
    ASSERT_EQ(made.size(), 1U);
    EXPECT_EQ(made.front().path.filename(), "sptjm.pdf");
    EXPECT_EQ(made.front().nip, kHead);
}

}  // namespace
}  // namespace ziwb::core
