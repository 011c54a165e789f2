#pragma once

#include <algorithm>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <ostream>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace imr::model {

// Where the texts and lists of entries live: blocks of memory that are only ever added
// to, one run of blocks per reading thread, so the words of one file lie together and a
// million entries cost a million small runs of bytes, not a million allocations. Like
// the names (name.hpp), what is stored here is never freed: imr reads one review and
// ends. Thread-safe.
class TextArena {
  public:
    // `bytes` of storage aligned to `align` (at most alignof(std::max_align_t)), which
    // lives as long as the process.
    static void* allocate(std::size_t bytes, std::size_t align);

    // How many bytes the arena has taken from the system so far.
    static std::size_t reserved_bytes();
};

// An agency's text (a summary, an action, a reference), kept once in the arena: a Text is
// one pointer, and copying it copies the pointer. It never changes; assigning a new text
// stores the new one. It reads like a std::string_view and compares by content.
class Text {
  public:
    Text() : m_data(empty_data()) {}
    Text(std::string_view text);                                     // NOLINT: a text is its bytes
    Text(const std::string& text) : Text(std::string_view(text)) {}  // NOLINT
    Text(const char* text) : Text(std::string_view(text)) {}         // NOLINT

    std::string_view view() const { return {m_data, size()}; }
    operator std::string_view() const { return view(); }  // NOLINT
    // A copy, where a std::string is wanted (a renderer's cell): copying is explicit
    // through str() in the code that runs for every entry.
    operator std::string() const { return str(); }  // NOLINT
    std::string str() const { return std::string(view()); }

    std::size_t size() const {
        std::uint32_t n;
        std::memcpy(&n, m_data - sizeof n, sizeof n);
        return n;
    }
    bool empty() const { return size() == 0; }
    const char* data() const { return m_data; }
    const char* c_str() const { return m_data; }  // the bytes end in a NUL
    const char* begin() const { return m_data; }
    const char* end() const { return m_data + size(); }
    char front() const { return m_data[0]; }
    char back() const { return m_data[size() - 1]; }
    char operator[](std::size_t i) const { return m_data[i]; }
    std::size_t find(std::string_view what, std::size_t from = 0) const {
        return view().find(what, from);
    }
    std::size_t find(char what, std::size_t from = 0) const { return view().find(what, from); }

    friend bool operator==(const Text& a, const Text& b) { return a.view() == b.view(); }
    friend bool operator==(const Text& a, std::string_view b) { return a.view() == b; }
    friend bool operator==(const Text& a, const std::string& b) { return a.view() == b; }
    friend bool operator==(const Text& a, const char* b) { return a.view() == b; }
    friend std::strong_ordering operator<=>(const Text& a, const Text& b) {
        return a.view() <=> b.view();
    }
    friend std::strong_ordering operator<=>(const Text& a, std::string_view b) {
        return a.view() <=> b;
    }

    friend std::ostream& operator<<(std::ostream& out, const Text& text) {
        return out << text.view();
    }
    friend std::string operator+(const Text& a, std::string_view b) { return a.str().append(b); }
    friend std::string operator+(const Text& a, const char* b) { return a.str().append(b); }
    friend std::string operator+(const Text& a, const std::string& b) { return a.str().append(b); }
    friend std::string operator+(const Text& a, char b) { return a.str() + b; }
    friend std::string operator+(const std::string& a, const Text& b) {
        return std::string(a).append(b.view());
    }
    friend std::string operator+(std::string&& a, const Text& b) {
        return std::move(a.append(b.view()));
    }
    friend std::string operator+(const char* a, const Text& b) {
        return std::string(a).append(b.view());
    }

  private:
    static const char* empty_data();
    const char* m_data;  // the bytes, preceded by their count (4 bytes) and followed by a NUL
};

// A fixed list kept in the arena (the parties of an entry, its shares): one pointer,
// where a std::vector is three and an allocation of its own. Built whole from a vector
// or a braced list, never changed in place; assigning a new list stores the new one.
template <typename T>
class List {
    static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>,
                  "a List holds plain values: they are copied byte by byte and never destroyed");

  public:
    using value_type = T;
    using const_iterator = const T*;

    List() : m_head(empty_head()) {}
    List(std::span<const T> items) : m_head(store(items)) {}                   // NOLINT
    List(const std::vector<T>& items) : List(std::span<const T>(items)) {}     // NOLINT
    List(std::initializer_list<T> items) : List(std::span<const T>(items)) {}  // NOLINT

    std::size_t size() const { return m_head->count; }
    bool empty() const { return size() == 0; }
    const T* begin() const { return items(); }
    const T* end() const { return items() + size(); }
    const T& operator[](std::size_t i) const { return items()[i]; }
    const T& at(std::size_t i) const {
        if (i >= size()) throw std::out_of_range("List::at");
        return items()[i];
    }
    const T& front() const { return items()[0]; }
    const T& back() const { return items()[size() - 1]; }
    std::vector<T> to_vector() const { return {begin(), end()}; }

    friend bool operator==(const List& a, const List& b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end());
    }

  private:
    struct alignas(alignof(T) > 8 ? alignof(T) : 8) Head {
        std::uint32_t count;
    };
    static_assert(sizeof(Head) % alignof(T) == 0);

    const T* items() const { return reinterpret_cast<const T*>(m_head + 1); }

    static const Head* empty_head() {
        static const Head empty{0};
        return &empty;
    }
    static const Head* store(std::span<const T> items) {
        if (items.empty()) return empty_head();
        void* at = TextArena::allocate(sizeof(Head) + items.size() * sizeof(T), alignof(Head));
        auto* head = new (at) Head{static_cast<std::uint32_t>(items.size())};
        std::memcpy(static_cast<void*>(head + 1), items.data(), items.size() * sizeof(T));
        return head;
    }

    const Head* m_head;
};

}  // namespace imr::model

template <>
struct std::hash<imr::model::Text> {
    std::size_t operator()(const imr::model::Text& text) const noexcept {
        return std::hash<std::string_view>{}(text.view());
    }
};
