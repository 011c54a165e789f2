#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <ostream>
#include <streambuf>
#include <string>
#include <thread>

#include "util/progress.hpp"

namespace imr::cmd {

// Draws the library's progress reports as one line on a terminal's standard error
// ("imr: reading 12 of 20 files, 48,113 entries (3.2 s)"), once a run has taken more than
// a second, and clears it when done. Everything the command writes to `err()` (and to
// `out()` when standard output is the same terminal) goes through the meter, so that the
// line never cuts into a diagnostic or the output: it is cleared before any write, is not
// drawn again in the middle of a line, and stops for good once output reaches the
// terminal. Disabled (never draws), it passes writes straight through.
class ProgressMeter {
  public:
    // `enabled`: standard error is a terminal. `out_is_terminal`: so is standard output.
    ProgressMeter(bool enabled, bool out_is_terminal);
    ~ProgressMeter();
    ProgressMeter(const ProgressMeter&) = delete;
    ProgressMeter& operator=(const ProgressMeter&) = delete;

    // What the library calls; empty when the meter is disabled.
    util::ProgressCallback callback();

    // Streams for the command to write its output and diagnostics to.
    std::ostream& out() { return m_out_stream; }
    std::ostream& err() { return m_err_stream; }

  private:
    // Forwards to a real stream buffer, telling the meter first.
    class Tap : public std::streambuf {
      public:
        Tap(ProgressMeter& meter, std::streambuf* target, bool is_out)
            : m_meter(meter), m_target(target), m_is_out(is_out) {}

      protected:
        int_type overflow(int_type c) override;
        std::streamsize xsputn(const char* s, std::streamsize n) override;
        int sync() override;

      private:
        ProgressMeter& m_meter;
        std::streambuf* m_target;
        bool m_is_out;
    };

    void report(const util::ProgressStep& step);
    void before_write(bool is_out);
    void after_write(bool is_out, char last);
    void clear_locked();
    void draw_locked();
    void run();

    bool m_enabled;
    bool m_out_is_terminal;
    std::chrono::steady_clock::time_point m_start;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    bool m_shown = false;        // the line is on the screen now
    bool m_mid_line = false;     // the command has written part of a line to the terminal
    bool m_out_started = false;  // output has reached the terminal: draw no more
    std::string m_stage;
    util::ProgressStep m_step;
    bool m_has_step = false;
    Tap m_out_tap;
    Tap m_err_tap;
    std::ostream m_out_stream;
    std::ostream m_err_stream;
    std::thread m_thread;
};

}  // namespace imr::cmd
