#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/review_register.hpp"
#include "util/progress.hpp"

namespace imr::load {

// The largest file imr reads: generous for a chronology (a million entries is ~200 MiB),
// and a bound on what a hostile or mistaken input (a disk image, a video) can cost.
inline constexpr std::uintmax_t k_max_file_bytes = std::uintmax_t{256} << 20;

// How files are read: what `--jobs` and `--max-file-size` set.
struct ReadOptions {
    unsigned jobs = 0;                                 // files read at once; 0: one per core
    std::uintmax_t max_file_bytes = k_max_file_bytes;  // a bigger file is refused unread
    // Files this run writes (its `-o`): never read as input, skipped with a note when a
    // folder holds them.
    std::vector<std::string> own_outputs;
    util::ProgressCallback progress;  // told of each file read ("reading", files, entries)
};

// "256 MiB", "1.5 KiB", "300 bytes": a size for a message.
std::string size_phrase(std::uintmax_t bytes);

// The diagnostic code for a file or folder that could not be read (exit code 3).
inline constexpr const char* k_unreadable = "unreadable";

// Reads review folders and files (spec section 1): in a folder, review.yaml (or .yml,
// .json) as the register and every other .yaml, .yml and .json file as a chronology,
// in byte order of their names. In a folder (1.1): imr's own outputs (`format:
// imr-combined/1`, or one of `options.own_outputs`) are skipped with a note; office
// documents are errors whose hint is the `imr import` command; hidden files, notes and
// pictures are ignored; a subfolder is not read (a note when it holds chronologies); a
// folder with no chronology is an error (`no-chronologies`). Anything that is not a
// regular file is an error and is never opened for reading; no file is read past
// `options.max_file_bytes`, whatever its size claims.
// A file given by name is a register when it is named review.* or says
// `format: imr-review/1`. Every problem of every file becomes a diagnostic; a file that
// cannot be parsed does not stop the others, nor does one over `options.max_file_bytes`.
// Files are read on `options.jobs` threads (0: one per core); the result is the same for
// any number. Never throws on bad input.
model::ReviewInput load_review(const std::vector<std::string>& paths,
                               const ReadOptions& options = {});

// Parses one file's contents already in memory: for tests, fuzzers and benchmarks.
// `path` names it in diagnostics; the register is recognised as in load_review.
void load_text(std::string_view bytes, const std::string& path, const std::string& name,
               model::ReviewInput& input);

}  // namespace imr::load
