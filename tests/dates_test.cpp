// The date and time normaliser (spec section 3): a table of written dates, valid and not,
// behaviour tests for the rules a reviewer would ask about, and a round-trip property over
// every day from 1900 to 2100.
#include <date/date.h>
#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <iterator>
#include <ostream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "model/date_value.hpp"
#include "normalise/date_normaliser.hpp"
#include "normalise/time_normaliser.hpp"

namespace {

using imr::model::DayNumber;
using imr::model::iso_date;
using imr::model::Precision;
using imr::normalise::DateOrder;
using imr::normalise::normalise_date;
using imr::normalise::normalise_time;

constexpr auto day = Precision::day;
constexpr auto month = Precision::month;
constexpr auto year = Precision::year;
constexpr auto part = Precision::part_month;
constexpr auto season = Precision::season;
constexpr auto range = Precision::range;
constexpr auto week = Precision::week;
constexpr auto part_year = Precision::part_year;
constexpr auto dmy = DateOrder::dmy;
constexpr auto mdy = DateOrder::mdy;

struct ValidDate {
    const char* text;
    const char* start;
    const char* end;
    Precision precision;
    bool approximate;
    const char* edtf;
    DateOrder order = dmy;
};

void PrintTo(const ValidDate& row, std::ostream* os) { *os << "'" << row.text << "'"; }

// clang-format off
const ValidDate k_valid_dates[] = {
    // Day precision: every form of the spec's table, and their spellings.
    {"2013-08-02", "2013-08-02", "2013-08-02", day, false, "2013-08-02"},
    {"2 August 2013", "2013-08-02", "2013-08-02", day, false, "2013-08-02"},
    {"2nd Aug 2013", "2013-08-02", "2013-08-02", day, false, "2013-08-02"},
    {"Friday 2 August 2013", "2013-08-02", "2013-08-02", day, false, "2013-08-02"},
    {"August 2, 2013", "2013-08-02", "2013-08-02", day, false, "2013-08-02"},
    {"02/08/2013", "2013-08-02", "2013-08-02", day, false, "2013-08-02"},
    {"2/8/13", "2013-08-02", "2013-08-02", day, false, "2013-08-02"},
    {"02.08.2013", "2013-08-02", "2013-08-02", day, false, "2013-08-02"},
    {"02-08-2013", "2013-08-02", "2013-08-02", day, false, "2013-08-02"},
    {"02-Aug-13", "2013-08-02", "2013-08-02", day, false, "2013-08-02"},
    {"2 AUGUST 2013", "2013-08-02", "2013-08-02", day, false, "2013-08-02"},
    {"2 august 2013", "2013-08-02", "2013-08-02", day, false, "2013-08-02"},
    {"  2 August 2013  ", "2013-08-02", "2013-08-02", day, false, "2013-08-02"},
    {"2 August 2013.", "2013-08-02", "2013-08-02", day, false, "2013-08-02"},
    {"\t2 August 2013\n", "2013-08-02", "2013-08-02", day, false, "2013-08-02"},
    {"2\u00a0August\u00a02013", "2013-08-02", "2013-08-02", day, false, "2013-08-02"},
    {"Fri 2 Aug 2013", "2013-08-02", "2013-08-02", day, false, "2013-08-02"},
    {"Fri. 2 Aug. 2013", "2013-08-02", "2013-08-02", day, false, "2013-08-02"},
    {"Friday, 2 August 2013", "2013-08-02", "2013-08-02", day, false, "2013-08-02"},
    {"Friday, August 2, 2013", "2013-08-02", "2013-08-02", day, false, "2013-08-02"},
    {"2nd of August 2013", "2013-08-02", "2013-08-02", day, false, "2013-08-02"},
    {"August 2nd, 2013", "2013-08-02", "2013-08-02", day, false, "2013-08-02"},
    {"Aug 2 2013", "2013-08-02", "2013-08-02", day, false, "2013-08-02"},
    {"2013-8-2", "2013-08-02", "2013-08-02", day, false, "2013-08-02"},
    {"2013-08-02.", "2013-08-02", "2013-08-02", day, false, "2013-08-02"},
    {"2013/08/02", "2013-08-02", "2013-08-02", day, false, "2013-08-02"},
    {"2-Aug-2013", "2013-08-02", "2013-08-02", day, false, "2013-08-02"},
    {"2 Aug 13", "2013-08-02", "2013-08-02", day, false, "2013-08-02"},
    {"08/02/2013", "2013-08-02", "2013-08-02", day, false, "2013-08-02", mdy},
    {"8/2/13", "2013-08-02", "2013-08-02", day, false, "2013-08-02", mdy},
    {"12/31/2013", "2013-12-31", "2013-12-31", day, false, "2013-12-31", mdy},
    {"31/12/2013", "2013-12-31", "2013-12-31", day, false, "2013-12-31"},
    {"August 2, 2013", "2013-08-02", "2013-08-02", day, false, "2013-08-02", mdy},
    {"2 August 2013", "2013-08-02", "2013-08-02", day, false, "2013-08-02", mdy},
    // Ordinals, including the teens that take "th".
    {"1st June 2013", "2013-06-01", "2013-06-01", day, false, "2013-06-01"},
    {"3rd June 2013", "2013-06-03", "2013-06-03", day, false, "2013-06-03"},
    {"4th June 2013", "2013-06-04", "2013-06-04", day, false, "2013-06-04"},
    {"11th June 2013", "2013-06-11", "2013-06-11", day, false, "2013-06-11"},
    {"12th June 2013", "2013-06-12", "2013-06-12", day, false, "2013-06-12"},
    {"13th June 2013", "2013-06-13", "2013-06-13", day, false, "2013-06-13"},
    {"21st June 2013", "2013-06-21", "2013-06-21", day, false, "2013-06-21"},
    {"22nd June 2013", "2013-06-22", "2013-06-22", day, false, "2013-06-22"},
    {"23rd June 2013", "2013-06-23", "2013-06-23", day, false, "2013-06-23"},
    {"31st July 2013", "2013-07-31", "2013-07-31", day, false, "2013-07-31"},
    {"1ST JUNE 2013", "2013-06-01", "2013-06-01", day, false, "2013-06-01"},
    // Weekdays, full and abbreviated, checked against the date.
    {"Monday 5 August 2013", "2013-08-05", "2013-08-05", day, false, "2013-08-05"},
    {"Tue 6 Aug 2013", "2013-08-06", "2013-08-06", day, false, "2013-08-06"},
    {"Tues 6 Aug 2013", "2013-08-06", "2013-08-06", day, false, "2013-08-06"},
    {"Wednesday 7 August 2013", "2013-08-07", "2013-08-07", day, false, "2013-08-07"},
    {"Weds 7 Aug 2013", "2013-08-07", "2013-08-07", day, false, "2013-08-07"},
    {"Thursday 8 August 2013", "2013-08-08", "2013-08-08", day, false, "2013-08-08"},
    {"Thurs 8 Aug 2013", "2013-08-08", "2013-08-08", day, false, "2013-08-08"},
    {"Thu 8 Aug 2013", "2013-08-08", "2013-08-08", day, false, "2013-08-08"},
    {"Saturday 3 August 2013", "2013-08-03", "2013-08-03", day, false, "2013-08-03"},
    {"Sun 4 Aug 2013", "2013-08-04", "2013-08-04", day, false, "2013-08-04"},
    {"Wednesday 29 February 2012", "2012-02-29", "2012-02-29", day, false, "2012-02-29"},
    {"Friday 02/08/2013", "2013-08-02", "2013-08-02", day, false, "2013-08-02"},
    // Two-digit years pivot at 70.
    {"02/08/99", "1999-08-02", "1999-08-02", day, false, "1999-08-02"},
    {"02/08/69", "2069-08-02", "2069-08-02", day, false, "2069-08-02"},
    {"02/08/70", "1970-08-02", "1970-08-02", day, false, "1970-08-02"},
    {"1/1/00", "2000-01-01", "2000-01-01", day, false, "2000-01-01"},
    // Leap years and the ends of the range of years.
    {"29/02/2012", "2012-02-29", "2012-02-29", day, false, "2012-02-29"},
    {"29 February 2000", "2000-02-29", "2000-02-29", day, false, "2000-02-29"},
    {"2016-02-29", "2016-02-29", "2016-02-29", day, false, "2016-02-29"},
    {"1 January 1000", "1000-01-01", "1000-01-01", day, false, "1000-01-01"},
    {"31 December 9999", "9999-12-31", "9999-12-31", day, false, "9999-12-31"},
    {"31/12/1999", "1999-12-31", "1999-12-31", day, false, "1999-12-31"},
    // Month precision: every month name and abbreviation.
    {"January 2014", "2014-01-01", "2014-01-31", month, false, "2014-01"},
    {"February 2014", "2014-02-01", "2014-02-28", month, false, "2014-02"},
    {"March 2014", "2014-03-01", "2014-03-31", month, false, "2014-03"},
    {"April 2014", "2014-04-01", "2014-04-30", month, false, "2014-04"},
    {"May 2014", "2014-05-01", "2014-05-31", month, false, "2014-05"},
    {"June 2014", "2014-06-01", "2014-06-30", month, false, "2014-06"},
    {"July 2014", "2014-07-01", "2014-07-31", month, false, "2014-07"},
    {"August 2014", "2014-08-01", "2014-08-31", month, false, "2014-08"},
    {"September 2014", "2014-09-01", "2014-09-30", month, false, "2014-09"},
    {"October 2014", "2014-10-01", "2014-10-31", month, false, "2014-10"},
    {"November 2014", "2014-11-01", "2014-11-30", month, false, "2014-11"},
    {"December 2014", "2014-12-01", "2014-12-31", month, false, "2014-12"},
    {"Jan 2014", "2014-01-01", "2014-01-31", month, false, "2014-01"},
    {"Feb 2014", "2014-02-01", "2014-02-28", month, false, "2014-02"},
    {"Mar 2014", "2014-03-01", "2014-03-31", month, false, "2014-03"},
    {"Apr 2014", "2014-04-01", "2014-04-30", month, false, "2014-04"},
    {"Jun 2014", "2014-06-01", "2014-06-30", month, false, "2014-06"},
    {"Jul 2014", "2014-07-01", "2014-07-31", month, false, "2014-07"},
    {"Aug 2014", "2014-08-01", "2014-08-31", month, false, "2014-08"},
    {"Sep 2014", "2014-09-01", "2014-09-30", month, false, "2014-09"},
    {"Sept 2014", "2014-09-01", "2014-09-30", month, false, "2014-09"},
    {"Sept. 2014", "2014-09-01", "2014-09-30", month, false, "2014-09"},
    {"Oct 2014", "2014-10-01", "2014-10-31", month, false, "2014-10"},
    {"Nov. 2014", "2014-11-01", "2014-11-30", month, false, "2014-11"},
    {"Dec 2014", "2014-12-01", "2014-12-31", month, false, "2014-12"},
    {"February 2016", "2016-02-01", "2016-02-29", month, false, "2016-02"},
    {"February 1900", "1900-02-01", "1900-02-28", month, false, "1900-02"},
    {"February 2000", "2000-02-01", "2000-02-29", month, false, "2000-02"},
    {"August 2013", "2013-08-01", "2013-08-31", month, false, "2013-08"},
    {"Aug 2013", "2013-08-01", "2013-08-31", month, false, "2013-08"},
    {"2013-08", "2013-08-01", "2013-08-31", month, false, "2013-08"},
    {"08/2013", "2013-08-01", "2013-08-31", month, false, "2013-08"},
    {"8/2013", "2013-08-01", "2013-08-31", month, false, "2013-08"},
    {"August, 2013", "2013-08-01", "2013-08-31", month, false, "2013-08"},
    // Year precision.
    {"2013", "2013-01-01", "2013-12-31", year, false, "2013"},
    {"2013.", "2013-01-01", "2013-12-31", year, false, "2013"},
    {"1000", "1000-01-01", "1000-12-31", year, false, "1000"},
    {"9999", "9999-01-01", "9999-12-31", year, false, "9999"},
    // Part-months: days 1-10, 11-20, 21 to the end.
    {"early March 2014", "2014-03-01", "2014-03-10", part, false, "2014-03-01/2014-03-10"},
    {"mid March 2014", "2014-03-11", "2014-03-20", part, false, "2014-03-11/2014-03-20"},
    {"late March 2014", "2014-03-21", "2014-03-31", part, false, "2014-03-21/2014-03-31"},
    {"beginning of March 2014", "2014-03-01", "2014-03-10", part, false, "2014-03-01/2014-03-10"},
    {"end of March 2014", "2014-03-21", "2014-03-31", part, false, "2014-03-21/2014-03-31"},
    {"mid-March 2014", "2014-03-11", "2014-03-20", part, false, "2014-03-11/2014-03-20"},
    {"early-June 2014", "2014-06-01", "2014-06-10", part, false, "2014-06-01/2014-06-10"},
    {"late February 2013", "2013-02-21", "2013-02-28", part, false, "2013-02-21/2013-02-28"},
    {"late February 2012", "2012-02-21", "2012-02-29", part, false, "2012-02-21/2012-02-29"},
    {"late April 2014", "2014-04-21", "2014-04-30", part, false, "2014-04-21/2014-04-30"},
    {"middle of May 2014", "2014-05-11", "2014-05-20", part, false, "2014-05-11/2014-05-20"},
    {"start of May 2014", "2014-05-01", "2014-05-10", part, false, "2014-05-01/2014-05-10"},
    {"Late Mar. 2014", "2014-03-21", "2014-03-31", part, false, "2014-03-21/2014-03-31"},
    // Seasons, with EDTF season codes 21-24; winter runs into the next year.
    {"spring 2014", "2014-03-01", "2014-05-31", season, false, "2014-21"},
    {"summer 2014", "2014-06-01", "2014-08-31", season, false, "2014-22"},
    {"autumn 2014", "2014-09-01", "2014-11-30", season, false, "2014-23"},
    {"fall 2014", "2014-09-01", "2014-11-30", season, false, "2014-23"},
    {"winter 2013", "2013-12-01", "2014-02-28", season, false, "2013-24"},
    {"winter 2015", "2015-12-01", "2016-02-29", season, false, "2015-24"},
    {"Winter 1999", "1999-12-01", "2000-02-29", season, false, "1999-24"},
    {"SUMMER 2014", "2014-06-01", "2014-08-31", season, false, "2014-22"},
    // Ranges: the first half takes a missing month and year from the second.
    {"25 June – 3 July 2013", "2013-06-25", "2013-07-03", range, false, "2013-06-25/2013-07-03"},
    {"25 June — 3 July 2013", "2013-06-25", "2013-07-03", range, false, "2013-06-25/2013-07-03"},
    {"25 June - 3 July 2013", "2013-06-25", "2013-07-03", range, false, "2013-06-25/2013-07-03"},
    {"25 June–3 July 2013", "2013-06-25", "2013-07-03", range, false, "2013-06-25/2013-07-03"},
    {"25/06/2013 - 03/07/2013", "2013-06-25", "2013-07-03", range, false, "2013-06-25/2013-07-03"},
    {"between 15 and 21 June 2013", "2013-06-15", "2013-06-21", range, false, "2013-06-15/2013-06-21"},
    {"15-21 June 2013", "2013-06-15", "2013-06-21", range, false, "2013-06-15/2013-06-21"},
    {"15 – 21 June 2013", "2013-06-15", "2013-06-21", range, false, "2013-06-15/2013-06-21"},
    {"20 November 2013 to 12 February 2014", "2013-11-20", "2014-02-12", range, false, "2013-11-20/2014-02-12"},
    {"May/June 2014", "2014-05-01", "2014-06-30", range, false, "2014-05/2014-06"},
    {"May - June 2014", "2014-05-01", "2014-06-30", range, false, "2014-05/2014-06"},
    {"2012-2013", "2012-01-01", "2013-12-31", range, false, "2012/2013"},
    {"2013–2014", "2013-01-01", "2014-12-31", range, false, "2013/2014"},
    {"2013-06-25/2013-07-03", "2013-06-25", "2013-07-03", range, false, "2013-06-25/2013-07-03"},
    {"from 1 May to 3 June 2013", "2013-05-01", "2013-06-03", range, false, "2013-05-01/2013-06-03"},
    {"1 May 2013 until 3 July 2014", "2013-05-01", "2014-07-03", range, false, "2013-05-01/2014-07-03"},
    {"June 25 – July 3, 2013", "2013-06-25", "2013-07-03", range, false, "2013-06-25/2013-07-03"},
    {"15/16 June 2013", "2013-06-15", "2013-06-16", range, false, "2013-06-15/2013-06-16"},
    {"2nd-3rd August 2013", "2013-08-02", "2013-08-03", range, false, "2013-08-02/2013-08-03"},
    {"Friday 2 – Saturday 3 August 2013", "2013-08-02", "2013-08-03", range, false, "2013-08-02/2013-08-03"},
    {"late May – early June 2014", "2014-05-21", "2014-06-10", range, false, "2014-05-21/2014-06-10"},
    {"spring - summer 2014", "2014-03-01", "2014-08-31", range, false, "2014-03-01/2014-08-31"},
    {"autumn/winter 2013", "2013-09-01", "2014-02-28", range, false, "2013-09-01/2014-02-28"},
    {"Dec 2013 - Feb 2014", "2013-12-01", "2014-02-28", range, false, "2013-12/2014-02"},
    {"between 2012 and 2013", "2012-01-01", "2013-12-31", range, false, "2012/2013"},
    {"25/06 - 03/07/2013", "2013-06-25", "2013-07-03", range, false, "2013-06-25/2013-07-03"},
    {"2013-06/2013-08", "2013-06-01", "2013-08-31", range, false, "2013-06/2013-08"},
    {"June 2013 - 2014", "2013-06-01", "2014-12-31", range, false, "2013-06/2014"},
    {"2 - 2 August 2013", "2013-08-02", "2013-08-02", range, false, "2013-08-02/2013-08-02"},
    {"30 June - 1 July 2013", "2013-06-30", "2013-07-01", range, false, "2013-06-30/2013-07-01"},
    {"08/25/2013 - 09/03/2013", "2013-08-25", "2013-09-03", range, false, "2013-08-25/2013-09-03", mdy},
    // Approximate: same as without the qualifier, with "~" in the EDTF.
    {"circa 2002", "2002-01-01", "2002-12-31", year, true, "2002~"},
    {"Circa 2002", "2002-01-01", "2002-12-31", year, true, "2002~"},
    {"c.2002", "2002-01-01", "2002-12-31", year, true, "2002~"},
    {"c. May 2013", "2013-05-01", "2013-05-31", month, true, "2013-05~"},
    {"c May 2013", "2013-05-01", "2013-05-31", month, true, "2013-05~"},
    {"ca. 2013", "2013-01-01", "2013-12-31", year, true, "2013~"},
    {"ca 2013", "2013-01-01", "2013-12-31", year, true, "2013~"},
    {"approx. 2 Aug 2013", "2013-08-02", "2013-08-02", day, true, "2013-08-02~"},
    {"approx 2 Aug 2013", "2013-08-02", "2013-08-02", day, true, "2013-08-02~"},
    {"APPROX. 2 AUG 2013", "2013-08-02", "2013-08-02", day, true, "2013-08-02~"},
    {"approximately 2 August 2013", "2013-08-02", "2013-08-02", day, true, "2013-08-02~"},
    {"about June 2013", "2013-06-01", "2013-06-30", month, true, "2013-06~"},
    {"around June 2013", "2013-06-01", "2013-06-30", month, true, "2013-06~"},
    {"2013?", "2013-01-01", "2013-12-31", year, true, "2013~"},
    {"2013-08?", "2013-08-01", "2013-08-31", month, true, "2013-08~"},
    {"?22 May 2016", "2016-05-22", "2016-05-22", day, true, "2016-05-22~"},
    {"? 22 May 2016", "2016-05-22", "2016-05-22", day, true, "2016-05-22~"},
    {"22 May 2016?", "2016-05-22", "2016-05-22", day, true, "2016-05-22~"},
    {"circa 25 June – 3 July 2013", "2013-06-25", "2013-07-03", range, true, "2013-06-25~/2013-07-03~"},
    {"c. 2012-2013", "2012-01-01", "2013-12-31", range, true, "2012~/2013~"},
    {"circa late March 2014", "2014-03-21", "2014-03-31", part, true, "2014-03-21~/2014-03-31~"},
    {"about summer 2014", "2014-06-01", "2014-08-31", season, true, "2014-22~"},
    // (1.1) A week commencing: seven days from the day named, whatever its weekday.
    {"w/c 14/10/2013", "2013-10-14", "2013-10-20", week, false, "2013-10-14/2013-10-20"},
    {"W/C 14/10/2013", "2013-10-14", "2013-10-20", week, false, "2013-10-14/2013-10-20"},
    {"w/c14/10/2013", "2013-10-14", "2013-10-20", week, false, "2013-10-14/2013-10-20"},
    {"w/b 14/10/2013", "2013-10-14", "2013-10-20", week, false, "2013-10-14/2013-10-20"},
    {"wc 14/10/2013", "2013-10-14", "2013-10-20", week, false, "2013-10-14/2013-10-20"},
    {"week commencing 14 October 2013", "2013-10-14", "2013-10-20", week, false, "2013-10-14/2013-10-20"},
    {"Week commencing: 14 October 2013", "2013-10-14", "2013-10-20", week, false, "2013-10-14/2013-10-20"},
    {"week beginning 14/10/2013", "2013-10-14", "2013-10-20", week, false, "2013-10-14/2013-10-20"},
    {"week starting 28 December 2013", "2013-12-28", "2014-01-03", week, false, "2013-12-28/2014-01-03"},
    {"w/c 10/14/2013", "2013-10-14", "2013-10-20", week, false, "2013-10-14/2013-10-20", mdy},
    {"w/c c. 14/10/2013", "2013-10-14", "2013-10-20", week, true, "2013-10-14~/2013-10-20~"},
    // (1.1) Early, mid and late in a year: thirds by whole months.
    {"early 2014", "2014-01-01", "2014-04-30", part_year, false, "2014-01/2014-04"},
    {"mid 2014", "2014-05-01", "2014-08-31", part_year, false, "2014-05/2014-08"},
    {"mid-2014", "2014-05-01", "2014-08-31", part_year, false, "2014-05/2014-08"},
    {"Mid–2014", "2014-05-01", "2014-08-31", part_year, false, "2014-05/2014-08"},
    {"late 2014", "2014-09-01", "2014-12-31", part_year, false, "2014-09/2014-12"},
    {"end of 2014", "2014-09-01", "2014-12-31", part_year, false, "2014-09/2014-12"},
    {"beginning of 2014", "2014-01-01", "2014-04-30", part_year, false, "2014-01/2014-04"},
    {"circa mid 2014", "2014-05-01", "2014-08-31", part_year, true, "2014-05~/2014-08~"},
    {"early 2013 - mid 2014", "2013-01-01", "2014-08-31", range, false, "2013-01/2014-08"},
    // (1.1) A month and its year joined by a hyphen, as Excel writes them: never a range.
    {"Aug-13", "2013-08-01", "2013-08-31", month, false, "2013-08"},
    {"Aug-2013", "2013-08-01", "2013-08-31", month, false, "2013-08"},
    {"August-2013", "2013-08-01", "2013-08-31", month, false, "2013-08"},
    {"aug-2013", "2013-08-01", "2013-08-31", month, false, "2013-08"},
    {"Aug-2013 - Oct-2013", "2013-08-01", "2013-10-31", range, false, "2013-08/2013-10"},
    {"June - August 2013", "2013-06-01", "2013-08-31", range, false, "2013-06/2013-08"},
    // (1.1) A leading question mark, as Chronolator writes it.
    {"? 09/2013", "2013-09-01", "2013-09-30", month, true, "2013-09~"},
    {"?2 Aug 2013", "2013-08-02", "2013-08-02", day, true, "2013-08-02~"},
    // (1.1) A date written with its time gives the day (the time is checked below).
    {"02/12/2013 14:05", "2013-12-02", "2013-12-02", day, false, "2013-12-02"},
    {"2013-12-02T14:05", "2013-12-02", "2013-12-02", day, false, "2013-12-02"},
    {"2013-12-02T14:05:30", "2013-12-02", "2013-12-02", day, false, "2013-12-02"},
    {"2 December 2013 at 14:05", "2013-12-02", "2013-12-02", day, false, "2013-12-02"},
    {"2 Dec 2013 1405hrs", "2013-12-02", "2013-12-02", day, false, "2013-12-02"},
    {"2 Dec 2013 1405 hrs", "2013-12-02", "2013-12-02", day, false, "2013-12-02"},
    {"2 Dec 2013, 11.40 pm", "2013-12-02", "2013-12-02", day, false, "2013-12-02"},
    {"2 Dec 2013 11:40pm.", "2013-12-02", "2013-12-02", day, false, "2013-12-02"},
};
// clang-format on

class DateTableValid : public testing::TestWithParam<ValidDate> {};

TEST_P(DateTableValid, NormalisesToItsIntervalPrecisionAndEdtf) {
    const ValidDate& row = GetParam();
    const auto result = normalise_date(row.text, row.order);
    ASSERT_TRUE(result.has_value()) << result.error().message << " (" << result.error().hint << ")";
    const imr::model::DateValue& v = result->value;
    EXPECT_EQ(iso_date(v.start), row.start);
    EXPECT_EQ(iso_date(v.end), row.end);
    EXPECT_EQ(imr::model::to_string(v.precision),
              std::string(imr::model::to_string(row.precision)));
    EXPECT_EQ(v.approximate, row.approximate);
    EXPECT_EQ(v.edtf, row.edtf);
    EXPECT_EQ(v.text, row.text);
    EXPECT_LE(v.start, v.end);
}

INSTANTIATE_TEST_SUITE_P(DateTable, DateTableValid, testing::ValuesIn(k_valid_dates));

struct InvalidDate {
    const char* text;
    const char* hint;     // a substring of the expected hint
    int offset;           // where the problem starts in the text
    const char* message;  // nullptr: "'<text without surrounding spaces>' is not a date"
    DateOrder order = dmy;
};

void PrintTo(const InvalidDate& row, std::ostream* os) { *os << "'" << row.text << "'"; }

constexpr const char* k_examples = "write a date such as 2 August 2013, August 2013";

// clang-format off
const InvalidDate k_invalid_dates[] = {
    // Impossible days name the length of the month.
    {"31 June 2014", "June has 30 days", 0, nullptr},
    {"29/02/2013", "February 2013 has 28 days", 0, nullptr},
    {"30 February 2012", "February 2012 has 29 days", 0, nullptr},
    {"29 February 1900", "February 1900 has 28 days", 0, nullptr},
    {"31 April 2014", "April has 30 days", 0, nullptr},
    {"31 September 2014", "September has 30 days", 0, nullptr},
    {"31 November 2014", "November has 30 days", 0, nullptr},
    {"32 May 2013", "May has 31 days", 0, nullptr},
    {"2013-02-30", "February 2013 has 28 days", 8, nullptr},
    {"c. 31 June 2014", "June has 30 days", 3, nullptr},
    {"31 June – 3 July 2014", "June has 30 days", 0, nullptr},
    {"25 June – 31 June 2014", "June has 30 days", 12, nullptr},
    {"  31 June 2014", "June has 30 days", 2, nullptr},
    {"0 May 2013", "there is no day 0", 0, nullptr},
    {"0/5/2013", "there is no day 0", 0, nullptr},
    {"2013-08-00", "there is no day 0", 8, nullptr},
    {"May 0, 2013", "there is no day 0", 4, nullptr},
    // Impossible months, and a hint at date_order when the other order would read.
    {"13/13/2013", "there is no month 13", 3, nullptr},
    {"2013-13", "there is no month 13", 5, nullptr},
    {"2013/13/02", "there is no month 13", 5, nullptr},
    {"2013-00", "there is no month 0", 5, nullptr},
    {"00/2013", "there is no month 0", 0, nullptr},
    {"25/00 - 03/07/2013", "there is no month 0", 3, nullptr},
    {"2012-13", "write 2012-2013 for a range of years", 5, nullptr},
    {"08/25/2013", "write mdy dates with date_order: mdy", 3, nullptr},
    {"12/31/2013", "write mdy dates with date_order: mdy", 3, nullptr},
    {"25/08/2013", "set date_order: dmy", 0, nullptr, mdy},
    // Ranges that end before they start.
    {"3 July – 25 June 2013", "did you mean 25 June 2013 – 3 July 2013 the other way round?", 0, "'3 July – 25 June 2013' ends before it starts"},
    {"3 July 2013 - 25 June 2013", "did you mean 25 June 2013 – 3 July 2013 the other way round?", 0, "'3 July 2013 - 25 June 2013' ends before it starts"},
    {"2013-07-03/2013-06-25", "did you mean 25 June 2013 – 3 July 2013 the other way round?", 0, "'2013-07-03/2013-06-25' ends before it starts"},
    {"2013-2012", "did you mean 2012 – 2013 the other way round?", 0, "'2013-2012' ends before it starts"},
    {"July - June 2014", "did you mean June 2014 – July 2014 the other way round?", 0, "'July - June 2014' ends before it starts"},
    {"20 November to 12 February 2014", "did you mean 20 November 2013 – 12 February 2014?", 0, "'20 November to 12 February 2014' ends before it starts"},
    {"circa 3 July – 25 June 2013", "the other way round?", 6, "'circa 3 July – 25 June 2013' ends before it starts"},
    // Empty text.
    {"", k_examples, 0, "the date is empty"},
    {"   ", k_examples, 0, "the date is empty"},
    {".", k_examples, 0, "the date is empty"},
    // Words that are not dates, with a suggestion when one is close.
    {"hello", k_examples, 0, nullptr},
    {"   hello", k_examples, 3, "'hello' is not a date"},
    {"unknown", k_examples, 0, nullptr},
    {"Agust 2013", "did you mean August?", 0, nullptr},
    {"2 Agust 2013", "did you mean August?", 2, nullptr},
    {"2 Febuary 2013", "did you mean February?", 2, nullptr},
    {"Fridday 2 August 2013", "did you mean Friday?", 0, nullptr},
    {"sumer 2014", "did you mean summer?", 0, nullptr},
    {"2 août 2013", k_examples, 2, nullptr},
    {"2 August 2013 (approx)", k_examples, 14, nullptr},
    {"2 August 2013 2014", k_examples, 14, nullptr},
    {"August 2013 August", k_examples, 12, nullptr},
    {"12:30", k_examples, 2, nullptr},
    {"13", k_examples, 0, nullptr},
    {"15 - June 2013", k_examples, 0, nullptr},
    {"between 2 and 3", k_examples, 8, nullptr},
    {"between 15 June 2013", k_examples, 20, nullptr},
    {"25 June 2013 -", k_examples, 14, nullptr},
    {"2013-08-02/", k_examples, 11, nullptr},
    {"2013/08", k_examples, 5, nullptr},
    {"- 2013", k_examples, 0, nullptr},
    {"c.", k_examples, 1, nullptr},
    {"?", k_examples, 1, nullptr},
    {"early 14", "name the month, as in early March 2014", 6, nullptr},
    {"end of 14", "name the month, as in late March 2014", 7, nullptr},
    // (1.1) A week commencing names one day; a time belongs to one day and must be a time.
    {"w/c October 2013", "a week commencing names its first day", 4, nullptr},
    {"w/c 14 - 20 October 2013", "a week commencing names one day", 4, nullptr},
    {"w/c", k_examples, 0, nullptr},
    {"w/c 31/06/2014", "June has 30 days", 4, nullptr},
    {"August 2013 14:05", "a time belongs to one day", 12, nullptr},
    {"02/12/2013 25:05", "hours run from 00 to 23", 11, "'25:05' is not a time"},
    {"02/12/2013 12:30:99", "seconds run from 00 to 59", 17, "'12:30:99' is not a time"},
    {"2 Aug 2013 at 9", k_examples, 11, nullptr},
    {"31/06/2014 14:05", "June has 30 days", 0, nullptr},
    // Weekdays that disagree with the date, or have no day to agree with.
    {"Monday 2 August 2013", "2 August 2013 was a Friday, not a Monday", 0, nullptr},
    {"Fri 3 Aug 2013", "3 August 2013 was a Saturday, not a Friday", 0, nullptr},
    {"Mon 2 - Sat 3 August 2013", "2 August 2013 was a Friday, not a Monday", 0, nullptr},
    {"Friday August 2013", "a weekday needs a whole date", 0, nullptr},
    // Ordinals with the wrong suffix.
    {"2th August 2013", "write 2nd", 0, nullptr},
    {"1nd June 2013", "write 1st", 0, nullptr},
    {"11st June 2013", "write 11th", 0, nullptr},
    {"22th June 2013", "write 22nd", 0, nullptr},
    {"23th June 2013", "write 23rd", 0, nullptr},
    // Years outside 1000-9999 and written with too few digits.
    {"0999", "'0999' is not a year", 0, nullptr},
    {"20134", "'20134' is not a year", 0, nullptr},
    {"1/2/3", "'3' is not a year", 4, nullptr},
    {"2 August 201", "'201' is not a year", 9, nullptr},
    {"winter 9999", "years run from 1000 to 9999", 0, nullptr},
    // No year at all.
    {"2 August", "add the year, as in 2 August 2013", 0, nullptr},
    {"Aug 13", "add the year", 0, nullptr},
    {"August", "add the year, as in August 2013", 0, nullptr},
    {"summer", "add the year, as in summer 2014", 0, nullptr},
    {"late March", "add the year, as in late March 2014", 0, nullptr},
    {"25 June - 3 July", "add the year", 0, nullptr},
    // Found by fuzz/date_fuzz: the first half inherited month 0 but not its offset (-1).
    {"1 /0-3", "there is no month 0", 3, nullptr, mdy},
    {"1 /13-3", "there is no month 13", 3, nullptr, mdy},
};
// clang-format on

class DateTableInvalid : public testing::TestWithParam<InvalidDate> {};

TEST_P(DateTableInvalid, IsAProblemWithAHintAndOffset) {
    const InvalidDate& row = GetParam();
    const auto result = normalise_date(row.text, row.order);
    ASSERT_FALSE(result.has_value()) << "read as " << result->value.edtf;
    const auto& problem = result.error();
    std::string_view text = row.text;
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    const std::string message =
        row.message ? row.message : std::string("'").append(text).append("' is not a date");
    EXPECT_EQ(problem.message, message);
    EXPECT_NE(problem.hint.find(row.hint), std::string::npos) << problem.hint;
    EXPECT_EQ(problem.offset, row.offset);
}

INSTANTIATE_TEST_SUITE_P(DateTable, DateTableInvalid, testing::ValuesIn(k_invalid_dates));

TEST(DateTable, HasAtLeastTwoHundredRows) {
    EXPECT_GE(std::size(k_valid_dates) + std::size(k_invalid_dates), 200u);
}

// ---------------------------------------------------------------------------------------------
// Behaviour.

TEST(DateNormaliser, LateMarchIsTheLastThirdOfTheMonth) {
    const auto late = normalise_date("late March 2014");
    ASSERT_TRUE(late);
    EXPECT_EQ(iso_date(late->value.start), "2014-03-21");
    EXPECT_EQ(iso_date(late->value.end), "2014-03-31");
    EXPECT_EQ(late->value.precision, Precision::part_month);
}

TEST(DateNormaliser, WinterRunsToTheEndOfFebruaryOfTheNextYear) {
    const auto leap = normalise_date("winter 2015");
    ASSERT_TRUE(leap);
    EXPECT_EQ(iso_date(leap->value.start), "2015-12-01");
    EXPECT_EQ(iso_date(leap->value.end), "2016-02-29");
    EXPECT_EQ(leap->value.edtf, "2015-24");
}

TEST(DateNormaliser, KeepsTheOriginalTextExactly) {
    const std::string text = "  ?2 Aug. 2013.  ";
    const auto result = normalise_date(text);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->value.text, text);
}

TEST(DateNormaliser, TwoDigitYearsPivotAtSeventyWithAWarning) {
    const auto recent = normalise_date("2/8/13");
    ASSERT_TRUE(recent);
    EXPECT_EQ(iso_date(recent->value.start), "2013-08-02");
    ASSERT_EQ(recent->warnings.size(), 1u);
    EXPECT_EQ(recent->warnings[0], "two-digit year '13' read as 2013");

    const auto old = normalise_date("02-Aug-99");
    ASSERT_TRUE(old);
    EXPECT_EQ(iso_date(old->value.start), "1999-08-02");
    ASSERT_EQ(old->warnings.size(), 1u);
    EXPECT_EQ(old->warnings[0], "two-digit year '99' read as 1999");
}

TEST(DateNormaliser, FourDigitYearsGiveNoWarning) {
    const auto result = normalise_date("02/08/2013");
    ASSERT_TRUE(result);
    EXPECT_TRUE(result->warnings.empty());
}

TEST(DateNormaliser, ImpossibleDayNamesTheLengthOfTheMonth) {
    const auto june = normalise_date("31 June 2014");
    ASSERT_FALSE(june);
    EXPECT_EQ(june.error().message, "'31 June 2014' is not a date");
    EXPECT_EQ(june.error().hint, "June has 30 days");
    EXPECT_EQ(june.error().offset, 0);

    const auto february = normalise_date("29/02/2013");
    ASSERT_FALSE(february);
    EXPECT_EQ(february.error().hint, "February 2013 has 28 days");
}

TEST(DateNormaliser, RangeEndingBeforeItStartsSuggestsTheOtherWayRound) {
    const auto result = normalise_date("3 July – 25 June 2013");
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().message, "'3 July – 25 June 2013' ends before it starts");
    EXPECT_EQ(result.error().hint, "did you mean 25 June 2013 – 3 July 2013 the other way round?");
}

TEST(DateNormaliser, WeekdayThatDisagreesWithTheDateIsAnError) {
    const auto result = normalise_date("Monday 2 August 2013");
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().message, "'Monday 2 August 2013' is not a date");
    EXPECT_EQ(result.error().hint, "2 August 2013 was a Friday, not a Monday");
}

TEST(DateNormaliser, MdyFilesSwapNumericDayAndMonth) {
    const auto result = normalise_date("08/02/2013", DateOrder::mdy);
    ASSERT_TRUE(result);
    EXPECT_EQ(iso_date(result->value.start), "2013-08-02");
    const auto dmy_reading = normalise_date("08/02/2013");
    ASSERT_TRUE(dmy_reading);
    EXPECT_EQ(iso_date(dmy_reading->value.start), "2013-02-08");
}

TEST(DateNormaliser, MonthFirstDateInADmyFileAsksForDateOrderMdy) {
    const auto result = normalise_date("08/25/2013");
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().hint, "there is no month 25: write mdy dates with date_order: mdy");
    EXPECT_EQ(result.error().offset, 3);
}

TEST(DateNormaliser, RangePrecisionIsRangeWhateverItsHalves) {
    for (const char* text : {"May/June 2014", "2012-2013", "15-21 June 2013",
                             "late May – early June 2014", "spring - summer 2014"}) {
        SCOPED_TRACE(text);
        const auto result = normalise_date(text);
        ASSERT_TRUE(result);
        EXPECT_EQ(result->value.precision, Precision::range);
    }
}

TEST(DateNormaliser, ApproximateRangeMarksBothEnds) {
    const auto result = normalise_date("circa 25 June – 3 July 2013");
    ASSERT_TRUE(result);
    EXPECT_TRUE(result->value.approximate);
    EXPECT_EQ(result->value.edtf, "2013-06-25~/2013-07-03~");
}

TEST(DateNormaliser, EmptyTextIsAProblemNotACrash) {
    const auto result = normalise_date("");
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().message, "the date is empty");
    EXPECT_EQ(result.error().offset, 0);
}

TEST(DateNormaliser, VeryLongTextIsAProblem) {
    std::string text;
    for (int i = 0; i < 100; ++i) text += "2 August 2013 ";
    const auto result = normalise_date(text);
    ASSERT_FALSE(result);
    EXPECT_NE(result.error().hint.find("write a date such as"), std::string::npos);
}

// Every day from 1900 to 2100, in the forms agencies write, reads back as that day.
TEST(DateNormaliser, EveryDayFrom1900To2100RoundTripsThroughItsWrittenForms) {
    static constexpr const char* k_months[] = {
        "",     "January", "February",  "March",   "April",    "May",     "June",
        "July", "August",  "September", "October", "November", "December"};
    static constexpr const char* k_weekdays[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                 "Thursday", "Friday", "Saturday"};
    const auto ordinal = [](unsigned d) {
        if (d >= 11 && d <= 13) return "th";
        return d % 10 == 1 ? "st" : d % 10 == 2 ? "nd" : d % 10 == 3 ? "rd" : "th";
    };
    const DayNumber first = date::sys_days{date::year{1900} / 1 / 1}.time_since_epoch().count();
    const DayNumber last = date::sys_days{date::year{2100} / 12 / 31}.time_since_epoch().count();
    int checked = 0;
    int failures = 0;
    char text[64];
    for (DayNumber n = first; n <= last; ++n) {
        const date::sys_days days{date::days{n}};
        const date::year_month_day ymd{days};
        const int y = static_cast<int>(ymd.year());
        const unsigned m = static_cast<unsigned>(ymd.month());
        const unsigned d = static_cast<unsigned>(ymd.day());
        const char* month_name = k_months[m];
        const char* weekday = k_weekdays[date::weekday{days}.c_encoding()];
        const auto check = [&](DateOrder order, bool two_digit_year) {
            ++checked;
            const auto result = normalise_date(text, order);
            const bool ok = result && result->value.start == n && result->value.end == n &&
                            result->value.precision == Precision::day &&
                            result->warnings.size() == (two_digit_year ? 1u : 0u);
            if (!ok && ++failures <= 10)
                ADD_FAILURE() << "'" << text << "' did not read as day " << n;
        };
        // Five forms for every day...
        std::snprintf(text, sizeof text, "%04d-%02u-%02u", y, m, d);
        check(DateOrder::dmy, false);
        std::snprintf(text, sizeof text, "%u %s %04d", d, month_name, y);
        check(DateOrder::dmy, false);
        std::snprintf(text, sizeof text, "%02u/%02u/%04d", d, m, y);
        check(DateOrder::dmy, false);
        std::snprintf(text, sizeof text, "%s %u, %04d", month_name, d, y);
        check(DateOrder::dmy, false);
        std::snprintf(text, sizeof text, "%s %u %.3s %04d", weekday, d, month_name, y);
        check(DateOrder::dmy, false);
        // ...and one of three more in turn, which over 200 years meets every day of the month
        // in each (keeping the test fast in a Debug build).
        switch ((n - first) % 3) {
            case 0:
                std::snprintf(text, sizeof text, "%u%s %s %04d", d, ordinal(d), month_name, y);
                check(DateOrder::dmy, false);
                break;
            case 1:
                std::snprintf(text, sizeof text, "%02u/%02u/%04d", m, d, y);
                check(DateOrder::mdy, false);
                break;
            default:
                if (y >= 1970 && y <= 2069) {  // two-digit years pivot at 70
                    std::snprintf(text, sizeof text, "%02u-%.3s-%02d", d, month_name, y % 100);
                    check(DateOrder::dmy, true);
                }
                break;
        }
    }
    EXPECT_EQ(failures, 0);
    EXPECT_GT(checked, 5 * 73415);
}

// Arbitrary text from date-like pieces never throws and, when read, is an ordered interval.
TEST(DateNormaliser, ArbitraryDateLikeTextIsReadOrRefusedNeverBroken) {
    static constexpr const char* k_pieces[] = {
        "2",   "13", "2013", "08",  "31",  "0",   "9999", "/",    "-",        "–",      ".",
        ",",   "?",  " ",    " ",   "Aug", "May", "late", "of",   "end",      "winter", "between",
        "and", "to", "c.",   "Fri", "nd",  "th",  "st",   "\xC2", "\xE2\x80", "x",      "99"};
    std::mt19937 random(20130802);
    std::uniform_int_distribution<std::size_t> piece(0, std::size(k_pieces) - 1);
    std::uniform_int_distribution<int> length(0, 9);
    for (int i = 0; i < 5000; ++i) {  // fuzz/date_fuzz explores far more
        std::string text;
        for (int n = length(random); n > 0; --n) text += k_pieces[piece(random)];
        const auto result = normalise_date(text, i % 2 == 0 ? DateOrder::dmy : DateOrder::mdy);
        if (result) {
            EXPECT_LE(result->value.start, result->value.end) << text;
            EXPECT_FALSE(result->value.edtf.empty()) << text;
        } else {
            EXPECT_FALSE(result.error().message.empty()) << text;
            EXPECT_GE(result.error().offset, 0) << text;
            EXPECT_LE(result.error().offset, static_cast<int>(text.size())) << text;
        }
    }
}

// A date the order did not decide reads the same month first: what lets a chronology whose
// `date_order: mdy` comes after its entries read again only the dates that need it.
void expect_same_either_way(const std::string& text) {
    SCOPED_TRACE(text);
    for (const DateOrder order : {DateOrder::dmy, DateOrder::mdy}) {
        const auto result = normalise_date(text, order);
        const bool by_order = result ? result->by_order : result.error().by_order;
        if (by_order) continue;
        const auto other =
            normalise_date(text, order == DateOrder::dmy ? DateOrder::mdy : DateOrder::dmy);
        ASSERT_EQ(result.has_value(), other.has_value());
        if (result) {
            EXPECT_EQ(result->value, other->value);
            EXPECT_EQ(result->warnings, other->warnings);
            EXPECT_EQ(result->time, other->time);
            EXPECT_EQ(result->time_text, other->time_text);
            EXPECT_FALSE(other->by_order);
        } else {
            EXPECT_EQ(result.error().message, other.error().message);
            EXPECT_EQ(result.error().hint, other.error().hint);
            EXPECT_EQ(result.error().offset, other.error().offset);
            EXPECT_FALSE(other.error().by_order);
        }
    }
}

TEST(DateNormaliser, SaysWhenTheDateOrderDecidedTheReading) {
    EXPECT_TRUE(normalise_date("02/08/2013")->by_order);
    EXPECT_TRUE(normalise_date("12/12/2013", DateOrder::mdy)->by_order);
    EXPECT_TRUE(normalise_date("02/12/2013 14:05")->by_order);
    EXPECT_TRUE(normalise_date("12/25/2013").error().by_order);
    EXPECT_TRUE(normalise_date("25/06 - 03/07/2013", DateOrder::mdy).error().by_order);
    EXPECT_FALSE(normalise_date("2 August 2013")->by_order);
    EXPECT_FALSE(normalise_date("2013-08-02")->by_order);
    EXPECT_FALSE(normalise_date("08/2013")->by_order);
    EXPECT_FALSE(normalise_date("15-21 June 2013")->by_order);
    EXPECT_FALSE(normalise_date("31 June 2014").error().by_order);
    int texts = 0;
    for (const auto& row : k_valid_dates) {
        expect_same_either_way(row.text);
        ++texts;
    }
    for (const auto& row : k_invalid_dates) {
        expect_same_either_way(row.text);
        ++texts;
    }
    static constexpr const char* k_pieces[] = {"2",  "13",    "2013", "08",  "31",   "/",   "-",
                                               "–",  ".",     " ",    "Aug", "to",   "w/c", "?",
                                               "12", "14:05", "1",    "th",  "late", "x"};
    std::mt19937 random(20131202);
    std::uniform_int_distribution<std::size_t> piece(0, std::size(k_pieces) - 1);
    std::uniform_int_distribution<int> length(1, 8);
    for (int i = 0; i < 5000; ++i, ++texts) {
        std::string text;
        for (int n = length(random); n > 0; --n) text += k_pieces[piece(random)];
        expect_same_either_way(text);
    }
    EXPECT_GT(texts, 5200);
}

// ---------------------------------------------------------------------------------------------
// Times.

struct ValidTime {
    const char* text;
    const char* expected;
};

void PrintTo(const ValidTime& row, std::ostream* os) { *os << "'" << row.text << "'"; }

const ValidTime k_valid_times[] = {
    {"23:40", "23:40"},    {"2340", "23:40"},       {"2340hrs", "23:40"},  {"2340 hrs", "23:40"},
    {"2340 HRS", "23:40"}, {"2340 hours", "23:40"}, {"23.40", "23:40"},    {"11.40pm", "23:40"},
    {"11:40 pm", "23:40"}, {"11:40 p.m.", "23:40"}, {"11pm", "23:00"},     {"11 a.m.", "11:00"},
    {"11am", "11:00"},     {"11 AM", "11:00"},      {"noon", "12:00"},     {"Noon", "12:00"},
    {"12 noon", "12:00"},  {"midday", "12:00"},     {"midnight", "00:00"}, {"12am", "00:00"},
    {"12pm", "12:00"},     {"12:30am", "00:30"},    {"12.15 pm", "12:15"}, {"00:00", "00:00"},
    {"0000", "00:00"},     {"0930", "09:30"},       {"9:30", "09:30"},     {"09:30", "09:30"},
    {"23:59", "23:59"},    {" 23:40 ", "23:40"},    {"23:40.", "23:40"},   {"23:40:15", "23:40"},
};

class TimeTableValid : public testing::TestWithParam<ValidTime> {};

TEST_P(TimeTableValid, NormalisesToMinutesAfterMidnight) {
    const auto result = normalise_time(GetParam().text);
    ASSERT_TRUE(result) << result.error().message << " (" << result.error().hint << ")";
    EXPECT_EQ(imr::model::to_string(*result), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(TimeTable, TimeTableValid, testing::ValuesIn(k_valid_times));

struct InvalidTime {
    const char* text;
    const char* hint;
    int offset;
};

void PrintTo(const InvalidTime& row, std::ostream* os) { *os << "'" << row.text << "'"; }

const InvalidTime k_invalid_times[] = {
    {"24:00", "write 00:00 (midnight) with the next day's date", 0},
    {"25:10", "hours run from 00 to 23", 0},
    {"13pm", "with am or pm the hour runs from 1 to 12", 0},
    {"0am", "with am or pm the hour runs from 1 to 12", 0},
    {"23:60", "minutes run from 00 to 59", 3},
    {"2360", "minutes run from 00 to 59", 2},
    {"930", "as in 0930", 0},
    {"11", "write 11:00, 11am or 11pm", 0},
    {"1140pm", "11:40pm", 0},
    {"half past ten", "write a time such as 23:40", 0},
    {"23:40 GMT", "write a time such as 23:40", 6},
    {"  25:10", "hours run from 00 to 23", 2},
    {"12:30:99", "seconds run from 00 to 59", 6},
    {"12:30:60", "seconds run from 00 to 59", 6},
};

class TimeTableInvalid : public testing::TestWithParam<InvalidTime> {};

TEST_P(TimeTableInvalid, IsAProblemWithAHint) {
    const InvalidTime& row = GetParam();
    const auto result = normalise_time(row.text);
    ASSERT_FALSE(result) << "read as " << imr::model::to_string(*result);
    std::string_view text = row.text;
    while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
    EXPECT_EQ(result.error().message, std::string("'").append(text).append("' is not a time"));
    EXPECT_NE(result.error().hint.find(row.hint), std::string::npos) << result.error().hint;
    EXPECT_EQ(result.error().offset, row.offset);
}

INSTANTIATE_TEST_SUITE_P(TimeTable, TimeTableInvalid, testing::ValuesIn(k_invalid_times));

TEST(TimeNormaliser, TwentyFourHundredIsMidnightOfTheNextDay) {
    const auto result = normalise_time("24:00");
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().message, "'24:00' is not a time");
    EXPECT_EQ(result.error().hint,
              "the day runs from 00:00 to 23:59: write 00:00 (midnight) with the next day's date");
}

TEST(TimeNormaliser, TwelveAmIsMidnightAndTwelvePmIsNoon) {
    EXPECT_EQ(normalise_time("12am")->minutes, 0);
    EXPECT_EQ(normalise_time("12pm")->minutes, 12 * 60);
}

TEST(TimeNormaliser, EmptyTextIsAProblem) {
    const auto result = normalise_time("  ");
    ASSERT_FALSE(result);
    EXPECT_EQ(result.error().message, "the time is empty");
}

// (1.1) A date written with its time gives both.
TEST(DateNormaliser, DateWrittenWithItsTimeGivesTheTimeAsWritten) {
    const struct {
        const char* text;
        const char* time;
        const char* time_text;
    } rows[] = {
        {"02/12/2013 14:05", "14:05", "14:05"},         {"2013-12-02T14:05", "14:05", "14:05"},
        {"2 December 2013 at 14:05", "14:05", "14:05"}, {"2 Dec 2013 1405hrs", "14:05", "1405hrs"},
        {"2 Dec 2013, 11.40 pm", "23:40", "11.40 pm"},
    };
    for (const auto& row : rows) {
        const auto result = normalise_date(row.text);
        ASSERT_TRUE(result) << row.text << ": " << result.error().message;
        ASSERT_TRUE(result->time.has_value()) << row.text;
        EXPECT_EQ(imr::model::to_string(*result->time), row.time) << row.text;
        EXPECT_EQ(result->time_text, row.time_text) << row.text;
        EXPECT_EQ(result->value.text, row.text);
    }
}

TEST(DateNormaliser, DateWithoutATimeGivesNone) {
    for (const char* text : {"2 August 2013", "2013", "w/c 14/10/2013", "Aug-13", "mid-2014"}) {
        const auto result = normalise_date(text);
        ASSERT_TRUE(result) << text;
        EXPECT_FALSE(result->time.has_value()) << text;
    }
}

TEST(DateNormaliser, AugHyphenTwoDigitsIsAMonthWithATwoDigitYearWarning) {
    const auto result = normalise_date("Aug-13");
    ASSERT_TRUE(result);
    EXPECT_EQ(result->value.precision, month);
    ASSERT_EQ(result->warnings.size(), 1u);
    EXPECT_EQ(result->warnings[0], "two-digit year '13' read as 2013");
}

TEST(DateNormaliser, AWeekIsSevenDaysWhateverTheWeekday) {
    const auto result = normalise_date("w/c 16/10/2013");  // a Wednesday
    ASSERT_TRUE(result);
    EXPECT_EQ(result->value.end - result->value.start, 6);
    EXPECT_EQ(std::string(imr::model::to_string(result->value.precision)), "week");
}

}  // namespace
