// Private names however records write them (spec section 4, 1.1): the matcher's rules,
// and a property test through every text format.
#include <gtest/gtest.h>

#include <utf8proc.h>

#include <random>
#include <sstream>

#include "load/review_loader.hpp"
#include "merge/merger.hpp"
#include "merge/redactor.hpp"
#include "render/renderer.hpp"
#include "util/folded_text.hpp"
#include "util/name_matcher.hpp"

namespace {
using imr::util::NameMatcher;

std::string redact(const std::vector<std::string>& names, const std::string& text) {
    std::vector<std::string> ids;
    for (std::size_t i = 0; i < names.size(); ++i)
        ids.push_back(i == 0 ? "K" : "P" + std::to_string(i));
    return NameMatcher(names).replace_all(text, ids);
}

TEST(NameMatcher, DecomposedAccentsAndZeroWidthSpacesStillMatch) {
    EXPECT_EQ(redact({"Zoë Strauß"}, "Zoe\u0308 Strau\u00df left"), "K left");
    EXPECT_EQ(redact({"Karen Fictional"}, "Ka\u200Bren Fic\u00ADtional rang"), "K rang");
    EXPECT_EQ(redact({"Karen Fictional"}, "\u202EKaren Fictional\u202C"), "\u202EK");
}

TEST(NameMatcher, AccentsSharpSAndApostrophesAreFolded) {
    EXPECT_EQ(redact({"Zoë Strauß"}, "Zoe Strauss and ZOË STRAUSS"), "K and K");
    EXPECT_EQ(redact({"Siobhan O'Brien"}, "Siobhan O’Brien, Siobhan OBrien, siobhan o`brien"),
              "K, K, K");
    EXPECT_EQ(redact({"Siobhan O’Brien"}, "Siobhan O'Brien's flat"), "K's flat");
    // Surname first: the first word to look for holds an apostrophe the text may not.
    EXPECT_EQ(redact({"Siobhan O'Brien"}, "O'Brien, Siobhan; OBRIEN SIOBHAN; O`Brien Siobhan"),
              "K; K; K");
    EXPECT_EQ(redact({"Siobhan OBrien"}, "O'Brien, Siobhan rang"), "K rang");
}

TEST(NameMatcher, TheQuickAsciiCheckNeverMissesWhatTheFullFoldFinds) {
    // Text beyond ASCII always takes the full fold, so a word " \u00e9" at the end turns
    // the quick check off without adding a match: both must find the same names.
    const NameMatcher matcher({"Karen Fictional", "Siobhan O'Brien", "D'Arcy"});
    const NameMatcher short_names({"Ann", "S"});
    const std::vector<std::string> pieces = {
        "Karen",   "KAREN",    "karen's", "Fictional", "fictional,", "Siobhan",
        "O'Brien", "OBrien",   "O`brien", "o'brien's", "Ann",        "ann-marie",
        "Annual",  "'Ann'",    "x's",     "S",         "s.",         "karen.fictional@example.org",
        "_",       "-",        "'",       " ",         ",",          "Jo",
        "D'Arcy",  "d`arcy's", "DArcy",   "1999",      "K'aren"};
    std::mt19937 random(12345);
    for (int round = 0; round < 20000; ++round) {
        std::string text;
        const int n = static_cast<int>(random() % 6) + 1;
        for (int i = 0; i < n; ++i) {
            text += pieces[random() % pieces.size()];
            if (random() % 2 != 0) text += ' ';
        }
        EXPECT_EQ(matcher.contains_any(text), matcher.contains_any(text + " \u00e9")) << text;
        EXPECT_EQ(short_names.contains_any(text), short_names.contains_any(text + " \u00e9"))
            << text;
    }
}

TEST(NameMatcher, SurnameFirstWithOrWithoutAComma) {
    EXPECT_EQ(redact({"Karen Fictional"}, "Fictional, Karen; Fictional Karen; FICTIONAL,KAREN"),
              "K; K; K");
    EXPECT_EQ(redact({"Mary Jane Smith-Jones"}, "Smith-Jones, Mary Jane"), "K");
}

TEST(NameMatcher, HyphenatedAndInAnEmailAddress) {
    EXPECT_EQ(redact({"Karen Fictional"}, "Karen-Fictional wrote from karen.fictional@example.org"),
              "K wrote from K@example.org");
    EXPECT_EQ(redact({"Karen Fictional"}, "karen_fictional@example.org"), "K@example.org");
}

TEST(NameMatcher, NeverChangesAWordThatIsNotPartOfAPrivateName) {
    EXPECT_EQ(redact({"Ann"}, "Ann-Marie, Mary-Ann, Annual, Joanne; but Ann and ANN's"),
              "Ann-Marie, Mary-Ann, Annual, Joanne; but K and K's");
    EXPECT_EQ(redact({"Karen Fictional"}, "Karen Fictional-Smith and Karen, then Fictional"),
              "Karen Fictional-Smith and Karen, then Fictional");
    EXPECT_EQ(redact({"Karen Fictional"}, "Karen; Fictional"), "Karen; Fictional");
}

TEST(NameMatcher, OverlappingMatchesGiveWayToThoseThatCoverMore) {
    // A surname alone is not a private name; the full name beside it is.
    EXPECT_EQ(redact({"Siobhan O'Brien"}, "met O’Brien. Siobhan OBrien said"),
              "met O’Brien. K said");
    EXPECT_EQ(redact({"Karen Fictional"}, "Fictional Karen Fictional"), "Fictional K");
}

TEST(NameMatcher, TheLongestNameWinsWhereNamesStartTogether) {
    EXPECT_EQ(redact({"Mary", "Mary Ann Example"}, "Mary Ann Example and Mary"), "P1 and K");
}

TEST(NameMatcher, QuotesAroundANameStayInPlace) {
    EXPECT_EQ(redact({"Karen Fictional"}, "'Karen Fictional' and ‘Karen Fictional’"),
              "'K' and ‘K’");
}

TEST(FoldedText, GivesOneFormForEveryWritingOfAName) {
    EXPECT_EQ(imr::util::folded_utf8("ZOË Strauß"), "zoe strauss");
    EXPECT_EQ(imr::util::folded_utf8("Zoe\u0308\u200B O’Brien"), "zoe obrien");
    EXPECT_EQ(imr::util::folded_utf8("ﬁona–Smith"), "fiona-smith");
}

// ---- Property test: random private names, random renderings, every format. ----

const std::vector<std::string> k_syllables = {"ka", "ren", "zo",   "ë",   "strau", "ß",  "mi",
                                              "lo", "ví",  "ç",    "dre", "ño",    "sa", "bel",
                                              "ø",  "tor", "quin", "é",   "lu",    "wyn"};
const std::vector<std::string> k_filler = {"the",   "visit", "was",  "on", "and",  "called",
                                           "about", "risk",  "seen", "at", "home", "by"};

std::string nfd(const std::string& text) {
    utf8proc_uint8_t* out = utf8proc_NFD(reinterpret_cast<const utf8proc_uint8_t*>(text.c_str()));
    std::string result(reinterpret_cast<const char*>(out));
    std::free(out);
    return result;
}

std::string strip_accents(const std::string& text) {
    utf8proc_uint8_t* out = nullptr;
    utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.c_str()), 0, &out,
                 static_cast<utf8proc_option_t>(UTF8PROC_NULLTERM | UTF8PROC_STABLE |
                                                UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK));
    std::string result(reinterpret_cast<const char*>(out));
    std::free(out);
    std::string ss;
    for (std::size_t i = 0; i < result.size(); ++i) {
        if (result.compare(i, 2, "ß") == 0) {
            ss += "ss";
            ++i;
        } else {
            ss += result[i];
        }
    }
    return ss;
}

std::string upper_ascii(std::string text) {
    for (char& c : text) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
    return text;
}

struct Person {
    std::string given;
    std::string surname;
};

Person random_person(std::mt19937& rng) {
    const auto word = [&] {
        std::string w;
        const int n = 2 + static_cast<int>(rng() % 2);
        for (int i = 0; i < n; ++i) w += k_syllables[rng() % k_syllables.size()];
        // A capital first letter where the word starts with ASCII.
        if (w[0] >= 'a' && w[0] <= 'z') w[0] = static_cast<char>(w[0] - 32);
        return w;
    };
    Person p{word(), word()};
    if (rng() % 4 == 0) p.surname = "O'" + p.surname;
    return p;
}

std::string render_name(const Person& p, std::mt19937& rng) {
    std::string given = p.given;
    std::string surname = p.surname;
    const auto apostrophe = [&](std::string s, const char* with) {
        const auto at = s.find('\'');
        if (at != std::string::npos) s.replace(at, 1, with);
        return s;
    };
    switch (rng() % 4) {
        case 0:
            surname = apostrophe(surname, "’");
            break;
        case 1:
            surname = apostrophe(surname, "");
            break;
        case 2:
            surname = apostrophe(surname, "`");
            break;
        default:
            break;
    }
    if (rng() % 3 == 0) {
        given = strip_accents(given);
        surname = strip_accents(surname);
    }
    if (rng() % 3 == 0) {
        given = upper_ascii(given);
        surname = upper_ascii(surname);
    }
    if (rng() % 4 == 0) {  // a zero-width space or soft hyphen inside
        const char* invisible = rng() % 2 ? "\u200B" : "\u00AD";
        std::size_t first = 1;  // after the first whole character
        while (first < given.size() && (static_cast<unsigned char>(given[first]) & 0xC0) == 0x80)
            ++first;
        given.insert(first, invisible);
    }
    std::string out;
    switch (rng() % 6) {
        case 0:
            out = given + " " + surname;
            break;
        case 1:
            out = surname + ", " + given;
            break;
        case 2:
            out = surname + " " + given;
            break;
        case 3:
            out = given + "-" + surname;
            break;
        case 4:
            out = given + "\n   " + surname;
            break;
        default: {
            std::string local = given + "." + surname;
            for (char& c : local) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
            out = local + "@example.org";
        }
    }
    return rng() % 3 == 0 ? nfd(out) : out;
}

std::string letters_only(const std::string& text) {
    std::string out;
    for (char32_t c : imr::util::fold_text(text).chars) {
        if (!imr::util::is_word_char(c)) continue;
        utf8proc_uint8_t bytes[4];
        const auto n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), bytes);
        out.append(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(n));
    }
    return out;
}

std::string yaml_quoted(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out + "\"";
}

TEST(RedactionProperty, NoFormatHoldsAnyFoldedFormOfAPrivateName) {
    std::mt19937 rng(20261203);
    for (int round = 0; round < 300; ++round) {
        const Person person = random_person(rng);
        const std::string real = person.given + " " + person.surname;
        std::string text;
        for (int i = 0; i < 3; ++i) {
            text += k_filler[rng() % k_filler.size()] + " " + render_name(person, rng) + " " +
                    k_filler[rng() % k_filler.size()] + ". ";
        }
        imr::model::ReviewInput input;
        imr::load::load_text(
            "format: imr-review/1\nreview: Test DHR\nparties:\n  - id: VX\n"
            "    private: [" +
                yaml_quoted(real) + "]\n",
            "review.yaml", "review.yaml", input);
        imr::load::load_text(
            "format: imr-chronology/1\nagency: Police\nentries:\n"
            "  - date: 2 May 2019\n    parties: [" +
                yaml_quoted(render_name(person, rng)) + "]\n    summary: " + yaml_quoted(text) +
                "\n    comment: " + yaml_quoted(render_name(person, rng)) + "\n",
            "police.yaml", "police.yaml", input);
        ASSERT_TRUE(input.review_register) << real;
        auto merged = imr::merge::merge_review(input);
        const std::string given = letters_only(person.given);
        const std::string surname = letters_only(person.surname);
        {
            // The check below can see the name: unredacted, the output holds it.
            std::ostringstream out;
            imr::render::render_chronology(merged, imr::render::ChronologyFormat::json, out);
            const std::string letters = letters_only(out.str());
            ASSERT_TRUE(letters.find(given + surname) != std::string::npos ||
                        letters.find(surname + given) != std::string::npos)
                << real;
        }
        imr::merge::redact(merged, *input.review_register);
        using imr::render::ChronologyFormat;
        for (auto format :
             {ChronologyFormat::md, ChronologyFormat::text, ChronologyFormat::csv,
              ChronologyFormat::json, ChronologyFormat::yaml, ChronologyFormat::html}) {
            std::ostringstream out;
            imr::render::render_chronology(merged, format, out);
            const std::string letters = letters_only(out.str());
            EXPECT_EQ(letters.find(given + surname), std::string::npos)
                << "round " << round << ", format " << static_cast<int>(format) << ": " << real
                << "\n"
                << text;
            EXPECT_EQ(letters.find(surname + given), std::string::npos)
                << "round " << round << ", format " << static_cast<int>(format) << ": " << real
                << "\n"
                << text;
        }
    }
}

// Both matchers replace what they find through one splice.
TEST(ReplaceMatches, ReplacesEachMatchLeftToRightAndKeepsTheRest) {
    using imr::util::replace_matches;
    const std::vector<std::string> with = {"[A]", "[B]"};
    EXPECT_EQ(replace_matches("Ann met Bo.", {{0, 3, 0}, {8, 10, 1}}, with), "[A] met [B].");
    EXPECT_EQ(replace_matches("no one", {}, with), "no one");
    EXPECT_EQ(replace_matches("Bo", {{0, 2, 1}}, with), "[B]");
    EXPECT_EQ(imr::util::NameMatcher({"Ann Example"}).replace_all("Met ann  example.", {"A"}),
              "Met A.");
}

}  // namespace
