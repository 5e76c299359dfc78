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
    ("Talks on May 6 and 7 ended without a deal.", WED, "7", "2025-05-07"),
    ("The rains of March 14 and 15 caused floods.", WED, "15", "2025-03-15"),
    ("Signed 26 Feb 2025 in Kyiv.", WED, "26 Feb 2025", "2025-02-26"),
    ("Signed on 26 February, 2025.", WED, "26 February, 2025", "2025-02-26"),
    ("The filing is dated 2019-12-27.", WED, "2019-12-27", "2019-12-27"),
    ("The form was dated 03/13/2025.", WED, "03/13/2025", "2025-03-13"),
    ("The vote is on March eighth.", WED, "March eighth", "2025-03-08"),
    ("The vote is this coming Sunday, April 13.", WED, "this coming Sunday, April 13",
     "2025-04-13"),
    ("Results for March second-quarter sales rose.", WED, "March", "2025-03"),
    ("The vote will be in March or after the election.", WED, "March", "2026-03"),
    # a month over by the DCT that a future modal governs is the next one, however near
    ("The government will deliver the plan in March.", WED, "March", "2026-03"),
    ("The government delivered the plan in March.", WED, "March", "2025-03"),
    ("The plan would be ready in March.", WED, "March", "2025-03"),   # ("would": no future)
    # a month a comparison's "as ... as" dates; "recently" there is no time of its own
    ("He led the polls as recently as March.", WED, "March", "2025-03"),
    ("Shares traded that high as early as February.", WED, "February", "2025-02"),
    # a range's end after "up to and including"
    ("Tickets will be valid on Monday or up to and including Friday.", WED, "Friday",
     "2025-04-18"),
    # "after midnight" on the DCT's own day, told in the past: the small hours it began with
    # a weekday right after "N days later," is that day; a date opening the sentence dates
    # the telling after it, not what is told
    ("On Wednesday, March 5, the bank collapsed. Two days later, on Friday, the government "
     "said depositors would be protected.", "2025-03-20", "Friday", "2025-03-07"),
    ("On Friday, the government said depositors would be protected.", WED, "Friday",
     "2025-04-04"),
    ("Depositors will be protected on Friday, the government said.", WED, "Friday",
     "2025-04-11"),
    ("A count was released early Wednesday. Dawson conceded shortly before midnight.", WED,
     "shortly before midnight", "2025-04-08T24:00"),   # (the midnight past)
    ("Votes were counted early Wednesday. Dawson conceded shortly after midnight.", WED,
     "shortly after midnight", "2025-04-09T00:00"),
    # a relative clause's day is background: a time after it is the lead's day's
    ("A jury convicted him on Monday, ending a trial that began on March 3. The verdict came "
     "shortly after 2 p.m.", WED, "shortly after 2 p.m.", "2025-04-07T14:00"),
    ("Polls closed on Tuesday. Dawson conceded shortly after midnight.", WED,
     "shortly after midnight", "2025-04-08T24:00"),   # (the night after the story's day)
    # "N years ago today": that very day
    ("The wall fell 36 years ago today, on April 9, 1989.", WED, "36 years ago today",
     "1989-04-09"),
    ("They met two weeks ago today.", WED, "two weeks ago today", "2025-03-26"),
    ("The shop opened one month ago today.", "2025-03-31", "one month ago today",
     "2025-02-28"),   # (the month's last day when it is shorter)
    ("The first farms began 12000 years ago today.", WED, "12000 years ago today",
     "BC9976"),   # (no day before the calendar's first year: the year)
    # a state's bound ("until", "since") is no story date: a time of day after it is the story's
    ("A man was arrested on Monday and released on bail until May 15. Police said the crash "
     "happened at 9pm.", WED, "9pm", "2025-04-07T21:00"),
    # the day a telling is dated is the DCT's, though the story is years away
    ("The asteroid will pass Earth on April 13, 2029, astronomers said on Monday.", WED,
     "Monday", "2025-04-07"),
    # a past clock is no day ahead: the story's forecast day is not its day
    ("The storm is expected to make landfall late Thursday. At 11 a.m., the storm was 300 miles "
     "south of Tampa.", WED, "11 a.m.", "2025-04-09T11:00"),
    # a fixture's present after a team's name, past an aside on it
    ("Athletic, who have now lost three in a row, play Millwall on Friday.", WED, "Friday",
     "2025-04-11"),
    ("Athletic play Millwall on Monday.", WED, "Monday", "2025-04-14"),
    # "the year" a past clause tells of is no year ahead the story has moved to
    ("A cheaper model will follow in early 2026. Sales fell in the first half of the year.", WED,
     "the first half of the year", "2025-H1"),
    # an order's infinitive is ahead of the order, not of a date before it
    ("At its Tuesday meeting, the council voted to ban gas hookups.", WED, "Tuesday",
     "2025-04-08"),
    # a noun's "forecast" after its determiner and a modifier is no future
    ("Shares soared after the company raised its full-year forecast late Monday.", WED,
     "late Monday", "2025-04-07"),
    # a present perfect takes no past day: its object's day is ahead ("has issued a warning
    # from 6pm on Thursday"); a span it reaches back over is past ("have risen since Thursday")
    ("The Met Office has issued an amber wind warning for much of northern England from 6pm on "
     "Thursday until 9am on Friday.", WED, "6pm on Thursday", "2025-04-10T18:00"),
    ("Prices have risen since Monday.", WED, "Monday", "2025-04-07"),
    # a range from a time to a weekday runs forward from that time
    ("A yellow warning covers Scotland from midnight tonight until Saturday afternoon.", WED,
     "Saturday afternoon", "2025-04-12TAF"),
    # "last until" is the verb: the modal's future holds across "and"
    ("The ban will begin on Dec. 1 and last until Christmas Eve.", WED, "Christmas Eve",
     "2025-12-24"),
    ("It opens on the twenty-first of June, 2024.", WED, "the twenty-first of June, 2024",
     "2024-06-21"),
    ("The form was dated 13/03/2025.", WED, "13/03/2025", "2025-03-13"),
    # a range of days is two dates, each with the month and year
    ("The festival runs May 10-15, 2024.", WED, "May 10", "2024-05-10"),
    ("The festival runs May 10-15, 2024.", WED, "15, 2024", "2024-05-15"),
    ("The festival runs 10–15 May 2024.", WED, "10", "2024-05-10"),
    ("The festival runs 10–15 May 2024.", WED, "15 May 2024", "2024-05-15"),
    ("It will be held May 10 to 15 in Paris.", WED, "15", "2025-05-15"),
    ("Talks were held between March 3 and 5.", WED, "5", "2025-03-05"),
    ("The votes are on May 18 and 20, 2026.", WED, "May 18", "2026-05-18"),
    ("The vote is on May 18 or 19.", WED, "19", "2025-05-19"),
    ("Talks ran from the 3rd-5th of October 2024.", WED, "5th of October 2024", "2024-10-05"),
    ("The form was dated 13.03.2025.", WED, "13.03.2025", "2025-03-13"),
    ("The log says 2025/03/13.", WED, "2025/03/13", "2025-03-13"),
    ("Sales peaked in March 2025.", WED, "March 2025", "2025-03"),
    ("Sales peaked in March of 2024.", WED, "March of 2024", "2024-03"),
    ("The company was founded in 2019.", WED, "2019", "2019"),
    ("The program ran from 2001-2005.", WED, "2005", "2005"),   # a range: two years
    ("The empire fell in AD 476.", WED, "AD 476", "0476"),
    ("From the 16th to the 18th century, it grew.", WED, "the 16th", "15"),   # elided
    ("In the 15th and 16th centuries, trade grew.", WED, "16th centuries", "15"),
    ("On Black Friday 2024, stores opened early.", WED, "Black Friday 2024", "2024-11-29"),
    ("Sales on Cyber Monday 2024 set a record.", WED, "Cyber Monday 2024", "2024-12-02"),
    ("Prices peaked in the summer of '87.", WED, "the summer of '87", "1987-SU"),
    ("It opened in June '98.", WED, "June '98", "1998-06"),
    ("The ceremony will be held March 2 next year.", WED, "March 2 next year", "2026-03-02"),
    ("The plant closed on June 5 last year.", WED, "June 5 last year", "2024-06-05"),
    ("The vote is on the 15th of next month.", WED, "the 15th of next month", "2025-05-15"),
    ("The vote is on the fifteenth of next month.", WED, "the fifteenth of next month",
     "2025-05-15"),
    # a year-less date takes the year of the dated one it runs to or is listed with
    ("The siege lasted from May 18 to July 4, 1863.", WED, "May 18", "1863-05-18"),
    ("The show ran from Dec. 20 to Jan. 5, 1999.", WED, "Dec. 20", "1998-12-20"),
    ("It runs from 3 March to 9 April 1999.", WED, "3 March", "1999-03-03"),
    ("They met on May 18 and July 4, 1863.", WED, "May 18", "1863-05-18"),
    ("The event is on May 18. On July 4, 1863 the city fell.", WED, "May 18", "2025-05-18"),
    # "that year": the story's
    ("He was sworn in on March 4, 1861; the war began on April 12 that year.", WED,
     "April 12 that year", "1861-04-12"),
    ("He was sworn in on March 4, 1861. In July that year the Union lost.", WED,
     "July that year", "1861-07"),
    ("The law took effect on the first of the month.", WED, "the first of the month",
     "2025-04-01"),
    ("In May 1998 the tanks rolled in; by the tenth of the month the city had fallen.", WED,
     "the tenth of the month", "1998-05-10"),   # (the month in view)
    ("The firm went public in '95.", WED, "'95", "1995"),
    ("Sales peaked in '07 and fell until '09.", WED, "'09", "2009"),
    ("Revenue grew in each of the last three fiscal years.", WED,
     "the last three fiscal years", "P3Y"),
    ("The quake struck at 1842 GMT Monday.", WED, "1842 GMT Monday", "2025-04-07T18:42Z", "TIME"),
    # a clock read with its half of the day
    ("They met at 3:30 in the afternoon.", WED, "3:30 in the afternoon", "2025-04-09T15:30",
     "TIME"),
    ("The attack came at 10 at night.", WED, "10 at night", "2025-04-09T22:00", "TIME"),
    ("Between 9:00 and 17:00 the office is open.", WED, "9:00", "2025-04-09T09:00", "TIME"),
    # "would" looks ahead from the saying: reported plans
    ("Scholz said he would call a confidence vote on Jan. 15.", "2024-11-07", "Jan. 15",
     "2025-01-15"),
    # the stretch a warning is issued for lies ahead, and a range's end after its start
    ("The Met Office issued a yellow warning for rain from 6pm on Friday until midday on "
     "Sunday.", WED, "6pm on Friday", "2025-04-11T18:00", "TIME"),
    ("The Met Office issued a yellow warning for rain from 6pm on Friday until midday on "
     "Sunday.", WED, "midday on Sunday", "2025-04-13T12:00", "TIME"),
    # the year in view ("full-year") is no date the story moves to: a bare month after it is
    # still read from the DCT
    ("Lawmakers will turn to a full-year spending package. \"We have until December to get "
     "this done,\" he said.", "2024-09-28", "December", "2024-12"),
    # a date in what a price is compared with lies before, whatever the tense
    ("Halvern will pay $38 a share, a 42% premium to Orpen's closing price on Tuesday.", WED,
     "Tuesday", "2025-04-08"),
    # a weekday after another in a list or range
    ("The Fed will meet next Tuesday and Wednesday.", WED, "Wednesday", "2025-04-16"),
    ("Following are statements made Friday and Thursday.", WED, "Thursday", "2025-04-03"),
    ("The fair runs Friday through Sunday.", WED, "Sunday", "2025-04-13"),
    # an -ed verb right by the date is no weak cue: not the "would be" of another clause
    ("Regulators seized the bank on Friday and on Sunday announced that all depositors would be "
     "protected.", WED, "Sunday", "2025-04-06"),
    ("Voters went to the polls on Tuesday. Polls closed at 7 p.m. local time.", WED,
     "7 p.m. local time", "2025-04-08T19:00", "TIME"),   # the story's day
    ("A jury on Monday convicted him of steering contracts between 2017 and 2021. Jurors "
     "returned the verdict shortly after 3 p.m.", WED, "shortly after 3 p.m.", "2025-04-07T15:00",
     "TIME"),   # the story's last day, though a span of years was named since
    ("Labour won Monday's election, its best result since 2009. Støre spoke shortly before "
     "midnight.", WED, "shortly before midnight", "2025-04-07T24:00", "TIME"),
    ("He arrived around six in the evening.", WED, "around six in the evening",
     "2025-04-09T18:00", "TIME"),
    ("They met at 9 in the morning on Tuesday.", WED, "9 in the morning on Tuesday",
     "2025-04-08T09:00", "TIME"),
    ("Officials will meet at 10 o'clock tonight.", WED, "10 o'clock tonight",
     "2025-04-09T22:00", "TIME"),
    ("He arrived on Sunday evening, Jan. 5.", WED, "Sunday evening, Jan. 5", "2025-01-05TEV",
     "TIME"),
    ("It aired at 2100 EST.", WED, "2100 EST", "2025-04-09T21:00", "TIME"),
    ("Claims rose in the week ended Jan. 5.", WED, "the week", "2025-W01"),
    ("Profits will rise in the July-September quarter.", WED, "the July-September quarter",
     "2025-Q3"),
    ("Profits fell in the October-December period of 2023.", WED,
     "the October-December period of 2023", "2023-Q4"),
    ("Rome burned in 64 A.D. under Nero.", WED, "64 A.D.", "0064"),
    ("Caesar died in 44 B.C. in Rome.", WED, "44 B.C.", "BC0044"),
    ("It was built in 3000 BCE.", WED, "3000 BCE", "BC3000"),
    ("The Treaty of Westphalia (1648) ended the war.", WED, "1648", "1648"),
    ("The film Casablanca (1942) won three Oscars.", WED, "1942", "1942"),
    # a day or month of such a year is one expression, never this year's day
    ("Caesar crossed the Rubicon on January 10, 49 BC, starting a war.", WED,
     "January 10, 49 BC", "BC0049-01-10"),
    ("He was killed on 15 March 44 B.C. in Rome.", WED, "15 March 44 B.C.", "BC0044-03-15"),
    ("In February 44 BC he was made dictator.", WED, "February 44 BC", "BC0044-02"),
    ("Rome was sacked on June 2, AD 455 by the Vandals.", WED, "June 2, AD 455", "0455-06-02"),
    # a story told in a year before the era keeps that year for its year-less days and months
    ("Caesar was made dictator in 44 BC. On March 15, he was killed.", WED, "March 15",
     "BC0044-03-15"),
    ("Caesar was made dictator in 44 BC. In April, Octavian arrived.", WED, "April", "BC0044-04"),
    ("Caesar was warned in February 44 BC; he was killed on the Ides of March.", WED,
     "the Ides of March", "BC0044-03-15"),
    ("Beware the Ides of March.", WED, "the Ides of March", "2025-03-15"),
    ("Charlemagne was crowned emperor on December 25, 800.", WED, "December 25, 800",
     "0800-12-25"),
    ("Charlemagne was crowned on 25 December 800 in Rome.", WED, "25 December 800",
     "0800-12-25"),
    ("On March 3, 500 people marched.", WED, "March 3", "2025-03-03"),
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
    ("The offer expires Friday.", WED, "Friday", "2025-04-11"),
    ("The trial begins Monday in Boston.", WED, "Monday", "2025-04-14"),
    ("He said the talks resume Tuesday.", WED, "Tuesday", "2025-04-15"),
    ("The panel meets Monday, officials said.", WED, "Monday", "2025-04-14"),
    ("The hearing continues on Monday.", WED, "Monday", "2025-04-14"),
    ("The museum reopens Saturday after repairs.", WED, "Saturday", "2025-04-12"),
    ("Tickets go on sale on Friday at 10am.", WED, "Friday at 10am", "2025-04-11T10:00"),
    ("Leeds, who finished third last season, open their campaign at Wolves on Saturday.", WED,
     "Saturday", "2025-04-12"),   # (a team's present past an aside on it)
    ("Rail workers go on strike Friday.", WED, "Friday", "2025-04-11"),
    ("Pre-orders begin on Friday, the company said.", WED, "Friday", "2025-04-11"),
    ("The ban takes effect on Jan. 1.", WED, "Jan. 1", "2026-01-01"),   # (a scheduling present)
    ("The ban took effect on Jan. 1.", WED, "Jan. 1", "2025-01-01"),
    ("The bill goes to the Senate on Monday.", WED, "Monday", "2025-04-14"),
    ("Workers did not go on strike on Friday.", WED, "Friday", "2025-04-04"),
    # a plan told undone ("was originally due to"), a scheduling told done ("on Monday
    # scheduled the hearing"), the day it is scheduled for still ahead
    ("He was originally due to be sentenced in March but the hearing was postponed.", WED,
     "March", "2025-03"),
    ("A judge on Monday scheduled the sentencing for Dec. 12.", WED, "Monday", "2025-04-07"),
    ("A judge on Monday scheduled the sentencing for Dec. 12.", WED, "Dec. 12", "2025-12-12"),
    ("Israel and Hamas agreed on Monday to a truce that would pause the war.", WED, "Monday",
     "2025-04-07"),   # (a past in -eed is a past)
    ("Biden, who leaves office on Monday, said the deal was done.", WED, "Monday",
     "2025-04-14"),
    # a measure's end named right after it lies ahead of its issuing
    ("Forecasters issued a red flag warning through Friday evening.", WED, "Friday evening",
     "2025-04-11TEV"),
    ("The army imposed a curfew until Monday.", WED, "Monday", "2025-04-14"),
    ("Stocks fell through Friday.", WED, "Friday", "2025-04-04"),
    # what is awaited lies ahead, unless "did" or "had" says the hope is past
    ("Markets now expect the first cut in June.", MON, "June", "2024-06"),
    ("Since August, markets expect the first cut in June.", MON, "June", "2024-06"),
    ("They did not expect the crash in October.", MON, "October", "2023-10"),
    ("They didn't expect the crash in October.", MON, "October", "2023-10"),
    ("On Tuesday President Smith spoke.", WED, "Tuesday", "2025-04-08"),
    # a weekday counted from a day: the first after (before) it
    ("The vote is on the Sunday after Easter.", WED, "the Sunday after Easter", "2025-04-27"),
    ("They met the Monday before Christmas.", WED, "the Monday before Christmas", "2024-12-23"),
    ("The law passed the Tuesday after March 3, 2020.", WED,
     "the Tuesday after March 3, 2020", "2020-03-10"),
    ("He left on Sunday after Easter services.", WED, "Sunday", "2025-04-06"),   # (no "the")
    ("Polls will open on the Tuesday before the vote.", WED, "Tuesday", "2025-04-15"),
    ("Ministers are gathering in Brussels on Thursday.", WED, "Thursday", "2025-04-10"),
    ("Veltra will cut 4,000 jobs, or 9% of its staff, by the end of June, the chipmaker said.",
     "2025-02-12", "the end of June", "2025-06"),   # (", X said": the telling's tense, not
    # the told's)
    ("A store was raided on Saturday afternoon, police said on Monday. Officers were called at "
     "about 3:15 p.m.", "2025-03-10", "about 3:15 p.m.", "2025-03-08T15:15"),   # (the day a
    # telling is dated is not the story's)
    ("The Atlantic season runs from June 1 to Nov. 30.", "2024-09-12", "Nov. 30",
     "2024-11-30"),   # (a range's end is on or after its start)
    ("The festival ran from Dec. 20 to Jan. 5.", "2024-09-12", "Jan. 5", "2024-01-05"),
    ("The EU will ban cutlery, plates and straws from July 3, after member states gave final "
     "approval.", "2019-03-18", "July 3", "2019-07-03"),   # (not the tense of the clause after
    # ", after")
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
    ("It could take a year or two.", WED, "a year or two", "P1Y"),
    ("Forces could be in the region for some time.", WED, "some time", "PXX", "DURATION"),
    ("They will live without power for a while.", WED, "a while", "PXX", "DURATION"),
    ("Over the years, the town grew.", WED, "the years", "PXY", "DURATION"),
    ("The deal follows months of twists and turns.", WED, "months", "PXM", "DURATION"),
    ("The city has stood for two thousand years.", WED, "two thousand years", "P2000Y"),
    ("The dynasty lasted three hundred years.", WED, "three hundred years", "P300Y"),
    ("In two thousand, sales rose.", WED, "two thousand", "2000"),
    ("A decision is expected in weeks or months.", WED, "weeks or months", "PXW"),
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
    ("In the prior-year period, the company lost $3 million.", WED, "the prior-year period",
     "2024-Q1"),
    ("Revenue rose 3% from the December quarter.", WED, "the December quarter", "2024-Q4"),
    ("Bookings for the March quarter were strong.", WED, "the March quarter", "2025-Q1"),
    # a comparison counts from the quarter the story reports, not one it names in passing
    ("First-quarter net rose. After a flat fourth quarter, sales grew. Costs were lower in the "
     "year-earlier period.", WED, "the year-earlier period", "2024-Q1"),
    ("First-quarter net rose. After a flat fourth quarter, sales grew. Costs were lower than "
     "a year ago.", WED, "a year ago", "2024-Q1"),
    ("It last paid in the third quarter of 2019. Its first-quarter net rose from a loss a "
     "year ago.", WED, "a year ago", "2024-Q1"),
    ("Net rose in the fiscal second quarter. Third-quarter sales were up from a year earlier.",
     WED, "a year earlier", "2023-Q3"),
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
    ("That 1978 resolution called for withdrawal.", WED, "1978", "1978"),   # (sentence start)
    ("The U.S. 1990 budget deficit grew.", WED, "1990", "1990"),   # (an abbreviation)
    ("In 1998 Congress passed the law.", WED, "1998", "1998"),
    ("The company said Acme 2024 revenue rose.", WED, "2024", "2024"),   # (a noun it dates)
    ("The company raised its full-year outlook.", WED, "full-year", "2025"),
    ("Full-year profit fell 5%, the company said.", "2025-02-12", "Full-year", "2024"),
    ("Sales in the current fiscal year rose.", WED, "the current fiscal year", "2025"),
    # "last <month>" is the latest past one, but the month just ended is "last month": "last
    # March" said in April is a year back (as the TimeBank gold has "last February" on March 1)
    ("They met last March.", WED, "last March", "2024-03"),
    ("They met this past March.", WED, "this past March", "2025-03"),
    ("They met last February.", WED, "last February", "2025-02"),
    # a year before "by" and a word is a year ("founded in 1143 by merchants"; "1920 by 1080" is
    # a size)
    ("The town was founded in 1143 by merchants from Lübeck.", WED, "1143", "1143"),
    ("The firm was founded in 1990 by two engineers.", WED, "1990", "1990"),
    # "until" a weekday in a clause that still runs: ahead; in a finished one: past
    ("The agency has extended its warning until noon on Monday.", WED, "noon on Monday",
     "2025-04-14T12:00"),
    ("The road stays shut until Monday.", WED, "Monday", "2025-04-14"),
    ("The talks went on until Monday.", WED, "Monday", "2025-04-07"),
    ("The Met Office issued an amber warning that runs until 9am on Saturday.", WED,
     "9am on Saturday", "2025-04-12T09:00"),   # (a present verb, a past one before it)
    ("The exhibition lasts until Sunday.", WED, "Sunday", "2025-04-13"),
    ("The exhibition lasted until Sunday.", WED, "Sunday", "2025-04-06"),
    # what someone was told to do until a weekday: ahead of the telling
    ("The governor urged residents who stayed behind to shelter in place until Tuesday "
     "morning.", WED, "Tuesday morning", "2025-04-15TMO"),
    ("Police told residents to stay indoors until Friday.", WED, "Friday", "2025-04-11"),
    ("A bill that keeps the government open until Jan. 30 passed.", WED, "Jan. 30",
     "2026-01-30"),   # (a year-less day too)
    # a headline's infinitive after its subject is what is to come; its other dates keep theirs
    ("Heatwave to peak on Thursday as amber warning issued\n\nTemperatures are rising.", WED,
     "Thursday", "2025-04-10"),
    ("Ministers to meet Monday after talks stall\n\nThe talks broke down.", WED, "Monday",
     "2025-04-14"),
    ("Lufthansa pilots to strike on Friday\n\nThe talks broke down.", WED, "Friday",
     "2025-04-11"),   # (a noun a name goes before)
    ("Police to charge man over Saturday's attack\n\nA man is held.", WED, "Saturday",
     "2025-04-05"),
    ("Man jailed for attack on Monday\n\nA man was jailed.", WED, "Monday", "2025-04-07"),
    ("Shares rose 5% to close at $10 on Monday.", WED, "Monday", "2025-04-07"),   # (no headline)
    ("MPs voted 330 to 275 on Friday to back a bill that would allow it.", WED, "Friday",
     "2025-04-04"),   # (a relative clause's "would" is another verb's)
    # a month listed after a yearly set is yearly too
    ("It pays a dividend every March, June, September and December.", WED, "December",
     "XXXX-12"),
    ("Meetings are held every March and September.", WED, "September", "XXXX-09"),
    ("The market opens every June and closes in December.", WED, "December", "2025-12"),
    # a date a happening is set for lies ahead, whatever the tense of the setting; a date it
    # happened on, or had once been set for, does not
    ("Judge Ann Wu set sentencing for Jan. 12.", WED, "Jan. 12", "2026-01-12"),
    ("The launch has been pushed back to no earlier than Jan. 18.", WED, "Jan. 18",
     "2026-01-18"),
    ("The vote was postponed until January.", WED, "January", "2026-01"),
    ("The council moved the hearing to Jan. 30, officials said.", WED, "Jan. 30", "2026-01-30"),
    ("The trial was adjourned until Monday.", WED, "Monday", "2025-04-14"),
    ("He was sentenced on Jan. 12.", WED, "Jan. 12", "2025-01-12"),
    # a clock time after a day a telling is dated is still the told day's, past a medium
    ("An outage took sites offline on Monday, the firm said in a statement on Tuesday. It "
     "began at 9:40 a.m. Eastern time.", WED, "9:40 a.m. Eastern time", "2025-04-07T09:40"),
    # what may come lies ahead; "May" is a month, no "may"
    ("Forecasters have warned of snow, with travel disruption likely on Saturday morning.",
     WED, "Saturday morning", "2025-04-12TMO"),
    ("Rain might reach the coast on Saturday, forecasters have warned.", WED, "Saturday",
     "2025-04-12"),
    ("The firm disclosed in May that it was approached by a rival.", NYE, "May", "2025-05"),
    # an expression never runs over a line's end (a headline's weekday, the dateline under it)
    ("Markets to remain closed until Friday\nSeptember 18, 2008\nThe markets stay shut.", WED,
     "Friday", "2025-04-11"),
    # a month a range or list of months with a year runs from takes that year
    ("The consultation ran from June to August 2023.", WED, "June", "2023-06"),
    ("The works ran from November to February last year.", WED, "November", "2023-11"),
    ("The festival runs in June and August 2026.", WED, "June", "2026-06"),
    # what a figure is compared with lies before, whatever the tense of the clause
    ("The company now expects a profit of $4 a share, up from its December forecast of $3.",
     WED, "December", "2024-12"),
    ("It expects sales of $2 billion, down from $2.4 billion in December.", WED, "December",
     "2024-12"),
    ("Sales will rise in December, up from $2 billion now.", WED, "December", "2025-12"),
    ("The meeting had been set for Jan. 30 but was cancelled.", WED, "Jan. 30", "2025-01-30"),
    # a weekday listed after a weekly set is weekly too
    ("He rows the mail across every Monday and Thursday.", WED, "Thursday", "XXXX-WXX-4",
     "SET"),
    ("The club meets every Monday, Wednesday and Friday.", WED, "Wednesday", "XXXX-WXX-3",
     "SET"),
    # a holiday's relation word says which way, whatever the tense
    ("Sales were strong this past Christmas.", WED, "this past Christmas", "2024-12-25"),
    ("Shops expect crowds this coming Easter.", WED, "this coming Easter", "2025-04-20"),
    ("We will long remember this past Christmas.", WED, "this past Christmas", "2024-12-25"),
    ("Retailers said they hoped for a good coming Christmas.", WED, "coming Christmas",
     "2025-12-25"),
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
    # a quarter's report in the year's first months: the quarter just ended
    ("Meta will report fourth-quarter results on Jan. 29.", "2025-01-14", "fourth-quarter",
     "2024-Q4"),
    ("The plant will open in the fourth quarter.", "2025-01-14", "the fourth quarter",
     "2025-Q4"),
    # a quarter "of" an amount is still the year's; "of the game", or near "touchdown", not
    ("The company announced a loss for the fourth quarter of $226.3 million.", WED,
     "the fourth quarter", "2024-Q4"),
    ("The company scored record profits in the fourth quarter.", WED, "the fourth quarter",
     "2024-Q4"),
    ("Profit in the second half rose 5%, the company said.", WED, "the second half", "2024-H2"),
    ("Stocks staged sharp rebounds and paid overtime in the fourth quarter.", WED,
     "the fourth quarter", "2024-Q4"),   # (words sports share with business)
    ("The film opens this summer.", WED, "this summer", "2025-SU"),
    ("The film opened last summer.", WED, "last summer", "2024-SU"),
    ("The film opens next spring.", WED, "next spring", "2026-SP"),
    ("Crops failed in the spring of 2022.", WED, "the spring of 2022", "2022-SP"),
    ("Crops failed in winter 2021.", WED, "winter 2021", "2021-WI"),
    ("The team will tour in the fall.", WED, "the fall", "2025-FA"),
    ("Prices rose in the fall of 2019.", WED, "the fall of 2019", "2019-FA"),
    # a year-less day takes the year of a month with its year its sentence named before
    ("He took office in April 2024, after winning the election of March 10.", WED, "March 10",
     "2024-03-10"),
    ("It will be paid in January to holders of record Dec. 21.", "1989-11-15", "Dec. 21",
     "1989-12-21"),   # (not a month without its year: "January" is 1990's by the tense)
    # holidays
    ("Troops will be home by Christmas.", WED, "Christmas", "2025-12-25"),
    ("The truce held over Christmas.", "2025-01-10", "Christmas", "2024-12-25"),
    ("Parades were held on New Year's Day.", "2025-01-03", "New Year's Day", "2025-01-01"),
    ("Stores close on Thanksgiving.", "2025-11-01", "Thanksgiving", "2025-11-27"),
    ("The bombing happened on Easter Sunday.", "2019-04-25", "Easter Sunday", "2019-04-21"),
    ("Fireworks lit the sky on Independence Day 2020.", WED, "Independence Day 2020", "2020-07-04"),
    ("We met last Christmas.", WED, "last Christmas", "2024-12-25"),
    ("Veterans marched on Memorial Day.", "2025-06-01", "Memorial Day", "2025-05-26"),
    ("Voters go to the polls on Election Day.", "2024-10-01", "Election Day", "2024-11-05"),
    ("The parade was held on Mardi Gras.", "2024-03-01", "Mardi Gras", "2024-02-13"),
    # anaphoric: against the narrative
    ("In June 1944 the Allies landed. By the end of the year, Paris was free.", WED,
     "the end of the year", "1944"),
    ("In the summer of 1944 the Allies landed. By the end of the year, Paris was free.", WED,
     "the end of the year", "1944"),
    ("The treaty was signed in 1648 and ratified that autumn.", WED, "that autumn", "1648-FA"),
    ("The treaty was signed in October 1648. The following spring, the armies left.", WED,
     "The following spring", "1649-SP"),
    ("The treaty was signed in October 1648. The previous summer, the armies had clashed.",
     WED, "The previous summer", "1648-SU"),
    ("In the summer of 1944 the Allies landed. That winter, the offensive stalled.", WED,
     "That winter", "1944-WI"),
    ("The board met on March 3, 2020. Later in the day, it voted.", WED, "the day",
     "2020-03-03"),
    ("The minister resigned earlier in the day.", WED, "the day", "2025-04-09"),
    ("Gunmen attacked the village overnight.", WED, "overnight", "2025-04-08TNI", "TIME"),
    ("Stocks fell Friday, April 4, after overnight losses in Tokyo.", WED, "overnight",
     "2025-04-03TNI", "TIME"),   # the night before the story's day
    ("The fire broke out late last night.", WED, "late last night", "2025-04-08TNI", "TIME"),
    ("By mid afternoon, the crowd had grown.", WED, "mid afternoon", "2025-04-09TAF", "TIME"),
    ("The talks began on March 3. By late afternoon, they had failed.", WED, "late afternoon",
     "2025-03-03TAF", "TIME"),
    ("The talks began on March 3, 2020. In the afternoon, the leaders met.", WED,
     "the afternoon", "2020-03-03TAF", "TIME"),
    ("Prices rose in the morning but fell in the evening.", WED, "the evening",
     "2025-04-09TEV", "TIME"),
    ("The talks stalled over the past fortnight.", WED, "the past fortnight", "P2W"),
    ("In June 2023 the plant closed. By the end of the month, it was sold.", WED,
     "the end of the month", "2023-06"),
    ("Sales fell in 2023. By the end of the year, it expects a recovery.", WED,
     "the end of the year", "2025"),   # not past: the DCT's year
    ("He returned home the day after Christmas.", WED, "the day after Christmas", "2024-12-26"),
    ("They met the day before Friday's vote.", WED, "the day before Friday", "2025-04-03"),
    ("The market will reopen a week from Friday.", WED, "a week from Friday", "2025-04-18"),
    ("Results are due two weeks from today.", WED, "two weeks from today", "2025-04-23"),
    ("It came two days after Christmas.", WED, "two days after Christmas", "2024-12-27"),
    ("He was released 10 years after 1990.", WED, "10 years after 1990", "2000"),
    ("The index fell eight trading days after Oct. 12.", WED, "Oct. 12", "2024-10-12"),
    ("The plan expires a month from today.", "2025-01-31", "a month from today", "2025-02-28"),
    ("Two months after March 2020, the lockdown ended.", WED, "Two months after March 2020",
     "2020-05"),
    ("The attack came on March 3, 2020. The day before, troops had massed.", WED,
     "The day before", "2020-03-02"),
    ("The attack came on March 3, 2020. The next day, troops withdrew.", WED,
     "The next day", "2020-03-04"),
    ("The attack came on March 3, 2020. The following week, troops withdrew.", WED,
     "The following week", "2020-W11"),
    ("He was elected in 2016. The following year, he resigned.", WED,
     "The following year", "2017"),
    # a vague count from another day is a vague duration (TimeML tags "a few days", PXD)
    ("He was elected in 2016. A few days later, he resigned.", WED, "A few days", "PXD",
     "DURATION"),
    ("Several weeks earlier, talks had stalled.", WED, "Several weeks", "PXW", "DURATION"),
    ("Hours later, the bomb exploded.", WED, "Hours", "PTXH", "DURATION"),
    ("The bomb exploded just days after the warning.", WED, "days", "PXD", "DURATION"),
    ("He stayed for weeks after the attack.", WED, "weeks", "PXW", "DURATION"),
    ("A second bomb exploded minutes later.", WED, "minutes", "PTXM", "DURATION"),
    ("The toll rose to 300. A week after the quake, aid came.", WED, "A week", "P1W",
     "DURATION"),   # (a number before a new sentence makes no rate: "$5 a year")
    ("A few days ago, talks stalled.", WED, "A few days ago", "PAST_REF"),
    # a past event counted forward past the DCT: the wrong anchor (or none); only how long
    ("Two decades later, the town had grown tenfold.", WED, "Two decades", "P20Y",
     "DURATION"),
    ("Next year's fair opens in May. The first fair ran for a week. Two decades later it had "
     "grown tenfold.", WED, "Two decades", "P20Y", "DURATION"),
    ("It rained on June 2, 2022. That day, the river rose.", WED, "That day", "2022-06-02"),
    # a part of a day is a TIME (TimeML), whichever rule finds it
    ("It rained on June 2, 2022. That night, the river rose.", WED, "That night",
     "2022-06-02TNI", "TIME"),
    ("It rained on June 2, 2022. The next morning, the river rose.", WED, "The next morning",
     "2022-06-03TMO", "TIME"),
    ("He arrived on Sept. 1, 2019 and left the day after.", WED, "the day after", "2019-09-02"),
    # a range's clock start is on its end's day, the day before when it is the later hour
    ("The Met Office issued an amber warning from 3am to 9pm on Saturday.", "2024-12-06", "3am",
     "2024-12-07T03:00"),
    ("The curfew runs from 10 p.m. to 6 a.m. Sunday.", "2024-12-06", "10 p.m.",
     "2024-12-07T22:00"),
    # a flashback's date (a pluperfect) does not move a story's day, nor does the page's own
    # stamp over a story of long ago: a year-less day stays in the story's year
    ("On July 17, 1975, the ships docked. The mission had been agreed in May 1972. Soyuz "
     "landed on July 21.", "2025-07-17", "July 21", "1975-07-21"),
    ("Apollo remembered\n\nJuly 17, 2025\n\nOn July 17, 1975, the ships docked. Soyuz landed "
     "on July 21.", "2025-07-17", "July 21", "1975-07-21"),
    # ... a happening's, no day of the story before it: no day (not the DCT's next)
    ("He promised the day after the fire that it would be rebuilt.", WED, "the day after",
     "XXXX-XX-XX"),
    ("The vote was on March 3. He resigned the day before the vote.", WED, "the day before",
     "2025-03-02"),
    ("The quake struck on May 4, 2010. The previous day, dogs barked.", WED,
     "The previous day", "2010-05-03"),
    # ago / from now: against the DCT
    ("The company was sold three days ago.", WED, "three days ago", "2025-04-06"),
    ("Posted 3 hours ago.", WED, "3 hours ago", "2025-04-09"),   # (the DCT's day, not before)
    ("The blast came 36 hours ago.", WED, "36 hours ago", "2025-04-08"),
    # "in two weeks" in the future: that week; in the past it is how long it took
    ("The teams will meet again in two weeks.", WED, "two weeks", "2025-W17", "DATE"),
    ("The plant will be finished in three years.", WED, "three years", "2028", "DATE"),
    ("It will reopen in a month or two.", WED, "a month or two", "FUTURE_REF", "DATE"),
    ("Prices doubled in two years.", WED, "two years", "P2Y", "DURATION"),
    ("The company was sold two weeks ago.", WED, "two weeks ago", "2025-W13"),
    ("The company was sold five years ago.", WED, "five years ago", "2020"),
    ("The company was sold a year ago.", WED, "a year ago", "2024"),
    ("The company was sold six months ago.", WED, "six months ago", "2024-10"),
    ("The company was sold 10 years ago.", WED, "10 years ago", "2015"),
    ("The plant will open two years from now.", WED, "two years from now", "2027"),
    ("The company was sold about three years ago.", WED, "about three years ago", "2022"),
    ("The company was founded two decades ago.", WED, "two decades ago", "200"),
    # durations
    ("He ran it in 2 hours, 6 minutes and 5 seconds.", WED, "2 hours, 6 minutes and 5 seconds",
     "PT2H6M5S"),
    ("He was jailed for a year and three months.", WED, "a year and three months", "P1Y3M"),
    ("The trip took 3 days and 2 hours.", WED, "3 days and 2 hours", "P3DT2H"),
    ("It took two weeks and three days.", WED, "two weeks and three days", "P17D"),
    ("It took one and a half hours and 20 minutes.", WED,
     "one and a half hours and 20 minutes", "PT1H50M"),
    ("They waited 5 minutes and 2 hours.", WED, "2 hours", "PT2H"),   # (no count down: two)
    ("He served 10 years and his wife served 5 years.", WED, "5 years", "P5Y"),
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
    ("After a two-and-a-half-hour meeting, they left.", WED, "two-and-a-half-hour", "PT2H30M",
     "DURATION"),
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
    ("The board meets monthly.", WED, "monthly", "P1M", "SET"),
    ("Payment is due within thirty (30) days of invoice.", WED, "thirty (30) days", "P30D"),
    ("In the fiscal year ended Jan. 31, sales rose.", WED, "the fiscal year", "P1Y", "DURATION"),
    ("The tax is paid quarterly.", WED, "quarterly", "P3M", "SET"),
    ("The contract expires at the end of the fiscal year.", WED,
     "the end of the fiscal year", "2025"),
    ("The law dates back to the 1800s.", WED, "the 1800s", "18"),
    ("The city was founded in the 8th century BC.", WED, "the 8th century BC", "BC07"),
    ("He lived c. 1450-1520.", WED, "1450", "1450"),
    ("The reign of Elizabeth I (1558–1603) was long.", WED, "1603", "1603"),
    ("Sales boomed in the 2000s.", WED, "the 2000s", "200"),
    ("The river peaked on the morning of the 12th.", WED, "the morning of the 12th",
     "2025-03-12TMO", "TIME"),
    ("He visits his mother on weekends.", WED, "weekends", "XXXX-WXX-WE", "SET"),
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
    ("The blast came at about 3:15 p.m. local time (0815 GMT) on Sunday.", WED,
     "about 3:15 p.m. local time", "2025-04-06T15:15"),
    ("The blast came at about 3:15 p.m. local time (0815 GMT) on Sunday.", WED, "0815 GMT",
     "2025-04-06T08:15Z"),
    ("The quake struck at 4:31 a.m. (1231 GMT) Monday.", WED, "4:31 a.m.", "2025-04-07T04:31"),
    # the tense of such a day is read where its clocks begin ("resume" is before the parens)
    ("Talks resume at 10 a.m. EDT (1400 GMT) Tuesday.", WED, "Tuesday", "2025-04-15"),
    ("Talks resume at 10 a.m. EDT (1400 GMT) Tuesday.", WED, "1400 GMT", "2025-04-15T14:00Z",
     "TIME"),
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
    # "midnight" is the end of its day (T24:00): the one just past when the clause is past
    ("The ceasefire took effect at midnight.", WED, "midnight", "2025-04-08T24:00", "TIME"),
    ("The curfew begins at midnight.", WED, "midnight", "2025-04-09T24:00", "TIME"),
    # a text told in another time (no date near the DCT yet): year-less dates are the story's
    ("The battle was fought in 1863. On July 1, Confederate troops arrived.", WED, "July 1",
     "1863-07-01"),
    ("The siege began in December 1863. On January 5, the town fell.", WED, "January 5",
     "1864-01-05"),
    ("By the spring of 1945 the war in Europe was over; Germany surrendered on May 8.", WED,
     "May 8", "1945-05-08"),
    ("The war ended in 1945. In May, Germany surrendered.", WED, "May", "1945-05"),
    ("The siege began in 1863. That winter the town starved, and in the spring it fell.", WED,
     "the spring", "1864-SP"),
    ("The treaty was signed on June 28, 1919. On Sunday, crowds celebrated.", WED, "Sunday",
     "1919-06-29"),
    # ... the next such day as the story moves on, unless it lies more than 270 days ahead
    ("The war ended on May 8, 1945; that Christmas was quiet.", WED, "Christmas", "1945-12-25"),
    ("The siege began on March 10, 1863. On February 2, troops had come.", WED, "February 2",
     "1863-02-02"),
    # ... but news that recalls a year comes back to its own days, and the future is the DCT's
    ("The firm said Tuesday it was founded in 1987. On Dec. 7, it paid a dividend.", WED,
     "Dec. 7", "2024-12-07"),
    ("The war ended in 1945. In May, a new memorial will open.", WED, "May", "2025-05"),
    ("The treaty was signed in 1919. Last year, historians marked it.", WED, "Last year",
     "2024"),
    # a month named from the story's date
    ("The treaty was signed in June 1919. It was ratified the following January.", WED,
     "the following January", "1920-01"),
    ("The treaty was signed in June 1919. The previous March, talks had collapsed.", WED,
     "The previous March", "1919-03"),
    ("The strike began in 1984. That October, the miners voted.", WED, "October", "1984-10"),
    ("He said that October sales fell.", WED, "October", "2024-10"),   # ("that": no story)
    ("The plant closed on Feb. 3, 2020. The following February it reopened.", WED,
     "The following February", "2021-02"),
    # a weekday of every month is a set (monthly), not one Monday
    ("The committee meets on the first Monday of every month.", WED,
     "the first Monday of every month", "P1M", "SET"),
    # a clock time joins the set of days it falls on
    ("The store closes every Sunday at 6 p.m.", WED, "every Sunday at 6 p.m.",
     "XXXX-WXX-7T18:00", "SET"),
    ("The show airs at 9 p.m. on Tuesdays.", WED, "9 p.m. on Tuesdays", "XXXX-WXX-2T21:00",
     "SET"),
    ("He runs every day at 6 a.m.", WED, "every day at 6 a.m.", "XXXX-XX-XXT06:00", "SET"),
    ("He runs every other day at 6 a.m.", WED, "every other day", "P2D", "SET"),
    # long-tail explicit formats and duration adjectives
    ("It was filed on 2025.03.13 in Bonn.", WED, "2025.03.13", "2025-03-13"),
    ("It was filed on 13-Mar-2025 in Bonn.", WED, "13-Mar-2025", "2025-03-13"),
    ("The decade-long war ended.", WED, "decade-long", "P10Y", "DURATION"),
    ("A weeks-long standoff ended.", WED, "A weeks-long", "PXW", "DURATION"),
    ("A day-long meeting ended.", WED, "A day-long", "P1D", "DURATION"),
    ("Sales were up in 1Q25 and 2H24.", WED, "1Q25", "2025-Q1"),
    ("Sales were up in 1Q25 and 2H24.", WED, "2H24", "2024-H2"),
    ("Revenue in Q4'24 was flat.", WED, "Q4'24", "2024-Q4"),
    ("We have worked on it since Q3 of last year.", WED, "Q3 of last year", "2024-Q3"),
    # a pair of years with the second written short: two years
    ("The 2024-25 season ended.", WED, "2024", "2024"),
    ("The 2024-25 season ended.", WED, "25", "2025"),
    ("Fiscal 1998/99 was strong.", WED, "99", "1999"),
    ("World War I lasted 1914-18.", WED, "18", "1918"),
    ("The 1999-00 season ended.", WED, "00", "2000"),
    # "the following spring" comes after the whole of the story's year
    ("She arrived in 1968. The following spring, she enrolled.", WED, "The following spring",
     "1969-SP"),
    ("She arrived in 1968. The following March, she enrolled.", WED, "The following March",
     "1969-03"),
    ("She arrived in 1968. The previous spring, she had married.", WED, "The previous spring",
     "1967-SP"),
    # the end of the century or decade: the DCT's, or a past story's
    ("By the end of the century the reform will be complete.", WED, "the end of the century",
     "20", "DATE"),
    ("In 1880 the town grew. By the end of the century it had 10,000 people.", WED,
     "the end of the century", "18"),
    ("In 1985 the firm grew. By the end of the decade it had 300 staff.", WED,
     "the end of the decade", "198"),
    # the same period of another year: the story's quarter or month then
    ("Prices fell 0.8 percent in December from 2.8 percent in the same month of 1996.", WED,
     "the same month of 1996", "1996-12"),
    ("Exports rose 10 percent over the same period of last year.", WED,
     "the same period of last year", "2024"),
    ("Net income rose in the third quarter from $5 million in the corresponding period last "
     "year.", WED, "the corresponding period last year", "2023-Q3"),
    ("Sales in January rose from the same month a year ago.", WED, "the same month a year ago",
     "2024-01"),
    ("Net for the quarter ended Dec. 31 fell from the corresponding period last year.", WED,
     "the corresponding period last year", "2023-Q4"),
    # a holiday with its year after a comma
    ("He was born on Christmas Day, 1950.", WED, "Christmas Day, 1950", "1950-12-25"),
    ("They rejoiced on Fat Tuesday.", WED, "Fat Tuesday", "2025-03-04"),
    ("The sky was black Monday morning.", WED, "Monday morning", "2025-04-07TMO", "TIME"),
    # two months joined by a dash: both ends of the range
    ("During January-June, output rose.", WED, "June", "2025-06"),
    ("Output rose in January–March.", WED, "January", "2025-01"),
    ("The March-April rains came late.", WED, "March", "2025-03"),
    # a year before a kind of year names it; it counts none
    ("During the 1997-98 fiscal year, revenue rose.", WED, "98", "1998", "DATE"),
    ("In the 1998 fiscal year, revenue rose.", WED, "1998", "1998", "DATE"),
    ("The 1999 model year cars sold well.", WED, "1999", "1999", "DATE"),
    ("It lasted 1500 years.", WED, "1500 years", "P1500Y", "DURATION"),
    # the age of a thing in months, weeks or days is a duration (the TimeBank gold tags it)
    ("The 8-month-old truce held.", WED, "8-month-old", "P8M", "DURATION"),
    # "one day" after a modal is some future day, not a day long
    ("Islam will one day be the second largest religion.", WED, "one day", "FUTURE_REF",
     "DATE"),
    ("She hopes she'll one day return.", WED, "one day", "FUTURE_REF", "DATE"),
    ("He had only been in the job one day.", WED, "one day", "P1D", "DURATION"),
    ("He said: Today we act.", WED, "Today", "2025-04-09"),   # a sentence's first word
    ("WASHINGTON — Today, the Senate voted.", WED, "Today", "2025-04-09"),   # after a dateline
    ("NAIROBI, Kenya (AP) _ Today, rescuers dug.", WED, "Today", "2025-04-09"),
    ("Tomorrow's vote matters.", WED, "Tomorrow", "2025-04-10"),
    ("Now for today's geography quiz.", WED, "today", "2025-04-09"),
    # a week or weekend of a month, and two weeks or years on or back
    ("The first week of May is busy.", WED, "The first week of May", "2025-W18"),
    ("The last week of December was quiet.", WED, "The last week of December", "2024-W52"),
    ("It rained the last weekend of June 2024.", WED, "the last weekend of June 2024",
     "2024-W26-WE"),
    ("The week after next is free.", WED, "The week after next", "2025-W17"),
    ("The year before last was bad.", WED, "The year before last", "2023"),
    # a holiday's weekend: the weekend of the Saturday nearest it
    ("Sales rose over the Thanksgiving weekend.", WED, "Thanksgiving weekend", "2024-W48-WE"),
    ("The Memorial Day weekend will be busy.", WED, "Memorial Day weekend", "2025-W21-WE"),
    # a half or quarter named by its months, with "this year" / "last year"
    ("Exports rose in the January-June period this year.", SUN,
     "the January-June period this year", "1998-H1"),
    ("Sales rose in the April-June quarter last year.", SUN,
     "the April-June quarter last year", "1997-Q2"),
    ("It happened in the nineteen-nineties.", WED, "the nineteen-nineties", "199"),
    ("Gas lamps lit the eighteen nineties.", WED, "the eighteen nineties", "189"),
    ("Twice weekly the ferry sails.", WED, "Twice weekly", "P1W", "SET"),
    ("In the 20th Century Britain grew.", WED, "the 20th Century", "19"),
    ("In today's market, stocks fell.", WED, "today", "2025-04-09"),   # the day's session
    # issue 19: occasions counted over a stretch; a report's months a year back; BC ranges;
    # a quarter with its year and no "of"
    ("Miami will play in a major semifinal for the second time in eight days when they visit "
     "Cincinnati on Wednesday.", "2023-08-22", "eight days", "P8D", "DURATION"),
    ("They will meet twice in five days.", WED, "five days", "P5D", "DURATION"),
    ("The deal will close in eight days.", WED, "eight days", "2025-04-17"),
    ("Revenue for the three months ended July 31 was $45.1 million, up from $39.8 million in "
     "the prior-year period.", "2015-09-04", "the prior-year period", "2014-05/2014-07"),
    ("Sales for the three months ended July 31 rose from the same period of last year.",
     "2015-09-04", "the same period of last year", "2014-05/2014-07"),
    ("Sales for the six months ended June 30 rose from the same period of 2013.",
     "2015-09-04", "the same period of 2013", "2013-H1"),
    ("Octavian defeated Antony at Actium (32-31 B.C.).", WED, "32", "BC0032"),
    ("Octavian defeated Antony at Actium (32-31 B.C.).", WED, "31 B.C.", "BC0031"),
    ("The wars of 264-146 BC shaped Rome.", WED, "264", "BC0264"),
    ("Profit rose in the second quarter 2015.", WED, "the second quarter 2015", "2015-Q2"),
    # a happening nobody schedules has happened: "Saturday's truck bombing" (issue 18)
    ("Officials are still counting the dead from Saturday's truck bombing.", "2017-10-15",
     "Saturday", "2017-10-14"),
    ("Police will investigate Saturday's attack.", "2017-10-15", "Saturday", "2017-10-14"),
    ("Saturday's vote will decide the matter.", "2017-10-15", "Saturday", "2017-10-21"),
    # a participle after "remain", "stay" is a state: the modal's tense counts
    ("The road will remain closed through the weekend.", WED, "the weekend", "2025-W15-WE"),
    # a gerund after "after" or "since" is done by then
    ("They meet Leeds on Saturday after beating Wigan in Sunday's quarter-final.", WED,
     "Sunday", "2025-04-06"),
    # a date in an aside on a name is background: "the next week" counts from the story's now
    ("Tepco checked the plant, which was wrecked by a tsunami in March 2011, and found nothing. "
     "Aftershocks are likely over the next week.", WED, "the next week", "2025-W16"),
    # a directive's or a promise's infinitive is dated after it: the time to come
    ("The judge ordered him to report to prison by July 15.", WED, "July 15", "2025-07-15"),
    ("He promised to repay the loan by June 30.", WED, "June 30", "2025-06-30"),
    ("The board voted to close the plant in September.", WED, "September", "2025-09"),
    ("They agreed to a ceasefire in March.", WED, "March", "2025-03"),   # (no infinitive)
    ("Residents were told to evacuate on Friday.", WED, "Friday", "2025-04-04"),   # (a passive)
    # a year ending its sentence, a plural noun opening the next: no count ("1950 soldiers")
    ("The plant closed in 2016. Workers left the town.", WED, "2016", "2016"),
    ("He was born in 1950! Soldiers came later.", WED, "1950", "1950"),
]

# Words and numbers that only look like dates.
NOT_DATES = [
    ("Comet C/2026 A1 will pass close to Earth.", "2026"),   # (a designation's year)
    ("Bayrou was named nine days after the fall of Barnier's government.", "fall"),   # (a
    ("Historians date it to the fall of Rome.", "fall"),   # collapse, no autumn)
    ("Stocks fell on Black Monday.", "Monday"),
    ("At the end of the century's first decade, war came.", "century"),
    ("Voters went to the polls on Super Tuesday.", "Tuesday"),
    ("In the days after the attack, police searched.", "days"),
    ("In the final weeks before the vote, he campaigned.", "weeks"),
    ("They dug up the 2000-year-old city.", "2000"),
    ("He wrote a 1500-page report.", "1500"),
    ("The minister may resign.", "may"),
    ("An ad campaign ran 5 ads in 30 cities.", "5 ads"),
    ("After the Six-Day War, Israel held the land.", "Six-Day"),
    ("It changed from a fiscal year to a calendar year.", "a fiscal year"),
    ("It changed from a fiscal year to a calendar year.", "a calendar year"),
    ("Holders met at the annual meeting.", "annual"),
    ("The market never recovered from that fall.", "that fall"),
    ("Prices rose from March 3 to 15 cents.", "15 cents"),
    ("On May 6 and 7 soldiers died.", "7 soldiers"),   # (a noun after the second number)
    ("Read it at https://example.com/2011/02/story.html today.", "2011/02"),   # (a web address)
    ("Mirror: www.site.org/news/2024-03-05/fire.", "2024-03-05"),
    ("He met her on March 3 and 5 others on March 4.", "5"),
    ("In 1987, market makers lost money on trades made that day.", "that day"),   # which day?
    ("It applies to fathers in today's world.", "today"),   # nowadays, some future
    ("Intel makes the chips of many of today's personal computers.", "today"),
    ("If I were choosing the people of tomorrow, I would choose them.", "tomorrow"),
    ("In March 2020, the city closed; that week was calm.", "that week"),
    ("The army had (1500) soldiers.", "1500"),
    ("Version 2025.03.13.1 shipped.", "2025.03.13"),
    ("The H1N1 virus spread.", "H1N1"),
    ("The minutes of the meeting were released.", "minutes"),
    ("The 2001-05 data came out.", "05"),   # (May 2001?)
    ("USA Today reported the story.", "Today"),   # a paper's and a show's names
    ("Twentieth Century Fox released the film.", "Twentieth Century"),
    ("21st Century Fox said so.", "21st Century"),
    ("He said on CBS's 60 Minutes that he lied.", "60 Minutes"),
    ("During the Spring Festival, millions travel home.", "Spring"),
    ("Baker said on ABC's This Week that talks failed.", "This Week"),
    ("A 29-year-old driver was arrested.", "29-year-old"),   # an age, as "52 years old"
    ("The 136-year-old bank closed.", "136-year-old"),
    ("Mr. Reupke, 52 years old, resigned.", "52 years old"),
    ("Organisers Climate Now said 20,000 people would march.", "Now"),   # (a name's word)
    ("They killed 12 in the evening attack.", "12"),
    ("He said '95 percent of us agree.", "'95"),
    ("He read it in the morning papers.", "the morning"),
    ("The quarterly dividend was raised.", "quarterly"),
    ("The firm cut 1500-1600 jobs.", "1500"),
    ("It came 3000 years before 1990.", "3000 years before"),   # no year 1 by clamping
    ("It came 99999999 days after Christmas.", "99999999 days"),
    ("In the present circumstances, we cannot act.", "the present"),
    ("The future king was born.", "future"),
    ("In the early hours, rebels attacked.", "hours"),   # (no duration; "the early hours of
    # Saturday" is Saturday's start: rule relative_weekday)
    ("He scored 3 in the first half and 2 at night.", "2 at night"),
    ("He remembered the day he left.", "the day"),
    ("It took some time to fix the line.", "some time"),
    ("Days of Thunder is a film.", "Days"),
    ("He won three-quarters of the vote.", "quarters"),
    ("It was a while before anyone spoke.", "a while"),
    ("The Hundred Years' War ended.", "Hundred Years"),
    ("She was named Player of the Year.", "the Year"),
    ("They joined the March to the sea.", "March"),
    ("The H1N1 virus spread.", "H1N1"),
    ("The minutes of the meeting were released.", "minutes"),
    ("The 2001-05 data came out.", "05"),   # (May 2001?)
    ("USA Today reported the story.", "Today"),   # a paper's and a show's names
    ("Twentieth Century Fox released the film.", "Twentieth Century"),
    ("21st Century Fox said so.", "21st Century"),
    ("He said on CBS's 60 Minutes that he lied.", "60 Minutes"),
    ("During the Spring Festival, millions travel home.", "Spring"),
    ("Baker said on ABC's This Week that talks failed.", "This Week"),
    ("A 29-year-old driver was arrested.", "29-year-old"),   # an age, as "52 years old"
    ("The 136-year-old bank closed.", "136-year-old"),
    ("Mr. Reupke, 52 years old, resigned.", "52 years old"),
    ("Markets see a quarter-point cut.", "quarter"),
    ("Three-quarters of the vote went to him.", "quarters"),
    ("The second half of the season starts soon.", "second half"),
    ("The joint venture called Orion 1980, which makes parts, grew.", "1980"),
    ("Mr. Friday spoke to the crowd.", "Friday"),
    ("The Sunday Times reported the deal.", "Sunday"),
    ("Editors of the Sunday Telegraph agreed.", "Sunday"),
    ("Windows 95 and Office 2019 are old.", "2019"),
    ("Fans flocked to Euro 2024 in Germany.", "2024"),
    ("She lives at 1600 Pennsylvania Avenue.", "1600"),
    ("There were 1950 soldiers on the hill.", "1950"),
    ("The probe left the asteroid 2019 QX on Monday.", "2019"),   # (a designation)
    ("He scored 10 points in the first quarter of the game.", "the first quarter"),
    ("He scored 10 points in the fourth quarter of Sunday's game.", "the fourth quarter"),
    ("The first quarter of the season was slow for the team.", "The first quarter"),
    ("He scored in the second half of the NBA finals.", "the second half"),
    ("The Bears scored two touchdowns in the second half to win 24-17.", "the second half"),
    ("Smith threw a touchdown pass late in the fourth quarter.", "the fourth quarter"),
    ("Fernandes equalized from the penalty spot early in the second half.", "the second half"),
    ("Kane headed in a free kick before the end of the first half.", "the first half"),
    ("Acerbi scored in the 18th minute and Thuram added a goal early in the second half.",
     "the second half"),
    ("Thuram doubled the lead early in the second half.", "the second half"),
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
    ("Rome fell in the last year of the rule of Tarquinius Superbus.", "last year"),
    ("He served in the last month of his term.", "last month"),
    ("He worked at The Daily News in New York.", "Daily"),
    ("She wrote for the Weekly Standard.", "Weekly"),
]


# "N units later/earlier" from the story's last date: TimeML tags the duration ("Three days",
# P3D, without "later"); the day it reaches is its point, where its event goes.
# (text, DCT, expression, value, point); point None: no known day to count from
POINTS = [
    ("The attack came on March 3, 2020. Three days later, troops withdrew.", WED,
     "Three days", "P3D", "2020-03-06"),
    ("He was elected in 2016. Two years later, he resigned.", WED, "Two years", "P2Y", "2018"),
    ("The plant opens in May. Two weeks later, the staff will move in.", WED,
     "Two weeks", "P2W", "2025-W20"),
    ("The deal was signed on Jan. 5, 2021. A week earlier, talks had stalled.", WED,
     "A week", "P1W", "2020-W53"),
    ("The light went out one second later.", WED, "one second", "PT1S", "2025-04-09"),
    ("But a minute and a half later, a pilot called.", WED, "a minute and a half", "PT1M30S",
     "2025-04-09"),
    ("The plant closed in 1985; it had opened 20 years before.", WED, "20 years", "P20Y",
     "1965"),
    ("Two decades later, the town had grown tenfold.", WED, "Two decades", "P20Y", None),
    # a year earlier compares with the year-ago period: a DATE, as the TimeML gold has it
    ("Sales rose to $5 million from $4 million a year earlier.", WED, "a year earlier", "2024",
     None),
    ("He left two hours ago.", WED, "two hours ago", "2025-04-09", None),
    ("The index closed on Friday, down from 1,250 a week earlier.", WED, "a week earlier",
     "2025-W13", None),   # (the week before Friday's)
    ("Sales rose 5 percent compared with a month earlier.", WED, "a month earlier", "2025-03",
     None),
]


@pytest.mark.parametrize("case", POINTS, ids=[c[2] for c in POINTS])
def test_duration_with_point(case):
    text, dct, expression, value, point = case
    found = {t.text: t for t in timeline.tag(text, published=dct)}
    assert expression in found, f"{expression!r} not in {list(found)}"
    tx = found[expression]
    assert (tx.value, tx.point) == (value, point)
    assert tx.type == ("DURATION" if value.startswith("P") else "DATE")


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
    ("By the end of the 19th century, it grew.", WED, "the end of the 19th century", "END"),
    ("It began at the dawn of the 20th century.", WED, "the dawn of the 20th century", "START"),
    ("The vote is set for around Nov. 1.", WED, "around Nov. 1", "APPROX"),
    ("The law allows no more than sixty days of detention.", WED, "no more than sixty days",
     "EQUAL_OR_LESS"),
    ("It takes not less than two weeks.", WED, "not less than two weeks", "EQUAL_OR_MORE"),
    ("It could take a year or two.", WED, "a year or two", "APPROX"),
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
    ("It lasted more than 2 hours and 10 minutes.", WED, "more than 2 hours and 10 minutes",
     "MORE_THAN"),
    ("The verdict came just before 5 p.m.", WED, "just before 5 p.m.", "BEFORE"),
    ("Shortly after midnight, rebels attacked.", WED, "Shortly after midnight", "AFTER"),
    ("Three days later, troops withdrew.", WED, "Three days", None),
    ("Nearly two months later, troops withdrew.", WED, "Nearly two months", "LESS_THAN"),
]


@pytest.mark.parametrize("text,dct,expression,mod", MODS, ids=[m[2] for m in MODS])
def test_modifier(text, dct, expression, mod):
    found = [t for t in timeline.tag(text, published=dct) if t.text == expression]
    assert found, f"{expression!r} not found in {text!r}"
    assert found[0].mod == mod


def test_around_is_no_date_by_itself():
    found = timeline.tag("He was worried about the future, and talks ran around the clock.", WED)
    assert [(t.text, t.mod) for t in found] == [("the future", None)]
