#include <gtest/gtest.h>

#include "load/review_loader.hpp"
#include "normalise/name_resolver.hpp"
#include "normalise/name_usage.hpp"

namespace {
using imr::normalise::NameResolver;
using imr::normalise::NameTable;

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

TEST(NameResolver, PartiesResolveIgnoringCasePunctuationAndSpaces) {
    const auto reg = load_register();
    const NameResolver names(&reg);
    for (const char* written :
         {"M", "m", "Ms M", "Ms. M", "ms m", "MS.M", "M.", "the victim", "Client"}) {
        EXPECT_EQ(names.party(written), "M") << written;
    }
    EXPECT_EQ(names.party("Ex-Partner"), "J");
    EXPECT_EQ(names.party("A.P."), "J");
    EXPECT_EQ(names.party("Mr X"), std::nullopt);
}

TEST(NameResolver, PrivateNamesResolveInAnyWordOrder) {
    const auto reg = load_register();
    const NameResolver names(&reg);
    EXPECT_EQ(names.party("Mary Smith"), "M");
    EXPECT_EQ(names.party("Smith, Mary"), "M");
    EXPECT_EQ(names.party("SMITH Mary"), "M");
}

TEST(NameResolver, AgenciesResolveThroughIdNameAndAliases) {
    const auto reg = load_register();
    const NameResolver names(&reg);
    for (const char* written : {"HRU", "Herts Police", "the police", "police",
                                "hertfordshire constabulary", "Harm Reduction Unit"}) {
        EXPECT_EQ(names.agency(written), "Hertfordshire Constabulary") << written;
    }
    EXPECT_EQ(names.agency("IDVA"), "Riverside Advocacy Service");
}

TEST(NameResolver, IndicatorsKnowTheBuiltInAliasesAndTheRegistersOwn) {
    const auto reg = load_register();
    const NameResolver names(&reg);
    EXPECT_EQ(names.indicator("DV"), "domestic-abuse");
    EXPECT_EQ(names.indicator("domestic violence"), "domestic-abuse");
    EXPECT_EQ(names.indicator("TTK"), "threat-to-kill");
    EXPECT_EQ(names.indicator("threats to kill"), "threat-to-kill");
    EXPECT_EQ(names.indicator("said he would kill her"), "threat-to-kill");
    EXPECT_EQ(names.indicator("breach of restraining order"), "breach-of-order");
    EXPECT_EQ(names.indicator("bail breach"), "breach-of-order");
    EXPECT_EQ(names.indicator("non-molestation order breach"), "breach-of-order");
    EXPECT_EQ(names.indicator("money control"), "financial-abuse");
    EXPECT_EQ(names.indicator("Financial Abuse"), "financial-abuse");
}

TEST(NameResolver, WithoutARegisterOnlyIndicatorsResolve) {
    const NameResolver names(nullptr);
    EXPECT_FALSE(names.has_register());
    EXPECT_EQ(names.agency("Police"), std::nullopt);
    EXPECT_EQ(names.indicator("DA"), "domestic-abuse");
}

TEST(NameTable, SuggestsTheNearestCanonicalNameForATypo) {
    const auto reg = load_register();
    const NameResolver names(&reg);
    EXPECT_EQ(names.agencies().suggest("Herts Polise"), "Hertfordshire Constabulary");
    EXPECT_EQ(names.parties().suggest("the victm"), "M");
    EXPECT_EQ(names.indicators().suggest("stalkng"), "stalking");
}

TEST(NameTable, SuggestsByASharedWordWhenNoSpellingIsNear) {
    const auto reg = load_register();
    const NameResolver names(&reg);
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
