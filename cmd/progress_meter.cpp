#include "progress_meter.hpp"

#include <cstdio>
#include <iostream>

namespace imr::cmd {
namespace {

constexpr auto k_delay = std::chrono::seconds(1);  // quiet runs draw nothing
constexpr auto k_tick = std::chrono::milliseconds(100);

// 1234567 -> "1,234,567"
std::string grouped(std::uint64_t n) {
    std::string digits = std::to_string(n);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

}  // namespace

ProgressMeter::ProgressMeter(bool enabled, bool out_is_terminal)
    : m_enabled(enabled),
      m_out_is_terminal(out_is_terminal),
      m_start(std::chrono::steady_clock::now()),
      m_out_tap(*this, std::cout.rdbuf(), true),
      m_err_tap(*this, std::cerr.rdbuf(), false),
      // Output to a file or a pipe cannot meet the line: no need to watch it.
      m_out_stream(enabled && out_is_terminal ? static_cast<std::streambuf*>(&m_out_tap)
                                              : std::cout.rdbuf()),
      m_err_stream(enabled ? static_cast<std::streambuf*>(&m_err_tap) : std::cerr.rdbuf()) {
    if (m_enabled) m_thread = std::thread([this] { run(); });
}

ProgressMeter::~ProgressMeter() {
    if (!m_enabled) return;
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
        clear_locked();
    }
    m_wake.notify_all();
    m_thread.join();
    m_out_stream.flush();
    m_err_stream.flush();
}

util::ProgressCallback ProgressMeter::callback() {
    if (!m_enabled) return {};
    return [this](const util::ProgressStep& step) { report(step); };
}

void ProgressMeter::report(const util::ProgressStep& step) {
    const std::lock_guard lock(m_mutex);
    m_stage = step.stage;  // the library's view may not outlive the call
    m_step = step;
    m_has_step = true;
}

void ProgressMeter::before_write(bool is_out) {
    const std::lock_guard lock(m_mutex);
    clear_locked();
    if (is_out && m_out_is_terminal) m_out_started = true;
}

void ProgressMeter::after_write(bool is_out, char last) {
    if (is_out && !m_out_is_terminal) return;
    const std::lock_guard lock(m_mutex);
    m_mid_line = last != '\n';
}

void ProgressMeter::clear_locked() {
    if (!m_shown) return;
    std::fputs("\r\x1b[K", stderr);
    std::fflush(stderr);
    m_shown = false;
}

void ProgressMeter::draw_locked() {
    if (!m_has_step || m_mid_line || m_out_started || m_stop) return;
    const auto elapsed = std::chrono::steady_clock::now() - m_start;
    if (elapsed < k_delay) return;
    std::string line = "imr: " + m_stage;
    if (m_stage == "reading") {
        line += " " + grouped(m_step.done) + " of " + grouped(m_step.total) +
                (m_step.total == 1 ? " file" : " files");
        line += ", " + grouped(m_step.entries) + (m_step.entries == 1 ? " entry" : " entries");
    } else {
        line += " " + grouped(m_step.entries) + (m_step.entries == 1 ? " entry" : " entries");
    }
    const auto tenths =
        std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count() / 100;
    line += " (" + std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " s)";
    std::cerr.flush();
    std::fputs(("\r\x1b[K" + line).c_str(), stderr);
    std::fflush(stderr);
    m_shown = true;
}

void ProgressMeter::run() {
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        m_wake.wait_for(lock, k_tick);
        draw_locked();
    }
}

ProgressMeter::Tap::int_type ProgressMeter::Tap::overflow(int_type c) {
    if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
    m_meter.before_write(m_is_out);
    const int_type result = m_target->sputc(traits_type::to_char_type(c));
    m_meter.after_write(m_is_out, traits_type::to_char_type(c));
    return result;
}

std::streamsize ProgressMeter::Tap::xsputn(const char* s, std::streamsize n) {
    if (n <= 0) return 0;
    m_meter.before_write(m_is_out);
    const std::streamsize written = m_target->sputn(s, n);
    m_meter.after_write(m_is_out, s[n - 1]);
    return written;
}

int ProgressMeter::Tap::sync() { return m_target->pubsync(); }

}  // namespace imr::cmd
