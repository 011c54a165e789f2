#include "util/text_matcher.hpp"

namespace imr::util {

std::string replace_matches(std::string_view text, const std::vector<TextMatch>& matches,
                            const std::vector<std::string>& replacements) {
    if (matches.empty()) return std::string(text);
    std::string out;
    std::size_t last = 0;
    for (const auto& m : matches) {
        out.append(text.substr(last, m.begin - last));
        out += replacements[m.index];
        last = m.end;
    }
    out.append(text.substr(last));
    return out;
}

}  // namespace imr::util
