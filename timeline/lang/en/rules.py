"""Recognition rules for English temporal expressions, built from the vocabulary tables.

Each rule is one object (finder/patterns.Rule): its name (which the resolver dispatches on:
resolve.RESOLVERS), TIMEX3 type, regex, context and examples. Rules are tried in order at each
position, so longer and more specific forms come first. Named groups in a rule's regex are the
fields the resolver reads; `context` names an extra check the tagger applies to the words
around a match (checks.CONTEXT_CHECKS). Both names are checked when the modules are imported.
Each example is `sentence | expression=value`, read as published on EXAMPLE_DCT, and is a test
row (tests/test_rules.py).
"""
from __future__ import annotations

from ...finder.patterns import Rule, alt, ci
from . import vocab

EXAMPLE_DCT = "2025-04-09"   # (a Wednesday)

_ABBR_MONTHS = [m for m in vocab.MONTHS if len(m) <= 4 and m != "May" and m != "June"
                and m != "July"]
_FULL_MONTHS = [m for m in vocab.MONTHS if m not in _ABBR_MONTHS]
MONTH_NAME = rf"(?:{alt(_FULL_MONTHS)}|{alt(_ABBR_MONTHS)}\.?)"
MONTH = rf"(?P<month>{MONTH_NAME})"
_ABBR_WEEKDAYS = [w for w in vocab.WEEKDAYS if w not in vocab.WEEKDAY_FULL]
WEEKDAY = rf"(?P<weekday>{alt(vocab.WEEKDAY_FULL)}|{alt(_ABBR_WEEKDAYS)}\.)"
DAY_NUMBER = r"3[01]|[12][0-9]|0?[1-9]"   # a day of the month in digits
DAY = (rf"(?:(?P<day>{DAY_NUMBER})(?:st|nd|rd|th)?(?![0-9]|,[0-9]{{3}})"
       rf"|(?P<day_word>{alt(w for w, n in vocab.ORDINALS.items() if 1 <= n <= 31)})(?![\w-]))")
YEAR = r"(?P<year>1[0-9]{3}|20[0-9]{2}|2100)(?![0-9]|,[0-9]{3}|\.[0-9]|\s*(?:%|percent|per cent))"
ERA_YEAR = (   # "AD 476", "44 BC"
    rf"(?P<era_before>{alt(vocab.ERAS_BEFORE_YEAR)})\s+(?P<year>[1-9][0-9]{{0,3}})(?![0-9])"
    rf"|(?P<year2>[1-9][0-9]{{0,3}})\s*(?P<era>{alt(vocab.ERAS)})(?!\w)")
ERA_JOINER = r"(?:\s*[-–]\s*|\s+(?:to|and|until|till|through)\s+)"   # (two years' join)
# ... or, after a day or month, a year of three digits with no era where the clause ends
DATE_YEAR = (rf"(?:{ERA_YEAR}"   # ("December 25, 800")
             r"|(?P<year3>[1-9][0-9]{2})(?=\s*[.,;:)]|$|\s+(?:in|at|on|by|when|and|with)\b))")
SHORT_YEAR = r"'(?P<short_year>[0-9]{2})(?![0-9])"
CARDINAL_WORDS = [w for w in vocab.NUMBER_WORDS]
_UNITS_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TENS_WORDS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER = (rf"(?P<number>(?:[0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]+(?:\.[0-9]+)?)(?![0-9,])"   # ("5,000")
          rf"(?P<frac>\s+1/2(?![0-9])|½)?"
          # "three hundred", "two thousand", "twenty-five hundred"
          rf"|(?:{ci(alt(_TENS_WORDS))}[\s-]{ci(alt(_UNITS_WORDS))}|{ci(alt(CARDINAL_WORDS))})"
          rf"\s+{ci(alt(['hundred', 'thousand']))}"
          rf"|{ci(alt(_TENS_WORDS))}[\s-]{ci(alt(_UNITS_WORDS))}"
          rf"|{ci(alt(CARDINAL_WORDS))}(?:[\s-]+{ci('and[ -]a[ -]half')})?)")   # ("two-and-a-half-hour")
VAGUE_NUMBER = rf"(?P<vague_number>{ci(alt(vocab.VAGUE_QUANTITIES))})"
UNIT = rf"(?P<unit>{ci(alt(list(vocab.UNITS) + list(vocab.UNIT_PLURALS)))})"
UNITS_PLURAL = ci(alt([u + "s" for u in vocab.UNITS] + list(vocab.UNIT_PLURALS)))
CALENDAR_UNIT = rf"(?P<unit>{ci(alt(['week', 'weekend', 'month', 'year', 'quarter', 'decade', 'century']))})"
ORDINAL = rf"(?P<ordinal>{ci(alt(vocab.ORDINALS))}|[0-9]{{1,2}}(?:st|nd|rd|th))"
SEASON = rf"(?P<season>{ci(alt(vocab.SEASONS))})"
PART = rf"(?P<part>{ci(alt(vocab.PARTS_OF_DAY))})"
# "Sunday, March 8", "this coming Sunday, March eighth": the weekday leads the date
WEEKDAY_LEAD = (rf"(?:{ci(alt(['this', 'this coming', 'this past', 'next', 'last']))}\s+)?"
                rf"{WEEKDAY}(?:\s+{PART})?,?\s+")   # ("Sunday evening, Jan. 5")
REL = rf"(?P<rel>{ci(alt(['this', 'last', 'next', 'this past', 'this coming', 'past', 'coming']))})"
MOD = rf"(?P<mod>{ci(alt([m for m in vocab.POSITION_MODS if m != 'mid-']))})"
APPROX = rf"(?P<approx>{ci(alt(['about', 'some', 'nearly', 'almost', 'more than', 'less than', 'over', 'at least', 'up to', 'roughly', 'approximately', 'around', 'only', 'just', 'barely', 'fewer than', 'at most', 'under']))})"
HOLIDAY = rf"(?P<holiday>{alt(list(vocab.FIXED_HOLIDAYS) + list(vocab.NTH_WEEKDAY_HOLIDAYS) + list(vocab.EASTER_HOLIDAYS))})"
HOUR_WORD = ci(alt(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
                    'eleven', 'twelve']))   # "ten o'clock", "six in the evening"
CLOCK = (r"(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5][0-9]))?\s*"
         r"(?P<ampm>[ap]\.\s?m\.|[ap]m\b|[AP]M\b|[AP]\.M\.)")
TZ = rf"(?:\s+(?P<tz>{alt(vocab.TIME_ZONES)}))?"
YEAR_AGO = ci(alt(['year-earlier', 'year-ago', 'prior-year']))
YEAR_AGO_UNIT = ci(alt(['quarter', 'period', 'month']))
AND_A_HALF = rf"(?P<half>\s+{ci('and a half')})?"   # "a year and a half ago"
FISCAL = r"fiscal(?:[ \t]+year)?|FY"   # "fiscal 2024", "fiscal year 2024", "FY2024"
HALF_DAY = rf"\s+(?:{ci('in')}\s+{ci('the')}\s+{ci(alt(['morning', 'afternoon', 'evening']))}|{ci('at')}\s+{ci('night')})"
DAY2 = rf"(?P<day2>{DAY_NUMBER})(?:st|nd|rd|th)?(?![0-9]|,[0-9]{{3}}|\s*(?:%|percent))"
RANGE_TO = (rf"(?:\s*[-–]\s*|\s+(?:to|through|until|till|and|or)\s+(?=(?:{DAY_NUMBER})"
            r"(?:st|nd|rd|th)?\s*(?:[,.;:)\n]|$|[0-9]{4}|(?:in|at|on|for|and|with)\b|[a-z]+\b)))"
            + DAY2)
# "a week or so ago", "a year or two": an approximation (mod APPROX)
OR_SO = rf"(?:\s+(?P<or_so>{ci(alt(['or so', 'or two', 'or three']))}))?"
# "two to three weeks", "12-18 months": a range of counts (the lower one is the value's)
UPPER = (rf"(?:\s*(?:-|\s{ci(alt(['to', 'or']))}\s)\s*"
         rf"(?P<upper>[0-9]+(?![0-9,.])|{ci(alt(CARDINAL_WORDS))}))?")
DECADE_WORDS = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
                "nineties"]

SPELLED_YEAR = (rf"(?P<spelled>{ci(alt(['nineteen', 'twenty']))}[\s-]+"
         rf"{ci(alt(['hundred', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'] + [t + d for t in _TENS_WORDS for d in ['', '-one', '-two', '-three', '-four', '-five', '-six', '-seven', '-eight', '-nine', ' one', ' two', ' three', ' four', ' five', ' six', ' seven', ' eight', ' nine']]))}"
         rf"|{ci('two thousand')}(?:[\s-]+(?:{ci('and')}\s+)?{ci(alt(_UNITS_WORDS + ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']))})?)")
DURATION_APPROX = rf"(?P<approx>{ci(alt(['about', 'some', 'nearly', 'almost', 'at least', 'more than', 'less than', 'up to', 'roughly', 'approximately', 'around', 'no more than', 'no less than', 'not more than', 'not less than']))})"

RULES = [
    # --- explicit, fully specified -------------------------------------------------------
    Rule("iso_datetime", "TIME",
         r"(?P<year>[0-9]{4})-(?P<month>0[1-9]|1[0-2])-(?P<day>[0-3][0-9])[T ]"
         r"(?P<hour>[01][0-9]|2[0-3]):(?P<minute>[0-5][0-9])(?::[0-5][0-9](?:\.[0-9]+)?)?"
         r"(?:Z|[+-][0-9]{2}:?[0-9]{2})?(?![0-9])",
         examples=(
             "The log shows 2025-03-13 14:30 as the start. | 2025-03-13 14:30=2025-03-13T14:30",)),
    Rule("iso_date", "DATE",
         r"(?P<year>[0-9]{4})-(?P<month>0[1-9]|1[0-2])-(?P<day>[0-3][0-9])(?![0-9-])",
         examples=("The filing is dated 2019-12-27. | 2019-12-27=2019-12-27",)),
    Rule("numeric_date", "DATE",
         r"(?P<a>[0-9]{1,2})(?P<sep>[/.-])(?P<b>[0-9]{1,2})(?P=sep)(?P<y>[0-9]{4}|[0-9]{2})"
         r"(?![0-9]|[/.-][0-9])",
         examples=("The form was signed on 03/13/2025. | 03/13/2025=2025-03-13",)),
    Rule("ymd_slash", "DATE",   # "2025/03/13", "2025.03.13"
         r"(?P<year>[0-9]{4})(?P<ysep>[/.])(?P<month>[0-9]{1,2})(?P=ysep)(?P<day>[0-9]{1,2})"
         r"(?![0-9/]|\.[0-9])",
         examples=("The notice is dated 2025/03/13. | 2025/03/13=2025-03-13",)),
    Rule("era_year_range", "DATE",   # "(32-31 B.C.)", "from 98 to 117 AD", "AD 122-128",
         # "between AD 122 and 128": two years, the era written once (tagger._split_era_range)
         rf"(?P<first>[1-9][0-9]{{0,3}}){ERA_JOINER}(?P<year2>[1-9][0-9]{{0,3}})\s*"
         rf"(?P<era>{alt(vocab.ERAS)})(?!\w)"
         rf"|(?P<era_first>{alt(vocab.ERAS_BEFORE_YEAR)})\s+(?P<first_after>[1-9][0-9]{{0,3}})"
         rf"{ERA_JOINER}(?P<second>[1-9][0-9]{{0,3}})(?![0-9])",
         examples=("Antony ruled the East with Cleopatra (32-31 B.C.). | 31 B.C.=BC0031",
                   "Trajan ruled from 98 to 117 AD. | 98=0098 | 117 AD=0117",
                   "The walls went up between AD 122 and 128. | AD 122=0122 | 128=0128")),
    Rule("era_year", "DATE", ERA_YEAR,   # "AD 476", "476 A.D.", "44 BC", "3000 BCE"
         examples=("Rome fell in AD 476. | AD 476=0476",)),
    # "May 10-15, 2024", "10 to 15 May": two dates sharing the month and year (the tagger
    # splits them: "May 10" and "15, 2024"). Spelled out, the range ends before a clause
    # break or a preposition ("May 10 to 15 in Paris"; not "March 3 to 15 cents").
    Rule("month_day_range", "DATE", rf"(?P<first>{MONTH}\s*{DAY}){RANGE_TO}(?:,?\s*{YEAR})?",
         "range_end",   # (a verb may follow it: "the rains of March 14 and 15 caused")
         examples=("The festival runs May 10-15, 2024. | May 10=2024-05-10",)),
    Rule("day_month_range", "DATE",
         rf"(?P<first>(?:the\s+)?(?P<day>{DAY_NUMBER})(?:st|nd|rd|th)?)"
         rf"(?:\s*[-–]\s*|\s+(?:to|through|until|till|and)\s+(?:the\s+)?)"
         rf"{DAY2}(?:\s+of)?\s+{MONTH}(?:,?\s+{YEAR})?",
         examples=("The festival runs 10–15 May 2024. | 15 May 2024=2024-05-15",
                   "It was held from 3 to 5 May 2024. | 3=2024-05-03")),
    Rule("month_day_year", "DATE",
         rf"(?:{WEEKDAY_LEAD})?(?:the\s+)?{MONTH}\s*{DAY}(?:[ \t]?,)?\s*(?:{YEAR}|{SHORT_YEAR})",
         examples=("It happened on March 13, 2025. | March 13, 2025=2025-03-13",
                   "It was unveiled on January 18 , 2005 . | January 18 , 2005=2005-01-18")),
    # (tokenized text, a space before the comma)
    Rule("day_month_year", "DATE",   # (and "13-Mar-2025")
         rf"(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}(?:(?:\s+of)?\s+|(?=-[A-Za-z]+-)-){MONTH}(?:,?\s+|(?<=[A-Za-z.])-){YEAR}",
         examples=("The truce was signed 26 Feb 2025 in Kyiv. | 26 Feb 2025=2025-02-26",)),
    Rule("month_day_rel_year", "DATE",   # "March 2 next year"
         rf"{MONTH}\s*{DAY},?\s+(?P<year_rel>{ci(alt(['this', 'last', 'next', 'that']))})\s+{ci('year')}(?![\w-])",
         examples=("The vote is set for March 2 next year. | March 2 next year=2026-03-02",)),
    Rule("month_day", "DATE", rf"(?:{WEEKDAY_LEAD})?{MONTH}\s*{DAY}(?![:/][0-9])",
         examples=("The talks resumed on Feb. 26. | Feb. 26=2025-02-26",)),
    Rule("day_month", "DATE",
         rf"(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}(?:\s+of)?\s+{MONTH}",
         examples=("The talks resumed on 26 February. | 26 February=2025-02-26",)),
    Rule("month_year", "DATE",
         rf"(?:{MOD}[\s-]*)?{MONTH},?\s+(?:of\s+)?(?:{YEAR}|{SPELLED_YEAR}|{SHORT_YEAR})",
         examples=("The plant closed in March 2019. | March 2019=2019-03",)),
    # "the first Tuesday in November", "the last Friday of March 2026"
    Rule("nth_weekday", "DATE",
         rf"(?:{ci('the')}\s+)?(?P<nth>{ci(alt(['first', 'second', 'third', 'fourth', 'fifth', 'last']))})"
         rf"\s+{WEEKDAY}\s+{ci('(?:in|of)')}\s+{MONTH}(?:,?\s+{YEAR})?",
         examples=(
             "Americans vote on the first Tuesday in November 2028. | the first Tuesday in November 2028=2028-11-07",)),
    Rule("month_rel_year", "DATE",
         rf"(?:{MOD}[\s-]*)?{MONTH}\s+(?:of\s+)?(?P<year_rel>{ci(alt(['this', 'last', 'next', 'that']))})\s+{ci('year')}",
         examples=("The plant will reopen in June next year. | June next year=2026-06",)),
    Rule("spelled_year", "DATE",   # (not a count: "two thousand years")
         rf"(?:{ci('the year')}\s+)?{SPELLED_YEAR}(?![\s-]+{UNIT}s?(?![\w-]))",
         examples=("The war ended in nineteen forty-five. | nineteen forty-five=1945",)),
    # --- coarse calendar units ------------------------------------------------------------
    Rule("decade", "DATE",
         rf"(?:{ci('the')}\s+)?(?:{MOD}[\s-]*(?:{ci('the')}\s+)?)?(?:(?P<decade>1[0-9][0-9]0|20[0-9]0)'?s"
         rf"|'(?P<short_decade>[0-9]0)s|(?:(?P<century_word>{ci('nineteen|eighteen')})[\s-]+)?"
         rf"(?P<decade_word>{ci(alt(DECADE_WORDS))}))(?![\w'])",
         "decade",
         examples=("Prices soared in the 1970s. | the 1970s=197",)),
    Rule("century", "DATE",
         rf"(?:{ci('the')}\s+)?(?:{MOD}[\s-]*(?:{ci('the')}\s+)?)?{ORDINAL}(?:[\s-]+{ci('centur(?:y|ies)')}(?:\s+(?P<era>{alt(vocab.ERAS)})(?!\w))?"
         # "from the 16th to the 18th century": the first century's word is left out
         rf"|(?=\s+{ci('(?:to|and|or|through)')}\s+(?:{ci('the')}\s+)?[\w-]+[\s-]+{ci('centur(?:y|ies)')}))",
         "century",
         examples=("The castle was built in the 12th century. | the 12th century=11",)),
    Rule("unit_after_next", "DATE",   # "the week after next", "the year before last"
         rf"{ci('the')}\s+(?P<unit>{ci(alt(['week', 'month', 'year']))})\s+"
         rf"(?P<dir>{ci('after next|before last')})(?![\w-])",
         examples=("The vote is the week after next. | the week after next=2025-W17",)),
    Rule("nth_week_of", "DATE",   # "the first week of May", "the last weekend of June 2024"
         rf"{ci('the')}\s+(?P<nth>{ci(alt(['first', 'second', 'third', 'fourth', 'last']))})\s+"
         rf"(?P<unit>{ci('week(?:end)?')})\s+{ci('of')}\s+{MONTH}(?:,?\s+{YEAR})?(?![\w-])",
         examples=("The trial opens the first week of May. | the first week of May=2025-W18",)),
    Rule("quarter", "DATE",
         rf"(?:{ci('the')}\s+|(?P<year_rel2>{ci(alt(['this', 'last', 'next']))})\s+{ci('year')}['’]s\s+)?(?:(?P<rel>{ci(alt(['this', 'last', 'next', 'current', 'latest', 'previous', 'past', 'coming', 'year-ago', 'year-earlier', 'prior', 'comparable']))})(?:'s)?\s+)?"
         rf"(?:{ci('fiscal')}\s+)?(?P<ordinal>{ci(alt(['first', 'second', 'third', 'fourth', '1st', '2nd', '3rd', '4th']))})"
         rf"[\s-]+{ci('quarter')}(?:\s+(?:{ci('of')}\s+)?(?:{ci('fiscal')}\s+)?{YEAR}"   # ("the second
         rf"|\s+{ci('of')}\s+(?:{ci('fiscal')}\s+)?(?P<year_rel>{ci(alt(['this', 'last', 'next']))})\s+{ci('year')})?",   # quarter 2015")
         "quarter",
         examples=(
             "Sales rose in the third quarter of 2024. | the third quarter of 2024=2024-Q3",)),
    # "the April-June quarter", "the July-September period of 2024": a calendar quarter
    Rule("month_range_quarter", "DATE",
         rf"(?:{ci('the')}\s+)?(?:(?P<first>{MONTH_NAME})[-–](?P<last>{MONTH_NAME})\s+"
         rf"(?P<unit>{ci(alt(['quarter', 'period']))})|(?P<end_month>{MONTH_NAME})\s+{ci('quarter')})"
         rf"(?:\s+(?:{ci('of')}\s+{YEAR}|(?P<year_rel>{ci(alt(['this', 'last', 'next']))})\s+{ci('year')}))?"
         r"(?![\w-])",
         examples=(
             "Profit fell in the July-September period of 2024. | the July-September period of 2024=2024-Q3",)),   # "the March quarter": the one ending in March
    # "the year-ago quarter" with its article; the adjective alone without: "the year-ago $4.5m"
    Rule("year_ago_period", "DATE",
         rf"(?:{ci('the')}\s+(?:{ci('comparable')}\s+)?(?={YEAR_AGO}\s+{YEAR_AGO_UNIT}))?"
         rf"(?P<rel>{YEAR_AGO})(?:\s+(?P<unit>{YEAR_AGO_UNIT}))?(?![\w-])"
         # "the quarter a year ago", "last year's quarter"
         rf"|{ci('the')}\s+(?P<unit_ago>{YEAR_AGO_UNIT})\s+{ci('a')}\s+{ci('year')}\s+{ci(alt(['ago', 'earlier']))}(?![\w-])"
         rf"|{ci(alt(['last', 'the previous', 'the prior']))}\s+{ci('year')}['’]s\s+(?P<unit_last>{YEAR_AGO_UNIT})(?![\w-])",
         examples=(
             "Net income rose 8% from the year-ago quarter. | the year-ago quarter=2024-Q1",)),
    # "the same period of last year", "the corresponding quarter a year ago", "the same month
    # of 1996": the story's period in that year
    Rule("same_period", "DATE",
         rf"{ci('the')}\s+{ci(alt(['same', 'corresponding', 'comparable', 'like']))}\s+"
         rf"(?P<unit>{ci(alt(['period', 'month', 'quarter', 'week', 'season']))})(?:\s+{ci(alt(['of', 'in']))})?\s+"
         rf"(?:(?P<year_rel>{ci(alt(['last', 'the previous', 'the preceding', 'the prior']))})\s+{ci('year')}"
         rf"|{ci('a year')}\s+{ci(alt(['ago', 'earlier', 'before']))}|{YEAR})(?![\w-])",
         examples=(
             "Sales were up from the same period of last year. | the same period of last year=2024",)),
    Rule("end_of_unit", "DATE",
         rf"{MOD}\s+(?P<det>{ci(alt(['the', 'this', 'last', 'next']))})\s+(?:{ci('fiscal')}\s+)?(?P<unit>{ci(alt(['year', 'month', 'week', 'decade', 'quarter', 'century']))})(?![\w-]|['’]s\b)",
         examples=("The deal should close by the end of the year. | the end of the year=2025",)),
    Rule("week_of", "DATE",   # "the week of March 10", "the weekend of January 18"
         rf"{ci('the')}\s+(?P<unit>{ci('week(?:end)?')})\s+{ci('of')}\s+{MONTH}\s*{DAY}"
         rf"(?:,?\s+{YEAR})?",
         examples=(
             "The hearing is set for the week of March 10. | the week of March 10=2025-W11",
             "The league resumes on the weekend of January 18. | the weekend of January 18=2026-W03-WE")),
    Rule("definite_unit", "DATE",   # the date a quarter ended is read ahead, not spanned
         rf"(?P<det>{ci(alt(['the', 'that', 'the latest', 'the current', 'the same']))})\s+(?P<unit>{ci(alt(['quarter', 'weekend', 'week', 'period']))})(?![\w-])"
         rf"(?:(?=\s+{ci('end(?:ed|ing)')}\s+(?P<end_month>{alt(_FULL_MONTHS)}|{alt(_ABBR_MONTHS)}\.?)\s*(?P<end_day>[0-9]{{1,2}})(?![0-9])))?",
         examples=("Profit rose 5% in the quarter. | the quarter=2025-Q1",)),
    Rule("year_end", "DATE",
         rf"(?:{ci('the')}\s+)?{ci('year')}(?:['’]s)?[\s-]+{ci('end')}(?![\w-])",
         examples=("Rates will fall by year-end. | year-end=2025",)),
    # "the (fiscal) year ended Sept. 30" is a reporting period (P1Y); any other "the year" is
    # the year in view ("a high for the year"), but not "the year 1990" nor "the year two
    # thousand"
    Rule("year_ended", "DURATION",
         rf"{ci('the')}\s+(?:{ci('fiscal')}\s+)?{ci('year')}(?=\s+{ci('end(?:ed|ing)')}(?!\w))",
         examples=("Revenue for the year ended Dec. 31 rose 4%. | the year=P1Y",)),
    Rule("whole_year", "DATE",   # (and "full-year profit", "its full-year outlook")
         rf"{ci('the')}\s+(?P<which>{ci(alt(['full', 'fiscal', 'full fiscal', 'current', 'current fiscal']))})\s+{ci('year')}(?![\w-])"
         rf"|{ci('full')}-{ci('year')}(?=\s+[a-z])",
         examples=("The company raised its forecast for the full year. | the full year=2025",)),
    Rule("the_year", "DATE",   # "Man of the Year" is a title
         rf"{ci('the')}\s+year(?![\w-]|\s+(?:[0-9]|{ci('nineteen|twenty|two thousand')}))",
         examples=("Shares are up 20% for the year. | the year=2025",)),
    Rule("year_period", "DATE",
         rf"{ci('the')}\s+{YEAR}\s+(?:(?P<ordinal>{ci(alt(['first', 'second', 'third', 'fourth']))})\s+)?(?P<unit>{ci(alt(['quarter', 'period', 'half']))})(?![\w-])",
         examples=("Sales fell in the 2024 second quarter. | the 2024 second quarter=2024-Q2",)),
    Rule("quarter_q", "DATE",   # "Q3", "Q3 2025", "Q3 FY2024", "Q3 of last year", "Q4'24", "1Q25"
         r"(?:Q(?P<q>[1-4])(?:['’](?P<short_year>[0-9]{2}))?|(?P<q2>[1-4])Q(?P<short_year2>[0-9]{2})?)"
         r"(?:\s+(?:FY\s?)?(?P<year>(?:19|20)[0-9]{2})"
         rf"|\s+{ci('of')}\s+(?P<year_rel>{ci(alt(['this', 'last', 'next']))})\s+{ci('year')})?(?![\w'’])",
         examples=("Revenue grew in Q3 2024. | Q3 2024=2024-Q3",)),
    Rule("half_h", "DATE",   # "H1 2025", "2H 2024", "H1'25", "2H24" (with a year: "H1N1", an
         # "H2 rocket" are no dates)
         r"(?:H(?P<h>[12])(?:\s+|(?=['’]))|(?P<h2>[12])H(?:\s+|(?=[0-9])))"
         r"(?:(?P<year>(?:19|20)[0-9]{2})|['’]?(?P<short_year>[0-9]{2}))(?![\w'’])",
         examples=("Output rose in H1 2024. | H1 2024=2024-H1",)),
    Rule("half", "DATE",
         rf"(?:{ci('the')}\s+)?(?P<ordinal>{ci(alt(['first', 'second', 'last']))})[\s-]+{ci('half')}"
         rf"(?:\s+{ci('of')}\s+(?:{YEAR}|(?P<year_rel>{ci(alt(['this', 'last', 'next']))})\s+{ci('year')}))?",
         "half",
         examples=("Growth slowed in the first half of 2024. | the first half of 2024=2024-H1",)),
    Rule("mod_year", "DATE", rf"{MOD}[\s-]*{YEAR}",
         examples=("The plant opened in early 2019. | early 2019=2019",)),
    Rule("season", "DATE",   # "that autumn", "the following spring": the story's
         rf"(?:(?:{REL}|(?P<seq>{ci('(?:the|that)')}\s+{ci(alt(['following', 'next', 'ensuing', 'subsequent', 'previous', 'preceding', 'prior']))})|{ci('the')}|(?P<that>{ci('that')}))\s+)?(?:{MOD}[\s-]*)?{SEASON}(?:\s+(?:{ci('of')}\s+)?(?:{YEAR}|{SPELLED_YEAR}|{SHORT_YEAR}))?",
         "season",
         examples=("The bridge will open next spring. | next spring=2026-SP",)),
    Rule("holiday", "DATE",   # (and "the Thanksgiving weekend", "Memorial Day weekend")
         rf"(?:{REL}\s+)?{HOLIDAY}(?:,?\s+(?:Day,?\s+)?{YEAR})?(?P<weekend>\s+{ci('weekend')})?",
         examples=("The shops close on Christmas Day 2024. | Christmas Day 2024=2024-12-25",)),
    # --- deictic and anaphoric ------------------------------------------------------------
    Rule("day_before_after_deictic", "DATE",
         rf"{ci('the day (?P<dir>before yesterday|after tomorrow)')}",
         examples=(
             "The vote was held the day before yesterday. | the day before yesterday=2025-04-07",)),
    Rule("clock_time", "TIME",
         rf"(?:(?P<approx>{ci(alt(['about', 'around', 'approximately', 'shortly after', 'shortly before', 'just after', 'just before']))})\s+)?"
         rf"(?:{CLOCK}|(?P<hour24>[01]?[0-9]|2[0-3]):(?P<minute24>[0-5][0-9])(?![0-9:])|(?P<noon>{ci('noon|midnight|midday')})"
         # "0600 GMT": four digits are a clock time only with a zone after them
         rf"|(?P<hhmm>(?:[01][0-9]|2[0-3])[0-5][0-9])(?=\s+{alt(vocab.TIME_ZONES)}(?!\w))"
         rf"|(?P<oclock>1[0-2]|[1-9]|{HOUR_WORD})\s+o'clock"
         # "six in the evening": a bare hour only with its half of the day
         rf"|(?P<bare_hour>1[0-2]|[1-9]|{HOUR_WORD})(?={HALF_DAY}))"
         rf"{TZ}(?P<half_day>{HALF_DAY})?", "clock",
         examples=("The blast hit at 6:45 a.m. | 6:45 a.m.=2025-04-09T06:45",)),
    Rule("deictic_day", "DATE",
         rf"(?:(?P<rel>{ci(alt(['early', 'late', 'earlier', 'later', 'mid-afternoon', 'mid-morning']))})\s+)?(?P<word>{ci(alt(vocab.DAY_OFFSETS))})(?:\s+{PART})?", "deictic",
         examples=("The minister resigned yesterday. | yesterday=2025-04-08",)),
    Rule("this_part", "TIME",
         rf"(?P<rel>{ci(alt(['this', 'last', 'early this', 'late this', 'later this', 'earlier this', 'early last', 'late last']))})\s+{PART}",
         examples=("The storm will arrive this afternoon. | this afternoon=2025-04-09TAF",)),
    # before relative_weekday: "Tuesday nights" is a set, not "Tuesday" plus a word
    Rule("weekday_parts", "SET", rf"{WEEKDAY}\s+(?P<part>{ci(alt([p + 's' for p in vocab.PARTS_OF_DAY]))})",
         examples=("The club meets Tuesday nights. | Tuesday nights=XXXX-WXX-2TNI",)),
    Rule("relative_weekday", "DATE",
         rf"(?:(?P<rel>{ci(alt(['this', 'last', 'next', 'this past', 'this coming', 'early', 'late', 'earlier', 'later', 'the previous', 'the following', 'the early hours of', 'the small hours of']))})\s+)?"
         rf"{WEEKDAY}(?:\s+{PART})?", "weekday",
         examples=("The minister resigned on Monday. | Monday=2025-04-07",
                   "A fire broke out in the early hours of Sunday. | the early hours of "
                   "Sunday=2025-04-06")),
    Rule("story_month", "DATE",   # "the following January", "the previous March": the story's
         rf"(?:{MOD}[\s-]*)?(?P<seq>{ci('(?:the|that)')}\s+{ci(alt(['following', 'next', 'ensuing', 'subsequent', 'previous', 'preceding', 'prior']))})"
         rf"\s+{MONTH}(?![\w-]|\s+[0-9])",
         examples=("The truce held until the following January. | the following January=2026-01",)),
    Rule("relative_month", "DATE",
         rf"(?:{MOD}[\s-]*)?(?P<rel>{ci(alt(['this', 'last', 'next', 'this past', 'this coming']))})\s+{MONTH}"
         rf"(?!\.?\s*(?:{DAY_NUMBER})(?:st|nd|rd|th)?,?\s+[12][0-9]{{3}})",
         # (not "In this Nov. 21, 2003 file photo": the full date)
         examples=("The law takes effect next March. | next March=2026-03",)),
    Rule("relative_unit", "DATE",
         rf"(?:(?P<mod>{ci(alt(['early', 'late', 'mid', 'earlier', 'later', 'the end of', 'the beginning of', 'the start of', 'the middle of', 'the rest of', 'the remainder of']))})[\s-]+)?"
         rf"(?P<rel>{ci(alt(['this', 'last', 'next', 'this past', 'the current', 'the latest']))})\s+(?:{ci('fiscal')}\s+)?{CALENDAR_UNIT}(?!-)",
         "deictic",
         examples=("Prices rose last year. | last year=2024",)),
    Rule("anaphoric_unit", "DATE",
         rf"{ci('(?:the|that)')}\s+(?P<rel>{ci(alt(['next', 'following', 'previous', 'preceding', 'prior', 'same', 'ensuing', 'subsequent']))})\s+"
         rf"(?P<unit>{ci(alt(['day', 'week', 'weekend', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'quarter', 'decade']))}){OR_SO}(?![\w-])",
         examples=(
             "He signed the deal on March 3, 2025, and resigned the following day. | the following day=2025-03-04",)),
    Rule("unit_before_after", "DATE",
         rf"{ci('the')}\s+(?P<unit>{ci(alt(['day', 'week', 'month', 'year', 'night']))})\s+(?P<dir>{ci(alt(['before', 'after', 'earlier', 'later']))})",
         examples=(
             "The talks began on March 3, 2025; the day before, rebels had attacked. | the day before=2025-03-02",)),
    Rule("that_unit", "DATE",
         rf"(?:(?P<rel>{ci(alt(['earlier', 'later']))})\s+)?{ci('that')}\s+(?P<unit>{ci(alt(['day', 'week', 'month', 'year', 'morning', 'afternoon', 'evening', 'night', 'weekend']))})(?!\s+(?:of|when|that)\b)",
         examples=(
             "He arrived on March 3, 2025, and left later that day. | later that day=2025-03-03",)),
    Rule("part_in_view", "TIME",   # "in the afternoon": the story's day (not "the morning of")
         rf"(?:(?<={ci('in ')})|(?<={ci('during ')}))the\s+(?P<unit>{ci(alt(['morning', 'afternoon', 'evening']))})(?![\w-]|\s+of\b)",
         "part",
         examples=("The rebels attacked in the afternoon. | the afternoon=2025-04-09TAF",)),
    Rule("part_alone", "TIME",   # "by mid afternoon", "in late-afternoon trading": the story's
         rf"(?P<rel>{ci(alt(['mid', 'early', 'late']))})[\s-]+(?P<unit>{ci(alt(['morning', 'afternoon', 'evening']))})(?![\w-]|\s+(?:of|{ci(alt(list(vocab.WEEKDAYS)))})\b)",
         examples=("Shares fell by mid afternoon. | mid afternoon=2025-04-09TAF",)),
    Rule("day_in_view", "DATE",   # "later in the day": the story's day (TimeML tags "the day")
         rf"(?:(?<={ci('earlier in ')})|(?<={ci('later in ')}))the\s+(?P<unit>day|month)(?![\w-])",
         examples=("A statement came later in the day. | the day=2025-04-09",)),
    Rule("day_of_rel_month", "DATE",   # "the 15th of next month", "the first of the month"
         rf"{ci('the')}\s+(?:(?P<day>3[01]|[12][0-9]|[1-9])(?:st|nd|rd|th)|(?P<day_word>"
         rf"{alt(w for w, n in vocab.ORDINALS.items() if 1 <= n <= 31)}))\s+{ci('of')}\s+"
         rf"(?P<rel>{ci(alt(['this', 'next', 'last', 'the']))})\s+{ci('month')}(?![\w-])",
         examples=("Rent is due on the 15th of next month. | the 15th of next month=2025-05-15",)),
    Rule("ordinal_day", "DATE",   # "on the 15th": a day of the month in view
         rf"{ci('the')}\s+(?P<day>3[01]|[12][0-9]|[1-9])(?:st|nd|rd|th)(?![\w-])", "ordinal_day",
         examples=("The vote is on the 15th. | the 15th=2025-04-15",)),
    Rule("ago", "DATE",
         rf"(?:{APPROX}\s+)?(?:{NUMBER}|{VAGUE_NUMBER})[\s-]+(?:{ci(alt(['more', 'full', 'long']))}\s+)?{UNIT}s?{AND_A_HALF}{OR_SO}"
         rf"\s+(?P<dir>{ci(alt(['ago', 'earlier', 'later', 'before', 'after', 'from now', 'hence', 'back']))})(?![\w-])"
         rf"(?:\s+(?P<today>{ci('today')})\b)?",   # ("37 years ago today": that very day)
         "ago",
         examples=("The plant closed three years ago. | three years ago=2022",
                   "The wall fell 36 years ago today. | 36 years ago today=1989-04-09",
                   "It last passed about 5,000 years ago. | about 5,000 years ago=BC2976")),
    # --- sets -------------------------------------------------------------------------------
    Rule("every", "SET",
         rf"{ci('(?:every|each)')}\s+(?:(?P<other>{ci('other')})\s+|{NUMBER}\s+(?={UNITS_PLURAL}(?!\w)))?(?:{WEEKDAY}|{PART}|{UNIT}s?)(?:\s+(?P<part2>{ci(alt(vocab.PARTS_OF_DAY))}))?",
         examples=("The market opens every Monday. | every Monday=XXXX-WXX-1",)),
    Rule("nth_weekday_every", "SET",   # "the first Monday of every month": monthly
         rf"(?:{ci('the')}\s+)?(?P<nth>{ci(alt(['first', 'second', 'third', 'fourth', 'last']))})"
         rf"\s+{WEEKDAY}\s+{ci('of')}\s+{ci('(?:every|each)')}\s+(?P<unit>{ci('month')})",
         examples=(
             "The board meets the first Monday of every month. | the first Monday of every month=P1M",)),
    Rule("times_per", "SET",   # "twice a week", "three times per year", "twice weekly"
         rf"(?P<freq>{ci(alt(['once', 'twice', 'three times', 'four times', 'several times', 'many times']))})\s+"
         rf"(?:(?:{ci('a|an|per|each|every')})\s+{UNIT}"
         rf"|(?P<word>{ci(alt(['daily', 'weekly', 'monthly', 'yearly', 'annually', 'hourly', 'nightly']))})(?![\w-]))",
         examples=("The ferry runs twice a week. | twice a week=P1W",)),
    Rule("set_word", "SET", rf"(?P<word>{ci(alt(vocab.SET_WORDS))})(?![\w-])", "set_word",
         examples=("The paper is published daily. | daily=P1D",)),
    Rule("plural_weekday", "SET", rf"(?P<weekday>Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)(?:\s+(?P<part>{ci(alt([p + 's' for p in vocab.PARTS_OF_DAY]))}))?",
         examples=("The shop closes on Sundays. | Sundays=XXXX-WXX-7",)),
    Rule("weekends", "SET", rf"(?:(?<={ci('on ')})|(?<={ci('at ')})){ci('weekends')}(?![\w-])",
         examples=("The office is closed on weekends. | weekends=XXXX-WXX-WE",)),
    Rule("every_month", "SET", rf"{ci('(?:every|each)')}\s+(?:{MONTH}|{SEASON})",
         examples=("The festival is held every August. | every August=XXXX-08",)),
    # --- durations and vague expressions ------------------------------------------------------
    Rule("vague_ago", "DATE", rf"{ci(alt(['years ago', 'months ago', 'weeks ago', 'days ago', 'decades ago', 'long ago', 'some time ago', 'a while ago', 'a long time ago']))}",
         examples=("The mine closed years ago. | years ago=PAST_REF",)),
    Rule("duration", "DURATION",
         rf"(?:{DURATION_APPROX}\s+(?!{ci('the')}\s))?(?:(?P<the>{ci('the')})\s+)?(?:(?P<rel>{ci(alt(['the past', 'the last', 'the next', 'the coming', 'the first', 'the final', 'the previous', 'past', 'last', 'next', 'the following']))})\s+)?"
         rf"(?:{NUMBER}{UPPER}(?:\s*\([0-9]+\))?|{VAGUE_NUMBER})[\s-]+(?:{ci(alt(['straight', 'consecutive', 'full', 'more', 'additional', 'long', 'successive', 'whole', 'trading', 'business', 'working', 'calendar', 'fiscal']))}\s+)?{UNIT}s?(?P<suffix>-(?:long|old))?{AND_A_HALF}{OR_SO}(?![\w]|-(?:earlier|ago|end|to-))",
         "duration",
         examples=("The strike lasted three weeks. | three weeks=P3W",)),
    Rule("unit_long", "DURATION",   # "a decade-long war", "the year-long strike", "weeks-long"
         rf"(?P<unit>{ci(alt(['hour', 'day', 'week', 'month', 'year', 'decade', 'century']))}"
         rf"|{ci('centur')}(?=ies))(?P<plural>s|ies)?-{ci('long')}",
         examples=("The decade-long war ended. | decade-long=P10Y",)),
    Rule("past_unit", "DURATION",
         rf"{ci('the')}\s+(?P<rel>{ci(alt(['past', 'coming', 'last', 'next']))})\s+"
         rf"(?P<unit>{ci(alt(['week', 'weekend', 'fortnight', 'month', 'year', 'quarter', 'decade', 'century']))})(?![\w-])",
         "last",
         examples=(
             "Prices rose 4% over the past week. | the past week=P1W",
             "Prices rose over the past year. | the past year=2024",)),
    Rule("recent_units", "DURATION",
         rf"(?P<rel>{ci(alt(['recent', 'the past few', 'the last few']))})\s+(?P<unit>{ci(alt(['days', 'weeks', 'months', 'quarters']))})(?![\w-])",
         examples=("Oil prices rose in recent weeks. | recent weeks=PXW",)),
    # "for a while", "for some time", "over the years": a stretch of unknown length
    Rule("vague_duration", "DURATION",
         rf"(?P<stretch>{ci(alt(vocab.VAGUE_DURATIONS))})"
         rf"(?![\w-]|\s+{ci('(?:of|ago|before|after|later|earlier|since|when)')}\b)", "for",
         examples=("The talks have stalled for some time. | some time=PXX",)),
    Rule("vague", "DATE", rf"(?P<word>{ci(alt(vocab.VAGUE))})", "vague",
         examples=("The plant is now closed. | now=PRESENT_REF",)),
    Rule("plural_units", "DURATION",   # "for weeks", "in weeks or months"
         rf"(?P<plural>{UNITS_PLURAL})(?:\s+{ci('or')}\s+{UNITS_PLURAL})?(?![\w-])", "for",
         examples=("The siege lasted for weeks. | weeks=PXW",)),
    Rule("fiscal_short", "DATE", r"FY\s?'?(?P<short_year>[0-9]{2})(?![0-9])",
         examples=("Revenue will grow in FY25. | FY25=2025",)),   # "FY25"
    Rule("short_year", "DATE",   # "in '95" (after a preposition: not a quoted "'95 percent")
         rf"{SHORT_YEAR}(?![\w'’-]|\s*(?:%|{ci('percent')}))", "short_year",
         examples=(
             "The band formed in '95. | '95=1995",)),
    Rule("year", "DATE",   # (and "the 2024-25 season", "fiscal 1998/99": the tagger splits them)
         rf"(?:(?P<fiscal>{ci(FISCAL)})\s*)?{YEAR}(?:[-–/](?P<yy>[0-9]{{2}})(?![0-9%]|[-–/][0-9]))?",
         "year",
         examples=("The plant opened in 2019. | 2019=2019",
                   "1998 – Troops withdraw from the border. | 1998=1998")),
    Rule("bare_month", "DATE", rf"(?:{MOD}[\s-]*)?{MONTH}", "month",
         examples=("The plant reopened in March. | March=2025-03",)),
]

# "January 10, 49 BC", "15 March 44 BC", "February 44 B.C.", "June 12, AD 455", "December 25,
# 800": a day or a month of a year with its era, or of an early year. Not rules of the scan
# (they would be tried at every month name): the tagger tries them only where the scan found a
# year-less day or month (tagger._join_eras)
ERA_DATES = {"era_month_day": rf"{MONTH}(?:\s*{DAY})?,?\s+{DATE_YEAR}",
             "era_day_month": rf"{DAY}(?:\s+of)?\s+{MONTH},?\s+{DATE_YEAR}"}
