#pragma once
// A stand-in for std::expected, for fuzz builds with clang older than 16 only.
//
// libstdc++ 12's <expected> needs P0848 (conditionally trivial special members), which clang
// gained in version 16; with clang 14 it quietly declares nothing, and no file that uses
// std::expected compiles. fuzz/CMakeLists.txt force-includes this header when, and only when,
// the compiler fails a std::expected check. It covers what imr uses (expected<T, E>,
// expected<void, E>, unexpected, value_or) with the standard's meaning. Normal builds (GCC,
// newer clang) never see it.
#include <expected>

#if !defined(__cpp_lib_expected)
#include <exception>
#include <type_traits>
#include <utility>
#include <variant>

namespace std {

template <class E>
class unexpected {
  public:
    template <class Err = E>
    requires(!is_same_v<remove_cvref_t<Err>, unexpected> &&
             !is_same_v<remove_cvref_t<Err>, in_place_t> &&
             is_constructible_v<E, Err>) constexpr explicit unexpected(Err&& error)
        : m_error(std::forward<Err>(error)) {}

    constexpr const E& error() const& noexcept { return m_error; }
    constexpr E& error() & noexcept { return m_error; }
    constexpr E&& error() && noexcept { return std::move(m_error); }

  private:
    E m_error;
};

template <class E>
unexpected(E) -> unexpected<E>;

template <class E>
class bad_expected_access : public exception {
  public:
    explicit bad_expected_access(E error) : m_error(std::move(error)) {}
    const char* what() const noexcept override { return "bad access to std::expected"; }
    const E& error() const& noexcept { return m_error; }

  private:
    E m_error;
};

template <class T, class E>
class expected {
  public:
    using value_type = T;
    using error_type = E;
    using unexpected_type = unexpected<E>;

    constexpr expected() requires is_default_constructible_v<T> : m_value(in_place_index<0>) {}
    template <class U = T>
    requires(!is_same_v<remove_cvref_t<U>, expected> && !is_same_v<remove_cvref_t<U>, in_place_t> &&
             !is_same_v<remove_cvref_t<U>, unexpected<E>> &&
             is_constructible_v<T, U>) constexpr explicit(!is_convertible_v<U, T>)
        expected(U&& value)
        : m_value(in_place_index<0>, std::forward<U>(value)) {}
    template <class G>
    constexpr expected(const unexpected<G>& error) : m_value(in_place_index<1>, error.error()) {}
    template <class G>
    constexpr expected(unexpected<G>&& error)
        : m_value(in_place_index<1>, std::move(error).error()) {}

    constexpr bool has_value() const noexcept { return m_value.index() == 0; }
    constexpr explicit operator bool() const noexcept { return has_value(); }

    constexpr T& operator*() & noexcept { return *get_if<0>(&m_value); }
    constexpr const T& operator*() const& noexcept { return *get_if<0>(&m_value); }
    constexpr T&& operator*() && noexcept { return std::move(*get_if<0>(&m_value)); }
    constexpr T* operator->() noexcept { return get_if<0>(&m_value); }
    constexpr const T* operator->() const noexcept { return get_if<0>(&m_value); }

    constexpr T& value() & {
        check();
        return **this;
    }
    constexpr const T& value() const& {
        check();
        return **this;
    }
    constexpr T&& value() && {
        check();
        return std::move(**this);
    }
    template <class U>
    constexpr T value_or(U&& fallback) const& {
        return has_value() ? **this : static_cast<T>(std::forward<U>(fallback));
    }
    template <class U>
    constexpr T value_or(U&& fallback) && {
        return has_value() ? std::move(**this) : static_cast<T>(std::forward<U>(fallback));
    }

    constexpr E& error() & noexcept { return *get_if<1>(&m_value); }
    constexpr const E& error() const& noexcept { return *get_if<1>(&m_value); }
    constexpr E&& error() && noexcept { return std::move(*get_if<1>(&m_value)); }

  private:
    void check() const {
        if (!has_value()) throw bad_expected_access<E>(error());
    }

    variant<T, E> m_value;
};

template <class E>
class expected<void, E> {
  public:
    using value_type = void;
    using error_type = E;
    using unexpected_type = unexpected<E>;

    constexpr expected() noexcept : m_value(in_place_index<0>) {}
    template <class G>
    constexpr expected(const unexpected<G>& error) : m_value(in_place_index<1>, error.error()) {}
    template <class G>
    constexpr expected(unexpected<G>&& error)
        : m_value(in_place_index<1>, std::move(error).error()) {}

    constexpr bool has_value() const noexcept { return m_value.index() == 0; }
    constexpr explicit operator bool() const noexcept { return has_value(); }
    constexpr void operator*() const noexcept {}
    constexpr void value() const {
        if (!has_value()) throw bad_expected_access<E>(error());
    }

    constexpr E& error() & noexcept { return *get_if<1>(&m_value); }
    constexpr const E& error() const& noexcept { return *get_if<1>(&m_value); }
    constexpr E&& error() && noexcept { return std::move(*get_if<1>(&m_value)); }

  private:
    variant<monostate, E> m_value;
};

}  // namespace std
#endif
