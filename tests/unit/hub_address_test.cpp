// SPDX-License-Identifier: GPL-3.0-or-later
// The hub client's text handling that never needs a server: addresses kept without their
// password, and the text[] literals a batch of entries travels in.
#include <gtest/gtest.h>

#include "hub/pg_array.hpp"
#include "hub/pg_connection.hpp"

using namespace ziwb::core;

TEST(HubAddress, PasswordsNeverStay) {
    EXPECT_EQ(RedactAddress("postgresql://siti:rahasia@hub.pemda.go.id:5432/ziwb_hub"),
              "postgresql://siti@hub.pemda.go.id:5432/ziwb_hub");
    EXPECT_EQ(RedactAddress("postgresql://siti@hub/ziwb_hub?password=rahasia&sslmode=require"),
              "postgresql://siti@hub/ziwb_hub?sslmode=require");
    EXPECT_EQ(RedactAddress("postgresql://siti@hub/ziwb_hub?sslmode=require&password=rahasia"),
              "postgresql://siti@hub/ziwb_hub?sslmode=require");
    EXPECT_EQ(RedactAddress("host=hub dbname=ziwb_hub password='ra has\\'ia' user=siti"),
              "host=hub dbname=ziwb_hub user=siti");
    EXPECT_EQ(RedactAddress("host=hub password=rahasia"), "host=hub");
    // Nothing to take away: unchanged.
    EXPECT_EQ(RedactAddress("postgresql://siti@hub/ziwb_hub"), "postgresql://siti@hub/ziwb_hub");
    EXPECT_EQ(RedactAddress("host=/run/postgresql dbname=ziwb_hub"), "host=/run/postgresql dbname=ziwb_hub");
}

TEST(HubAddress, TextArraysQuoteWhatJsonHolds) {
    EXPECT_EQ(TextArray({}), "{}");
    EXPECT_EQ(TextArray({"a", ""}), "{\"a\",\"\"}");
    // Quotes and backslashes of an entry's JSON body, and the braces and commas around them.
    EXPECT_EQ(TextArray({R"({"note":"a \"b\" \\ c, {d}"})"}), R"({"{\"note\":\"a \\\"b\\\" \\\\ c, {d}\"}"})");
}
