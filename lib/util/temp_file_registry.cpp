#include "util/temp_file_registry.hpp"

#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstring>

namespace imr::util {
namespace {

constexpr int k_slots = 16;
constexpr std::size_t k_path_bytes = 4096;

// A slot is written only while `used` is 0 and published by setting it to 1, so the
// handler never reads a half-copied path.
char g_paths[k_slots][k_path_bytes];
volatile std::sig_atomic_t g_used[k_slots];

extern "C" void remove_and_reraise(int signal_number) {
    for (int i = 0; i < k_slots; ++i) {
        if (g_used[i]) ::unlink(g_paths[i]);  // async-signal-safe
    }
    std::signal(signal_number, SIG_DFL);
    std::raise(signal_number);
}

}  // namespace

void remove_temp_files_on_signal() {
    for (int signal_number : {SIGINT, SIGTERM, SIGHUP}) {
        struct sigaction action {};
        action.sa_handler = remove_and_reraise;
        sigemptyset(&action.sa_mask);
        // The other two wait while one is handled, so no file is unlinked twice at once.
        for (int other : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&action.sa_mask, other);
        action.sa_flags = SA_RESETHAND;
        ::sigaction(signal_number, &action, nullptr);
    }
}

int register_temp_file(const char* path) {
    const std::size_t length = std::strlen(path);
    if (length >= k_path_bytes) return -1;
    for (int i = 0; i < k_slots; ++i) {
        if (g_used[i]) continue;
        std::memcpy(g_paths[i], path, length + 1);
        std::atomic_signal_fence(std::memory_order_seq_cst);
        g_used[i] = 1;
        return i;
    }
    return -1;
}

void unregister_temp_file(int slot) {
    if (slot >= 0 && slot < k_slots) g_used[slot] = 0;
}

}  // namespace imr::util
