#include "app/dates_command.hpp"

#include "app/exit_code.hpp"
#include "normalise/date_normaliser.hpp"
#include "render/json_values.hpp"

namespace imr::app {

int run_dates(const DatesOptions& options, std::ostream& out) {
    const auto order = options.mdy ? normalise::DateOrder::mdy : normalise::DateOrder::dmy;
    bool failed = false;
    render::Json list = render::Json::array();
    for (const auto& text : options.texts) {
        auto result = normalise::normalise_date(text, order);
        failed = failed || !result;
        if (options.json) {
            render::Json j;
            j["text"] = text;
            if (result) {
                j["date"] = render::date_json(result->value);
                if (result->time) j["time"] = model::to_string(*result->time);
                j["warnings"] = result->warnings;
                j["error"] = nullptr;
            } else {
                j["date"] = nullptr;
                j["warnings"] = render::Json::array();
                j["error"] = render::Json{{"message", result.error().message},
                                          {"hint", result.error().hint},
                                          {"column", result.error().offset + 1}};
            }
            list.push_back(std::move(j));
            continue;
        }
        out << "'" << text << "'\n";
        if (!result) {
            out << "  error: " << result.error().message;
            if (!result.error().hint.empty()) out << " (" << result.error().hint << ")";
            out << "\n";
            continue;
        }
        const auto& d = result->value;
        out << "  " << model::iso_date(d.start);
        if (d.end != d.start) out << " to " << model::iso_date(d.end);
        out << "  precision " << model::to_string(d.precision)
            << (d.approximate ? ", approximate" : "") << "  EDTF " << d.edtf;
        if (result->time) out << "  time " << model::to_string(*result->time);
        out << "\n";
        for (const auto& w : result->warnings) out << "  warning: " << w << "\n";
    }
    if (options.json) render::write_json(list, out);
    return failed ? k_exit_input : k_exit_ok;
}

}  // namespace imr::app
