#include "commands/command_support.hpp"

#include "common/error.hpp"
#include "common/text.hpp"

namespace ziwb::cli {

core::Layer LayerOption(const Arguments& args) {
    return core::ParseLayer(args.Option("layer").value_or("unit"));
}

std::string AuthorOption(const Arguments& args) {
    return args.Option("author").value_or(core::DefaultAuthor());
}

void Print(const std::string& text) {
    std::cout << text << std::flush;
    if (!std::cout) {
        throw core::Error(core::Tr("could not write the output"));
    }
}

std::int64_t PositiveNumber(const std::string& text, const std::string& not_a_number) {
    try {
        std::size_t used = 0;
        const long long number = std::stoll(text, &used);
        if (used == text.size() && number > 0) {
            return number;
        }
    } catch (const std::exception&) {
    }
    throw core::UserError(core::Format(not_a_number, {text}));
}

}  // namespace ziwb::cli
