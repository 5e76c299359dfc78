"""English vocabulary for temporal expressions, as data tables.

The tagger builds its patterns from these tables and the resolver reads their values, so adding
a word (a month abbreviation, a holiday, a number word) touches only this file. (One look-up
both read lives here too: `unit_name`.)
"""
from ..pack import FUTURE, LAST, NEXT, PAST, THIS

MONTHS = {
    "January": 1, "Jan": 1, "February": 2, "Feb": 2, "March": 3, "Mar": 3, "April": 4, "Apr": 4,
    "May": 5, "June": 6, "Jun": 6, "July": 7, "Jul": 7, "August": 8, "Aug": 8,
    "September": 9, "Sept": 9, "Sep": 9, "October": 10, "Oct": 10, "November": 11, "Nov": 11,
    "December": 12, "Dec": 12,
}

WEEKDAYS = {
    "Monday": 1, "Mon": 1, "Tuesday": 2, "Tues": 2, "Tue": 2, "Wednesday": 3, "Wed": 3,
    "Thursday": 4, "Thurs": 4, "Thu": 4, "Friday": 5, "Fri": 5, "Saturday": 6, "Sat": 6,
    "Sunday": 7, "Sun": 7,
}
# Abbreviated weekdays are only dates when written with a period ("Thu.") or before a date.
WEEKDAY_FULL = {k: v for k, v in WEEKDAYS.items() if len(k) > 4}

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
    "a dozen": 12, "dozen": 12, "a couple of": 2, "a couple": 2, "couple of": 2,
    "half a": 0.5, "a half": 0.5,
}
# Quantities that name no exact number: the value's number becomes X ("PXY").
VAGUE_QUANTITIES = ["a few", "few", "several", "many", "some", "a number of", "numerous",
                    "the past few", "a couple of", "dozens of", "hundreds of"]
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
    "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31, "last": -1,
}

# Unit word -> (TIMEX3 duration unit letter, count of that unit, granularity name)
UNITS = {
    "second": ("S", 1, "second"), "minute": ("MIN", 1, "minute"), "hour": ("H", 1, "hour"),
    "day": ("D", 1, "day"), "night": ("D", 1, "day"), "week": ("W", 1, "week"),
    "weekend": ("D", 2, "weekend"), "fortnight": ("W", 2, "week"), "month": ("M", 1, "month"),
    "quarter": ("Q", 1, "quarter"), "year": ("Y", 1, "year"), "decade": ("Y", 10, "decade"),
    "century": ("Y", 100, "century"), "semester": ("M", 6, "half"),
}
UNIT_PLURALS = {"centuries": "century"}


def unit_name(word: str) -> str:
    """A unit word lower-cased, an irregular plural made singular ("Centuries" -> "century")."""
    word = word.lower()
    return UNIT_PLURALS.get(word, word)


TIME_UNITS = {"S", "MIN", "H"}  # duration units written after the "T" (PT30M)

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
# Season -> (first month, last month) of its span (northern hemisphere, meteorological).
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "overnight": "NI"}

# Words that count occasions ("twice in eight days", "three times in a week"): what follows
# "in" is the stretch they are counted over, not a date ahead.
COUNTED = ("twice", "thrice", "once", "only", r"\w+\s+times")
HALVES = {"first": 1, "second": 2, "last": 2}
# Era markers of a year ("AD 476", "44 B.C."): +1 for the common era, -1 before it
ERAS = {"AD": 1, "A.D.": 1, "CE": 1, "C.E.": 1, "BC": -1, "B.C.": -1, "BCE": -1, "B.C.E.": -1}
ERAS_BEFORE_YEAR = ["AD", "CE"]   # the ones written before it too ("AD 476")

# Fixed-date holidays: name -> (month, day)
FIXED_HOLIDAYS = {
    "New Year's Day": (1, 1), "New Year's Eve": (12, 31), "New Year": (1, 1),
    "Christmas Eve": (12, 24), "Christmas Day": (12, 25), "Christmas": (12, 25),
    "Boxing Day": (12, 26), "Valentine's Day": (2, 14), "St. Patrick's Day": (3, 17),
    "Saint Patrick's Day": (3, 17), "April Fools' Day": (4, 1), "May Day": (5, 1),
    "Independence Day": (7, 4), "Fourth of July": (7, 4), "the Fourth of July": (7, 4),
    "Bastille Day": (7, 14), "Halloween": (10, 31), "Veterans Day": (11, 11),
    "Veterans' Day": (11, 11), "Armistice Day": (11, 11), "Remembrance Day": (11, 11),
    "Juneteenth": (6, 19), "Groundhog Day": (2, 2), "All Saints' Day": (11, 1),
    "the Ides of March": (3, 15),
    "Epiphany": (1, 6), "Canada Day": (7, 1), "Australia Day": (1, 26), "Anzac Day": (4, 25),
    "Guy Fawkes Night": (11, 5), "Inauguration Day": (1, 20),
}
# Floating holidays: name -> (month, weekday 1=Mon, nth; -1 = last)
NTH_WEEKDAY_HOLIDAYS = {
    "Thanksgiving Day": (11, 4, 4), "Thanksgiving": (11, 4, 4),
    "Memorial Day": (5, 1, -1), "Labor Day": (9, 1, 1), "Labour Day": (9, 1, 1),
    "Martin Luther King Day": (1, 1, 3), "Martin Luther King Jr. Day": (1, 1, 3),
    "Presidents' Day": (2, 1, 3), "Presidents Day": (2, 1, 3), "Mother's Day": (5, 7, 2),
    "Father's Day": (6, 7, 3), "Columbus Day": (10, 1, 2),
    "Indigenous Peoples' Day": (10, 1, 2), "Patriots' Day": (4, 1, 3),
    "Election Day": (11, 1, 1, 1),   # (US: the Tuesday after the first Monday in November)
    # (a fourth number: days after that weekday)
    "Black Friday": (11, 4, 4, 1), "Cyber Monday": (11, 4, 4, 4),
    "Giving Tuesday": (11, 4, 4, 5),
}
# Holidays at a fixed distance from Easter Sunday (days)
EASTER_HOLIDAYS = {"Easter Sunday": 0, "Easter Monday": 1, "Easter": 0, "Good Friday": -2,
                   "Palm Sunday": -7, "Ash Wednesday": -46, "Pentecost": 49,
                   "Shrove Tuesday": -47, "Mardi Gras": -47, "Maundy Thursday": -3,
                   "Holy Saturday": -1, "Ascension Day": 39, "Whit Monday": 50,
                   "Fat Tuesday": -47, "Holy Thursday": -3}
# Words that make the weekday after them a name: "Black Monday" (1987), "Bloody Sunday",
# "Super Tuesday" (the holidays among such names are in the tables above)
WEEKDAY_NAME_WORDS = {"Black", "Bloody", "Super", "Blue", "Manic", "Mega"}

# Words before a bare month or year that make it a date ("in May", "since 2019").
DATE_PREPOSITIONS = ["in", "since", "until", "till", "by", "from", "through", "throughout",
                     "during", "before", "after", "of", "to", "between", "and", "or", "early",
                     "late", "mid", "last", "next", "this", "that", "each", "every", "as of",
                     "on", "at", "for", "around", "about", "circa", "over", "into", "within",
                     "toward", "towards", "in early", "in late", "c.", "ca."]

# Year / decade / month position modifiers -> TIMEX3 mod
POSITION_MODS = {"early": "START", "the beginning of": "START", "the start of": "START",
                 "the dawn of": "START",
                 "the end of": "END", "late": "END", "mid": "MID", "mid-": "MID",
                 "the middle of": "MID", "the first half of": "START", "the second half of": "END",
                 "the last half of": "END"}

# Stretches of unknown length, after "for", "over", "in" or "within" -> TIMEX3 duration
VAGUE_DURATIONS = {
    "a while": "PXX", "a long while": "PXX", "some time": "PXX", "quite some time": "PXX",
    "a long time": "PXX", "a short time": "PXX", "a long period": "PXX",
    "a short period": "PXX", "a lengthy period": "PXX", "a fairly lengthy period": "PXX",
    "the years": "PXY",
}

# Vague expressions -> TIMEX3 value
VAGUE = {
    "recently": "PAST_REF", "more recently": "PAST_REF", "lately": "PAST_REF",
    "the past": "PAST_REF", "years ago": "PAST_REF", "months ago": "PAST_REF",
    "weeks ago": "PAST_REF", "days ago": "PAST_REF", "decades ago": "PAST_REF",
    "long ago": "PAST_REF", "recent years": "PAST_REF", "recent decades": "PAST_REF",
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "at present": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "presently": "PRESENT_REF", "the present": "PRESENT_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "the coming months": "FUTURE_REF", "the coming years": "FUTURE_REF",
    "the coming weeks": "FUTURE_REF", "the coming days": "FUTURE_REF",
    "coming months": "FUTURE_REF", "coming years": "FUTURE_REF", "coming weeks": "FUTURE_REF",
    "coming days": "FUTURE_REF", "the months ahead": "FUTURE_REF",
    "the years ahead": "FUTURE_REF", "some day": "FUTURE_REF", "someday": "FUTURE_REF",
    "coming quarters": "FUTURE_REF", "coming decades": "FUTURE_REF",
    "the coming quarters": "FUTURE_REF", "the coming decades": "FUTURE_REF",
    "the weeks ahead": "FUTURE_REF", "the days ahead": "FUTURE_REF",
    "the decades ahead": "FUTURE_REF", "future months": "FUTURE_REF",
    "future quarters": "FUTURE_REF", "future years": "FUTURE_REF", "future decades": "FUTURE_REF",
    "a later date": "FUTURE_REF", "past years": "PAST_REF", "past decades": "PAST_REF",
    "the past years": "PAST_REF", "the past decades": "PAST_REF",
}

# Words between two expressions the tagger joins into one (finder/tagger.py):
CLOCK_DAY_JOINERS = ("on", "at")   # a clock and its day: "10 p.m. on Wednesday"
OR_WORD = "or"   # "1994 or later", "March or after"
OR_LATER = ("later", "earlier")
OR_AFTER = ("after", "before")   # (only at a clause's end: "March or after the election" is two)
AND_WORD = "and"   # "2 hours, 6 minutes and 5 seconds"
OFFSET_FROM = "from"   # "a week from Friday"
COUNTED_DIRECTIONS = ("after", "before")   # "two days after Easter"
OFFSET_DIRECTIONS = (OFFSET_FROM, *COUNTED_DIRECTIONS)
WORKING_DAY_WORDS = ("trading", "business", "working", "school")   # (eight trading days are no
# calendar span)

# Words the tagger joins to a date -> its TIMEX3 mod: "around Nov. 1", "1994 or later".
JOINED_MODS = {"around": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
               "circa": "APPROX", "later": "ON_OR_AFTER", "after": "ON_OR_AFTER",
               "earlier": "ON_OR_BEFORE", "before": "ON_OR_BEFORE"}

# Frequency words -> SET value
SET_WORDS = {
    "daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
    "fortnightly": "P2W", "monthly": "P1M", "annual": "P1Y",
    "annually": "P1Y", "yearly": "P1Y", "hourly": "PT1H", "semiannual": "P6M",
    "biannual": "P6M", "semi-annual": "P6M", "semiannually": "P6M", "semi-annually": "P6M",
    "bi-weekly": "P2W", "quarterly": "P3M",
}

# Words opening a subordinate clause after a comma: its verb does not tell a date before it its
# tense ("will ban ... from July 3, after member states gave final approval")
CLAUSE_SUBORDINATORS = ("after", "before", "when", "while", "as", "because", "since",
                        "although", "though", "until", "once")

# Verbs of an attribution after what was said (", the company said"): their tense is the telling's,
# not that of a date in what was told ("will cut jobs by the end of June, the chipmaker said")
ATTRIBUTION_VERBS = frozenset({"said", "says", "told", "tells", "added", "adds", "stated",
                               "noted", "reported", "announced", "wrote", "writes"})

# Words between an attribution verb and the day it is dated ("said on Monday", "said late Monday")
TELLING_DAY_GAP = ("on", "late", "early")

# Deictic day words: word -> day offset from the anchor
DAY_OFFSETS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1,
               "overnight": -1}   # (the night before the DCT: "attacked the village overnight")

# Relative determiners: word -> offset in units from the anchor period (None = anchor itself)
RELATIVE_DETERMINERS = {"this": 0, "last": -1, "past": -1, "previous": -1, "next": 1,
                        "coming": 1, "current": 0, "following": 1, "upcoming": 1}

# Nouns a year and letters after them designate ("the asteroid 2019 QX", "comet 2006 P1")
DESIGNATED = {"asteroid", "comet", "object", "planetoid", "exoplanet", "meteoroid"}
# Words after a four-digit number that make it a count, not a year ("2000 troops").
COUNT_NOUNS = {"people", "persons", "men", "women", "children", "troops", "soldiers", "workers",
               "jobs", "votes", "cases", "deaths", "homes", "units", "points", "miles", "feet",
               "meters", "metres", "km", "kilometers", "kilometres", "tons", "tonnes", "acres",
               "dollars", "euros", "pounds", "yen", "barrels", "shares", "employees", "residents",
               "students", "pages", "words", "times", "hours", "minutes", "seconds", "days",
               "weeks", "months", "years", "percent", "per", "x", "by", "square", "cubic",
               "rpm", "mph", "kg", "lbs", "calories", "members", "copies", "cars", "vehicles",
               "refugees", "prisoners", "victims", "officers", "police", "staff", "patients"}
# Words before a four-digit number that make it a quantity ("about 2000").
QUANTITY_WORDS = {"about", "nearly", "approximately", "than", "some", "roughly", "almost",
                  "over", "under", "only", "just", "least", "total", "additional", "another",
                  "No", "No.", "no.", "number", "page", "room", "flight", "route", "model",
                  "$", "€", "£"}
# Words that may stand before a clock time written without a.m./p.m. ("at 14:30").
CLOCK_PREPOSITIONS = {"at", "by", "until", "till", "from", "before", "after", "around",
                      "about", "to", "since", "approximately", "and", "between"}

# --- Tense cues: which way a weekday or a year-less date points -------------------------------
FUTURE_CUES = {"will", "'ll", "’ll", "shall", "would", "won't", "won’t", "gonna", "upcoming",
               "scheduled", "expected", "planning", "slated", "next", "due", "effective",
               # the present that schedules: "the offer expires Dec. 31", "the trial begins Monday"
               "expires", "begins", "starts", "resumes", "opens", "convenes", "reconvenes",
               "arrives", "departs", "launches", "ends", "closes", "continues", "reopens",
               "restarts", "concludes",
               # what is awaited: "markets expect a cut in June"
               "expect", "expects", "anticipate", "anticipates", "forecast", "forecasts",
               "predict", "predicts",
               # what may come: "rain may arrive on Saturday", "travel disruption likely on
               # Saturday morning" ("may have": past; "could" is as often past ability)
               "may", "might", "likely"}
NAME_ALIKE_CUES = {"may"}   # a cue only in lower case ("in May": the month)
COULD = "could"   # a future cue before a verb ("snow could fall on Saturday"), but for these
COULD_PAST_AFTER = {"have", "not", "n't", "never", "only", "still", "also", "hardly"}   # words
# after it: "could have", "could not attend on Monday" (past ability or a past possibility)
NOUN_ALIKE_CUES = {"forecast", "forecasts"}   # a noun after a determiner, no cue ("cut its
# forecast on Monday")
# Irregular past tenses: what makes a clause a "did what" for event labels (regular ones end -ed),
# and past-tense cues but for the few that are present forms too (PRESENT_ALIKE)
IRREGULAR_PAST = (
    "began", "became", "broke", "brought", "built", "bought", "caught", "chose", "came", "cut",
    "drew", "drove", "fell", "fled", "beat", "fought", "found", "flew", "froze", "gave", "got",
    "grew",
    "hit", "held", "hung", "kept", "knew", "laid", "led", "left", "lost", "made", "met", "paid",
    "put", "quit", "ran", "rose", "said", "sank", "saw", "sent", "set", "shot", "shut", "sold",
    "spoke", "spent", "split", "stood", "stole", "struck", "swore", "took", "taught", "told",
    "thought", "threw", "went", "woke", "won", "wore", "wrote",
)
PRESENT_ALIKE = {"cut", "put", "set", "split", "beat"}
# More irregular past forms, no common nouns or present forms: past-tense cues
MORE_IRREGULAR_PAST = frozenset({
    "forgot", "heard", "hid", "lay", "lent", "meant", "overtook", "rang", "read", "rode", "sang",
    "sat", "shook", "slept", "tore", "understood", "ate", "blew", "bore", "bent", "bled", "bred",
    "burnt", "clung", "crept", "dealt", "dug", "drank", "felt", "flung", "forbade", "forgave",
    "knelt", "leapt", "overcame", "overran", "overthrew", "oversaw", "sought", "shone", "shrank",
    "slew", "slid", "sped", "spun", "sprang", "stung", "strove", "strode", "swept", "swam",
    "swung", "undertook", "underwent", "upheld", "wept", "withdrew", "withheld", "withstood",
    "arose", "awoke", "befell", "mistook", "misled", "rebuilt", "retook", "foresaw", "stuck"})
# Of those, the forms that are no past participle too ("tore", not "read" or "sought"): a clause
# with one has a verb of its own, never a noun's reduced relative ("a speech read on TV")
PAST_ONLY_FORMS = frozenset(
    "arose ate awoke befell blew bore drank forbade foresaw forgave forgot hid mistook overcame "
    "overran oversaw overthrew overtook rang retook rode sang shook shrank slew sprang strode "
    "strove swam tore undertook underwent withdrew".split())
PAST_CUES = ({"was", "were", "had", "did", "ago", "earlier", "last", "since", "previously",
              "already", "died", "killed"}
             | set(IRREGULAR_PAST) - PRESENT_ALIKE
             | MORE_IRREGULAR_PAST)
# Words after which "last" is the verb ("expected to last two weeks", "will last through
# Friday"), neither a date's "last" nor a past-tense cue.
BEFORE_VERB_LAST = {"to", "will", "'ll", "’ll", "would", "could", "can", "cannot", "may", "might",
                    "should", "must", "shall", "not", "n't", "did", "does", "do", "didn't",
                    "doesn't", "don't", "won't", "didn’t", "doesn’t", "don’t", "won’t", "wouldn't",
                    "couldn't", "wouldn’t", "couldn’t"}
# Words after which "last" is the verb ("and last until Christmas Eve", "should last through
# the weekend"), not "last" of a date ("last until" never dates)
AFTER_VERB_LAST = {"until", "till", "through", "throughout", "into"}
# A quarter or half of a game, not of a year: "the fourth quarter of the game" (these nouns after
# "of"), or "the second half" near one of GAME_CUES (words only sports reports use).
GAME_NOUNS = {"game", "games", "match", "contest", "bout", "race", "playoff", "playoffs", "final",
              "finals", "semifinal", "quarterfinal", "series", "season", "tournament", "derby"}
GAME_CUES = {"touchdown", "touchdowns", "halftime", "half-time", "quarterback", "inning",
             "innings", "three-pointer", "three-pointers", "3-pointer", "3-pointers",
             "free throws", "field goal", "field goals", "penalty kick", "goalkeeper", "layup",
             "penalty spot", "equalized", "equalised", "equalizer", "equaliser", "free kick",
             "corner kick", "red card", "yellow card", "stoppage time", "injury time",
             "kickoff", "kick-off", "scoreline", "doubled the lead", "doubled their lead",
             "pulled one back", "hat-trick", "own goal", "header"}
# Titles before a name: "Mr. Friday" is a person, no day.
HONORIFICS = {"Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Miss", "Sir", "Lady"}
# Time zones after a clock time ("10 p.m. EST"); after four digits ("1842 GMT") they make a time.
TIME_ZONES = {"EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "ET", "CT", "MT", "PT",
              "GMT", "UTC", "BST", "CET", "CEST", "Eastern Time", "Central Time", "Mountain Time",
              "Pacific Time", "Eastern time", "Central time", "Mountain time", "Pacific time",
              "local time"}
# Words that may follow a time expression ending in a word that is also an adjective ("the
# present", "the morning") without making it modify a noun ("the present circumstances", "the
# morning papers"): a lower-case word not listed here (nor a number) does.
AFTER_NOUN_PHRASE = {"and", "or", "but", "nor", "so", "yet", "than", "as", "when", "while",
                     "where", "because", "if", "that", "which", "who", "whom", "whose", "until",
                     "till", "before", "after", "since", "of", "in", "on", "at", "to", "by",
                     "for", "from", "with", "without", "into", "onto", "over", "under", "about",
                     "against", "through", "during", "around", "near", "across", "toward",
                     "towards", "is", "are", "was", "were", "be", "been", "will", "would", "can",
                     "could", "may", "might", "must", "should", "shall", "has", "have", "had",
                     "do", "does", "did", "i", "you", "he", "she", "it", "we", "they", "there",
                     "the", "a", "an", "this", "these", "those", "his", "her", "its", "their",
                     "our", "my", "your", "not", "also", "still", "then", "local", "time"}
# Words before a noun that a bare month can date: "a June agreement", "its April report".
DETERMINERS = {"a", "an", "the", "its", "his", "her", "their", "our"}
# ("'s" is not here: "he's" is one token, so a lone "'s" is a possessive: "Corp.'s announcement")
PRESENT_AUXILIARIES = {"is", "are", "am", "'re", "’re"}
# More present-tense verbs that schedule a day ("the talks resume Tuesday", "the panel meets
# Friday"), beside the scheduling words of FUTURE_CUES ("expires", "begins"): present cues, as
# "is" is. (Only forms that are seldom nouns: not "meet", "start".)
SCHEDULING_PRESENT = {"resume", "reconvene", "convene", "meets", "kicks", "adjourns", "airs",
                      "premieres", "sails", "lands", "goes", "leaves", "begin"}
# Present verbs that schedule only before one of these words ("tickets go on sale Friday",
# "workers go on strike"; not "a go", nor "to go", "not go": their clause's own cue counts)
SCHEDULING_BEFORE = {"go": {"on"}, "take": {"effect", "office", "place"},
                     "takes": {"effect", "office", "place"}}   # ("The ban takes effect on Jan. 1")
# A fixture's present, a cue only after a team's name or "they" ("Rovers travel to Hull on
# Tuesday", "City host Leeds"; not "Holiday travel on Wednesday was heavy")
FIXTURE_PRESENT = {"travel", "travels", "host", "hosts", "visit", "visits", "face", "faces", "play",
                   "plays", "open", "meet"}
FIXTURE_SUBJECTS = {"they", "we"}
# Words in -ed that are not past-tense verbs.
NOT_PAST_ED = {"need", "red", "bed", "hundred", "speed", "seed", "feed", "indeed", "united",
               "limited", "alleged", "allegedly", "so-called", "proposed", "expected",
               "scheduled", "planned", "based", "related", "detailed", "advanced", "armed",
               "concerned", "interested", "required", "increased", "reduced", "used", "shed",
               "weed", "breed", "creed", "greed", "embed", "sled", "wed", "led"}


# Nouns that make "today's" mean nowadays ("today's world", "in today's dollars"), as "the
# leaders of tomorrow" means some future: no date (the TimeBank gold tags none of them)
# Happenings nobody schedules: "Saturday's truck bombing" in a present-tense report ("officials are
# counting the dead from ...") is the last Saturday, where "Saturday's vote" is the coming one.
UNSCHEDULED = {"attack", "attacks", "bombing", "bombings", "blast", "blasts", "explosion",
               "explosions", "shooting", "shootings", "crash", "crashes", "earthquake", "quake",
               "fire", "fires", "storm", "flood", "floods", "killing", "killings", "massacre",
               "raid", "raids", "assault", "ambush", "collapse", "derailment", "outage", "riot",
               "riots", "stabbing", "murder", "death", "deaths", "accident", "eruption"}

NOWADAYS_NOUNS = {"world", "society", "economy", "economies", "youth", "children", "kids",
                  "generation", "standards", "terms", "dollars", "money", "technology", "culture",
                  "politics", "climate", "environment", "age", "times", "teenagers", "consumers",
                  "families", "women", "men", "students", "workers", "computers", "cars", "music",
                  "media", "companies", "people", "life",
                  "lifestyle", "workplace", "schools", "parents", "voters"}

# What follows a wire dateline's date: "(Xinhua) --", "(AP) _", " -- " (a regex). The resolver
# reads a dateline's day as the publication date; the event stage makes no event of it.
DATELINE_AFTER = r"\s*(?:\([^()\n]{1,30}\)\.?\s*|/[^/\n]{1,30}/\s*)?(?:--|—|–|_|-|:)\s"   # (and
# "(EFE).- ", a press release's "/PRNewswire/ --")


# --- the resolver's relative words (resolve.py) --------------------------------------------------
# A relation word, typed: which one it names from the DCT (this, last, next: the packs' codes)
# and the way it looks ("this past March" is this year's, looking back: the latest before now)
RELATIONS = {"this": (THIS, None), "this past": (THIS, PAST), "this coming": (THIS, FUTURE),
             "last": (LAST, PAST), "past": (LAST, PAST), "previous": (LAST, PAST),
             "next": (NEXT, FUTURE), "coming": (NEXT, FUTURE)}
YEAR_STEPS = {THIS: 0, LAST: -1, NEXT: 1}   # "of last year": the DCT's year, one back
DIRECTIONS = {"before": -1, "earlier": -1, "after": 1, "later": 1, "from": 1}   # "a week
# before Christmas", "the day after"
DAY_MODS = {"early": "START", "earlier": "START", "late": "END", "later": "END",
            "the early hours of": "START", "the small hours of": "START",
            "mid-afternoon": "MID", "mid-morning": "MID", "mid": "MID"}
NARRATIVE_WEEKDAY_REL = {"the previous": LAST, "the following": NEXT}
UNIT_REL = {"this": 0, "the current": 0, "the latest": -1, "last": -1, "this past": -1,
            "next": 1}
ANAPHORIC_REL = {"next": 1, "following": 1, "ensuing": 1, "subsequent": 1, "previous": -1,
                 "preceding": -1, "prior": -1, "same": 0}
# words that end a comparison before a bare year or period ("up 5% from a year ago")
COMPARED_BEFORE = ("percent", "cent", "cents", "pence", "dollar", "dollars", "yen", "euro",
                   "euros", "share", "million", "billion", "trillion", "from", "with", "than",
                   "over", "against", "versus", "vs.")
MODAL_VERBS = ("will", "would", "could", "might", "may", "can", "shall", "should")
# What a quarter's report is of ("fourth-quarter results", "its fourth-quarter earnings"): the
# quarter told of in a year's first months is the one that has just ended
QUARTER_REPORTS = ("results", "earnings", "figures", "report")
