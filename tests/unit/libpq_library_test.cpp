// SPDX-License-Identifier: GPL-3.0-or-later
// libpq is loaded by the hub's first connection, not by every start of the programs.
#include <gtest/gtest.h>

#include "common/error.hpp"
#include "common/text.hpp"

#ifdef ZIWB_HAVE_HUB
#include "hub/pg_connection.hpp"
#endif

namespace {

TEST(LibPqLibrary, IsLoadedByTheFirstConnectionOnly) {
#ifdef ZIWB_HAVE_HUB
    ziwb::core::SetLanguage(ziwb::core::Language::English);
    // Linked like ziwb and the workbench, this program has not loaded it: nothing used the hub.
    EXPECT_FALSE(ziwb::core::LibPqLoaded());
    // A hub nobody listens at (port 1 on this computer): libpq is loaded, then says it is unreachable.
    try {
        ziwb::core::PgConnection connection("postgresql://127.0.0.1:1/ziwb?connect_timeout=5");
        ADD_FAILURE() << "a connection to port 1 was made";
    } catch (const ziwb::core::HubError& error) {
        EXPECT_TRUE(error.Unreachable()) << error.what();
        EXPECT_NE(std::string(error.what()).find("127.0.0.1"), std::string::npos) << error.what();
    }
    EXPECT_TRUE(ziwb::core::LibPqLoaded());
#else
    GTEST_SKIP() << "built without the hub (no libpq)";
#endif
}

}  // namespace
