#include <gtest/gtest.h>

#include "load/review_loader.hpp"
#include "normalise/name_resolver.hpp"
#include "normalise/name_usage.hpp"
#include "support/indicator_checks.hpp"

namespace {

const char* const k_register = R"(format: imr-review/1
review: Test DHR
parties:
  - id: M
    role: victim
    aliases: [Ms M, the victim, client, patient]
    private: [Mary Smith]
  - id: J
    role: perpetrator
    aliases: [ex-partner, AP]
agencies:
  - id: Police
    name: Hertfordshire Constabulary
    aliases: [Herts Police, HRU, the police, Harm Reduction Unit]
  - id: IDVA
    name: Riverside Advocacy Service
indicators:
  threat-to-kill: [said he would kill her]
  financial-abuse: [money control]
)";

imr::model::ReviewRegister load_register() {
    imr::model::ReviewInput input;
    imr::load::load_text(k_register, "review.yaml", "review.yaml", input);
    EXPECT_TRUE(input.diagnostics.empty());
    return *input.review_register;
}

// The resolver over the register above, loaded afresh for each test; the suites are named
// for what they test.
class RegisterNames : public ::testing::Test {
  protected:
    const imr::model::ReviewRegister m_register = load_register();
    const imr::normalise::NameResolver names{&m_register};
};
class NameResolver : public RegisterNames {};
class NameTable : public RegisterNames {};

TEST_F(NameResolver, PartiesResolveIgnoringCasePunctuationAndSpaces) {
    for (const char* written :
         {"M", "m", "Ms M", "Ms. M", "ms m", "MS.M", "M.", "the victim", "Client"}) {
        EXPECT_EQ(names.party(written), "M") << written;
    }
    EXPECT_EQ(names.party("Ex-Partner"), "J");
    EXPECT_EQ(names.party("A.P."), "J");
    EXPECT_EQ(names.party("Mr X"), std::nullopt);
}

TEST_F(NameResolver, PrivateNamesResolveInAnyWordOrder) {
    EXPECT_EQ(names.party("Mary Smith"), "M");
    EXPECT_EQ(names.party("Smith, Mary"), "M");
    EXPECT_EQ(names.party("SMITH Mary"), "M");
}

TEST_F(NameResolver, AgenciesResolveThroughIdNameAndAliases) {
    for (const char* written : {"HRU", "Herts Police", "the police", "police",
                                "hertfordshire constabulary", "Harm Reduction Unit"}) {
        EXPECT_EQ(names.agency(written), "Hertfordshire Constabulary") << written;
    }
    EXPECT_EQ(names.agency("IDVA"), "Riverside Advocacy Service");
}

TEST_F(NameResolver, IndicatorsKnowTheBuiltInAliasesAndTheRegistersOwn) {
    imr::test::expect_indicators(names, {{"DV", "domestic-abuse"},
                                         {"domestic violence", "domestic-abuse"},
                                         {"TTK", "threat-to-kill"},
                                         {"threats to kill", "threat-to-kill"},
                                         {"said he would kill her", "threat-to-kill"},
                                         {"breach of restraining order", "breach-of-order"},
                                         {"bail breach", "breach-of-order"},
                                         {"non-molestation order breach", "breach-of-order"},
                                         {"money control", "financial-abuse"},
                                         {"Financial Abuse", "financial-abuse"}});
}

TEST_F(NameResolver, WithoutARegisterOnlyIndicatorsResolve) {
    const imr::normalise::NameResolver bare(nullptr);
    EXPECT_FALSE(bare.has_register());
    EXPECT_EQ(bare.agency("Police"), std::nullopt);
    EXPECT_EQ(bare.indicator("DA"), "domestic-abuse");
}

TEST_F(NameTable, SuggestsTheNearestCanonicalNameForATypo) {
    EXPECT_EQ(names.agencies().suggest("Herts Polise"), "Hertfordshire Constabulary");
    EXPECT_EQ(names.parties().suggest("the victm"), "M");
    EXPECT_EQ(names.indicators().suggest("stalkng"), "stalking");
}

TEST_F(NameTable, SuggestsByASharedWordWhenNoSpellingIsNear) {
    // "Mary" alone is far from every form, but shares a word with a private name: the
    // suggestion is the party's id, never the private name itself.
    EXPECT_EQ(names.parties().suggest("Mary"), "M");
    EXPECT_EQ(names.parties().suggest("Zebedee"), std::nullopt);
}

TEST(NameUsage, ReportsEveryWrittenFormAndHidesPrivateNames) {
    imr::model::ReviewInput input;
    imr::load::load_text(k_register, "review.yaml", "review.yaml", input);
    imr::load::load_text(R"(format: imr-chronology/1
agency: HRU
entries:
  - {date: 2 May 2019, parties: [Ms M, Mary Smith, the victm], summary: s, indicators: [DV, stalkng],
     shared_with: [Herts Police]}
  - {date: 3 May 2019, parties: [Ms M], summary: t}
)",
                         "police.yaml", "police.yaml", input);
    const auto usage = imr::normalise::collect_name_usage(input);
    ASSERT_EQ(usage.parties.size(), 3u);
    EXPECT_EQ(usage.parties[0].written, "the victm");  // unresolved first
    EXPECT_EQ(usage.parties[0].resolved, std::nullopt);
    EXPECT_EQ(usage.parties[0].suggestion, "M");
    EXPECT_EQ(usage.parties[1].written, "Ms M");
    EXPECT_EQ(usage.parties[1].count, 2);
    EXPECT_EQ(usage.parties[2].written, "[private name]");
    EXPECT_EQ(usage.parties[2].resolved, "M");
    EXPECT_EQ(usage.unused_parties, std::vector<std::string>{"J"});
    ASSERT_EQ(usage.agencies.size(), 2u);
    EXPECT_EQ(usage.agencies[0].resolved, "Hertfordshire Constabulary");
    EXPECT_EQ(usage.indicators[0].written, "stalkng");
    EXPECT_EQ(usage.indicators[0].suggestion, "stalking");
}

}  // namespace
