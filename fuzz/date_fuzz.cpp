// libFuzzer target for the date and time normalisers: any bytes are either read as an ordered
// interval or refused with a message and an offset inside the text, the same in either date
// order unless it says the order decided it. Never a throw or a crash.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "normalise/date_normaliser.hpp"
#include "normalise/time_normaliser.hpp"

namespace {

void check(bool condition) {
    if (!condition) std::abort();
}

void check_date(std::string_view text, imr::normalise::DateOrder order) {
    const auto result = imr::normalise::normalise_date(text, order);
    if (result) {
        const imr::model::DateValue& v = result->value;
        check(v.start <= v.end);
        check(v.text == text);
        check(!v.edtf.empty());
        check(v.approximate == (v.edtf.str().find('~') != std::string::npos));
    } else {
        const imr::normalise::DateProblem& p = result.error();
        check(!p.message.empty());
        check(p.offset >= 0 && static_cast<std::size_t>(p.offset) <= text.size());
    }
}

// A reading the order did not decide is the same in the other order: a chronology whose
// `date_order: mdy` comes after its entries rereads only the dates that say by_order.
void check_order_free(std::string_view text) {
    using imr::normalise::DateOrder;
    const auto dmy = imr::normalise::normalise_date(text, DateOrder::dmy);
    const auto mdy = imr::normalise::normalise_date(text, DateOrder::mdy);
    const bool by_order = dmy ? dmy->by_order : dmy.error().by_order;
    if (by_order) return;
    check(dmy.has_value() == mdy.has_value());
    if (dmy) {
        check(!mdy->by_order && dmy->value == mdy->value && dmy->warnings == mdy->warnings);
        check(dmy->time == mdy->time && dmy->time_text == mdy->time_text);
    } else {
        check(!mdy.error().by_order && dmy.error().message == mdy.error().message);
        check(dmy.error().hint == mdy.error().hint && dmy.error().offset == mdy.error().offset);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    check_date(text, imr::normalise::DateOrder::dmy);
    check_date(text, imr::normalise::DateOrder::mdy);
    check_order_free(text);
    const auto time = imr::normalise::normalise_time(text);
    if (time) {
        check(time->minutes >= 0 && time->minutes < 24 * 60);
    } else {
        check(!time.error().message.empty());
        check(time.error().offset >= 0 && static_cast<std::size_t>(time.error().offset) <= size);
    }
    return 0;
}
