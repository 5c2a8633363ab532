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

}  // namespace ziwb::cli
