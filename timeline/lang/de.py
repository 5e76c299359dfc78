"""German: the words the date rules read (a pack: data only, see lang/pack.py)."""
from .pack import (CENTURY, DAY, DECADE, END, FOLLOWING, HALF, HOUR, LAST, MID, MINUTE, MONTH,
                   NEXT, PREVIOUS, QUARTER, SAME, SECOND, START, THIS, WEEK, WEEKEND, YEAR, Pack)

_WEEKDAYS = {"montag": 1, "dienstag": 2, "mittwoch": 3, "donnerstag": 4, "freitag": 5,
             "samstag": 6, "sonnabend": 6, "sonntag": 7}
_COMPOUND_PARTS = ("morgen", "vormittag", "mittag", "nachmittag", "abend", "nacht")   # (a
# weekday's part written as one word with it: the day, and its part from parts_of_day)

_PARTICLES = tuple("ab an auf aus bei ein fest fort her hin los mit nach vor weg zu zurück "
                   "weiter bekannt".split())   # separable particles ("teilte ... mit")

PACK = Pack(
    code="de",
    months={"januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6,
            "juli": 7, "august": 8, "september": 9, "oktober": 10, "november": 11,
            "dezember": 12, "jan.": 1, "feb.": 2, "febr.": 2, "apr.": 4, "aug.": 8,
            "sep.": 9, "sept.": 9, "okt.": 10, "nov.": 11, "dez.": 12},
    weekdays={**_WEEKDAYS, **{day + part: n for day, n in _WEEKDAYS.items()   # ("am
                              for part in _COMPOUND_PARTS}},                  # Samstagabend")
    units={"tag": DAY, "tage": DAY, "tagen": DAY, "tages": DAY, "woche": WEEK, "wochen": WEEK,
           "wochenende": WEEKEND, "wochenenden": WEEKEND, "monat": MONTH, "monate": MONTH,
           "monaten": MONTH, "monats": MONTH, "quartal": QUARTER, "quartale": QUARTER,
           "quartalen": QUARTER, "quartals": QUARTER, "halbjahr": HALF, "halbjahre": HALF,
           "jahr": YEAR, "jahre": YEAR, "jahren": YEAR, "jahres": YEAR, "geschäftsjahr": YEAR,
           "jahrzehnt": DECADE, "jahrzehnte": DECADE, "jahrzehnten": DECADE,
           "jahrhundert": CENTURY, "jahrhunderte": CENTURY, "jahrhunderten": CENTURY,
           "stunde": HOUR, "stunden": HOUR, "minute": MINUTE, "minuten": MINUTE,
           "sekunde": SECOND, "sekunden": SECOND},
    numbers={"ein": 1, "eine": 1, "einem": 1, "einen": 1, "einer": 1, "eines": 1, "zwei": 2,
             "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
             "zehn": 10, "elf": 11, "zwölf": 12, "fünfzehn": 15, "zwanzig": 20,
             "dreißig": 30, "vierzig": 40, "fünfzig": 50, "hundert": 100, "tausend": 1000,
             "anderthalb": 1.5, "eineinhalb": 1.5, "zweieinhalb": 2.5},
    vague_counts=("einige", "einigen", "mehrere", "mehreren", "wenige", "wenigen", "ein paar",
                  "viele", "vielen"),
    deictic_days={"heute": 0, "gestern": -1, "vorgestern": -2, "morgen": 1, "übermorgen": 2},
    bare_deictic=("morgen",),   # ("am Morgen": the morning, no tomorrow)
    articles=("der", "die", "das", "den", "dem", "des"),
    of=("des",),
    day_suffix=r"\.",
    ordinals={"ersten": 1, "erste": 1, "erstes": 1, "zweiten": 2, "zweite": 2, "zweites": 2,
              "dritten": 3, "dritte": 3, "drittes": 3, "vierten": 4, "vierte": 4, "viertes": 4},
    relations_before={"letzte": LAST, "letzten": LAST, "letztes": LAST, "letzter": LAST,
                      "vergangene": LAST, "vergangenen": LAST, "vergangenes": LAST,
                      "vorige": LAST, "vorigen": LAST, "voriges": LAST, "nächste": NEXT,
                      "nächsten": NEXT, "nächstes": NEXT, "kommende": NEXT, "kommenden": NEXT,
                      "kommendes": NEXT, "selben": SAME, "gleichen": SAME,
                      "folgenden": FOLLOWING, "darauffolgenden": FOLLOWING,
                      "vorherigen": PREVIOUS, "laufenden": THIS, "laufende": THIS,
                      "laufendes": THIS},
    relations_after={"darauf": FOLLOWING, "danach": FOLLOWING, "zuvor": PREVIOUS},
    this=("diese", "diesen", "dieses", "diesem"),
    parts_of_day={"morgen": "MO", "früh": "MO", "vormittag": "MO", "mittag": "MI",
                  "nachmittag": "AF", "abend": "EV", "nacht": "NI"},
    day_parts={"heute früh": (0, "MO")},
    ago_before=("vor",),
    since=("seit",),
    since_markers=("erstmals", "ersten mal", "höchsten", "höchste", "niedrigsten",
                   "niedrigste", "schlimmsten", "schlimmste", "größten", "größte", "stärksten",
                   "stärkste", "tiefsten", "tiefste", "rekord", "zweite", "zweiten",
                   "dritte", "dritten", "vierte", "vierten", "fünfte", "fünften", "sechste",
                   "sechsten", "siebte", "siebten", "achte", "achten", "neunte", "neunten",
                   "zehnte", "zehnten"),
    in_before=("in",),
    later_after={"später": 1, "danach": 1, "darauf": 1, "zuvor": -1, "vorher": -1,
                 "früher": -1},
    counted_before={"die letzten": -1, "den letzten": -1, "der letzten": -1,
                    "die vergangenen": -1, "den vergangenen": -1, "der vergangenen": -1,
                    "die nächsten": 1, "den nächsten": 1, "der nächsten": 1,
                    "die kommenden": 1, "den kommenden": 1},
    halves={"ein halbes": 0.5, "eine halbe": 0.5, "einem halben": 0.5, "einer halben": 0.5,
            "halbes": 0.5, "halbe": 0.5},
    approx={"mehr als": "MORE_THAN", "über": "MORE_THAN", "weniger als": "LESS_THAN",
            "knapp": "APPROX", "rund": "APPROX", "etwa": "APPROX", "fast": "APPROX",
            "gut": "APPROX", "mindestens": "EQUAL_OR_MORE", "bis zu": "EQUAL_OR_LESS"},
    each=("jeden", "jede", "jedes", "jedem", "alle"),
    sets={"täglich": "P1D", "wöchentlich": "P1W", "monatlich": "P1M", "jährlich": "P1Y",
          "alljährlich": "P1Y", "vierteljährlich": "P3M", "einmal im jahr": "P1Y",
          "einmal pro jahr": "P1Y", "einmal im monat": "P1M", "einmal pro woche": "P1W"},
    vague={"derzeit": "PRESENT_REF", "zurzeit": "PRESENT_REF", "zur zeit": "PRESENT_REF",
           "gegenwärtig": "PRESENT_REF", "momentan": "PRESENT_REF", "jetzt": "PRESENT_REF",
           "heutzutage": "PRESENT_REF", "inzwischen": "PRESENT_REF",
           "kürzlich": "PAST_REF", "vor kurzem": "PAST_REF", "neulich": "PAST_REF",
           "jüngst": "PAST_REF", "einst": "PAST_REF", "damals": "PAST_REF",
           "in der vergangenheit": "PAST_REF", "künftig": "FUTURE_REF",
           "in zukunft": "FUTURE_REF", "bald": "FUTURE_REF", "demnächst": "FUTURE_REF",
           "langfristig": "FUTURE_REF", "kurzfristig": "FUTURE_REF",
           "mittelfristig": "FUTURE_REF"},
    same_day={"am selben tag": 0, "am gleichen tag": 0, "an diesem tag": 0,
              "am vortag": -1, "tags darauf": 1, "am nächsten tag": 1,
              "am folgenden tag": 1, "am tag darauf": 1, "tags zuvor": -1},
    position_mods={"anfang": START, "beginn": START, "ende": END, "mitte": MID},
    time_before=("um", "gegen", "ab", "bis"),
    institutions=(("Bundes", "Landes", "Land"), ("tag", "rat", "regierung", "gericht",
                                                  "gerichtshof", "bank", "agentur", "amt",
                                                  "wehr", "polizei", "anwaltschaft")),
    named_seasons=("arabische", "arabischen", "prager"),
    seasons={"frühling": "SP", "frühjahr": "SP", "sommer": "SU", "herbst": "FA",
             "winter": "WI"},
    quarter_words={"quartal": QUARTER, "quartals": QUARTER, "halbjahr": HALF,
                   "halbjahres": HALF},
    decade_after=("er jahre", "er jahren", "er-jahre", "er-jahren", "er"),
    century_after=("jahrhundert", "jahrhunderts"),
    year_words=("im jahr", "im jahre", "des jahres"),
    time_after=("uhr", "uhr ortszeit"),
    clock_parts={"morgens": "MO", "früh": "MO", "vormittags": "MO", "nachmittags": "AF",
                 "abends": "EV", "nachts": "NI"},
    noon={"mitternacht": 0},
    holidays={"weihnachten": (12, 25), "heiligabend": (12, 24), "silvester": (12, 31),
              "neujahr": (1, 1), "tag der deutschen einheit": (10, 3)},
    easter_holidays={"ostern": 0, "ostersonntag": 0, "ostermontag": 1, "karfreitag": -2,
                     "gründonnerstag": -3, "palmsonntag": -7, "aschermittwoch": -46,
                     "christi himmelfahrt": 39, "pfingsten": 49, "pfingstsonntag": 49,
                     "pfingstmontag": 50, "fronleichnam": 60},
    whole=("ganz",),
    locatives=("in", "im", "aus", "nach", "bei", "nahe", "die stadt", "nördlich von", "südlich von"),
    verb_last=True,
    noun_determiners=("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem",
                      "einer", "eines", "kein", "keine", "keinen", "keinem", "keiner", "dieser",
                      "diese", "dieses", "diesen", "diesem", "jeder", "jede", "jedes", "jeden", "jedem", "sein",
                      "seine", "ihr", "ihre", "unser", "unsere", "alle", "viele", "mehrere",
                      "zum", "zur", "im", "am", "vom", "beim", "ins"),
    span_words=("bis", "bis zum", "bis zur", "bis ende"),
    contracted=("im", "am", "zum", "zur", "vom", "beim", "ins", "ans"),
    conjunctions=("aber", "und", "doch", "jedoch"),
    owning_relatives=("dessen", "deren"),
    subordinators=("dass", "daß", "wie", "weil", "als", "nachdem", "wenn", "ob", "bevor", "obwohl",
                   "während", "seit", "seitdem", "sobald", "bis"),
    between=("zwischen",),
    genitives=("des", "der", "eines", "einer"),
    told_before=("das", "dies"),
    noun_endings=("ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften",
                  "tion", "tionen", "tät", "täten", "ismus", "nis", "nisse", "rten", "sten"),
    list_words=("und", "oder"),
    number_nouns=("resolution", "flug", "artikel", "gesetz", "nummer", "nr.", "paragraph", "paragraf", "seite", "modell", "linie", "zimmer", "raum", "saal", "bus", "kilometer", "zug"),
    count_nouns=("menschen", "personen", "tote", "toten", "verletzte", "soldaten", "männer", "frauen", "kinder", "freiwillige", "demonstranten", "flüchtlinge", "gefangene", "einwohner", "beschäftigte", "mitarbeiter", "stellen", "arbeitsplätze", "stimmen", "fälle", "km", "kilometer", "meter", "kilo", "kg", "tonnen", "euro", "dollar", "barrel", "millionen", "fahrzeuge", "polizisten", "rebellen"),
    street_words=("straße", "strasse", "platz", "allee", "brücke"),
    negations=("nicht", "kein", "keine", "nie"),
    auxiliaries=("hat", "haben", "hatte", "hatten", "habe", "war", "waren", "wurde", "wurden", "wird", "werden", "soll", "sollen",
                 "ist", "sind", "kann", "können", "könnte", "könnten", "muss", "müssen", "müsste",
                 "dürfte", "dürften", "sollte", "sollten", "will", "wollen", "wollte", "wollten",
                 "würde", "würden"),   # (modals: "Eine Neuwahl könnte ... stattfinden")
    stopwords=tuple(("der die das den dem des ein eine einer einem einen eines und oder aber doch sondern mit "
                     "ohne von vom zu zum zur für durch gegen um bei nach vor seit über unter zwischen bis "
                     "während dass daß wenn als wie ob weil denn so auch noch nur schon sehr mehr nicht kein "
                     "keine dieser diese dieses diesen jener sein seine ihr ihre unser er sie es wir ihr ich "
                     "man sich hat haben hatte war waren ist sind wird werden wurde wurden im am ins beim auf "
                     "aus an in dort hier da dann damit jedoch außerdem gestern heute morgen bereits zuvor "
                     "inzwischen erst nun jetzt damals zunächst später kürzlich noch").split()),
    idiom_nouns=tuple("Kraft Frage Haft Betrieb Gang Erwägung Aussicht Anspruch Kauf Folge Höhe "
                      "Richtung Zukunft Ruhe Kürze Summe Leben".split()),   # ("ums Leben")
    clitics=("sich",),
    subject_pronouns=("er", "sie", "es", "wir", "ich", "man"),
    label_articles=("ein", "eine", "einen", "einem", "einer", "eines", "sein", "seine", "ihr", "ihre"),
    date_openers=("ab", "seit", "bis", "bis zum", "bis zur"),
    role_heads=tuple("chef chefin vorsitzende vorsitzender sprecher sprecherin präsident "
                     "präsidentin direktor direktorin leiter leiterin vorstand vorständin "
                     "minister ministerin kanzler kanzlerin sekretär sekretärin trainer trainerin "
                     "meister meisterin".split()),   # ("Finanzminister Christian Lindner")
    particles=_PARTICLES,
    titles=("minister", "ministerin", "bundesminister", "bundesministerin", "staatssekretär", "staatssekretärin", "senator", "senatorin", "kommissar", "kommissarin"),
    title_links=("für", "des", "der"),
    saying=("sagt", "erklärt", "betont", "bericht", "teilt", "bestätigt", "warnt", "kritisiert", "meint"),
    planned_before=("für", "für den", "für die", "für das", "für diesen", "für diese"),
    until_before=("bis", "bis zum", "bis zur", "bis Ende"),
    orders=("angeordnet", "ordnete", "verlänger", "ausgesetzt"),
    present_verbs=tuple(("will wollen kann können muss müssen darf dürfen möchte möchten "
                         "beginnen beginnt beschließen beschließt bestätigen bestätigt besuchen besucht "
                         "bleiben bleibt drohen droht enden endet entscheiden entscheidet erhalten erhält "
                         "erinnern erinnert erklären erklärt erreichen erreicht erwarten erwartet fallen "
                         "feiern feiert fordern fordert fällt gewinnen gewinnt kehrt kommen kommt "
                         "kritisieren kritisiert kündigen kündigt legen legt lehnen lehnt nehmen nimmt "
                         "planen plant sagen sagt schlagen schließen schließt schlägt sinken sinkt starten "
                         "startet steigen steigt sterben stirbt streichen streicht suchen sucht treffen "
                         "treten trifft tritt unterzeichnen unterzeichnet verlassen verlieren verliert "
                         "verlässt veröffentlicht warnen warnt werfen wirft öffnen öffnet übernehmen "
                         "übernimmt").split()),
    past_forms=(r"hat|haben|hatte|hatten|habe|war|waren|wurde|wurden|"
                # the preterite of the verbs news tells with (singular and plural), in a
                # verb-last clause with its particle before it ("wie X am Montag mitteilte";
                # lowercase: "Ausstand" is a noun)
                rf"(?-i:{'|'.join(_PARTICLES)})?(?:sagte|sagten|erklärte|"
                r"erklärten|teilte|teilten|gab|kam|kamen|fand|starb|begann|endete|stieg|fiel|"
                r"(?:kündigte|kritisierte|forderte|meldete|stellte|legte|machte|zeigte|führte|"
                r"erreichte|eröffnete|verkündete|warnte|bestätigte|berichtete|betonte|"
                r"einigte|wählte|verhaftete|tötete|startete|landete|reiste|besuchte|"
                r"unterzeichnete|verabschiedete|beschäftigte|plante|lehnte|räumte|"
                r"übernahm|nahm|traf|ging|stand|lag|blieb|brachte|hielt|ließ|rief|fuhr|flog|"
                r"schrieb|sprach|entschied|beschloss|sank|wuchs|verlor|gewann|trat|zog|bot|"
                r"verließ|erhielt|gelang|geschah|brach|schloss|stürzte|explodierte|dauerte|lief|"
                r"spielte|siegte|unterlag|schrumpfte|wechselte|kassierte|zahlte|kaufte|"
                r"verkaufte|streikte|protestierte|demonstrierte|stimmte|arbeitete|lebte)"
                r"(?:n|en)?)"),
    future_forms=r"wird|werden|werde|wirst|soll|sollen|will|wollen|geplant|vorgesehen|könnte|könnten|dürfte|dürften|würde|würden",
)
