#include "commands.hpp"

namespace ziwb::cli {

int RunForms(const std::vector<std::string>&, const Context&);
int RunInit(const std::vector<std::string>&, const Context&);
int RunDemo(const std::vector<std::string>&, const Context&);
int RunInfo(const std::vector<std::string>&, const Context&);
int RunSetPredicate(const std::vector<std::string>&, const Context&);
int RunAnswer(const std::vector<std::string>&, const Context&);
int RunImportAnswers(const std::vector<std::string>&, const Context&);
int RunHistory(const std::vector<std::string>&, const Context&);
int RunScore(const std::vector<std::string>&, const Context&);

const std::vector<Command>& AllCommands() {
    static const std::vector<Command> commands = {
        {"forms", "ziwb forms", "List the LKE forms this installation knows", RunForms},
        {"init", "ziwb init WS --form ID --unit NAME --agency NAME --year YYYY [--predicate WBK]",
         "Create a new workspace file", RunInit},
        {"demo", "ziwb demo WS", "Write the demo workspace (a Dinas Tenaga Kerja, partly answered)", RunDemo},
        {"info", "ziwb info WS", "Show a workspace's unit, form and progress", RunInfo},
        {"set-predicate", "ziwb set-predicate WS none|WBK", "Record the predicate the unit already holds",
         RunSetPredicate},
        {"answer", "ziwb answer WS CODE VALUE [--layer unit|tpi] [--note TEXT] | --clear",
         "Answer one criterion, change its note, or remove its answer", RunAnswer},
        {"import-answers", "ziwb import-answers WS FILE.csv [--layer unit|tpi]",
         "Import answers from a CSV (code,answer[,note]); all rows or none", RunImportAnswers},
        {"history", "ziwb history WS [CODE] [--layer unit|tpi]", "Show every change to the answers", RunHistory},
        {"score", "ziwb score WS [--layer unit|tpi] [--json] [--criteria]",
         "Score the LKE and check WBK/WBBM eligibility", RunScore},
    };
    return commands;
}

}  // namespace ziwb::cli
