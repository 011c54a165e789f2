#pragma once

namespace imr::util {

// Temporary files that must not outlive an interrupted run (spec section 7): a fixed
// table of paths that a signal handler can read without allocating or locking.

// Installs handlers for SIGINT, SIGTERM and SIGHUP that unlink every registered
// temporary file, then re-raise the signal with its default action (so the exit status
// still says which signal ended the run). Call once, from main.
void remove_temp_files_on_signal();

// Registers `path` (copied) for removal on a signal. Returns its slot, or -1 when the
// table is full or the path too long (the file is then only removed by the normal
// cleanup). Not for use from several threads at once.
int register_temp_file(const char* path);

// Forgets a slot from register_temp_file (after the file was renamed or removed);
// -1 is ignored.
void unregister_temp_file(int slot);

}  // namespace imr::util
