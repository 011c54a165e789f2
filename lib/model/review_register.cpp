#include "model/review_register.hpp"

namespace imr::model {

ReviewInput without_entries(const ReviewInput& input) {
    ReviewInput out;
    out.review_register = input.review_register;
    out.diagnostics = input.diagnostics;
    out.files = input.files;
    out.chronologies.reserve(input.chronologies.size());
    for (const auto& chronology : input.chronologies) {
        Chronology copy;
        copy.path = chronology.path;
        copy.name = chronology.name;
        copy.agency = chronology.agency;
        copy.agency_loc = chronology.agency_loc;
        copy.author = chronology.author;
        copy.review = chronology.review;
        copy.review_loc = chronology.review_loc;
        copy.covers = chronology.covers;
        copy.mdy = chronology.mdy;
        copy.entry_count = chronology.entry_count;
        out.chronologies.push_back(std::move(copy));
    }
    return out;
}

}  // namespace imr::model
