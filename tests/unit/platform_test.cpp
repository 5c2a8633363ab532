// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/platform.hpp"

#include <gtest/gtest.h>

#include <ctime>
#include <fstream>

#include "test_support.hpp"

namespace ziwb::core {
namespace {

// "Dokumen Sri Wulaningsih Ñ 文件" in UTF-8: a space, Latin letters beyond ASCII and CJK.
constexpr const char* kUnicodeName = "Dokumen Sri Wulaningsih \xC3\x91 \xE6\x96\x87\xE4\xBB\xB6";

TEST(Platform, Utf8TextAndPathsRoundTrip) {
    const auto path = PathFromUtf8(kUnicodeName);
    EXPECT_EQ(PathToUtf8(path), kUnicodeName);
    EXPECT_EQ(GenericPathToUtf8(PathFromUtf8("a/b") / PathFromUtf8(kUnicodeName)), std::string("a/b/") + kUnicodeName);
}

TEST(Platform, FilesWithUnicodeNamesAreReadableAndWritable) {
    const test::TempDir folder;
    const auto file = folder.Path() / PathFromUtf8(kUnicodeName);
    EXPECT_FALSE(MayRead(file));
    std::ofstream(file) << "x";
    EXPECT_TRUE(MayRead(file));
    EXPECT_TRUE(MayWrite(file));
    std::filesystem::permissions(file, std::filesystem::perms::owner_write, std::filesystem::perm_options::remove);
    if (AccountName() != "root") {  // root may write anything
        EXPECT_FALSE(MayWrite(file));
    }
}

TEST(Platform, UtcCalendarTime) {
    const std::tm parts = UtcCalendarTime(86400 * 365 + 3600);  // 1971-01-01 01:00 UTC
    EXPECT_EQ(parts.tm_year, 71);
    EXPECT_EQ(parts.tm_yday, 0);
    EXPECT_EQ(parts.tm_hour, 1);
    EXPECT_EQ(TimeFromUtcCalendar(parts), 86400 * 365 + 3600);
}

TEST(Platform, TheRunningProgramAndItsAccount) {
    EXPECT_TRUE(std::filesystem::is_regular_file(RunningProgram(nullptr)));
    EXPECT_FALSE(AccountName().empty());
    char name[] = "program";
    char first[] = "one";
    char second[] = "two words";
    char* argv[] = {name, first, second};
    EXPECT_EQ(CommandLineWords(3, argv), (std::vector<std::string>{"one", "two words"}));
}

TEST(Platform, WindowsDeviceNames) {
    // Microsoft's list, COM0, LPT0 and the console's own names included: what one Windows version
    // accepts another may not, so a name made from stored text avoids them all.
    for (const char* name : {"CON", "con.xlsx", "NUL.tar.gz", "aux", "Prn.txt", "COM1", "lpt9.pdf", "CON .txt", "COM0",
                             "lpt0.txt", "CONIN$", "conout$.log"}) {
        EXPECT_TRUE(IsWindowsDeviceName(name)) << name;
    }
    for (const char* name : {"CONSOLE.xlsx", "LPT10", "COMA", "icon.png", "x.CON", "", "Dokumen"}) {
        EXPECT_FALSE(IsWindowsDeviceName(name)) << name;
    }
}

}  // namespace
}  // namespace ziwb::core
