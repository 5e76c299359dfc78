"""English closed-class words and word lists the stages read (moved here from wordclass.py,
events.py, trigger.py and resolve.py): determiners, auxiliaries, prepositions..., the words
that are never actors, the kinds of happening reports vary ("truck bombing", "explosion"),
the words that cue a tense, and the ones a trigger reads past."""

DETERMINERS = frozenset(
    "the a an this that these those its his her their our my your some any no every each "
    "another all both several many few such".split())
AUXILIARIES = frozenset(
    "is are am was were be been being 's 're has have had having do does did will would "
    "shall should can could may might must won't wouldn't didn't doesn't don't isn't aren't "
    "wasn't weren't hasn't haven't hadn't can't couldn't shouldn't".split())
COPULAS = frozenset("is are am was were be been being 's 're".split())
PREPOSITIONS = frozenset(
    "of in on at by for from with to into onto over under about after before during since "
    "until till through throughout between among against despite without within toward towards "
    "via per than as amid around across along behind beyond near off out up down upon".split())
PRONOUNS = frozenset(
    "i you he she it we they me him us them who which what whom whose there "
    "someone somebody anyone nobody everyone".split())
CONJUNCTIONS = frozenset("and or but nor yet so because although though while whereas if "
                         "unless whether when where that".split())
RELATIVES = frozenset("which who whom whose that where when".split())
# Adverbs and particles a verb search steps over ("also", "not", "already")
ADVERBS = frozenset("not n't also already still just only even never ever again then now "
                    "later earlier recently soon once first last finally too very nearly "
                    "almost reportedly formally officially".split())
# Verbs that say or think rather than happen: an event on its own, but a date between one and a
# verb of its complement dates the complement's verb when the date is inside the complement.
REPORTING = frozenset("say says said saying tell tells told telling report reports reported "
                      "announce announces announced add adds added note noted notes "
                      "state stated states claim claimed claims".split())

# Verbs that lend their complement's verb the date: "is scheduled to expire Nov. 6" (not the
# aspectual "began", "started": TimeML marks them as the happening's word, "began to fall apart
# in mid-1996")
RAISING = frozenset("scheduled expected set due likely planned plans plan planning want wants "
                    "wanted hopes hope hoped intends intend intended going supposed able "
                    "seems seem seemed appears appear appeared continue continues "
                    "continued willing unwilling ready eager prepared unable reluctant "
                    "expects expect needs need".split())
# Amounts a period measures: dated, they are the subject of the happening, the change the
# verb after them tells ("third-quarter net income rose 11%": the happening is "rose")
MEASURES = frozenset("income earnings profit profits sales revenue revenues originations "
                     "output production volume deliveries shipments orders".split())
# Verbs of being, having and holding: the measure before them stays the happening ("This
# year's results included a gain", "the 1988 results have been restated")
# Event nouns a story tells again by "the ..." once it named the happening with an entity ("a
# deal with Boeing ... The deal was announced"): the entity's happening again (happenings.py)
ANAPHORIC_EVENT_NOUNS = frozenset("deal agreement contract order purchase sale merger takeover "
                                  "acquisition delivery launch flight strike lawsuit "
                                  "investigation".split())
EVENT_ANAPHORA_DETERMINERS = ("the", "this", "that")
# Verbs of believing, expecting and wanting: states of mind (TimeML's I_STATE), no happening an
# entity's timeline lists ("Boeing believes", "Airbus expects")
MINDS = frozenset("believe believes believed believing think thinks thought thinking expect "
                  "expects expected expecting hope hopes hoped hoping predict predicts predicted "
                  "predicting want wants wanted wanting fear fears feared fearing doubt doubts "
                  "doubted suspect suspects suspected wish wishes wished feel feels felt".split())
STATIVE = frozenset("include includes included including contain contains contained comprise "
                    "comprises comprised reflect reflects reflected restated came come comes "
                    "remain remains remained".split())
# Where a market closed: after its verb, the happening is the verb ("closed sharply lower
# Friday": closed)
COMPARATIVE_COMPLEMENTS = frozenset("lower higher mixed flat unchanged firmer weaker stronger "
                                    "softer".split())
# Verbs whose happening is the filing, not what is filed for ("filed for bankruptcy protection")
FILING = frozenset("file files filed filing apply applies applied applying".split())
# Participles that work as prepositions: never a noun's passive ("costs compared with")
PREPOSITION_LIKE = frozenset("compared according including excluding given provided following "
                             "regarding concerning considering".split())
# Participles in -ing that before a noun are its modifier, not a verb with an object ("operating
# profit", "revolving loans", "the holding company"; a gerund keeps its object: "buying shares")
ATTRIBUTIVE_ING = frozenset("operating revolving holding trucking leading existing remaining "
                            "ruling governing outstanding pending underlying working opposing "
                            "neighboring neighbouring surrounding upcoming incoming outgoing "
                            "founding presiding managing sitting acting reigning ongoing booming "
                            "missing growing rising falling declining increasing continuing "
                            "lending banking manufacturing marketing spending financing "
                            "shipping advertising accounting publishing".split())
# Verbs that make known a result: the result is what a period dates ("reported a net loss for
# the third quarter", "posted a profit")
DISCLOSING = frozenset("report reports reported reporting announce announces announced "
                       "announcing post posts posted posting".split())
# Participles that open a date as a preposition would ("starting March 30"): no happening
DATE_OPENERS = frozenset({"starting", "beginning"})
# Nouns that bound what follows their "of" ("the end of the school term in July"): no
# happening of their own
BOUNDARY_NOUNS = frozenset("end beginning start middle".split())   # (not "close": "the close of
# trading" is the market's)
# Event nouns that name a place after these ("at an address in the town", not "an address to
# the nation")
PLACE_SENSES = {"address": frozenset({"at", "from"}),   # (nouns that name a place after these:
                **{w: frozenset({"at", "to", "from", "outside", "near"})   # "a vigil at his
                   for w in ("school", "office", "station", "camp", "base")}}   # school")
# Prepositions that make an event noun a state ("under construction", "under investigation")
STATE_PREPOSITIONS = frozenset({"under"})
# Prepositions that put a clause's happening inside a dated event ("won a landslide in
# Thursday's election": the win is Thursday's too; not "claimed responsibility for Tuesday's
# attack")
WITHIN_PREPOSITIONS = ("in", "at", "during")
# Prepositions whose phrase a noun-phrase label keeps ("The earthquake near Arequipa")
NOUN_COMPLEMENT_OPENERS = ("of", "on", "in", "near", "at", "against", "over", "with")
PHRASE_COMPLEMENT_OPENERS = ("to", "from", "by")   # (and, after a date's noun phrase: "Saturday's
# trip to Castleford", "Monday's withdrawal from the talks", "Tuesday's attack by gunmen")
# Prepositions that open a noun's complement ("an agreement on economic cooperation"; not "of":
# "within weeks of his capture on March 26" is the capture's)
COMPLEMENT_PREPOSITIONS = frozenset({"on", "about", "over"})
# A cleft sentence's opening before its date and "that" ("It was not until 1990 that the wall
# fell": the happening is the that-clause's)
CLEFT = r"\bit\s+(?:was|is|has\s+been|had\s+been)\s+(?:not\s+|only\s+)?" \
        r"(?:until|till|in|on|at|during|after|before|since)?\s*$"
THAT = "that"
AGO = "ago"
# "take place": the happening is its subject ("the vote that took place on Sunday")
TAKING_PLACE = frozenset("take takes took taken taking".split())
# ... and "happen", "occur": "the crash, which happened on Friday" is the crash
OCCURRING = frozenset("happen happens happened happening occur occurs occurred occurring".split())
# Past participles alike their base form: after a noun, its participle ("a speech read on
# television", "rumours spread on Friday"), not a compound's head
BASE_PARTICIPLES = frozenset("read spread put set cut hit shut cast broadcast".split())
# Adjectives a date completes: "debentures due March 1, 2011", "effective Jan. 1"
DATE_PREDICATES = frozenset("due effective dated payable".split())
DATE_PREDICATE_LINKS = frozenset("on as of from".split())   # ("payable on March 6")
LINKED_DATE_PREDICATES = frozenset({"payable"})   # (those a link may part from their date)
# Nouns of periods a date ends: "the quarter ended Sept. 30", and the verbs that end them
PERIODS = frozenset("quarter year period month week half season term quarters years periods "
                    "months weeks halves seasons terms".split())
PERIOD_ENDS = ("ended", "ending")
PERIOD_END_WORDS = PERIOD_ENDS + ("to", "through")
AMOUNT_JOINERS = ("or", "and")   # (", or 29 cents a share,": an amount's apposition)   # ("in the three months to June 30")

# Words never a happening's word however they end ("morning", "evening", "thing")
STOP = frozenset("morning mornings evening evenings thing things something nothing anything "
                 "everything during according including regarding concerning following "
                 "percent share shares stock stocks cents trading government governments "
                 "department parliament management equipment apartment nation nations station "
                 "administration organization corporation association commission foundation "
                 "institution population position positions jurisdiction information education "
                 "constitution generation section portion fraction option options region "
                 "building buildings spring ceiling string evidence insurance finance balance "
                 "science audience alliance distance difference sequence province king "
                 "ring wing sibling darling version versions television televisions division "
                 "divisions edition editions condition conditions location locations tradition "
                 "traditions situation situations pension pensions home homes office offices "
                 "house houses place places connection connections based like rival rivals".split())

# Nouns that name happenings though no verb shares their form (a deverbal suffix covers most
# others: "-tion", "-ment", "-ing", "-al"...).
EVENT_NOUNS = frozenset(
    "close end beginning war wars ceasefire cease-fire crash crashes coup coups storm storms election elections earnings loss losses "
    "profit profits sales deal deals accord accords summit summits crisis crises fire fires "
    "quake quakes earthquake earthquakes flood floods strike strikes game games match matches "
    "trial trials ceremony ceremonies visit visits talks meeting meetings attack attacks "
    "bombing bombings blast blasts explosion explosions death deaths funeral funerals "
    "birth wedding wedding riot riots protest protests rally rallies vote votes ballot "
    "referendum campaign campaigns invasion invasions raid raids battle battles "
    "conference conferences session sessions hearing hearings debate debates merger "
    "mergers acquisition acquisitions takeover takeovers purchase sale offer bid bids "
    "income revenue revenues decline declines drop drops rise rises gain gains increase "
    "increases jump plunge fall surge growth downturn recession collapse outbreak "
    "ceasefire truce treaty agreement agreements pact negotiations dispute disputes "
    "shooting shootings killing killings massacre assassination arrest arrests "
    "release launch launches opening closing tour trip flight flights hurricane typhoon "
    "tsunami eruption accident accidents disaster disasters incident incidents "
    "festival festivals celebration anniversary final finals season tournament race "
    "concert show premiere inauguration resignation appointment verdict sentence ruling "
    "decision meeting marriage divorce surgery scandal speech address interview "
    "announcement statement report reports results result arrival approval removal survival "
    "renewal withdrawal proposal refusal dismissal denial burial departure closure failure "
    "seizure discovery recovery delivery charge charges buyout buyouts buy-out buy-outs "
    "write-down write-downs writedown write-off write-offs writeoff shake-up shakeup sell-off "
    "selloff cutback cutbacks walkout walkouts breakup break-up crackdown handover hand-over "
    "pullout pull-out shutdown shutdowns standoff stand-off bailout bailouts layoff layoffs "
    "setback setbacks comeback turnaround slump slide rebound power-grab remarks comments "
    "change changes landfall robbery robberies theft thefts burglary burglaries murder murders "
    "heist heists assault assaults ambush siege blaze collision genocide uprising revolt "
    "boycott lawsuit lawsuits probe inquiry recall victory victories defeat defeats "
    "derby derbies fixture fixtures semifinal semi-final semifinals semi-finals quarterfinal "
    "quarter-final playoff play-off playoffs play-offs rematch showdown clash kickoff kick-off "
    "draw".split())
NOT_EVENT_SUFFIXES = ("station", "stations")   # (things: "workstations", "substation")
EVENT_SUFFIXES = ("tion", "tions", "sion", "sions", "ment", "ments", "ance", "ances", "ence",
                  "ences", "ing", "ings")


# Words naming one kind of happening, as reports of it vary them ("truck bombing", "explosion",
# "blast"): two reports of a day, a place and one kind are one happening (merge.py).
HAPPENINGS = {
    "blast": "attack attacks attacked bomb bombs bombed bombing bombings blast blasts explosion "
             "explosions exploded explode explodes detonated detonation car-bomb suicide-bombing",
    "death": "killed kill kills killing killings died die dies dead death deaths slain",
    "vote": "vote votes voted voting election elections elected ballot ballots polls referendum",
    "meeting": "meet meets met meeting meetings talks summit conference negotiations "
               "gather gathers gathered gathering convene convenes convened convening",
    "statement": "said says say announced announces announcement statement told tells "
                 "declared",
    "arrest": "arrested arrest arrests detained detention captured",
    "quake": "earthquake earthquakes quake quakes tremor tremors",
    "fire": "fire fires wildfire wildfires bushfire bushfires blaze blazes burned burning",
    "crash": "crash crashes crashed collision collided derailed derailment",
    "strike": "strike strikes walkout walked stoppage",
    "resignation": "resigned resign resigns resignation quit",
    "flood": "flood floods flooded flooding",
    "visit": "visit visits visited visiting travel travels travelled traveled travelling "
             "traveling trip trips tour tours toured touring",
    "storm": "storm storms hurricane hurricanes typhoon typhoons cyclone cyclones tornado "
             "tornadoes",
}


# --- names (events.py) ----------------------------------------------------------------------
STOPWORDS = {
    "the", "and", "that", "this", "with", "from", "have", "has", "had", "were", "was", "will",
    "would", "been", "being", "their", "there", "they", "them", "which", "while", "about",
    "into", "than", "then", "also", "such", "some", "more", "most", "other", "after", "before",
    "over", "under", "between", "both", "each", "said", "says", "stated", "according", "could",
    "should", "what", "when", "where", "who", "whom", "whose", "these", "those", "its", "his",
    "her", "our", "your", "not", "but", "for", "are", "is", "it", "on", "in", "at", "of", "to",
    "a", "an", "as", "by", "be", "or", "no", "so", "if", "we", "he", "she", "you", "i",
}
# Capitalised words that open a sentence and go on no name or title after initials ("in the
# U.S. Currently it controls", not "U.S. officials")
SENTENCE_OPENERS_ONLY = frozenset({"The", "It", "He", "She", "They", "We", "This", "These",
                                   "Those", "However", "Meanwhile", "Currently", "But", "Its",
                                   "Their", "There"})
SENTENCE_STARTERS = {"The", "A", "An", "But", "And", "However", "Both", "Nevertheless", "In",
                     "On", "At", "During", "After", "Before", "This", "That", "These", "Those",
                     "He", "She", "It", "They", "We", "I", "You", "Recent", "Image", "Photo",
                     "Still", "Yet", "Meanwhile", "Also", "Then", "So", "If", "When", "While",
                     "As", "Since", "For", "With", "Without", "Of", "By", "From", "Last", "Next",
                     "Our", "Their", "His", "Her", "Its", "Regardless", "Whereas", "Although",
                     "Though", "Because", "Unlike", "Despite", "Under", "Until", "Once",
                     "Among", "Amid", "Against", "Within", "Across", "Throughout", "Upon",
                     "Tens", "Hundreds", "Thousands", "Dozens", "Millions", "Scores"}   # (counts:
# "Tens of thousands of people marched")
# Job titles inside a run of names: "Aer Lingus Chief Executive Dermot Mannion" is the airline
# and the man, "Boeing Executive Vice President Scott Carson" the company and its officer.
# (Not "General": General Motors; not "Foreign", "Defense": ministries' names.)
# Words before a title that say when or how one holds it, no name: "Former Chief Justice X"
TITLE_MODIFIERS = frozenset("Former Ex Late Acting Interim Outgoing Incoming".split())
# A court's words before a judge's title: with it, one title ("U.S. District Judge Ann Wu", "Circuit
# Judge", "Bankruptcy Judge"), no actor of their own
COURT_QUALIFIERS = frozenset("District Circuit Bankruptcy Appeals Appellate Magistrate Superior "
                             "County Municipal Federal Supreme High Crown Family Tax".split())
# Country adjectives no suffix rule tells ("French President Emmanuel Macron")
DEMONYM_WORDS = frozenset("French Dutch Swiss Greek Thai Czech Welsh Cypriot Maltese U.S. US "
                          "UK U.K.".split())
# adjectives of regions no demonym suffix tells ("Antarctic krill", "Hispanic voters")
REGION_ADJECTIVES = frozenset("Antarctic Arctic Atlantic Pacific Baltic Nordic Arabic Hispanic "
                              "Celtic Slavic".split())
TITLES = frozenset("Chief Executive Officer President Vice Director Chairman Chairwoman Chair "
                   "Minister Secretary Spokesman Spokeswoman Spokesperson CEO CFO COO Senator "
                   "Sen. Governor Gov. Mayor Prime Ambassador Deputy Commander Lieutenant "
                   "Colonel Admiral Sergeant Judge Professor Prof. Chancellor Premier Democrat "
                   "Republican Justice Captain Manager Substitute Striker Midfielder Defender Goalkeeper "
                   "Winger Skipper Leader Speaker Majority Minority Taoiseach Tánaiste "
                   "Inspector Detective Superintendent Constable Officer Coach".split())   # ("Senate Majority Leader
# Chuck Schumer", "House Speaker Mike Johnson")
TITLE_OF = frozenset("State Defense Defence Staff Justice Commerce Health Energy Treasury Labor "
                     "Agriculture Transport Transportation Education Finance Foreign Home Interior Trade "
                     "Economy Labour Culture Environment Housing Employment Immigration Tourism Sport Science "
                     "Industry Welfare Pensions Work Security Development".split())   # portfolios: "Secretary of State Condoleezza Rice",
# "British Defense Secretary John Healey", "Foreign Minister Ana Lopes" (the person)
# The last word of an organisation's name: "Securities and Exchange Commission" is one name,
# "Boeing and Airbus" two
ORG_HEADS = frozenset("Commission Association Administration Board Council Authority Agency "
                      "Committee Department Ministry Institute Organization Organisation "
                      "Federation Bureau Office Fund Foundation Court Service Services "
                      "Society League Alliance Party".split())
# Capitalised words that are units, abbreviations or eras, never actors
# Offices of a town or a state: the name before one or after "of" is its place ("former Port
# Carrick mayor Helen Bracken", "the governor of Texas")
LOCAL_OFFICES = frozenset("mayor mayors governor governors councillor councillors sheriff "
                          "sheriffs".split())
# Verbs whose object a date can be: a label keeps it ("will spend the next week lowering the
# orbit"; without it the verb has none)
DATE_OBJECT_VERBS = frozenset("spend spends spent spending".split())
# Marks opening a list's item ("* 2019: ...", "• March 2021: ..."): no word of a label
LIST_BULLETS = "*•·‣▪◦"
# Nouns of a holding: the name after "in" is what is held, no place ("shares in Northwind
# fell", "a 5% stake in Veltra"); a name before one is the actor ("Apple shares fell": Apple);
# "They" after a sentence opening with one is the holding (pronouns.py)
HOLDINGS = frozenset("share shares stake stakes holding holdings investment investments "
                     "interest stock stocks bonds".split())
NOT_NAMES = {"GMT", "UTC", "EST", "EDT", "CST", "CDT", "PST", "PDT", "BST", "CET", "GAAP", "BC",
             "B.C", "B.C.", "AD", "A.D", "A.D.", "BCE", "CE", "I", "I'm", "I’m", "OK", "TV", "AM",
             "PM", "Q1", "Q2", "Q3", "Q4", "Mr", "Mrs", "Ms", "Dr", "GDP", "GNP", "CPI", "EPS",
             "IPO", "VAT",
             # ... and their names in the other languages ("el PIB", "das BIP", "il PIL")
             "PIB", "BIP", "PIL", "IPC", "IVA", "TVA",
             # a currency's name, alone ("Euro zone inflation", "Euro bonds")
             "Euro", "Dollar", "Sterling", "Yen",
             # a stage's word before its number ("its Phase 3 trial", "a Category 5 storm")
             "Phase", "Stage", "Level", "Category", "Grade", "Tier",
             # a temperature's scale ("46 degrees Celsius")
             "Celsius", "Fahrenheit", "Kelvin",
             # press releases' wires, named after their dateline: no actors
             "PRNewswire", "PR Newswire", "Business Wire", "BUSINESS WIRE", "GLOBE NEWSWIRE",
             "Globe Newswire", "Accesswire", "ACCESSWIRE"}

CORPORATE = {"Corp", "Inc", "Co", "Ltd", "LLC", "PLC", "plc", "AG", "SA", "NV", "Group",
             "Holdings", "Bank", "Airlines", "Motors"}   # (a name's last word: a company's)


# --- tense cues (resolve.py) --------------------------------------------------------------------
# Verbs in the present (and auxiliaries) of a clause whose "until" date is still ahead: "the
# warning runs until 9am on Saturday", "the road stays shut until Monday", "has extended its
# warning until noon on Monday"; not "the talks went on until Monday"
STILL_RUNNING = ("has", "have", "is", "are", "remain", "remains", "stay", "stays", "will", "'ll",
                 "run", "runs", "lasts", "continues", "applies", "keeps", "keep")
TO_FUTURE = {"set", "plans", "plan", "planned", "aims", "hopes", "intends", "going", "expects",
             "scheduled", "due", "expected", "poised", "slated", "is", "are"}
# Nouns whose "that" clause tells what they are of ("its clearest signal yet that it would cut
# rates", "the fact that traders had chosen to wait"): the happening is the clause's
TELLING_NOUNS = ("signal", "signals", "sign", "signs", "fact", "evidence", "news", "warning",
                 "warnings", "hope", "hopes", "fear", "fears", "assurance", "assurances",
                 "indication", "indications", "suggestion", "expectation", "expectations",
                 "belief", "claim", "claims", "report", "reports", "view", "promise", "pledge",
                 "confirmation", "announcement", "speculation", "concern", "concerns")
# Past forms that are also their base and a noun's word ("and forecast fourth-quarter revenue
# below estimates"): after a joiner, a second predicate's verb
SAME_FORM_PASTS = frozenset({"forecast", "cut", "set", "put", "hit", "cost", "shut", "spread",
                             "quit", "bet", "broadcast", "cast", "hurt", "split", "upset", "bid",
                             "let", "recast", "reset", "outbid"})
VERB_PREFIXES = ("re-", "co-", "re", "co", "pre", "un", "over", "out", "mis")   # (of verbs
# a lexicon need not list: "refounded", "co-founded", "outbid")
ADVERB_ORDINALS = frozenset({"first", "last", "once", "twice", "again"})   # (after a name,
# how often or when it acted: "Harlan first approached Pike")
FIGURE_VERBS = ("rose", "fell", "climbed", "dropped", "slipped", "slid", "jumped", "surged",
                "declined", "increased", "decreased", "grew", "shrank", "eased", "slowed",
                "narrowed", "widened", "plunged", "soared", "edged", "totaled", "totalled",
                "was", "were", "came", "contracted", "expanded", "improved", "tumbled")   # (a
# figure's verb before "from" its base: "Net income fell to $412 million from $503 million")
STATE_COPULAS = frozenset({"remain", "remains", "stay", "stays"})   # (a participle after them
# is a state, no past: "will remain closed through the weekend")
DONE_BEFORE = frozenset({"after", "since"})   # (a gerund after them tells what is done by
# then: "after beating Wigan in Sunday's quarter-final" is past)
ORDERING_VERBS = frozenset({"follows", "followed", "follow", "following", "precedes",
                            "preceded", "precede", "recalls", "recalled", "echoes", "echoed",
                            "mirrors", "mirrored", "resembles", "resembled"})   # (verbs that
# place their object's happening in time, no happening of the date's: "The strike follows a
# walkout on Oct. 2")
OCCASIONS = (["last", "time"], ["first", "time"], ["only", "time"])   # ("the last time X won
# was in 1997": the happening is X's)
# Words that count a plural noun phrase ("two construction firms", "several trade talks"): the
# -s word after a noun there is the phrase's head, no verb
PLURAL_COUNTS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                           "several", "many", "few", "both", "these", "those", "dozens",
                           "hundreds", "thousands", "some", "all", "other"})
# Verbs that direct or promise what is to come, before their infinitive ("ordered him to report
# by July 15", "voted to close the plant in September", "promised to repay it by June 30"): the
# infinitive's date lies after them
DIRECTED_TO = frozenset({"ordered", "told", "asked", "urged", "voted", "promised", "pledged",
                         "vowed", "agreed", "decided", "instructed", "directed", "required",
                         "allowed", "gave", "given", "ruled"})
# Verbs that put a happening on a date ahead ("set sentencing for March 12", "pushed back to no
# earlier than Feb. 18", "postponed until May"): the date they are followed to is to come.
SCHEDULED_TO = ("set", "scheduled", "rescheduled", "slated", "planned", "postponed", "pushed back",
                "pushed", "moved", "moved up", "moved back", "brought forward", "delayed",
                "adjourned", "put off", "deferred", "pencilled in", "penciled in", "called",
                "fixed", "slips", "slipped")
WARNING_NOUNS = ("warning", "warnings", "alert", "alerts", "watch", "advisory", "advisories")   # (a
# warning issued for a stretch ahead: "issued a yellow warning for rain from 6pm on Friday")
# Measures put in place that last until a day named right after them ("issued a red flag warning
# through Tuesday evening", "imposed a curfew until Monday"): that day is ahead of their issuing
LASTING_MEASURES = WARNING_NOUNS + ("curfew", "curfews", "ban", "closure", "closures", "lockdown",
                                   "restrictions", "emergency")
SCHEDULED_ONCE = ("originally", "initially", "first", "once", "previously", "had")   # (not now)
MODALS = {"will", "'ll", "’ll", "shall", "would", "to", "must", "should", "could", "may", "might"}
TENSE_DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "our", "my", "your", "this",
                     "that", "these", "those", "still", "very", "newly", "so", "well", "recently"}
PAST_AUXILIARIES = {"had", "did", "didn't", "didn’t", "hadn't", "hadn’t"}


# --- triggers (trigger.py) ----------------------------------------------------------------------
SUBJECT_PRONOUNS = frozenset("i you he she it we they who which that there".split())
NOT_ONLY_PRONOUNS = frozenset({"that", "there"})   # (a determiner too: "that prices fell")
VERB_MODALS = frozenset("will would shall should can could may might must to".split())
MODAL_ADVERB_VERBS = frozenset({"last"})   # (an adverb's word that is the verb after a modal:
# "would last until Friday"; not "will still", "could even")
# Nouns with no plural that a statistic is told by ("data released on Friday showed")
MASS_NOUNS = frozenset("data research evidence information polling news".split())
COMPOUND_PREPOSITION_HEADS = frozenset({"according", "owing", "due", "thanks", "next",
                                        "prior", "close"})   # ("according to", "due to")
PARTICLES = frozenset("up down out off back away around".split())   # (after a verb)
ASIDE_OPENERS = frozenset({"including", "among"})   # (a comma and one open an aside on the noun
# before: "Tech groups, including NetChoice, filed suit")
# Verbs in -s that take "to" and a verb after a name ("Boeing plans to", "Airbus vows to"): any
# other word in -s there is a plural noun, a headline's subject ("Lufthansa pilots to strike")
TO_TAKING = frozenset("plans aims hopes intends expects wants seeks vows threatens agrees "
                      "decides refuses offers promises pledges moves votes asks needs fails "
                      "tries prepares looks continues begins starts struggles opts chooses "
                      "declines appears seems tells urges wins returns comes goes rises falls "
                      "turns switches heads".split())
# Verbs whose particle "in" is also the date's preposition ("to be sworn in the following week":
# sworn in, in the following week): taking the date out keeps it
IN_PARTICLE_VERBS = frozenset("sworn swear swears swore swearing ushered ushers phased phase "
                              "kicked kicks checked checks caved stepped weighed".split())
# Verbs whose "over" is their particle, kept when a date after it is taken out ("took over
# last week": took over; "fresher air arriving over the weekend": arriving)
OVER_PARTICLE_VERBS = frozenset("took take takes taking taken handed hand hands handing turned "
                                "turn turns turning won win wins winning carried carry carries "
                                "blew blow blows blown spilled spill spills boiled".split())
# Verbs that lend their tense to an event noun, the happening itself ("made its maiden flight",
# "will hold talks", "took a decision")
LIGHT_PARTICIPLES = ("held", "made", "taken", "given", "staged", "conducted")   # after their
# noun ("a consultation held in June": the consultation was held)
LIGHT_VERBS = frozenset("make makes made making take takes took taken taking hold holds held "
                        "holding conduct conducts conducted conducting carry carries carried "
                        "carrying stage stages staged staging".split())
# Verbs a clause may follow without "that" ("knew the war ended in 1945"): the noun after them
# is a subject, no object a participle can describe
CLAUSE_TAKING = frozenset("know knows knew think thinks thought believe believes believed "
                          "expect expects expected fear fears feared hope hopes hoped feel feels "
                          "felt see sees saw hear hears heard find finds found show shows showed "
                          "learn learns learned learnt mean means meant suggest suggests "
                          "suggested confirm confirms confirmed insist insists insisted "
                          "argue argues argued deny denies denied admit admits admitted "
                          "estimate estimates estimated warn warns warned".split())
SAY = frozenset("say says said saying".split())   # (no object: what follows is what was said)
# Words the trigger's reading turns on, one job each
ATTRIBUTIVE_BEFORE = frozenset({"and", "or", "but"})   # (then a participle before a noun is its
# modifier: "dismembered and decapitated body")
FLOATING = frozenset({"all", "both", "each"})   # (quantifiers after a subject: "they all voted")
VERB_PREPOSITIONS = frozenset({"from", "to"})   # (a verb's, before its object: "returned to
# power")
# Verbs whose object "on" opens ("voted on the treaty on Monday": voted; not "soared on the
# announcement yesterday", a cause)
ON_VERBS = frozenset(f"{stem}{end}" for stem in ("vote", "rule", "agree", "decide", "comment",
                                                   "report", "embark", "deliberate", "testify",
                                                   "elaborate", "compromise")
                     for end in ("", "s", "d", "ed")) | frozenset(
    "voting ruling agreeing deciding commenting reporting embarking deliberating testified "
    "testifying testifies elaborating compromising".split())
FRONTING = frozenset({"and", "but"})   # (a date after one opens a clause: "..., and the following
# year he was appointed")
OWNERS = frozenset({"his", "her", "its", "their", "our", "your", "my"})   # (possessive pronouns)
NEGATIONS = frozenset({"not", "n't"})
CONTRACTED_IS = frozenset({"it's", "it’s", "that's", "that’s"})   # (no possessives)
INFINITIVE = "to"
AGENT = "by"   # ("the accord signed by Annan")
PURPOSE = "for"   # ("for the third quarter", "filed for bankruptcy")
ON = "on"   # ("voted on the treaty": ON_VERBS)
PAST_PERFECT = "had"
WHEN = "when"   # (", when they traded at $10")
THAN = "than"   # ("three days later than planned")
LATER_THAN = ("later", "earlier", "sooner", "longer")   # (then "than": a measure's comparison)
PART_OF_NOUNS = ("rest", "remainder", "balance")   # (then "of" and a date: the date's phrase)
PLACE_PREPOSITIONS = ("in", "at", "inside", "outside", "near")   # (an owner's noun after one is a
# place, no happening: "started the company in her garage in 2009")
# The small words of a date phrase opening a sentence before its subject ("Two years later it",
# "In 2021 it", "Last year it"): with numbers, units, months and weekdays (pronouns.py)
DATE_PHRASE_WORDS = frozenset("in on at by the a an later earlier ago after before last next this since "
                              "from until during throughout "
                              "that early late mid".split())
PLACE = "place"   # ("took place")
THAT_WHICH = frozenset({"that", "which"})   # (a relative pronoun that can open a restrictive or
# a non-restrictive clause)
WHO_WHICH = frozenset({"who", "which"})   # (a relative pronoun only: "officers who searched")


# --- one entity's names and references (about.py) -----------------------------------------------
# Words too common to name an entity alone ("Singapore Airlines" is not "Airlines"): a
# company's, no person's name ends with one ("Kestrel Rail" is no "He", pronouns.py)
GENERIC_NAME_WORDS = frozenset({
    "Airlines", "Airways", "Force", "Motors", "Workers", "Company", "Corporation", "Group", "Air",
    "States", "United", "General", "National", "International", "Bank", "Inc", "Corp", "Ltd",
    "Co", "Holdings", "Union", "Party", "Council", "creditors", "Rail", "Railway", "Railways",
    "Energy", "Media", "Foods", "Steel", "Oil", "Telecom", "Systems", "Technologies", "Capital",
    "Partners", "Insurance", "Electric", "Shipping", "Logistics", "Pharmaceuticals"})
# What a text calls an entity after naming it: descriptions and pronouns.
DESCRIPTIONS = ("the company", "the firm", "the group", "the airline", "the carrier",
                "the planemaker", "the plane maker", "the aircraft maker", "the airframer",
                "the manufacturer", "the automaker", "the carmaker", "the agency", "the bank")
# ... and a model's (an entity with a number in its name: "Airbus A380", "Boeing 777")
MODEL_DESCRIPTIONS = ("the aircraft", "the plane", "the airplane", "the airliner", "the jet",
                      "the jetliner", "the superjumbo", "the model", "the device", "the phone",
                      "the car", "the vehicle")
PRONOUNS = ("it", "its")
PERSON_PRONOUNS = ("he", "she")
# A label's opening pronoun and the gender of whom it stands for ("n": an organisation's "its");
# an honorific's gender (pronouns.py)
PRONOUN_GENDERS = {"he": "m", "she": "f", "his": "m", "her": "f", "its": "n", "they": "p",
                   "their": "p", "it": "n"}   # ("p": a group, "They host Dunmore" after
# "Castleford ..."; "n": an organisation, "It lost $310 million" after "Orpen was founded ...")
# Words after which "It" stands for nothing ("It is unclear", "It was the first time", "It
# takes years"): an "It" before them opens no label with a name
EXPLETIVE_IT_VERBS = frozenset("is was 's ’s seems seemed appears appeared remains remained "
                               "takes took rained snowed looks looked means meant matters "
                               "mattered makes happened comes came be been take taken".split())
IT_AUXILIARIES = frozenset("will would has had may might could can should must".split())   # (read
# past: "It will be hard" is none, "It will cut 300 jobs" the company's)
POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their"})
# Words before a person's name that say it is one: "Chief executive Helena Vogt", "manager Paul
# Dean", "the poet Owen Price" (and TITLES, "Senator Maria Lopez")
ROLES = frozenset("executive manager minister spokesman spokeswoman spokesperson senator president "
                  "judge lawyer attorney prosecutor researcher scientist coach chairman "
                  "chairwoman director officer analyst poet novelist author writer actor actress "
                  "singer player striker midfielder defender goalkeeper captain leader mayor "
                  "governor secretary ambassador professor journalist founder economist doctor "
                  "surgeon chancellor premier king queen prince princess pope bishop "
                  "general colonel commander sergeant geologist physicist chemist biologist "
                  "engineer historian artist architect composer painter sculptor photographer "
                  "filmmaker producer activist diplomat soldier pilot astronaut philosopher "
                  "mathematician astronomer climatologist musician dancer designer "
                  "entrepreneur banker investor teacher nurse priest rabbi imam".split())
# Last words of names that are no one's surname: institutions, buildings, prizes ("White House",
# "Booker Prize")
NOT_SURNAMES = frozenset("House Senate Congress Parliament Assembly University College School "
                         "Hospital Museum Airport Station Street Road Avenue Square Park Bridge "
                         "Prize Award Cup Trophy Games Championship Tower Centre Center Hall "
                         "Church Cathedral Palace Castle Times Post Journal News".split())
# Last words of clubs' names, which the story also writes alone ("Northbridge City ... City open
# their campaign"): a club, no person "He" could stand for (its whole name stays whole)
CLUB_HEADS = frozenset("City Town County Rovers Athletic Wanderers Albion Rangers Hotspur "
                       "FC".split())
# Last words of the names of places (after "in", "at", "outside": "St. Peter's Square"), in either
# case ("King's Cross station")
PLACE_HEADS = frozenset("square station airport street road avenue park bridge harbor harbour city "
                        "port stadium plaza boulevard highway motorway market terminal lane arena hall "
                        "cathedral palace castle center centre sea ocean gulf bay strait "
                        "channel river lake mountains islands island desert valley coast "
                        "peninsula canal hospital infirmary clinic prison church mosque st ave rd "
                        "blvd dam tunnel county province district parish prefecture borough "
                        "municipality plant factory refinery mine cave observatory shipyard "
                        "courthouse region".split())   # ("469 Vermont St.", "to Leeds General
# Infirmary", "all in Riverton County", "Florida's Big Bend region")
# Last words of the names of land and water: a place wherever it is named, never an actor ("the
# removal of the Calder River dam", "the Kerch Strait")
NATURE_HEADS = frozenset("sea ocean gulf bay strait channel river lake mountains islands island "
                         "desert valley coast peninsula canal".split())
# Last words of structures' names that no one's surname ends with ("the Francis Scott Key
# Bridge", "Heathrow Airport"): a place when no verb follows the name
STRUCTURE_HEADS = frozenset("bridge airport station stadium tunnel dam harbor harbour port plant "
                            "factory refinery mine cave observatory arena cathedral".split())
# Names a number goes on ("Lion Air Flight 610", "Route 66"): one name with it
NUMBERED_NAMES = frozenset("Flight Route Interstate Highway Terminal Gate Pier Platform".split())
# Parts of a law or text a number goes on ("filed for Chapter 11", "Article 5 of the treaty",
# "Title IX"): no actor
PROVISIONS = frozenset("Chapter Article Section Title Clause Amendment Paragraph Rule Resolution "
                       "Proposition Protocol Annex Schedule".split())
# The other languages' list words, for a list of names' commas (clauses.py): "SPD, Grünen und FDP"
LIST_WORDS_ABROAD = ("y", "e", "et", "und", "ed", "o", "ou", "oder")
# Seas and oceans named alone ("above the Atlantic"): places wherever they stand
WATER_NAMES = frozenset("Atlantic Pacific Arctic Mediterranean Baltic Caribbean Adriatic Aegean "
                        "Caspian".split())
# Institutions whose one-word name opens a sentence as often as a noun would ("Congress passed the
# law"): a name there, though the lexicon knows the word in lower case
INSTITUTION_NAMES = frozenset("Congress Parliament Senate Pentagon Kremlin Bundestag Knesset Duma "
                              "Vatican Interpol Europol".split())
PLACE_OPENERS = frozenset("Cape Mount Mt. Lake Loch Lough River Gulf Fort Port Saint St. Isle"
                          .split())   # a place's first word ("launched from Cape
# Canaveral", "near Mount Etna", "near Loch Avon")
HONORIFIC_GENDERS = {"Mr.": "m", "Mr": "m", "Sir": "m", "Mrs.": "f", "Mrs": "f", "Ms.": "f",
                     "Ms": "f", "Miss": "f", "Lady": "f"}
# Verbs of awaiting before what is awaited and its infinitive ("Forecasters expect
# thunderstorms to break the heat, bringing cooler air": the thunderstorms bring it)
AWAITING_VERBS = ("expect", "expects", "expected", "forecast", "forecasts", "predict",
                  "predicts", "predicted")
# The small words a title-case headline leaves in lower case ("Months of Delay")
TITLE_SMALL_WORDS = frozenset("a an the and or but nor for of on at to from by in into with as "
                              "vs via per up off out over".split())
# First names that name one gender in the news of English and the main European languages (not
# "Jean", "Andrea", "Alex", "Kim", "Jordan", "Robin", "Sam", "Leslie", "Nicola", which name
# either): the gender of a person with neither an honorific nor a bound pronoun ("U.S. District
# Judge Maria Castellano also ordered Ostrander to pay ... He must report": not Castellano)
FEMALE_FIRST_NAMES = frozenset("""
    Abigail Ada Adriana Agnes Aisha Alejandra Alexandra Alice Alicia Alison Amanda Amelia Amy
    Ana Angela Angelika Anita Ann Anna Anne Annette Antonia Barbara Beatrice Beatriz Brenda
    Bridget Camila Carla Carmen Carol Caroline Catherine Cecilia Charlotte Chiara Christina
    Christine Claire Clara Claudia Cristina Cynthia Daniela Deborah Diana Diane Dolores Donna
    Dorothy Elena Eleanor Elisabeth Elizabeth Ellen Emily Emma Erika Esther Eva Evelyn Fatima
    Fiona Florence Francesca Gabriela Gabriele Giulia Gloria Grace Greta Hannah Heather Helen
    Helena Helene Ines Inés Ingrid Irene Isabel Isabella Jacqueline Jane Janet Janice Jennifer
    Jessica Joan Joanna Josefina Joyce Judith Judy Julia Julie Karen Katarina Katharina
    Katherine Kathleen Kathryn Laura Lauren Linda Lisa Lucia Lucía Luisa Lynn Margaret Margarita
    Maria María Marie Marina Marion Marta Martha Mary Maya Megan Melissa Michelle Monica Mónica
    Nancy Natalia Natalie Nicole Nina Olga Olivia Pamela Patricia Paula Pauline Priya Rachel
    Rebecca Rosa Rose Ruth Sabine Sandra Sara Sarah Sharon Silvia Simone Sofia Sophia Sophie
    Stephanie Susan Susanne Sylvia Teresa Theresa Ursula Valentina Valeria Vanessa Victoria
    Virginia Yasmin Yolanda Zoe""".split())
MALE_FIRST_NAMES = frozenset("""
    Aaron Abdul Adam Adrian Ahmed Alan Albert Alberto Alejandro Alessandro Alexander Alfred
    Ali Andreas Andrew Andrés Angelo Anthony Antoine Antonio Arthur Barack Benjamin Bernard
    Bill Boris Brian Bruce Carl Carlos Charles Christian Christopher Claude Colin Daniel David
    Dennis Diego Dmitri Donald Douglas Edward Emmanuel Enrique Eric Erik Ernesto Eugene
    Fernando Francis Francisco Franco François Frank Franz Friedrich Gary George Georg Gerald
    Gerhard Giorgio Giovanni Giuseppe Glen Glenn Gordon Gregory Guillermo Hans Harold Harry
    Heinrich Henry Howard Hugo Ian Igor Ivan Jack Jacob Jacques James Javier Jeffrey Jens Jim
    Joe John Jonathan Jorge José Joseph Juan Julian Jürgen Karl Keith Kenneth Kevin Klaus
    Larry Lars Lawrence Leonardo Louis Luca Lucas Luis Luigi Manuel Marc Marco Marcus Mario
    Mark Martin Matteo Matthew Michael Miguel Mohamed Mohammed Muhammad Nicholas Nicolas Oliver
    Omar Oscar Otto Owen Pablo Patrick Paul Pedro Peter Philip Philippe Pierre Pietro Rafael
    Ralph Raymond Ray Richard Robert Roberto Roger Ronald Russell Ryan Samuel Scott Sebastian
    Sergei Sergio Stefan Stephen Steven Thomas Timothy Tom Tony Victor Vincent Vladimir Walter
    Wayne William Wolfgang Xavier Yusuf""".split())


# --- clauses and labels (events.py) --------------------------------------------------------------
AUXILIARY_FORMS = ("is", "are", "am", "was", "were", "be", "been", "will", "would", "has", "have",
                   "had", "did", "does", "do", "can", "could", "may", "might", "must", "should",
                   "shall", "won't", "won’t")
# Lower-case words inside a name ("Bank of England", "Daniel arap Moi", "Osama bin Laden")
NAME_PARTICLES = ("of", "de", "la", "del", "von", "van", "al", "bin", "the", "for", "es", "el",
                  "da", "do", "dos", "du", "le", "ibn", "abu", "arap", "de la", "de las",
                  "de los", "van der", "van den", "von der")   # ("Villanueva de la Serena")
# Auxiliaries of the passive, which a second participle shares ("was elected ... and re-elected")
PASSIVE_AUXILIARIES = ("is", "are", "was", "were", "has been", "have been", "had been", "will be",
                       "would be")
# U.S. states as news writes them after a town ("Woods Hole, Mass."): the town is a place
STATE_ABBREVIATIONS = frozenset(
    "Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. "
    "Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. "
    "S.D. Tenn. Vt. Va. Wash. W.Va. Wis. Wyo. D.C.".split())
NO_PASSIVE = frozenset("resigned retired died arrived departed disappeared vanished collapsed "
                       "occurred happened emerged fled stepped surrendered existed appeared "
                       "remained lived rebelled relented slumped plunged soared surged "
                       "tumbled fell rose expired cleared eased abated subsided ended "
                       "began".split())   # (past forms no passive
# shares: "was indicted in June and resigned two weeks later" -> Pike resigned)
HAVING, HAD, BEEN = "having", "had", "been"   # ("having reported profits": a happening
# before its clause's)
SUBJECT_SUBORDINATORS = ("after", "before", "when", "once", "until", "as", "while", "if",
                         "because", "although", "though")   # (open a clause whose subject
# an aside may follow: "After the 787, already bearing ANA's livery, arrives")
# Words after which a phrase tells a happening at another time than its clause's ("Before
# Friday's vote, the leader urged ...", "killed since the fighting began in April")
TEMPORAL_SUBORDINATORS = ("before", "after", "since", "until", "till", "ahead of", "following",
                          "prior to", "in the run-up to")
# Verbs after which "before" is a place, no time ("appeared before magistrates", "testified
# before the committee")
BEFORE_IN_PRESENCE = frozenset("appear appears appeared appearing testify testifies testified "
                               "testifying stand stands stood standing brought".split())
# --- labels and actors (events.py): the small words its patterns read ---------------------------
ALTERNATIVES = ("and", "or")   # (two dates joined: "on Monday and Tuesday nights")
AND_WORDS = ("and", "&")   # (inside an organisation's name: "Securities and Exchange Commission")
# Words that describe a name's bearer before it at a sentence's start ("Rival Nexon Devices
# said", "Chipmaker Veltra will cut", "Former Tarrow mayor Ida Kell"): no part of the name
NAME_DESCRIPTORS = frozenset("rival rivals retailer lender insurer miner conglomerate "
                             "regulator watchdog former operator carrier airline broadcaster "
                             "publisher developer supplier manufacturer distributor "
                             "startup actress actor singer songwriter director filmmaker "
                             "novelist author writer poet playwright composer rapper comedian "
                             "guitarist drummer designer architect artist photographer producer "
                             "chef striker midfielder goalkeeper defender brothers sisters twins "
                             "cousins".split())   # (and
# a person's trade: "Actress Juliette Morel will preside")
# Heads of compound nouns no lexicon lists ("drugmaker", "chipmakers": wordclass), which
# describe a company before its name ("Chipmaker Veltra")
# Verbs that fix a happening's date, the date after "for" ("called a national election for July
# 4", "set a hearing for March 3"): that date is the happening's (events._scheduled_label)
SCHEDULING = frozenset("called set scheduled fixed planned slated rescheduled proposed "
                       "requested ordered".split())
# Prefixes a hyphen joins to a verb or noun of the lexicon, which the word's class is then
# ("co-founded", "co-chairs", "re-opened", "pre-ordered"): wordclass.classes.
HYPHENED_PREFIXES = ("co-", "re-", "pre-", "mis-", "out-", "over-", "under-", "counter-", "de-",
                     "un-")
COMPOUND_HEADS = ("maker", "makers", "worker", "workers", "shock", "shocks", "goer", "goers",
                  "owner", "owners", "seeker", "seekers", "keeper", "keepers")   # (nouns no
# lexicon lists: "drugmaker", "dockworkers", "aftershocks", "moviegoers", "homeowners")
# Words opening the figure a result is compared with (", compared with a profit of $230 million a
# year earlier"): that clause's label is the figure
COMPARISON_OPENERS = ("compared with", "compared to", "up from", "down from", "versus",
                      "premium to", "discount to", "premium over")   # ("a 42% premium to
# Orpen's closing price on Tuesday")
# verbs that state a level, not a change: a figure compared with theirs was theirs then ("earned
# $45.2 million, compared with $84.9 million a year earlier": earned $84.9 million)
# Words of a press release's legal trailer: a sentence that holds one tells no happening
BOILERPLATE_MARKERS = ("forward-looking statement", "forward looking statement", "safe harbor",
                       "safe harbour")
LEVEL_VERBS = frozenset("was were is are earned had posted reported totaled totalled made "
                        "recorded netted won took held secured".split())
AMOUNT_ADVERBS = frozenset("only just about nearly almost around roughly some".split())   # (before
# a level verb's amount: "won only 12 seats")
# Words opening a phrase between commas that interrupts its clause (", worth $130 million in
# October,", ", aged 52,")
INTERRUPTION_OPENERS = frozenset("worth aged formerly once now".split())
# Owners whose possessive is part of a place's name ("King's Cross", "St. Peter's Square")
NAMING_OWNERS = frozenset({"King", "Queen", "Lord", "Lady", "Earl", "Saint", "St", "St.", "Prince",
                           "Princess", "Bishop", "Martha",
                           # (a plural owns nothing as an actor: "People's Party", "Women's
                           # Hospital", "Children's Crusade" are one name each)
                           "People", "Women", "Children", "Men", "Veterans", "Workers"})
NAME_TAIL_WORDS = frozenset({"of", "the", "and", "for", "de"})   # (never a name's last word)
TITLE_GLUE = frozenset({"of", "the", "and"})   # (inside a title: "Secretary of State")
DEMONYM_SUFFIXES = ("ian", "ean", "an", "ese", "ish", "stani", "aqi", "ali", "udi")
NOUN_ONLY_DEMONYM_ENDS = ("ish", "ese")   # (demonyms no one is named: "Swedish", "Maltese")
PAST_BE = ("was", "were")
PLURAL_PRONOUNS = frozenset({"they", "we", "you", "i"})   # (subjects of a bare present verb)
# -ing words that are prepositions: a phrase they open tells no happening of the subject's
# ("according to official results" is never "the party accorded")
PARTICIPLE_PREPOSITIONS = frozenset("according including regarding concerning excluding barring "
                                    "pending considering notwithstanding".split())
LATER_AUXILIARIES = ("have", "has", "will", "is", "are")   # (a second predicate in the present,
# the perfect or the future: "sacked the coach in February and have won seven games since")
PREDICATE_JOINERS = frozenset({"and", "but"})   # (between predicates with dates of their own)
DATE_LEADS = ("on", "in", "at", "last", "this", "next", "late", "early")   # (a date's first
# word between a subject and its verb: "Nimbus Inc. on Tuesday unveiled")
IRREGULAR_PARTICIPLES = ("born", "built", "made", "held", "sold", "led", "bought", "found",
                         "begun", "won", "shown", "known", "drawn", "thrown", "grown", "flown",
                         "sworn", "torn", "struck", "shot", "caught", "brought", "fought",
                         "sought", "taught", "sent", "spent", "kept", "paid", "laid", "told",
                         "dealt", "heard", "hung", "set", "cut", "hit", "put", "shut", "spread",
                         "cast", "met", "lost", "left")   # (past participles that end in
# neither -ed nor -en: "a replacement, begun two years ago, ...", "the mark set on June 28, 2019")
# Prepositions that tie a noun phrase before a participle between commas to an event noun it
# tells of ("talks with the union, held on Monday": the talks were held; "of" ties any noun:
# "the sale of its chemicals unit, announced in May")
EVENT_NOUN_TIES = frozenset({"with", "on", "for", "against", "over", "between", "about"})
TIED_NOUNS = frozenset({"ban", "embargo", "tax", "tariff", "tariffs", "limit", "limits", "cap",
                        "moratorium", "curbs", "restrictions", "bill", "law", "plan", "plans",
                        "proposal", "rules", "policy", "contract", "order", "orders"})   # (no
# happenings, but nouns of measures that such a preposition ties too: "a ban on imports")
OPENING_VERBS = ("is", "are", "was", "were", "will", "has", "had", "have", "includes", "included",
                 "saw", "sees", "marked", "marks", "brought", "brings")   # (after a date
# that is its clause's subject: "Today is Boeing's day")
COPULA_FORMS = ("is", "are", "was", "were", "be", "been", "will be")
WHERE = "where"
WHO = "who"
WHOSE = "whose"
COMPASS = ("north", "south", "east", "west")
CENTRAL = "central"
PERFECT_AUXILIARIES = frozenset({"has", "have", "had"})
COMPLEMENTIZERS = frozenset({"whether", "if", "that", "to"})   # (open a verb's complement)
GERUND_SUBORDINATORS = frozenset({"while", "when"})   # (and the temporal ones: before a gerund,
# "while fleeing", "since taking office")
COORDINATORS = ("and", "or", "but")
RELATIVE_PRONOUNS = ("which", "who", "whose", "that")
# Determiners that stand alone as a clause's subject ("Both resigned on July 3", "Many fled")
PRONOMINAL_DETERMINERS = frozenset("both all each many some several few most none neither "
                                   "either".split())
OBJECT_RELATIVES = ("which", "that", "whom")   # (", which the union rejected on Feb. 21")
RELATIVE_PREPOSITIONS = ("with", "to", "from", "for", "against", "by", "on", "at")   # (", with
# whom the king met Monday")
SUBJECT_DETERMINERS = ("the", "a", "an", "this", "these", "those", "its", "his", "her", "their")
SUBJECT_QUANTIFIERS = ("both", "all", "most", "many", "several", "two", "three", "four",
                       "five")   # (a relative clause's subject: "which both boards approved")
POSSESSIVE_DETERMINERS = frozenset({"its", "his", "her", "their", "our", "my", "your"})
# Words a label never ends with: they want a word after them ("was extended to", "result of the")
DANGLING_WORDS = ("the", "a", "an", "of", "to", "from", "with", "by", "for", "into", "at", "after",
                  "before")   # (no label ends with one: "The shares are redeemable after")
# A count opening a label is its clause's subject when a noun (not these) and one of these verbs
# follow ("12 people were killed"; not "2025 and closed")
COUNT_NOT_NOUNS = ("and", "or", "but", "to", "of", "in", "on", "at", "for", "from")
COUNT_SUBJECT_VERBS = ("were", "was", "are", "is", "have", "has", "had", "will", "would")
# Starts of a range's second date besides "the" ("to mid-July", "to late June")
RANGE_END_OPENERS = ("mid", "late", "early")
AND = "and"
# Ends of a date that is an age's adjective ("a 19th-century mill", "a Soviet-era plant")
AGE_ADJECTIVE_ENDS = ("century", "centuries", "era", "vintage")
OF = "of"
FROM = "from"
THE = "the"
# Words that make a date after "since" a mark to count or compare from, when no happening of its
# own: "for the first time since 1996", "the sixth since October", "the lowest level since 2008"
SINCE_MARKERS = frozenset(
    "first second third fourth fifth sixth seventh eighth ninth tenth only highest lowest "
    "biggest largest smallest worst best strongest weakest deadliest fastest slowest longest "
    "shortest warmest coldest hottest wettest driest sharpest steepest most least".split())
SINCE = "since"
BE_PAST = ("was", "were")   # (singular, plural: a participle told as a passive)
RELATIVE_ADVERBS = ("in which", "during which", "at which", "where", "when")
# the preposition a date phrase opens with ("on Friday", "as of the end of March")
DATE_PREPOSITIONS = ("on", "in", "at", "during", "since", "by", "from", "until", "till", "through",
                     "throughout", "over",
                     "as of", "for", "of", "between", "as early as", "as late as", "as recently as",
                     "as soon as", "as far back as", "no later than",
                     "no earlier than", "not before", "not until", "dated", "early on", "late on",
                     "early in", "late in") + tuple(sorted(DATE_OPENERS))   # ("shook Peru early
# on Monday": no "early"; "will be notified starting March 30": no "starting")
# a place after these is where it happened ("in Kenya", "the village of Piatykhatky")
# Verbs whose object is a place ("will visit Hong Kong", "fled Kabul")
PLACE_VERBS = ("visit", "visits", "visited", "visiting", "tour", "tours", "toured", "touring",
               "leave", "leaves", "left", "leaving", "reach", "reaches", "reached", "reaching",
               "enter", "enters", "entered", "entering", "flee", "flees", "fled", "fleeing",
               "occupy", "occupies", "occupied", "occupying", "annex", "annexes", "annexed",
               "annexing", "invade", "invades", "invaded", "invading")
AT = "at"   # (before a house number and its street: "at 469 Vermont St.")
STREET_LOCATIVES = ("on", "along", "off")   # before a named place ("on Market Street")
CITY_LOCATIVES = ("between", "via")   # before a city only ("trains between Newcastle and Leeds";
# "talks between Israel and Hamas" are actors)
LOCATIVE_PREPOSITIONS = ("in", "at", "near", "outside", "across", "inside", "around", "to",
                         "from", "into", "through", "throughout", "toward", "towards", "bound for",
                         "headed for", "heading for")
PLACE_NOUNS = ("village", "city", "town", "province", "region", "state", "county", "district",
               "island", "port", "republic", "kingdom", "capital", "suburb", "suburbs",
               "outskirts", "coast", "area", "parts")
# a clause of these verbs and a few words is only who said it ("officials said as dawn broke")
ATTRIBUTION_VERBS = ("said", "says", "told", "reported", "announced", "added", "stated",
                     "confirmed", "confirms", "noted", "wrote", "showed", "show")   # (and
# the records that tell it: "official figures showed on Wednesday")
# a label never opens with these (conjunctions, prepositions, fixed adverbial phrases)
LABEL_BAD_OPENERS = ("at present", "at first", "at last", "in fact", "in addition", "in part",
                     "of course", "even if", "even though", "even as", "even when", "and", "or", "but", "nor", "so", "yet", "of", "in", "on", "by",
                     "for", "from", "with", "to", "into", "than", "as", "about", "after",
                     "before", "since", "until", "between", "during", "where", "which", "who",
                     "whom", "whose", "although", "though", "whereas", "because", "unless",
                     "when", "while", "if", "whether", "against", "amid", "amidst", "despite",
                     "under", "among", "amongst", "without", "within", "toward", "towards",
                     "across", "throughout", "via", "versus", "beyond", "behind", "upon",
                     "unlike") + tuple(sorted(PARTICIPLE_PREPOSITIONS))   # (not "over",
# "around": "Over 300 people were killed")
# Verbs of a happening's start or end: a time they are dated by is that bound's, no time of the
# whole ("Pilots will walk out on Friday" and "The strike will end at 23:59": two events)
PHASE_VERBS = frozenset("begin begins began start starts started end ends ended finish finishes "
                        "finished".split())
# People who work for someone: a name "at" after them is their employer, no place ("pilots at
# Lufthansa", "workers at Ford")
STAFF_NOUNS = ("workers", "staff", "employees", "pilots", "engineers", "nurses", "doctors",
               "drivers", "teachers", "miners", "executives", "managers", "crew", "crews",
               "controllers", "researchers", "scientists", "officials", "analysts", "traders",
               "machinists")
# conjunctions of contrast before a clause with its own subject ("..., while the union is
# demanding 8.5%"): the label is that clause, without them
CONTRASTIVE = ("while", "whereas", "although", "though")
# words after a date that keep it pointing ("Two years later", "a week earlier")
DATE_DIRECTIONS = ("later", "earlier", "before", "after", "back")
SPAN_WORDS = ("to", "through", "until", "till")   # between a span's dates ("1934 to 1941")
SPAN_OPENERS = ("between",)
RELATIVE_TO = ("before", "after")   # (a date a happening is only placed against: "could be
# called before Christmas" keeps it in its label)
UNTIL = ("until", "till", "through")   # before a date a state lasts to ("cancelled until midday")
POINT_PREPOSITIONS = ("in", "on", "at")   # before a date a happening is at: a span opens with
# "from" ("ordered in March 2023 until 2027" is no span; "from 1934 until 1941" is)
# a clause ending in one of these before a comma waits for its verb ("You may, in a year or
# two, save lives")
AUXILIARY_ENDS = frozenset("will would may might can could shall should must has have had is are "
                           "was were".split())
# a sentence's first word before its date, the date's ("That December she married")
ANAPHORIC_OPENERS = ("That", "Those")
# words between a date's preposition and the date ("until at least midday")
PREPOSITION_FILLERS = ("at least", "at the earliest", "at the latest")   # before a span's dates joined by "and" ("between 1871 and 1879")


# --- document structure (structure.py) ----------------------------------------------------------
# Words that open a caption or credit line, and phrases only captions hold.
# A page's time stamp: one of these, then its date or time ("Actualizado: 09/03/2011 22:42",
# "viernes 25 de febrero 2011, actualizada 9:25 am"): no happening's date (in any language)
STAMP_WORDS = ("updated", "last updated", "actualizado", "actualizada", "mis à jour",
               "mise à jour", "aggiornato", "aggiornata", "atualizado", "atualizada",
               "aktualisiert")   # (not "publicado": "El decreto, publicado el 3 de marzo")
# A publication stamp's own words, on a line at the head of a text that holds nothing else
# but its date ("Published: March 18, 2026", "Posted on Monday, March 3, 2025 at 10:00 am",
# "Publicado el 3 de marzo de 2025"): the date the text was published (pipeline.py)
PUBLISHED_WORDS = ("published", "first published", "originally published", "posted",
                   "date", "dated", "publicado", "publicada", "publié", "publiée", "publié le",
                   "veröffentlicht", "pubblicato", "pubblicata", "publicado em")
STAMP_JOINERS = ("on", "at", "el", "le", "am", "um", "à", "a las", "às", "alle", "il", "em",
                 "de")   # (and a clock, a time zone, punctuation: structure.stamp_kind)
CAPTION_OPENERS = ("photo", "photos", "image", "images", "picture", "pictured", "caption",
                   "file", "file photo", "photograph", "credit", "video", "graphic", "illustration",
                   # (other languages' own: a credit line opens so in a Spanish or German story)
                   "foto", "fotos", "imagen", "fotografía", "bild")
CAPTION_PHRASES = ("file photo", "photo taken", "picture taken", "image taken", "ap photo",
                   "getty images", "photo by", "photo credit", "photo:", "reuters/", "afp/",
                   "epa/", "photograph:", "(photo", "shutterstock", "via ap", "via reuters",
                   "via afp", "via getty", "©",   # (a copyright sign: a credit in any language)
                   # (other languages' credits in brackets: "(Foto: EFE)", "(Photo : AFP)")
                   "(foto:", "(foto ", "(fotos:", "(imagen:", "(photo :", "(bild:", "(foto/")
# (every phrase holds one of these: the cheap test before the regex)
CAPTION_PHRASE_CUES = ("photo", "image", "picture", "getty", "via ", "/", "shutterstock", "©", "foto",
                       "imagen", "bild")

# Prefixes that make a noun of a noun no lexicon lists with them ("preorders", "copayments",
# "subcontractors"): such a word opening a sentence is no name
NOUN_PREFIXES = ("pre", "re", "co", "non", "post", "sub", "over", "under", "out", "anti",
                 "counter", "mis", "micro", "mega", "mini", "multi")

# People named by their country ("The Spaniard, who also won the title in 2023"): a
# description, no actor's name
DEMONYM_NOUNS = frozenset("Spaniard Spaniards Briton Britons Frenchman Frenchwoman Frenchmen "
                          "Englishman Englishwoman Scotsman Scotswoman Scot Scots Welshman "
                          "Irishman Irishwoman Dutchman Dutchwoman Swede Swedes Dane Danes Finn "
                          "Finns Pole Poles Serb Serbs Croat Croats Turk Turks".split())   # (a
# name alone: "Czech", "Swiss" open names, "Czech Republic", "Swiss National Bank")
