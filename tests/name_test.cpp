#include "model/name.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <sstream>
#include <thread>
#include <vector>

using imr::model::Name;

TEST(Name, EqualTextsShareOneCopy) {
    const std::string written = "Northvale Constabulary";
    const Name a(written);
    const Name b("Northvale Constabulary");
    EXPECT_EQ(a, b);
    EXPECT_EQ(&a.str(), &b.str());
    EXPECT_NE(Name("Northvale Probation Service"), a);
    EXPECT_EQ(a, written);
    EXPECT_EQ(a, "Northvale Constabulary");
}

TEST(Name, AnEmptyNameIsTheDefault) {
    EXPECT_TRUE(Name().empty());
    EXPECT_EQ(Name(""), Name());
    EXPECT_EQ(Name().str(), "");
}

TEST(Name, OrdersByTextNotByWhereItIsStored) {
    // Made in the reverse of their order, so their addresses are in no particular order.
    std::vector<Name> names = {Name("zz-order-c"), Name("zz-order-b"), Name("zz-order-a")};
    std::sort(names.begin(), names.end());
    EXPECT_EQ(names, (std::vector<Name>{"zz-order-a", "zz-order-b", "zz-order-c"}));
    EXPECT_LT(Name("K"), Name("M"));
    const std::set<Name> set = {Name("M"), Name("K"), Name("M")};
    EXPECT_EQ(set.size(), 2U);
}

TEST(Name, ReadsLikeAString) {
    const Name agency("Riverside Hospital");
    EXPECT_EQ(agency + " recorded", "Riverside Hospital recorded");
    EXPECT_EQ("told " + agency, "told Riverside Hospital");
    EXPECT_EQ(std::string("told ") + agency, "told Riverside Hospital");
    std::string text = "to ";
    text += std::string_view(agency);
    EXPECT_EQ(text, "to Riverside Hospital");
    std::ostringstream out;
    out << agency;
    EXPECT_EQ(out.str(), "Riverside Hospital");
    const std::string& ref = agency;
    EXPECT_EQ(ref.size(), agency.size());
}

TEST(Name, ThreadsInterningTheSameNamesGetTheSameCopies) {
    constexpr int k_threads = 4;
    std::vector<std::vector<const std::string*>> seen(k_threads);
    std::vector<std::thread> threads;
    for (int t = 0; t < k_threads; ++t) {
        threads.emplace_back([t, &seen] {
            for (int k = 0; k < 500; ++k)
                seen[t].push_back(&Name("thread-name-" + std::to_string(k % 50)).str());
        });
    }
    for (auto& thread : threads) thread.join();
    for (int t = 1; t < k_threads; ++t) EXPECT_EQ(seen[t], seen[0]);
}
