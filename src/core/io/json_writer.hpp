#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ziwb::core {

/// A small streaming JSON writer: objects, arrays, strings (UTF-8, escaped), numbers, null.
/// Commas are placed automatically; the caller pairs Begin/End calls.
class JsonWriter {
public:
    JsonWriter& BeginObject();
    JsonWriter& EndObject();
    JsonWriter& BeginArray();
    JsonWriter& EndArray();
    JsonWriter& Key(std::string_view key);
    JsonWriter& String(std::string_view value);
    JsonWriter& Number(double value);
    JsonWriter& Number(std::optional<double> value);
    JsonWriter& Integer(long long value);
    JsonWriter& Bool(bool value);
    JsonWriter& Null();
    [[nodiscard]] const std::string& Text() const { return m_out; }

private:
    void Separate();
    std::string m_out;
    std::vector<bool> m_first;  ///< per open container: no element written yet
    bool m_after_key = false;
};

}  // namespace ziwb::core
