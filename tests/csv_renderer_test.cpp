#include <gtest/gtest.h>

#include <sstream>

#include "render/renderer.hpp"
#include "render_fixture.hpp"

namespace {
using imr::render::csv_field;

std::string csv() {
    std::ostringstream out;
    imr::render::render_csv(imr::test::hostile_chronology(), out);
    return out.str();
}

TEST(CsvRenderer, StartsWithAByteOrderMarkSoExcelReadsUtf8) {
    EXPECT_EQ(csv().substr(0, 3), "\xEF\xBB\xBF");
}

TEST(CsvRenderer, EndsEveryRecordWithCrlfAndHasOneHeaderRow) {
    const std::string text = csv();
    EXPECT_EQ(text.substr(3, 15), "seq,date,date_s");
    EXPECT_NE(text.find(",significant,event,file,line\r\n"), std::string::npos);
    EXPECT_EQ(text.substr(text.size() - 2), "\r\n");
    // Header + 3 entries: four record ends (the comment's own line breaks are inside quotes).
    std::size_t records = 0;
    for (std::size_t at = text.find("\r\n"); at != std::string::npos;
         at = text.find("\r\n", at + 2))
        ++records;
    EXPECT_EQ(records, 4u);
}

TEST(CsvRenderer, NeutralisesCellsThatASpreadsheetWouldRunAsFormulas) {
    EXPECT_EQ(csv_field("=HYPERLINK(\"http://x\",\"click\")"),
              "\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"");
    EXPECT_EQ(csv_field("+SUM(A1:A2)"), "'+SUM(A1:A2)");
    EXPECT_EQ(csv_field("-1"), "'-1");
    EXPECT_EQ(csv_field("@cmd"), "'@cmd");
    EXPECT_EQ(csv_field("\tx"), "'\tx");
    EXPECT_EQ(csv_field("\rx"), "\"'\rx\"");
    EXPECT_EQ(csv_field("a = b"), "a = b");  // only a leading sign is dangerous
    const std::string text = csv();
    EXPECT_NE(text.find("\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\""), std::string::npos);
    EXPECT_NE(text.find("'+SUM(A1:A2) and -1 and @cmd"), std::string::npos);
}

TEST(CsvRenderer, QuotesCommasQuotesAndLineBreaksAsRfc4180Says) {
    EXPECT_EQ(csv_field("plain"), "plain");
    EXPECT_EQ(csv_field("a, b"), "\"a, b\"");
    EXPECT_EQ(csv_field("say \"stop\""), "\"say \"\"stop\"\"\"");
    EXPECT_EQ(csv_field("one\ntwo"), "\"one\ntwo\"");
    EXPECT_NE(csv().find("\"Line one, with a comma\nLine two\n\""), std::string::npos);
}

TEST(CsvRenderer, KeepsMarkupAndNonAsciiTextExactly) {
    const std::string text = csv();
    EXPECT_NE(
        text.find("\"<script>alert(\"\"x\"\")</script> & Siobhán Ó Briain said \"\"stop\"\"\""),
        std::string::npos);
    EXPECT_NE(text.find("O'Neill & Sons Clinic"), std::string::npos);
}

TEST(CsvRenderer, WritesOneRowPerEntryWithItsSeqCitationAndEvent) {
    const std::string text = csv();
    EXPECT_NE(
        text.find("\r\n1,2 August 2013,2013-08-02,2013-08-02,day,false,2013-08-02,23:40,Testshire "
                  "Police,INC-1,"),
        std::string::npos)
        << text;
    EXPECT_NE(text.find(",clinic.yaml,4\r\n"), std::string::npos);
    EXPECT_NE(text.find("late March 2014,2014-03-21,2014-03-31,part-month,false"),
              std::string::npos);
}

}  // namespace
