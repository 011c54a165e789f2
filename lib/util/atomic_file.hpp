#pragma once

#include <expected>
#include <string>
#include <string_view>
#include <vector>

namespace imr::util {

// Writes `content` to `path` so that readers see the old file or the whole new one,
// never a part: into a temporary file in the same folder (mode 0600: these are
// confidential documents), flushed to disk, then renamed into place. On failure the
// old file is untouched, no temporary file remains, and the reason is returned.
std::expected<void, std::string> write_file_atomically(const std::string& path, std::string_view content);

// True when `output` names the same file as any of `inputs` (through links, `./` and
// other spellings too).
bool same_file_as_any(const std::string& output, const std::vector<std::string>& inputs);

}  // namespace imr::util
