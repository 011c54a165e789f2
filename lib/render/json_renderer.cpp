// The combined chronology as spec section 5's JSON object. Optional fields that the
// agency did not write are null, so every entry has the same keys.
#include "render/json_renderer.hpp"

#include <algorithm>
#include <cstdio>
#include <sstream>
#include <string_view>

#include "render/json_values.hpp"
#include "render/renderer.hpp"
#include "util/thread_pool.hpp"
#include "util/utf8.hpp"

namespace imr::render {
namespace {

Json text_or_null(const std::string& text) { return text.empty() ? Json(nullptr) : Json(text); }

Json score_json(const std::optional<std::string>& score) {
    if (!score) return nullptr;
    Json number = Json::parse(*score, nullptr, false);
    return number.is_number() ? number : Json(*score);
}

// One entry of "entries", written straight into `out` as nlohmann's dump(2) would write
// it at that depth (its keys at six spaces): building a JSON value per entry and dumping
// it took most of `imr merge --format json`'s time on a big review. The goldens and
// json_renderer_test hold the bytes to nlohmann's.
class EntryWriter {
  public:
    explicit EntryWriter(std::string& out) : m_out(out) {}

    void write(const merge::CombinedEntry& m) {
        const model::Entry& e = m.entry;
        m_out += "{\n";
        key(6, "seq", false);
        m_out += std::to_string(m.seq);
        key(6, "agency");
        text(m.agency);
        key(6, "date");
        m_out += "{\n";
        key(8, "text", false);
        text(e.date.text);
        key(8, "start");
        text(model::iso_date(e.date.start));
        key(8, "end");
        text(model::iso_date(e.date.end));
        key(8, "precision");
        text(model::to_string(e.date.precision));
        key(8, "approximate");
        m_out += e.date.approximate ? "true" : "false";
        key(8, "edtf");
        text(e.date.edtf);
        close(6, '}');
        key(6, "time");
        if (e.time) {
            text(model::to_string(*e.time));
        } else {
            m_out += "null";
        }
        key(6, "ref");
        text_or_null(e.ref);
        key(6, "type");
        text_or_null(e.type);
        key(6, "parties");
        texts(6, m.party_ids);
        key(6, "summary");
        text(e.summary);
        key(6, "action");
        text_or_null(e.action);
        key(6, "comment");
        text_or_null(e.comment);
        key(6, "indicators");
        texts(6, m.indicators);
        key(6, "risk");
        if (e.risk) {
            m_out += "{\n";
            key(8, "tool", false);
            text_or_null(e.risk->tool);
            key(8, "level");
            if (e.risk->level) {
                text(model::to_string(*e.risk->level));
            } else {
                m_out += "null";
            }
            key(8, "score");
            m_out += score_json(e.risk->score).dump(2, ' ', false, Json::error_handler_t::replace);
            key(8, "subject");
            text_or_null(m.risk_subject);
            close(6, '}');
        } else {
            m_out += "null";
        }
        key(6, "shared_with");
        shares(m.shared_with);
        key(6, "received_from");
        shares(m.received_from);
        key(6, "significant");
        m_out += e.significant ? "true" : "false";
        if (e.historic) {  // only when written, so that other files' output is unchanged
            key(6, "historic");
            m_out += "true";
        }
        key(6, "event");
        m_out += m.event ? std::to_string(*m.event) : std::string("null");
        key(6, "source");
        m_out += "{\n";
        key(8, "file", false);
        text(m.file);
        key(8, "line");
        m_out += std::to_string(e.loc.line);
        close(6, '}');
        close(4, '}');
    }

  private:
    // `,` and a new line before every key but a container's first, then the key.
    void key(int indent, std::string_view name, bool comma = true) {
        append_json_key(name, indent, comma, m_out);
    }

    void close(int indent, char bracket) {
        m_out += '\n';
        m_out.append(static_cast<std::size_t>(indent), ' ');
        m_out += bracket;
    }

    void text_or_null(std::string_view value) {
        if (value.empty()) {
            m_out += "null";
        } else {
            text(value);
        }
    }

    void text(std::string_view value) { append_json_text(value, m_out); }

    template <typename List>
    void texts(int indent, const List& values) {
        if (values.empty()) {
            m_out += "[]";
            return;
        }
        m_out += "[\n";
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (i > 0) m_out += ",\n";
            m_out.append(static_cast<std::size_t>(indent + 2), ' ');
            text(values[i]);
        }
        close(indent, ']');
    }

    void shares(const model::List<merge::ResolvedShare>& list) {
        if (list.empty()) {
            m_out += "[]";
            return;
        }
        m_out += "[\n";
        for (std::size_t i = 0; i < list.size(); ++i) {
            const auto& share = list[i];
            if (i > 0) m_out += ",\n";
            m_out.append(8, ' ');
            m_out += "{\n";
            key(10, "agency", false);
            text(share.agency);
            key(10, "date");
            text(model::iso_date(share.date.start));
            if (!share.about.empty()) {
                key(10, "about");
                texts(10, share.about);
            }
            if (!share.how.empty()) {
                key(10, "how");
                text(share.how);
            }
            close(8, '}');
        }
        close(6, ']');
    }

    std::string& m_out;
};

}  // namespace

void render_json(const merge::CombinedChronology& merged, std::ostream& out, unsigned jobs) {
    Json root;
    root["format"] =
        "imr-combined/1";  // so that `imr merge` can read it back (load/combined_reader)
    root["review"] = text_or_null(merged.review);
    root["agencies"] = merged.agencies;
    // The entries are written one at a time into their place in the document, so a big
    // chronology is never held as one JSON value (or one string) in memory: the bytes are
    // those write_json would give for the whole.
    root["entries"] = nullptr;
    Json diagnostics = Json::array();
    for (const auto& d : merged.diagnostics) diagnostics.push_back(diagnostic_json(d));
    root["diagnostics"] = std::move(diagnostics);
    // Extensions to spec section 5's shape, after its keys.
    root["redacted"] = merged.redacted;
    const std::string notice = private_names_notice(merged);
    root["notice"] = text_or_null(notice);
    root["filter"] = text_or_null(merged.filter);
    std::ostringstream whole;
    write_json(root, whole);
    const std::string text = whole.str();
    // The top-level key is the only one at two spaces' indent (strings hold no raw line breaks).
    const std::string key = "\n  \"entries\": null";
    const std::size_t at = text.find(key) + key.size() - 4;
    out.write(text.data(), static_cast<std::streamsize>(at));
    if (merged.entries.empty()) {
        out << "[]";
    } else {
        // Each round, every thread writes one batch of entries into a buffer of its own;
        // then the buffers go out in order. Memory stays at a few batches.
        constexpr std::size_t k_batch = 4096;
        const std::size_t threads = std::max(1u, jobs);
        const std::size_t n = merged.entries.size();
        std::vector<std::string> buffers(threads);
        out << "[\n";
        for (std::size_t round = 0; round < n; round += threads * k_batch) {
            util::parallel_for(threads, jobs, [&](std::size_t t) {
                std::string& chunk = buffers[t];
                chunk.clear();
                EntryWriter writer(chunk);
                const std::size_t from = std::min(n, round + t * k_batch);
                const std::size_t to = std::min(n, from + k_batch);
                for (std::size_t i = from; i < to; ++i) {
                    chunk += i == 0 ? "    " : ",\n    ";
                    writer.write(merged.entries[i]);
                }
            });
            for (const auto& chunk : buffers)
                out.write(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        }
        out << "\n  ]";
    }
    out.write(text.data() + at + 4, static_cast<std::streamsize>(text.size() - at - 4));
}

}  // namespace imr::render
