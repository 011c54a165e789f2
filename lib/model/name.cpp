#include "model/name.hpp"

#include <mutex>
#include <unordered_map>
#include <unordered_set>

namespace imr::model {
namespace {

struct TextHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const noexcept {
        return std::hash<std::string_view>{}(text);
    }
};

struct Pool {
    std::mutex mutex;
    // Node-based: a stored string never moves, so Names may point at it.
    std::unordered_set<std::string, TextHash, std::equal_to<>> texts;
};

Pool& pool() {
    static Pool* p = new Pool;  // never destroyed: Names may outlive any static object
    return *p;
}

}  // namespace

const std::string& Name::empty_text() {
    static const std::string* empty = new std::string;
    return *empty;
}

Name::Name(std::string_view text) : m_text(&empty_text()) {
    if (text.empty()) return;
    // Each thread remembers the names it has seen, so that reading files in parallel
    // takes the pool's lock once per distinct name, not once per entry. Its keys view
    // the pooled texts, which never move.
    thread_local std::unordered_map<std::string_view, const std::string*, TextHash> seen;
    if (auto known = seen.find(text); known != seen.end()) {
        m_text = known->second;
        return;
    }
    Pool& p = pool();
    {
        std::lock_guard lock(p.mutex);
        auto it = p.texts.find(text);
        if (it == p.texts.end()) it = p.texts.emplace(text).first;
        m_text = &*it;
    }
    seen.emplace(*m_text, m_text);
}

}  // namespace imr::model
