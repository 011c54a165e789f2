#include "model/boxed.hpp"

#include <gtest/gtest.h>

#include <string>

using imr::model::Boxed;

TEST(Boxed, IsEmptyUntilGivenAValue) {
    Boxed<std::string> box;
    EXPECT_FALSE(box);
    box = std::string("DASH");
    ASSERT_TRUE(box.has_value());
    EXPECT_EQ(*box, "DASH");
    EXPECT_EQ(box->size(), 4U);
    box.reset();
    EXPECT_FALSE(box);
}

TEST(Boxed, CopiesAreDeepAndCompareByValue) {
    Boxed<std::string> a(std::string("high"));
    Boxed<std::string> b = a;
    EXPECT_EQ(a, b);
    *b = "medium";
    EXPECT_EQ(*a, "high");
    EXPECT_NE(a, b);
    EXPECT_NE(a, Boxed<std::string>());
    EXPECT_EQ(Boxed<std::string>(), Boxed<std::string>(std::nullopt));
}

TEST(Boxed, TakesAnOptional) {
    EXPECT_FALSE(Boxed<int>(std::optional<int>()));
    EXPECT_EQ(*Boxed<int>(std::optional<int>(9)), 9);
}
