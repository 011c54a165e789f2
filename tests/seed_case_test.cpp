// The published East Herts DHR 2014 (shared/seed), encoded in examples/seed-dhr/ as each
// agency's IMR author would have written its chronology: `imr gaps` must surface every
// information-sharing failure the panel itself named in its conclusions. Each test is one
// of those failures; losing any of them fails the suite. docs/worked-example.md explains
// each one and the evidence imr cites.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "analyse/gap_analyser.hpp"
#include "analyse/gap_context.hpp"
#include "analyse/knowledge_matrix.hpp"
#include "load/review_loader.hpp"
#include "merge/merger.hpp"

namespace {
using imr::analyse::Finding;

const std::string k_police = "Hertfordshire Constabulary";
const std::string k_spectrum = "Spectrum Drug and Alcohol Services";
const std::string k_hospital = "Princess Alexandra Hospital";
const std::string k_gp = "GP Services";
const std::string k_marac = "Hertfordshire MARAC";
const std::string k_idva = "Victim Support";
const std::string k_bench = "BeNCH Community Rehabilitation Company";
const std::string k_nps = "National Probation Service";

struct SeedCase {
    imr::model::ReviewInput input;
    imr::merge::CombinedChronology merged;
    imr::analyse::GapContext context;
    std::vector<Finding> findings;
};

const SeedCase& seed() {
    static const SeedCase c = [] {
        SeedCase s;
        s.input = imr::load::load_review({std::string(IMR_SOURCE_DIR) + "/examples/seed-dhr"});
        s.merged = imr::merge::merge_review(s.input);
        s.context = imr::analyse::make_gap_context(s.input, s.merged);
        s.findings = imr::analyse::analyse_gaps(s.merged, s.context);
        return s;
    }();
    return c;
}

// The findings of `rule` from `agency` to `other` (any other agency when empty).
std::vector<Finding> find(const std::string& rule, const std::string& agency,
                          const std::string& other = "") {
    std::vector<Finding> out;
    for (const auto& f : seed().findings) {
        if (f.rule != rule || f.agency != agency) continue;
        if (!other.empty() && f.other_agency != other) continue;
        out.push_back(f);
    }
    return out;
}

bool cites(const Finding& f, const std::string& file) {
    return std::any_of(f.evidence.begin(), f.evidence.end(),
                       [&](const auto& e) { return e.file == file; });
}

bool says(const Finding& f, const std::string& words) {
    return f.message.find(words) != std::string::npos;
}

TEST(SeedCase, TheFolderLoadsWithoutErrors) {
    EXPECT_FALSE(imr::model::has_errors(seed().merged.diagnostics));
    EXPECT_EQ(seed().merged.review, "East Herts DHR 2014");
}

// 4.4: "Spectrum have a record of contacting the police Harm Reduction Unit by telephone
// to discuss this but the police do not have a record of receiving a call."
TEST(SeedCase, SpectrumsCallAboutTheAssaultDisclosureThePoliceNeverRecorded) {
    const auto found = find("unreceived-share", k_spectrum, k_police);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].party, "M");
    EXPECT_EQ(found[0].date, found[0].evidence[0].date.start);
    EXPECT_TRUE(says(found[0], "on 2 August 2013"));
    EXPECT_TRUE(cites(found[0], "spectrum.yaml"));
}

// 3.18, 4.7: the discharge summary to the GP did not mention domestic abuse, so "the GP
// was unaware that M was a victim of abuse".
TEST(SeedCase, TheHospitalsDischargeLetterLeftTheAbuseOutSoTheGpNeverKnew) {
    const auto found = find("partial-share", k_hospital, k_gp);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].party, "M");
    EXPECT_EQ(found[0].indicator, "domestic-abuse");
    EXPECT_TRUE(cites(found[0], "hospital.yaml"));
    EXPECT_TRUE(cites(found[0], "gp.yaml"));

    // The GP never learnt of the abuse from anyone, and saw M without knowing it.
    const auto matrix =
        imr::analyse::knowledge_matrix(seed().merged, seed().context, std::string("M"));
    ASSERT_EQ(matrix.parties.size(), 1u);
    for (const auto& row : matrix.parties[0].rows) {
        if (row.indicator != "domestic-abuse") continue;
        for (const auto& cell : row.cells) EXPECT_NE(cell.agency, k_gp);
    }
    const auto gp = find("unshared-knowledge", k_police, k_gp);
    EXPECT_TRUE(std::any_of(gp.begin(), gp.end(), [](const Finding& f) {
        return f.party == "M" && f.indicator == "domestic-abuse" && cites(f, "gp.yaml");
    }));
}

// 3.12, 4.7: the minutes of the MARAC of 5 June were not circulated until 17 June; 3.13:
// they never reached the recovery worker.
TEST(SeedCase, MaracMinutesTwelveDaysLateAndNeverReachingTheRecoveryWorker) {
    const auto late = find("late-share", k_marac);
    ASSERT_EQ(late.size(), 1u);
    EXPECT_TRUE(says(late[0], "the meeting of 5 June 2014"));
    EXPECT_TRUE(says(late[0], "12 days later"));
    EXPECT_TRUE(says(late[0], k_spectrum));

    const auto lost = find("unreceived-share", k_marac, k_spectrum);
    ASSERT_EQ(lost.size(), 1u);
    EXPECT_TRUE(cites(lost[0], "marac.yaml"));
}

// 3.10, 4.6, 4.11: the police did not link the damaged lock and harassing texts to the
// high-risk case, and shared nothing, not even with probation.
TEST(SeedCase, ThePoliceKeptTheLockAndTextsFromEveryoneIncludingProbation) {
    const auto kept = find("critical-not-shared", k_police);
    ASSERT_EQ(kept.size(), 1u);
    EXPECT_TRUE(says(kept[0], "17 June 2014"));

    const auto probation = find("unshared-knowledge", k_police, k_bench);
    EXPECT_TRUE(std::any_of(probation.begin(), probation.end(), [](const Finding& f) {
        return f.party == "J" && f.indicator == "harassment" && cites(f, "police.yaml") &&
               cites(f, "bench.yaml");
    }));
}

// 4.8, 4.11: "M told the IDVA that J had threatened her life and that of her friend ... she
// did not pass on the information herself."
TEST(SeedCase, TheAdvocateHeardThreatsToKillAndToldNoOne) {
    const auto kept = find("critical-not-shared", k_idva);
    EXPECT_TRUE(std::any_of(kept.begin(), kept.end(), [](const Finding& f) {
        return f.indicator == "threat-to-kill" &&
               f.severity == imr::analyse::FindingSeverity::high && cites(f, "victim-support.yaml");
    }));
}

// 3.24, 3.25: the police rated the risk to M high while probation rated it medium; 3.6: the
// officer's DASH booklet said high while the police system said medium.
TEST(SeedCase, PoliceHighAgainstProbationMediumAndTheBookletAgainstTheSystem) {
    const auto across = find("risk-divergence", k_police, k_bench);
    ASSERT_EQ(across.size(), 1u);
    EXPECT_EQ(across[0].party, "M");

    const auto within = find("risk-divergence", k_police, k_police);
    ASSERT_EQ(within.size(), 1u);
    EXPECT_TRUE(says(within[0], "DASH booklet"));
}

// 3.24: the papers went to the wrong office, and BeNCH saw the case file three weeks after
// sentence.
TEST(SeedCase, ProbationPapersWentAstrayAndTheCaseFileArrivedWeeksLate) {
    const auto late = find("late-share", k_nps, k_bench);
    ASSERT_EQ(late.size(), 1u);
    EXPECT_TRUE(says(late[0], "the hearing of 3 June 2014"));
    EXPECT_TRUE(cites(late[0], "bench.yaml"));
}

TEST(SeedCase, TheFindingsAreTensNotHundredsAndEachCitesEvidence) {
    EXPECT_LE(seed().findings.size(), 30u);
    for (const auto& f : seed().findings) EXPECT_FALSE(f.evidence.empty()) << f.message;
}

}  // namespace
