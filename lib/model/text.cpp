#include "model/text.hpp"

#include <cstdlib>
#include <limits>
#include <mutex>
#include <new>

namespace imr::model {
namespace {

constexpr std::size_t k_block_bytes = std::size_t{1} << 20;

// Every block ever taken, so that they stay reachable (leak checkers see them in use).
struct Blocks {
    std::mutex mutex;
    std::vector<void*> taken;
    std::size_t bytes = 0;
};

Blocks& blocks() {
    static Blocks* b = new Blocks;  // never destroyed: texts may outlive any static object
    return *b;
}

void* take_block(std::size_t bytes) {
    void* block = std::malloc(bytes);
    if (block == nullptr) throw std::bad_alloc();
    Blocks& b = blocks();
    std::lock_guard lock(b.mutex);
    b.taken.push_back(block);
    b.bytes += bytes;
    return block;
}

// The current block of this thread: [next, end).
struct Run {
    char* next = nullptr;
    char* end = nullptr;
};

}  // namespace

void* TextArena::allocate(std::size_t bytes, std::size_t align) {
    thread_local Run run;
    const auto aligned = [align](char* p) {
        const auto at = reinterpret_cast<std::uintptr_t>(p);
        return reinterpret_cast<char*>((at + align - 1) & ~(std::uintptr_t{align} - 1));
    };
    if (run.next != nullptr) {
        char* at = aligned(run.next);
        if (at <= run.end && static_cast<std::size_t>(run.end - at) >= bytes) {
            run.next = at + bytes;
            return at;
        }
    }
    if (bytes > k_block_bytes / 4) return take_block(bytes);  // a long text: a block of its own
    char* block = static_cast<char*>(take_block(k_block_bytes));
    run = {block + bytes, block + k_block_bytes};  // malloc's alignment serves every `align`
    return block;
}

std::size_t TextArena::reserved_bytes() {
    Blocks& b = blocks();
    std::lock_guard lock(b.mutex);
    return b.bytes;
}

const char* Text::empty_data() {
    alignas(4) static const char empty[5] = {0, 0, 0, 0, 0};
    return empty + 4;
}

Text::Text(std::string_view text) : m_data(empty_data()) {
    if (text.empty()) return;
    if (text.size() > std::numeric_limits<std::uint32_t>::max()) throw std::length_error("Text");
    const auto n = static_cast<std::uint32_t>(text.size());
    char* at =
        static_cast<char*>(TextArena::allocate(sizeof n + text.size() + 1, alignof(std::uint32_t)));
    std::memcpy(at, &n, sizeof n);
    std::memcpy(at + sizeof n, text.data(), text.size());
    at[sizeof n + text.size()] = '\0';
    m_data = at + sizeof n;
}

}  // namespace imr::model
