// The compact model's texts and lists (model/text.hpp): one pointer each into the arena,
// reading and comparing like the strings and vectors they replace.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <unordered_set>
#include <vector>

#include "model/entry.hpp"
#include "model/text.hpp"

namespace {
using imr::model::List;
using imr::model::Name;
using imr::model::Text;

TEST(Text, IsOnePointerAndReadsLikeTheStringItWasMadeFrom) {
    static_assert(sizeof(Text) == sizeof(void*));
    const std::string written = "Ms K attended A&E with a cut above the eye.";
    const Text text(written);
    EXPECT_EQ(text, written);
    EXPECT_EQ(text.size(), written.size());
    EXPECT_EQ(std::string(text.c_str()), written);  // NUL-terminated
    EXPECT_EQ(text.str(), written);
    EXPECT_EQ(text.find("A&E"), written.find("A&E"));
    EXPECT_EQ("[" + text + "]", "[" + written + "]");
    EXPECT_NE(text.data(), written.data());  // a copy: the source may go
}

TEST(Text, KeepsEveryByteIncludingNulAndInvalidUtf8) {
    const std::string bytes = std::string("nul ") + '\0' + " and \xFF\xC3 cut";
    const Text text(bytes);
    EXPECT_EQ(text.size(), bytes.size());
    EXPECT_EQ(text.view(), bytes);
}

TEST(Text, EmptyTextsAreEqualAndCostNothing) {
    const Text a;
    const Text b("");
    EXPECT_TRUE(a.empty());
    EXPECT_EQ(a, b);
    EXPECT_EQ(a.data(), b.data());
    EXPECT_EQ(a.c_str()[0], '\0');
}

TEST(Text, ComparesByContentNotByWhereItIsKept) {
    const Text a("referral");
    const Text b(std::string("referral"));
    EXPECT_NE(a.data(), b.data());
    EXPECT_EQ(a, b);
    EXPECT_LT(Text("assessment"), Text("referral"));
    EXPECT_EQ(std::hash<Text>{}(a), std::hash<Text>{}(b));
}

TEST(Text, ALongTextGetsABlockOfItsOwn) {
    const std::string long_text(3 << 20, 'x');
    const Text text(long_text);
    EXPECT_EQ(text.view(), long_text);
    EXPECT_GE(imr::model::TextArena::reserved_bytes(), long_text.size());
}

TEST(Text, ThreadsStoreTextsAtOnceWithoutLosingAny) {
    std::vector<std::vector<Text>> made(4);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < made.size(); ++t) {
        threads.emplace_back([&made, t] {
            for (int i = 0; i < 20000; ++i)
                made[t].emplace_back(std::to_string(t) + ":" + std::to_string(i));
        });
    }
    for (auto& thread : threads) thread.join();
    for (std::size_t t = 0; t < made.size(); ++t) {
        ASSERT_EQ(made[t].size(), 20000u);
        for (int i = 0; i < 20000; i += 997)
            EXPECT_EQ(made[t][static_cast<std::size_t>(i)],
                      std::to_string(t) + ":" + std::to_string(i));
    }
}

TEST(List, IsOnePointerAndHoldsItsItemsInOrder) {
    static_assert(sizeof(List<Name>) == sizeof(void*));
    const List<Name> parties{"K", "D", "K"};
    ASSERT_EQ(parties.size(), 3u);
    EXPECT_EQ(parties.front(), "K");
    EXPECT_EQ(parties[1], "D");
    EXPECT_EQ(parties.back(), "K");
    EXPECT_EQ(parties.to_vector(), (std::vector<Name>{"K", "D", "K"}));
    EXPECT_EQ(parties, (std::vector<Name>{"K", "D", "K"}));
    EXPECT_NE(parties, (std::vector<Name>{"K", "D"}));
    EXPECT_TRUE(List<Name>().empty());
}

TEST(List, HoldsSharesWhoseDatesAreAligned) {
    imr::model::Share share;
    share.agency = "Police";
    share.about = {"injury", "threat-to-kill"};
    imr::model::DateValue date;
    date.text = "2 May 2019";
    date.start = date.end = 18018;
    share.date = date;
    const List<imr::model::Share> shares{share, share};
    ASSERT_EQ(shares.size(), 2u);
    EXPECT_EQ(reinterpret_cast<std::uintptr_t>(&shares[1]) % alignof(imr::model::Share), 0u);
    EXPECT_EQ(shares[1].about, (std::vector<Name>{"injury", "threat-to-kill"}));
    EXPECT_EQ(shares[1].date->start, 18018);
}

TEST(List, AssigningANewListLeavesCopiesOfTheOldOneAlone) {
    List<Name> list{"K"};
    const List<Name> copy = list;
    list = std::vector<Name>{"D"};
    EXPECT_EQ(copy, (std::vector<Name>{"K"}));
    EXPECT_EQ(list, (std::vector<Name>{"D"}));
}

}  // namespace
