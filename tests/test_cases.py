"""Table-driven tagging + resolution cases: (sentence, DCT, expression, TIMEX3 value[, type]).

Written from many phrasings, DCTs and tenses; each row checks that the expression is found with
exactly that span and resolved to exactly that value.
"""
import pytest

import timeline

WED = "2025-04-09"   # a Wednesday
MON = "2024-02-26"   # a Monday, leap year
SUN = "1998-08-09"   # a Sunday (TimeBank era)
NYE = "2025-12-31"   # a Wednesday at a year's end

CASES = [
    # explicit dates in common forms
    ("It happened on March 13, 2025.", WED, "March 13, 2025", "2025-03-13"),
    ("It happened on March 13th, 2025.", WED, "March 13th, 2025", "2025-03-13"),
    ("Signed 26 Feb 2025 in Kyiv.", WED, "26 Feb 2025", "2025-02-26"),
    ("Signed on 26 February, 2025.", WED, "26 February, 2025", "2025-02-26"),
    ("The filing is dated 2019-12-27.", WED, "2019-12-27", "2019-12-27"),
    ("The form was dated 03/13/2025.", WED, "03/13/2025", "2025-03-13"),
    ("The vote is on March eighth.", WED, "March eighth", "2025-03-08"),
    ("The vote is this coming Sunday, April 13.", WED, "this coming Sunday, April 13",
     "2025-04-13"),
    ("Results for March second-quarter sales rose.", WED, "March", "2025-03"),
    ("The vote will be in March or after the election.", WED, "March", "2025-03"),
    ("It opens on the twenty-first of June, 2024.", WED, "the twenty-first of June, 2024",
     "2024-06-21"),
    ("The form was dated 13/03/2025.", WED, "13/03/2025", "2025-03-13"),
    ("The form was dated 13.03.2025.", WED, "13.03.2025", "2025-03-13"),
    ("The log says 2025/03/13.", WED, "2025/03/13", "2025-03-13"),
    ("Sales peaked in March 2025.", WED, "March 2025", "2025-03"),
    ("Sales peaked in March of 2024.", WED, "March of 2024", "2024-03"),
    ("The company was founded in 2019.", WED, "2019", "2019"),
    ("The program ran from 2001-2005.", WED, "2005", "2005"),   # a range: two years
    ("The program ran from 2001-2005.", WED, "2001", "2001"),
    ("Prices rose sharply in the 1990s.", WED, "the 1990s", "199"),
    ("Music of the '80s is back.", WED, "the '80s", "198"),
    ("The plant opened in mid-2017.", WED, "mid-2017", "2017"),
    ("The plant opened in early 2017.", WED, "early 2017", "2017"),
    ("The plant closed in late 2024.", WED, "late 2024", "2024"),
    ("The plant closed at the end of 2023.", WED, "the end of 2023", "2023"),
    ("It was built in the 19th century.", WED, "the 19th century", "18"),
    ("It was built in the nineteenth century.", WED, "the nineteenth century", "18"),
    ("Thursday, March 13, 2025 was cold.", WED, "Thursday, March 13, 2025", "2025-03-13"),
    ("The war ended on 8 May 1945.", WED, "8 May 1945", "1945-05-08"),
    ("The treaty was signed on June 28, 1919.", WED, "June 28, 1919", "1919-06-28"),
    ("Results for Q3 2024 were strong.", WED, "Q3 2024", "2024-Q3"),
    ("Results for H1 2025 were weak.", WED, "H1 2025", "2025-H1"),
    ("Revenue for fiscal year 2024 was $3.1 billion.", WED, "fiscal year 2024", "2024"),
    ("The company expects FY25 revenue growth of 8%.", WED, "FY25", "2025"),
    ("In Q3 FY2024, margins improved.", WED, "Q3 FY2024", "2024-Q3"),
    ("The notes pay interest semi-annually.", WED, "semi-annually", "P6M", "SET"),
    ("Management will host a call at 8:30 a.m. Eastern Time tomorrow.", WED,
     "8:30 a.m. Eastern Time tomorrow", "2025-04-10T08:30", "TIME"),
    ("A plant will open in the first half of next year.", WED, "the first half of next year", "2026-H1"),
    ("Its fiscal year, which ends in January, was strong.", "2025-08-27", "January", "2026-01"),
    ("Sales rose in 2H 2024.", WED, "2H 2024", "2024-H2"),
    ("They met on the 15th.", WED, "the 15th", "2025-03-15"),
    ("The vote is set for the 20th, officials said.", WED, "the 20th", "2025-04-20"),
    ("In March, talks began on the 2nd.", WED, "the 2nd", "2025-03-02"),
    ("Profit fell in 3Q, the company said.", "1990-11-02", "3Q", "1990-Q3"),
    ("The log entry reads 2025-03-13T14:30.", WED, "2025-03-13T14:30", "2025-03-13T14:30", "TIME"),
    ("He was born on Sept. 3, 1961.", WED, "Sept. 3, 1961", "1961-09-03"),
    ("The storm hit on Aug 29 2005.", WED, "Aug 29 2005", "2005-08-29"),
    ("Elections are due in May 2026.", WED, "May 2026", "2026-05"),
    ("Filed on Jan. 5, '98.", SUN, "Jan. 5, '98", "1998-01-05"),
    # year-less dates: year from the DCT and tense
    ("Trump stated on Feb. 26 that he would act.", WED, "Feb. 26", "2025-02-26"),
    ("Talks were held on March 24.", WED, "March 24", "2025-03-24"),
    ("The summit will take place on June 5.", WED, "June 5", "2025-06-05"),
    ("The vote will take place on Jan. 10.", NYE, "Jan. 10", "2026-01-10"),
    ("The vote took place on Dec. 10.", WED, "Dec. 10", "2024-12-10"),
    ("Shops reopened on 26 February.", WED, "26 February", "2025-02-26"),
    ("The deadline is the 15th of May.", WED, "the 15th of May", "2025-05-15"),
    ("The ceremony was held on Dec. 24.", "2025-01-05", "Dec. 24", "2024-12-24"),
    ("The rally is planned for Jan. 3.", "2024-12-28", "Jan. 3", "2025-01-03"),
    ("A new law takes effect on Feb. 29.", MON, "Feb. 29", "2024-02-29"),
    ("Sales fell in March.", WED, "March", "2025-03"),
    ("Sales fell in November.", WED, "November", "2024-11"),
    ("Elections will be held in November.", WED, "November", "2025-11"),
    ("The fund will close in early June.", WED, "early June", "2025-06"),
    ("Riots broke out in late January.", WED, "late January", "2025-01"),
    # weekdays and tense
    ("Ministers are gathering in Brussels on Thursday.", WED, "Thursday", "2025-04-10"),
    ("The ministers will meet on Friday.", WED, "Friday", "2025-04-11"),
    ("The minister said on Thursday that talks failed.", WED, "Thursday", "2025-04-03"),
    ("Police arrested him on Monday.", WED, "Monday", "2025-04-07"),
    ("Police arrested him on Wednesday.", WED, "Wednesday", "2025-04-09"),
    ("The court will rule on Monday.", WED, "Monday", "2025-04-14"),
    ("The talks are expected to resume Tuesday.", WED, "Tuesday", "2025-04-15"),
    ("They met last Friday.", WED, "last Friday", "2025-04-04"),
    ("They meet next Tuesday.", WED, "next Tuesday", "2025-04-15"),
    ("They will meet this Friday.", WED, "this Friday", "2025-04-11"),
    ("He died Sunday.", SUN, "Sunday", "1998-08-09"),
    ("He was arrested Saturday.", SUN, "Saturday", "1998-08-08"),
    ("The vote was held on Tuesday.", MON, "Tuesday", "2024-02-20"),
    ("The vote will be held on Tuesday.", MON, "Tuesday", "2024-02-27"),
    ("She will arrive Friday morning.", WED, "Friday morning", "2025-04-11TMO", "TIME"),
    ("Shots were heard Monday night.", WED, "Monday night", "2025-04-07TNI", "TIME"),
    ("The report was published Thursday.", WED, "Thursday", "2025-04-03"),
    ("The offer had been due to expire Friday.", WED, "Friday", "2025-04-04"),
    ("Talks began Tuesday, March 4. They ended the following Monday.", WED,
     "the following Monday", "2025-03-10"),
    ("Shares closed Friday, April 4, up from the previous Friday.", WED, "the previous Friday",
     "2025-03-28"),
    ("The vote had been scheduled for Friday.", WED, "Friday", "2025-04-04"),
    ("The offer is scheduled to expire Friday.", WED, "Friday", "2025-04-11"),
    # today / yesterday / tomorrow
    ("The bill passed today.", WED, "today", "2025-04-09"),
    ("The bill passed yesterday.", WED, "yesterday", "2025-04-08"),
    ("The bill will pass tomorrow.", WED, "tomorrow", "2025-04-10"),
    ("He spoke yesterday afternoon.", WED, "yesterday afternoon", "2025-04-08TAF", "TIME"),
    ("He will speak tomorrow morning.", WED, "tomorrow morning", "2025-04-10TMO", "TIME"),
    ("He will speak tonight.", WED, "tonight", "2025-04-09TNI"),
    ("Markets fell this morning.", WED, "this morning", "2025-04-09TMO", "TIME"),
    ("A fire broke out last night.", WED, "last night", "2025-04-08TNI", "TIME"),
    ("It happened the day before yesterday.", WED, "the day before yesterday", "2025-04-07"),
    ("It will happen the day after tomorrow.", WED, "the day after tomorrow", "2025-04-11"),
    ("Today's ruling was unanimous.", WED, "Today", "2025-04-09"),
    # this / last / next units
    ("Profits fell last year.", WED, "last year", "2024"),
    ("Profits will rise next year.", WED, "next year", "2026"),
    ("Profits rose this year.", WED, "this year", "2025"),
    ("He resigned last month.", WED, "last month", "2025-03"),
    ("He will resign next month.", WED, "next month", "2025-05"),
    ("Prices rose this month.", WED, "this month", "2025-04"),
    ("The index fell last week.", WED, "last week", "2025-W14"),
    ("The index rose this week.", WED, "this week", "2025-W15"),
    ("The index will open next week.", WED, "next week", "2025-W16"),
    ("Earnings dropped last quarter.", WED, "last quarter", "2025-Q1"),
    ("Earnings will rise next quarter.", WED, "next quarter", "2025-Q3"),
    ("It was the warmest last decade.", WED, "last decade", "201"),
    ("Over the past decade, the city grew.", WED, "the past decade", "201", "DATE"),
    ("Sales grew 5% in the past year.", WED, "the past year", "2024", "DATE"),
    ("Sales grew 5% in the past month.", WED, "the past month", "P1M", "DURATION"),
    ("The election is on the first Tuesday in November.", WED, "the first Tuesday in November",
     "2025-11-04"),
    ("They met on the last Friday of March.", WED, "the last Friday of March", "2025-03-28"),
    ("It falls on the fourth Thursday of November 2024.", WED,
     "the fourth Thursday of November 2024", "2024-11-28"),
    ("The election is on November 4.", WED, "November 4", "2025-11-04"),   # scheduled
    ("The holiday is on Christmas Day.", WED, "Christmas Day", "2025-12-25"),
    ("The trial is expected to last several months.", WED, "several months", "PXM"),
    ("The talks could last two weeks.", WED, "two weeks", "P2W"),
    ("It held up over the last two weeks.", WED, "the last two weeks", "P2W"),
    ("The rally will last through Friday.", WED, "Friday", "2025-04-11"),
    ("He was elected earlier this month.", WED, "earlier this month", "2025-04"),
    ("The deal collapsed late last year.", WED, "late last year", "2024"),
    ("A deal is expected early next year.", WED, "early next year", "2026"),
    ("They met last weekend.", WED, "last weekend", "2025-W14-WE"),
    ("Stocks fell on Friday, April 4, as traders sold ahead of the weekend.", WED, "the weekend",
     "2025-W14-WE"),
    ("On Tuesday, April 8, the firm said it had sold the unit over the weekend.", WED,
     "the weekend", "2025-W14-WE"),
    ("Talks dragged on over the weekend, officials said.", WED, "the weekend", "2025-W14-WE"),
    ("Profits rose 5% in the latest period.", WED, "the latest period", "2025-Q1"),
    ("Net fell from $5 million in the year-ago quarter.", WED, "the year-ago quarter", "2024-Q1"),
    ("Net fell from $5 million in the quarter a year ago.", WED, "the quarter a year ago",
     "2024-Q1"),
    ("Sales for last year's quarter were $3 million.", WED, "last year's quarter", "2024-Q1"),
    ("Sales beat the comparable year-earlier period.", WED,
     "the comparable year-earlier period", "2024-Q1"),
    ("Net fell from the year-earlier $4.5 million.", WED, "year-earlier", "2024"),
    ("Kirschner earned $376,000 in the 1988 quarter.", "1989-10-30", "the 1988 quarter", "1988-Q3"),
    ("In the quarter ended July 31, sales fell.", "1989-10-30", "the quarter", "1989-Q2"),
    ("For the quarter ending Jan. 31 sales fell.", "1989-10-30", "the quarter", "1988-Q4"),
    ("The bank expects a profit by year-end.", WED, "year-end", "2025"),
    ("Inventories were high at year end, it said.", "2025-01-20", "year end", "2024"),
    ("Rates will fall before the year's end.", WED, "the year's end", "2025"),
    ("It forecasts a loss for the full year.", WED, "the full year", "2025"),
    ("Sales in the current fiscal year rose.", WED, "the current fiscal year", "2025"),
    ("They met last March.", WED, "last March", "2025-03"),
    ("They will meet next March.", WED, "next March", "2026-03"),
    ("During last year's campaign he promised reform.", WED, "last year", "2024"),
    ("Thursday's meeting was cancelled.", "2025-04-11", "Thursday", "2025-04-10"),
    ("Profits fell last year.", NYE, "last year", "2024"),
    ("The index fell last week.", "2025-01-02", "last week", "2024-W52"),
    ("Profits rose in the year's first quarter.", WED, "first quarter", "2025-Q1"),
    # quarters, halves, seasons
    ("Revenue grew in the first quarter.", WED, "the first quarter", "2025-Q1"),
    ("Revenue will grow in the third quarter.", WED, "the third quarter", "2025-Q3"),
    ("Revenue fell in the fourth quarter.", WED, "the fourth quarter", "2024-Q4"),
    ("Third-quarter profit rose.", "1989-10-26", "Third-quarter", "1989-Q3"),
    ("Revenue fell in the fourth quarter of 2023.", WED, "the fourth quarter of 2023", "2023-Q4"),
    ("Revenue rose in the second quarter of last year.", WED, "the second quarter of last year", "2024-Q2"),
    ("Sales rose in the first half of 2024.", WED, "the first half of 2024", "2024-H1"),
    ("Sales will rise in the second half.", WED, "the second half", "2025-H2"),
    ("The film opens this summer.", WED, "this summer", "2025-SU"),
    ("The film opened last summer.", WED, "last summer", "2024-SU"),
    ("The film opens next spring.", WED, "next spring", "2026-SP"),
    ("Crops failed in the spring of 2022.", WED, "the spring of 2022", "2022-SP"),
    ("Crops failed in winter 2021.", WED, "winter 2021", "2021-WI"),
    ("The team will tour in the fall.", WED, "the fall", "2025-FA"),
    # holidays
    ("Troops will be home by Christmas.", WED, "Christmas", "2025-12-25"),
    ("The truce held over Christmas.", "2025-01-10", "Christmas", "2024-12-25"),
    ("Parades were held on New Year's Day.", "2025-01-03", "New Year's Day", "2025-01-01"),
    ("Stores close on Thanksgiving.", "2025-11-01", "Thanksgiving", "2025-11-27"),
    ("The bombing happened on Easter Sunday.", "2019-04-25", "Easter Sunday", "2019-04-21"),
    ("Fireworks lit the sky on Independence Day 2020.", WED, "Independence Day 2020", "2020-07-04"),
    ("We met last Christmas.", WED, "last Christmas", "2024-12-25"),
    ("Veterans marched on Memorial Day.", "2025-06-01", "Memorial Day", "2025-05-26"),
    # anaphoric: against the narrative
    ("The attack came on March 3, 2020. Three days later, troops withdrew.", WED,
     "Three days later", "2020-03-06"),
    ("The attack came on March 3, 2020. The day before, troops had massed.", WED,
     "The day before", "2020-03-02"),
    ("The attack came on March 3, 2020. The next day, troops withdrew.", WED,
     "The next day", "2020-03-04"),
    ("The attack came on March 3, 2020. The following week, troops withdrew.", WED,
     "The following week", "2020-W11"),
    ("He was elected in 2016. The following year, he resigned.", WED,
     "The following year", "2017"),
    ("He was elected in 2016. Two years later, he resigned.", WED, "Two years later", "2018"),
    ("The deal was signed on Jan. 5, 2021. A week earlier, talks had stalled.", WED,
     "A week earlier", "2020-W53"),
    ("It rained on June 2, 2022. That day, the river rose.", WED, "That day", "2022-06-02"),
    ("He arrived on Sept. 1, 2019 and left the day after.", WED, "the day after", "2019-09-02"),
    ("The quake struck on May 4, 2010. The previous day, dogs barked.", WED,
     "The previous day", "2010-05-03"),
    # ago / from now: against the DCT
    ("The company was sold three days ago.", WED, "three days ago", "2025-04-06"),
    ("The company was sold two weeks ago.", WED, "two weeks ago", "2025-W13"),
    ("The company was sold five years ago.", WED, "five years ago", "2020"),
    ("The company was sold a year ago.", WED, "a year ago", "2024"),
    ("The company was sold six months ago.", WED, "six months ago", "2024-10"),
    ("The company was sold 10 years ago.", WED, "10 years ago", "2015"),
    ("The plant will open two years from now.", WED, "two years from now", "2027"),
    ("The company was sold about three years ago.", WED, "about three years ago", "2022"),
    ("The company was founded two decades ago.", WED, "two decades ago", "200"),
    # durations
    ("They agreed a 30-day cease-fire.", WED, "30-day", "P30D", "DURATION"),
    ("He served 15 years in prison.", WED, "15 years", "P15Y", "DURATION"),
    ("Profits fell for three straight quarters.", WED, "three straight quarters", "P3Q", "DURATION"),
    ("The trial lasted two weeks.", WED, "two weeks", "P2W", "DURATION"),
    ("The strike lasted 48 hours.", WED, "48 hours", "PT48H", "DURATION"),
    ("The plant will run for at least 20 more years.", WED, "at least 20 more years", "P20Y", "DURATION"),
    ("He was jailed a year and a half ago.", WED, "a year and a half ago", "2023-10"),
    ("In 1898 they found polonium and, later that year, radium.", WED, "later that year", "1898"),
    ("A hearing is set for the week of March 10.", "2025-02-15", "the week of March 10", "2025-W11"),
    ("The storm hit on the night of Aug. 29.", WED, "the night of Aug. 29", "2024-08-29TNI", "TIME"),
    ("A judge on Friday blocked the plan to end the program.", "2025-02-15", "Friday", "2025-02-14"),
    ("The talks lasted an hour and a half.", WED, "an hour and a half", "PT1H30M", "DURATION"),
    ("Shares fell for eight trading days.", WED, "eight trading days", "P8D", "DURATION"),
    ("It turned a profit after several quarters of losses.", WED, "several quarters", "PXQ", "DURATION"),
    ("Growth surged for the first time in years.", WED, "years", "PXY", "DURATION"),
    ("The dam stood for almost a hundred years.", WED, "almost a hundred years", "P100Y", "DURATION"),
    ("Rates will rise over the next two years or so.", WED, "the next two years or so", "P2Y", "DURATION"),
    ("Then, a week or so ago, he chose a date.", "1991-02-25", "a week or so ago", "1991-W08"),
    # no tense cue: the nearest March, unless the story's last date says it looks back
    ("The bank named a new chairman, effective Feb. 1.", "1989-10-30", "Feb. 1", "1990-02-01"),
    ("The agreement expires on Dec. 31.", WED, "Dec. 31", "2025-12-31"),
    ("The trial begins on Monday.", WED, "Monday", "2025-04-14"),
    ("Its April report was late.", "1989-10-30", "April", "1989-04"),
    ("A low of $29.75 a share in March.", "1989-10-30", "March", "1990-03"),
    ("A high of $42 a share in June, from a low of $29.75 a share in March.", "1989-10-30",
     "March", "1989-03"),
    ("Rates rose over the past three months.", WED, "the past three months", "P3M", "DURATION"),
    ("Rates will rise over the next five years.", WED, "the next five years", "P5Y", "DURATION"),
    ("The talks lasted several days.", WED, "several days", "PXD", "DURATION"),
    ("He waited for a few minutes.", WED, "a few minutes", "PTXM", "DURATION"),
    ("It was a two-year project.", WED, "two-year", "P2Y", "DURATION"),
    ("The seven-day festival ended.", WED, "seven-day", "P7D", "DURATION"),
    ("It has been a decade since then.", WED, "a decade", "P10Y", "DURATION"),
    ("The statue is 90 minutes away.", WED, "90 minutes", "PT90M", "DURATION"),
    ("The war lasted two and a half years.", WED, "two and a half years", "P2Y6M", "DURATION"),
    ("He served 2 1/2 years.", WED, "2 1/2 years", "P2Y6M", "DURATION"),
    ("The light went out one second later.", WED, "one second later", "2025-04-09"),
    ("Repairs take two to three weeks.", WED, "two to three weeks", "P2W", "DURATION"),
    ("Expect a recovery in 12 to 18 months.", WED, "12 to 18 months", "P12M", "DURATION"),
    ("The fair lasts 2-3 days.", WED, "2-3 days", "P2D", "DURATION"),
    ("They rested for two or three days.", WED, "two or three days", "P2D", "DURATION"),
    ("Rates fell during the past week.", WED, "the past week", "P1W", "DURATION"),
    ("They have fought for years.", WED, "years", "PXY", "DURATION"),
    ("A 52-week high was reached.", WED, "52-week", "P52W", "DURATION"),
    # sets
    ("The market is held every Monday.", WED, "every Monday", "XXXX-WXX-1", "SET"),
    ("The paper is published every day.", WED, "every day", "P1D", "SET"),
    ("Rents are reviewed every year.", WED, "every year", "P1Y", "SET"),
    ("The annual report came out.", WED, "annual", "P1Y", "SET"),
    ("The board meets monthly.", WED, "monthly", "P1M", "SET"),
    ("The index is updated daily.", WED, "daily", "P1D", "SET"),
    ("The council meets twice a year.", WED, "twice a year", "P1Y", "SET"),
    ("The shop closes on Sundays.", WED, "Sundays", "XXXX-WXX-7", "SET"),
    ("The bus runs every other week.", WED, "every other week", "P2W", "SET"),
    ("Bills are capped every three months.", WED, "every three months", "P3M", "SET"),
    ("The market opens every Tuesday morning.", WED, "every Tuesday morning", "XXXX-WXX-2TMO", "SET"),
    ("The club meets Tuesday nights.", WED, "Tuesday nights", "XXXX-WXX-2TNI", "SET"),
    ("The parade is held each July.", WED, "each July", "XXXX-07", "SET"),
    ("Every summer, tourists flock to the island.", WED, "Every summer", "XXXX-SU", "SET"),
    ("The museum opens daily at 9 a.m.", WED, "daily", "P1D", "SET"),
    ("It was the winter of nineteen ninety-four.", WED, "the winter of nineteen ninety-four", "1994-WI"),
    ("Shares fell mid-afternoon yesterday.", WED, "mid-afternoon yesterday", "2025-04-08TAF"),
    ("Net rose 5% for the year ended March 31.", "1989-11-02", "the year", "P1Y", "DURATION"),
    ("The stock hit a high for the year in June.", "1989-11-02", "the year", "1989"),
    # vague
    ("Russia occupied Crimea years ago.", WED, "years ago", "PAST_REF"),
    ("Prices have risen recently.", WED, "recently", "PAST_REF"),
    ("Prices are high now.", WED, "now", "PRESENT_REF"),
    ("Prices are currently high.", WED, "currently", "PRESENT_REF"),
    ("Prices will fall in the future.", WED, "the future", "FUTURE_REF"),
    ("Prices will fall in the coming months.", WED, "the coming months", "FUTURE_REF"),
    ("The credits will cut taxes in future quarters.", WED, "future quarters", "FUTURE_REF"),
    ("It bodes ill for coming quarters.", WED, "coming quarters", "FUTURE_REF"),
    ("Sell programs hurt in past years, too.", WED, "past years", "PAST_REF"),
    ("The rest will be paid at a later date.", WED, "a later date", "FUTURE_REF"),
    ("Prices fell over the past years.", WED, "the past years", "PAST_REF"),
    ("Prices have fallen in recent years.", WED, "recent years", "PAST_REF"),
    ("Such things happened in the past.", WED, "the past", "PAST_REF"),
    ("In the past, of course, it was different.", WED, "the past", "PAST_REF"),
    ("A decision is expected in the near future.", WED, "the near future", "FUTURE_REF"),
    # times of day
    ("The blast occurred at 10 a.m.", WED, "10 a.m.", "2025-04-09T10:00", "TIME"),
    ("The blast occurred at 10:30 p.m. Wednesday.", "2025-04-10", "10:30 p.m. Wednesday",
     "2025-04-09T22:30", "TIME"),
    ("Polls close at 8 p.m. Thursday.", WED, "8 p.m. Thursday", "2025-04-10T20:00", "TIME"),
    ("The vote is at noon Thursday.", WED, "noon Thursday", "2025-04-10T12:00", "TIME"),
    ("The meeting began at 14:30 on Monday.", WED, "14:30 on Monday", "2025-04-07T14:30", "TIME"),
    ("The count ended at 14:30.", WED, "14:30", "2025-04-09T14:30", "TIME"),
    ("Trading halted at 3 PM.", WED, "3 PM", "2025-04-09T15:00", "TIME"),
    ("The curfew begins at midnight.", WED, "midnight", "2025-04-09T24:00", "TIME"),
    ("They left Friday at 9 a.m.", WED, "Friday at 9 a.m.", "2025-04-04T09:00", "TIME"),
    # inside longer sentences and headlines
    ("Defense ministers from approximately 30 countries are gathering at NATO's headquarters "
     "in Brussels on Thursday to discuss troop deployment.", WED, "Thursday", "2025-04-10"),
    ("Representatives from approximately 50 countries will convene at NATO's headquarters to "
     "seek military assistance for Ukraine on Friday.", WED, "Friday", "2025-04-11"),
    ("Recent negotiations between the US and Russia on March 24 struggled.", WED, "March 24",
     "2025-03-24"),
    ("The US, which is working on a deal, will not be attending Thursday's meeting.", WED,
     "Thursday", "2025-04-10"),
]

# Words and numbers that only look like dates.
NOT_DATES = [
    ("The minister may resign.", "may"),
    ("She was named Player of the Year.", "the Year"),
    ("They joined the March to the sea.", "March"),
    ("The H1N1 virus spread.", "H1N1"),
    ("Markets see a quarter-point cut.", "quarter"),
    ("Three-quarters of the vote went to him.", "quarters"),
    ("The quake struck at 1842 GMT Monday.", "1842"),
    ("The second half of the season starts soon.", "second half"),
    ("Profits rose 20% annually for years.", "annually"),
    ("It matters to the future of our peoples.", "the future"),
    ("The 5th Fleet sailed on.", "5th"),
    ("There are four flights a week to Bombay.", "a week"),
    ("Iraq pumps 500,000 barrels a day.", "a day"),
    ("The plan saves $500 million a year.", "a year"),
    ("During that period the town grew.", "that period"),
    ("The same period saw riots.", "same period"),
    ("March Networks reported higher sales.", "March"),
    ("He finished second in the race.", "second"),
    ("Up to 30,000 troops could be deployed.", "30,000"),
    ("Prices rose 4 percent.", "4 percent"),
    ("About 50 countries attended.", "50"),
    ("Four prisoners were killed.", "Four"),
    ("The ministers march on Parliament.", "march"),
    ("About 2000 people protested.", "2000"),
    ("The team scored 2019 points this season.", "2019"),
    ("May I ask a question?", "May"),
    ("He scored a second goal.", "a second"),
    ("The shares fall sharply.", "fall"),
    ("Call 555-1234 for details.", "1234"),
    ("The recent visit was short.", "recent"),
    ("She has a 3.5 GPA.", "3.5"),
    ("The team won 3 to 1 on the road.", "3 to 1"),
]


def _case_id(case):
    return f"{case[2]}@{case[1]}"


@pytest.mark.parametrize("case", CASES, ids=[_case_id(c) for c in CASES])
def test_tag_and_resolve(case):
    text, dct, expression, value = case[:4]
    expected_type = case[4] if len(case) > 4 else None
    found = timeline.tag(text, published=dct)
    match = [t for t in found if t.text == expression]
    assert match, f"{expression!r} not found in {text!r}; got {[(t.text, t.value) for t in found]}"
    tx = match[0]
    assert text[tx.start:tx.end] == expression
    assert tx.value == value, f"{expression!r} in {text!r} at {dct}: {tx.value} != {value}"
    if expected_type:
        assert tx.type == expected_type


@pytest.mark.parametrize("text,word", NOT_DATES, ids=[w for _, w in NOT_DATES])
def test_not_a_date(text, word):
    found = timeline.tag(text, published=WED)
    start = text.index(word)
    overlapping = [t for t in found if t.start < start + len(word) and start < t.end]
    assert not overlapping, f"{word!r} in {text!r} tagged as {[(t.text, t.value) for t in overlapping]}"


def test_case_table_is_large():
    assert len(CASES) + len(NOT_DATES) >= 150


# (sentence, DCT, expression, TIMEX3 mod): the modifier is part of the expression.
MODS = [
    ("The vote is set for around Nov. 1.", WED, "around Nov. 1", "APPROX"),
    ("Sales peaked around 1990.", WED, "around 1990", "APPROX"),
    ("He left around 7:15 p.m. Friday.", WED, "around 7:15 p.m. Friday", "APPROX"),
    ("The talks ran approximately the night of Aug. 29.", WED,
     "approximately the night of Aug. 29", "APPROX"),
    ("He left at 7:15 p.m. Friday.", WED, "7:15 p.m. Friday", None),
    ("It was built in the late 1990s.", WED, "the late 1990s", "END"),
    ("They waited about two years.", WED, "about two years", "APPROX"),
    ("They met a week or so ago.", WED, "a week or so ago", "APPROX"),
    ("Repairs take two to three weeks.", WED, "two to three weeks", "EQUAL_OR_MORE"),
    ("It should end in 2027 or later.", WED, "2027 or later", "ON_OR_AFTER"),
    ("Pay by May 1 or earlier.", WED, "May 1 or earlier", "ON_OR_BEFORE"),
    ("It began in the last half of the '80s.", WED, "the last half of the '80s", "END"),
]


@pytest.mark.parametrize("text,dct,expression,mod", MODS, ids=[m[2] for m in MODS])
def test_modifier(text, dct, expression, mod):
    found = [t for t in timeline.tag(text, published=dct) if t.text == expression]
    assert found, f"{expression!r} not found in {text!r}"
    assert found[0].mod == mod


def test_around_is_no_date_by_itself():
    found = timeline.tag("He was worried about the future, and talks ran around the clock.", WED)
    assert [(t.text, t.mod) for t in found] == [("the future", None)]
