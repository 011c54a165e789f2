// libzip reads the archive from memory; sizes in the central directory are never trusted:
// each part is read in chunks and counted against what the file may expand to.
#include "import/office_archive.hpp"

#include <zip.h>

#include <array>

namespace imr::import {

struct OfficeArchive::State {
    zip_t* archive = nullptr;
    std::string kind;
    std::uintmax_t budget = 0;  // bytes the parts may still expand to

    ~State() {
        if (archive != nullptr) zip_discard(archive);
    }
};

namespace {

// No part of a chronology's document comes near this; a bigger one is a bomb or not ours.
constexpr std::size_t k_max_part_bytes = std::size_t{64} << 20;

bool starts_with_bytes(std::string_view bytes, std::string_view magic) {
    return bytes.size() >= magic.size() && bytes.substr(0, magic.size()) == magic;
}

ReadProblem corrupt(std::string_view kind, std::string_view why) {
    return {
        "the file is not a readable " + std::string(kind) + " document (" + std::string(why) + ")",
        "open it in " + std::string(kind == "Word" ? "Word" : "Excel") +
            " and save it again, or export the chronology as CSV"};
}

}  // namespace

OfficeArchive::OfficeArchive(std::unique_ptr<State> state) : m_state(std::move(state)) {}
OfficeArchive::OfficeArchive(OfficeArchive&&) noexcept = default;
OfficeArchive& OfficeArchive::operator=(OfficeArchive&&) noexcept = default;
OfficeArchive::~OfficeArchive() = default;

std::expected<OfficeArchive, ReadProblem> OfficeArchive::open(std::string_view bytes,
                                                              std::string_view kind,
                                                              std::uintmax_t max_bytes) {
    const std::string_view k_ole2("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    if (starts_with_bytes(bytes, k_ole2)) {
        const bool word = kind == "Word";
        return std::unexpected(ReadProblem{
            std::string("the file is an old-style ") +
                (word ? "Word 97-2003 (.doc)" : "Excel 97-2003 (.xls)") + " document, not " +
                (word ? ".docx" : ".xlsx"),
            std::string("open it in ") + (word ? "Word" : "Excel") + " and save it as " +
                (word ? ".docx (Word Document)" : ".xlsx (Excel Workbook)") +
                ", then run imr import on that file"});
    }
    if (!starts_with_bytes(bytes, "PK"))
        return std::unexpected(corrupt(kind, "it is not a zip archive"));
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
    if (source == nullptr) {
        zip_error_fini(&error);
        return std::unexpected(corrupt(kind, "out of memory"));
    }
    zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
    if (archive == nullptr) {
        const std::string why = zip_error_strerror(&error);
        zip_source_free(source);
        zip_error_fini(&error);
        return std::unexpected(corrupt(kind, "the archive is damaged or cut short: " + why));
    }
    zip_error_fini(&error);
    auto state = std::make_unique<State>();
    state->archive = archive;
    state->kind = std::string(kind);
    state->budget = max_bytes;
    return OfficeArchive(std::move(state));
}

bool OfficeArchive::has(const std::string& name) const {
    return zip_name_locate(m_state->archive, name.c_str(), 0) >= 0;
}

std::expected<std::string, ReadProblem> OfficeArchive::read(const std::string& name) {
    zip_file_t* file = zip_fopen(m_state->archive, name.c_str(), 0);
    if (file == nullptr) {
        return std::unexpected(corrupt(m_state->kind, "'" + name + "' is missing or unreadable"));
    }
    std::string out;
    std::array<char, 64 * 1024> buffer;
    for (;;) {
        const zip_int64_t n = zip_fread(file, buffer.data(), buffer.size());
        if (n < 0) {
            zip_fclose(file);
            return std::unexpected(corrupt(m_state->kind, "'" + name + "' is damaged"));
        }
        if (n == 0) break;
        const auto got = static_cast<std::uintmax_t>(n);
        if (got > m_state->budget || out.size() + got > k_max_part_bytes) {
            zip_fclose(file);
            return std::unexpected(ReadProblem{
                "the file expands to more than the limit imr reads (a zip bomb, or a document "
                "far larger than any chronology)",
                "raise the limit with --max-file-size if the document is genuine"});
        }
        m_state->budget -= got;
        out.append(buffer.data(), static_cast<std::size_t>(n));
    }
    if (zip_fclose(file) != 0) {
        return std::unexpected(corrupt(m_state->kind, "'" + name + "' fails its checksum"));
    }
    return out;
}

}  // namespace imr::import
