#pragma once

#include <memory>
#include <optional>
#include <utility>

namespace imr::model {

// An optional value kept on the heap: what std::optional<T> is to the reader, at the cost
// of one pointer where the value is absent. For parts of an entry that most entries lack
// (a risk assessment), so that a million entries do not each carry the empty space.
// Copies are deep; comparison compares the values.
template <typename T>
class Boxed {
  public:
    Boxed() = default;
    Boxed(std::nullopt_t) {}
    Boxed(T value) : m_value(std::make_unique<T>(std::move(value))) {}
    Boxed(std::optional<T> value) {
        if (value) m_value = std::make_unique<T>(std::move(*value));
    }
    Boxed(const Boxed& other)
        : m_value(other.m_value ? std::make_unique<T>(*other.m_value) : nullptr) {}
    Boxed(Boxed&&) noexcept = default;
    Boxed& operator=(const Boxed& other) {
        if (this != &other) m_value = other.m_value ? std::make_unique<T>(*other.m_value) : nullptr;
        return *this;
    }
    Boxed& operator=(Boxed&&) noexcept = default;
    ~Boxed() = default;

    bool has_value() const { return m_value != nullptr; }
    explicit operator bool() const { return has_value(); }
    T& operator*() { return *m_value; }
    const T& operator*() const { return *m_value; }
    T* operator->() { return m_value.get(); }
    const T* operator->() const { return m_value.get(); }
    void reset() { m_value.reset(); }

    template <typename... Args>
    T& emplace(Args&&... args) {
        m_value = std::make_unique<T>(std::forward<Args>(args)...);
        return *m_value;
    }

    friend bool operator==(const Boxed& a, const Boxed& b) {
        if (!a.m_value || !b.m_value) return !a.m_value && !b.m_value;
        return *a.m_value == *b.m_value;
    }

  private:
    std::unique_ptr<T> m_value;
};

}  // namespace imr::model
