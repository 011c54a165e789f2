#pragma once

#include <compare>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

namespace imr::model {

// A short text that recurs on every entry (a file name, an agency, a party id, an
// indicator), kept once per process: a Name is one pointer to the shared copy, not a
// string of its own. A million entries of one agency then hold one "Northvale
// Constabulary", not a million. Names are never freed; there are as many as the review
// has distinct names. It reads like a const std::string and compares by text, so the
// order of names never depends on where they were stored. Interning is thread-safe.
class Name {
  public:
    Name() : m_text(&empty_text()) {}
    Name(std::string_view text);                                     // NOLINT: a name is its text
    Name(const std::string& text) : Name(std::string_view(text)) {}  // NOLINT
    Name(const char* text) : Name(std::string_view(text)) {}         // NOLINT

    const std::string& str() const { return *m_text; }
    operator const std::string&() const { return *m_text; }  // NOLINT
    operator std::string_view() const { return *m_text; }    // NOLINT

    bool empty() const { return m_text->empty(); }
    std::size_t size() const { return m_text->size(); }
    const char* c_str() const { return m_text->c_str(); }
    const char* data() const { return m_text->data(); }
    auto begin() const { return m_text->begin(); }
    auto end() const { return m_text->end(); }
    char front() const { return m_text->front(); }

    // Equal texts are one copy, so equal names are one pointer.
    friend bool operator==(const Name& a, const Name& b) { return a.m_text == b.m_text; }
    friend bool operator==(const Name& a, std::string_view b) { return *a.m_text == b; }
    friend bool operator==(const Name& a, const std::string& b) { return *a.m_text == b; }
    friend bool operator==(const Name& a, const char* b) { return *a.m_text == b; }
    friend std::strong_ordering operator<=>(const Name& a, const Name& b) {
        return a.m_text == b.m_text ? std::strong_ordering::equal : *a.m_text <=> *b.m_text;
    }
    friend std::strong_ordering operator<=>(const Name& a, std::string_view b) {
        return std::string_view(*a.m_text) <=> b;
    }

    friend std::ostream& operator<<(std::ostream& out, const Name& name) {
        return out << *name.m_text;
    }
    friend std::string operator+(const Name& a, std::string_view b) {
        return std::string(*a.m_text).append(b);
    }
    friend std::string operator+(const Name& a, const char* b) {
        return std::string(*a.m_text).append(b);
    }
    friend std::string operator+(const Name& a, const std::string& b) { return *a.m_text + b; }
    friend std::string operator+(const Name& a, char b) { return *a.m_text + b; }
    friend std::string operator+(const std::string& a, const Name& b) { return a + *b.m_text; }
    friend std::string operator+(std::string&& a, const Name& b) {
        return std::move(a.append(*b.m_text));
    }
    friend std::string operator+(const char* a, const Name& b) { return a + *b.m_text; }
    friend std::string operator+(const Name& a, const Name& b) { return *a.m_text + *b.m_text; }

  private:
    static const std::string& empty_text();
    const std::string* m_text;
};

}  // namespace imr::model

template <>
struct std::hash<imr::model::Name> {
    std::size_t operator()(const imr::model::Name& name) const noexcept {
        return std::hash<std::string_view>{}(name.str());
    }
};
