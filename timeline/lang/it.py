"""Italian: the words the date rules read (a pack: data only, see lang/pack.py)."""
from .pack import (CENTURY, DAY, DECADE, END, FOLLOWING, HALF, HOUR, LAST, MID, MINUTE, MONTH,
                   NEXT, PREVIOUS, QUARTER, SAME, SECOND, START, THIS, WEEK, WEEKEND, YEAR, Pack)

# Modals: their happening is the verb after them ("le mouvement doit durer jusqu'à jeudi":
# durer), and they are read as the present of a verb news tells with
MODALS = tuple("deve devono dovrebbe dovrebbero può possono potrebbe potrebbero".split())


PACK = Pack(
    code="it",
    months={"gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6,
            "luglio": 7, "agosto": 8, "settembre": 9, "ottobre": 10, "novembre": 11,
            "dicembre": 12, "gen.": 1, "feb.": 2, "apr.": 4, "mag.": 5, "giu.": 6, "lug.": 7,
            "ago.": 8, "set.": 9, "sett.": 9, "ott.": 10, "nov.": 11, "dic.": 12},
    weekdays={"lunedì": 1, "martedì": 2, "mercoledì": 3, "giovedì": 4, "venerdì": 5,
              "sabato": 6, "domenica": 7},
    units={"giorno": DAY, "giorni": DAY, "giornata": DAY, "giornate": DAY, "settimana": WEEK,
           "settimane": WEEK, "fine settimana": WEEKEND, "weekend": WEEKEND, "mese": MONTH,
           "mesi": MONTH, "trimestre": QUARTER, "trimestri": QUARTER, "semestre": HALF,
           "semestri": HALF, "anno": YEAR, "anni": YEAR, "esercizio": YEAR,
           "decennio": DECADE, "decenni": DECADE, "secolo": CENTURY, "secoli": CENTURY,
           "ora": HOUR, "ore": HOUR, "minuto": MINUTE, "minuti": MINUTE, "secondo": SECOND,
           "secondi": SECOND},
    numbers={"un": 1, "uno": 1, "una": 1, "un'": 1, "due": 2, "tre": 3, "quattro": 4,
             "cinque": 5, "sei": 6, "sette": 7, "otto": 8, "nove": 9, "dieci": 10,
             "undici": 11, "dodici": 12, "quindici": 15, "venti": 20, "trenta": 30,
             "quaranta": 40, "cinquanta": 50, "cento": 100, "mille": 1000},
    vague_counts=("alcuni", "alcune", "pochi", "poche", "diversi", "diverse", "parecchi",
                  "parecchie", "molti", "molte", "qualche"),
    deictic_days={"oggi": 0, "ieri": -1, "l'altro ieri": -2, "l'altroieri": -2,
                  "avantieri": -2, "domani": 1, "dopodomani": 2},
    articles=("il", "lo", "la", "l'", "i", "gli", "le"),
    of=("del", "di", "dell'", "dello", "della"),
    day_suffix=r"º|°",
    ordinals={"primo": 1, "prima": 1, "secondo": 2, "seconda": 2, "terzo": 3, "terza": 3,
              "quarto": 4, "quarta": 4},
    relations_before={"scorso": LAST, "scorsa": LAST, "ultimo": LAST, "ultima": LAST,
                      "prossimo": NEXT, "prossima": NEXT, "stesso": SAME, "stessa": SAME},
    relations_after={"scorso": LAST, "scorsa": LAST, "passato": LAST, "passata": LAST,
                     "prossimo": NEXT, "prossima": NEXT, "venturo": NEXT, "ventura": NEXT,
                     "precedente": PREVIOUS, "prima": PREVIOUS, "successivo": FOLLOWING,
                     "successiva": FOLLOWING, "seguente": FOLLOWING, "dopo": FOLLOWING,
                     "in corso": THIS, "stesso": SAME, "stessa": SAME},
    this=("questo", "questa", "quest'"),
    parts_of_day={"mattina": "MO", "mattino": "MO", "mattinata": "MO", "pomeriggio": "AF",
                  "sera": "EV", "serata": "EV", "notte": "NI"},
    day_parts={"stamattina": (0, "MO"), "stamani": (0, "MO"), "stasera": (0, "EV"),
               "stanotte": (0, "NI")},
    ago_after=("fa",),
    in_before=("tra", "fra"),
    later_after={"dopo": 1, "più tardi": 1, "prima": -1},
    counted_before={"ultimi": -1, "ultime": -1, "prossimi": 1, "prossime": 1},
    halves={"mezzo": 0.5, "mezza": 0.5, "mezz'": 0.5},
    and_a_half=("e mezzo", "e mezza"),
    approx={"più di": "MORE_THAN", "oltre": "MORE_THAN", "meno di": "LESS_THAN",
            "circa": "APPROX", "quasi": "APPROX", "almeno": "EQUAL_OR_MORE",
            "fino a": "EQUAL_OR_LESS", "solo": "EQUAL_OR_LESS"},
    each=("ogni",),
    every_plural=("tutti i", "tutte le"),
    sets={"quotidianamente": "P1D", "ogni giorno": "P1D", "settimanalmente": "P1W",
          "mensilmente": "P1M", "annualmente": "P1Y", "ogni anno": "P1Y",
          "una volta all'anno": "P1Y", "una volta alla settimana": "P1W",
          "una volta al mese": "P1M"},
    vague={"attualmente": "PRESENT_REF", "adesso": "PRESENT_REF", "ora": "PRESENT_REF",
           "al momento": "PRESENT_REF", "oggigiorno": "PRESENT_REF",
           "oggi giorno": "PRESENT_REF", "recentemente": "PAST_REF",
           "di recente": "PAST_REF", "in passato": "PAST_REF", "un tempo": "PAST_REF",
           "in futuro": "FUTURE_REF", "presto": "FUTURE_REF", "prossimamente": "FUTURE_REF",
           "a breve": "FUTURE_REF", "a lungo termine": "FUTURE_REF",
           "a breve termine": "FUTURE_REF"},
    same_day={"quel giorno": 0, "quello stesso giorno": 0, "lo stesso giorno": 0,
              "il giorno stesso": 0, "la vigilia": -1, "l'indomani": 1},
    position_mods={"inizio": START, "fine": END,
                   "metà": MID},
    time_before=("alle", "dalle", "delle", "verso", "entro le"),
    hour_before=("alle", "dalle", "delle"),
    agents=("da", "dal", "dallo", "dalla", "dai", "dagli", "dalle"),
    named_seasons=("araba", "arabe", "praga"),
    seasons={"primavera": "SP", "estate": "SU", "autunno": "FA", "inverno": "WI"},
    quarter_words={"trimestre": QUARTER, "semestre": HALF},
    decade_before=("gli anni", "anni", "il decennio"),
    tens={"venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60,
          "settanta": 70, "ottanta": 80, "novanta": 90},
    century_words=("secolo",),
    century_after=("secolo",),
    time_after=("ore", "ora locale"),
    clock_parts={"del mattino": "MO", "di mattina": "MO", "della mattina": "MO",
                 "del pomeriggio": "AF", "di sera": "EV", "della sera": "EV", "di notte": "NI",
                 "della notte": "NI"},
    noon={"mezzogiorno": 12, "mezzanotte": 0},
    holidays={"natale": (12, 25), "la vigilia di natale": (12, 24), "capodanno": (1, 1),
              "ferragosto": (8, 15), "san silvestro": (12, 31)},
    easter_holidays={"pasqua": 0, "la domenica di pasqua": 0, "pasquetta": 1,
                     "il lunedì dell'angelo": 1, "il venerdì santo": -2, "il giovedì santo": -3,
                     "la domenica delle palme": -7, "il mercoledì delle ceneri": -46,
                     "pentecoste": 49},
    whole=("tutta", "tutto", "tutta la", "tutto il", "tutta l'"),
    locatives=("in", "a", "nel", "nella", "nei", "nell'", "nell’", "verso", "presso", "vicino a", "la città di",
               "comune di", "provincia di", "frazione di", "isola di", "golfo di", "lago di"),   # ("il comune di Pozzuoli")
    lower_names=True,
    span_words=("a", "al", "all'", "all’", "fino a", "fino al", "fino all'", "fino all’"),
    plural=(r"\w*[ie]", r"\w*no"),
    relatives=("che",),
    owning_relatives=("cui", "il cui", "la cui", "i cui", "le cui"),
    drops_subjects=("iamo", "ai", "ii"),
    contracted=("al", "allo", "alla", "ai", "agli", "alle", "del", "dello", "della", "dei", "degli", "delle", "nel", "nello", "nella", "nei", "negli", "nelle", "dal", "dalla", "sul", "sulla"),
    conjunctions=("ma", "e", "però", "tuttavia", "inoltre"),
    between=("tra", "fra"),
    happened=("avvenuto", "avvenuta", "avvenuti", "avvenute", "accaduto", "accaduta", "accaduti", "accadute", "verificatosi", "verificatasi"),
    told_before=("lo", "così"),
    club_articles=("il", "al", "del", "dal", "col", "sul"),
    article_cities=("Cairo", "Pireo"),
    name_words=("nazionale", "europea", "europeo", "centrale", "costituzionale", "civile", "generale", "federale", "suprema", "supremo", "unite", "internazionale", "mondiale", "dei ministri", "dei deputati", "dei conti", "di cassazione", "di finanza", "del fuoco", "di sicurezza"),
    participle_endings=("ato", "ata", "ati", "ate", "uto", "uta", "uti", "ute", "ito", "ita", "iti", "ite"),
    adverb_endings=("mente",),
    event_prepositions=("dopo", "prima di", "prima del", "prima della", "dal", "dalla"),
    day_words=("giorno",),
    of_articles={"del": "il", "dello": "lo", "della": "la", "dell'": "l'", "dell’": "l'",
                 "dei": "i", "degli": "gli", "delle": "le"},
    list_words=("e", "o", "ed"),
    number_nouns=("risoluzione", "risoluzioni", "volo", "articolo", "legge", "numero", "n.", "decreto", "pagina", "modello", "strada", "camera", "linea", "sala", "autobus", "codice", "treno"),
    count_nouns=("persone", "morti", "feriti", "vittime", "soldati", "uomini", "donne", "bambini", "volontari", "manifestanti", "profughi", "rifugiati", "detenuti", "abitanti", "lavoratori", "dipendenti", "posti", "voti", "casi", "km", "chilometri", "metri", "chili", "kg", "tonnellate", "euro", "dollari", "barili", "milioni", "veicoli", "agenti", "militari", "combattenti", "ribelli"),
    street_words=("via", "piazza", "corso", "viale", "largo", "ponte", "movimento"),
    negations=("non", "mai"),
    auxiliaries=("ha", "hanno", "aveva", "avevano", "abbiamo", "è", "sono", "era", "erano", "fu", "furono",
                 "deve essere", "devono essere", "dovrebbe essere", "dovrà essere", "sarà",
                 "saranno") + MODALS,   # (a modal's passive: "deve essere approvato")
    stopwords=tuple(("il lo la i gli le l un uno una un' del dello della dei degli delle di da in con su per "
                     "tra fra a al allo alla ai agli alle dal dalla nel nella nei sul sulla e ed o ma né che "
                     "chi cui dove quando come mentre anche se non più meno molto questo questa questi queste "
                     "quello quella suo sua suoi sue loro mio mia egli ella lui lei essi esse noi voi io si ha "
                     "hanno aveva era è sono stato stata sarà altro altra altri tutto tutta tutti tutte ogni "
                     "così però poi lì qui ieri oggi domani già ancora sempre stati state").split()),
    clitics=("si", "mi", "ti", "ci", "vi", "lo", "la", "li", "le", "gli", "ne", "l'"),
    label_articles=("un", "uno", "una", "un'", "suo", "sua", "suoi", "sue"),
    date_openers=("a partire da", "a partire", "fino a", "fino", "entro", "prima di", "dopo", "alle",
                  "all'", "all’", "dalle", "dall'", "dall’"),   # ("all'1.25 della notte")
    titles=("presidente", "ministro", "ministra", "segretario", "segretaria", "direttore", "direttrice", "commissario", "commissaria", "sottosegretario", "assessore"),
    title_links=("di", "del", "della", "dei", "degli", "delle", "per", "ai", "al", "alla", "agli", "alle", "all'"),
    saying=("dichiar", "annunci", "afferm", "spieg", "aggiun", "detto", "dice", "disse", "sottoline", "precis", "conferm", "riferi", "assicur", "denunci", "ricon"),
    planned_before=("per il", "per lo", "per la", "per questo", "per questa", "per"),
    until_before=("fino a", "fino al", "fino alla", "entro", "entro il"),
    orders=("dispost", "dispon", "ordinat", "ordin", "prorogat", "proroga", "sospes"),
    present_verbs=tuple(("accusa accusano afferma affermano annuncia annunciano approva approvano apre "
                         "aprono arresta arrestano arriva arrivano aspetta aspettano assicura assicurano "
                         "attacca attaccano avverte avvertono cade cadono celebra celebrano cerca cercano "
                         "chiede chiedono chiude chiudono comincia cominciano condanna condannano conferma "
                         "confermano considera considerano continua continuano controlla controllano "
                         "convoca convocano critica criticano decide decidono denuncia denunciano dice "
                         "dicono entra entrano esce escono esige esigono firma firmano inizia iniziano "
                         "lancia lanciano lascia lasciano mantengono mantiene minaccia minacciano muoiono "
                         "muore nega negano ottengono ottiene perde perdono prende prendono presenta "
                         "presentano prevede prevedono propone propongono pubblica pubblicano raggiunge "
                         "raggiungono respinge respingono riceve ricevono ricorda ricordano riunisce "
                         "riuniscono sale salgono scende scendono spiega spiegano studia studiano supera "
                         "superano termina terminano torna tornano vince vincono visita visitano").split()) + MODALS,
    past_forms=(r"ha|hanno|aveva|avevano|abbiamo|era|erano|fu|furono|"
                r"(?:è|sono|siamo)\s+\w+(?:at|ut|it)[oaie]|"
                r"(?!(?:ciò|però|può|perciò|farò)\b)\w+ò"),
    conditional=r"\w{2,}(?:rebbe|rebbero)",
    reported_future=r"\b\w+(?<!avr)(?<!sar)(?:rebbe|rebbero)\b",
    future_forms=r"\w+(?:rà|ranno|rò|remo)|(?:deve|devono|dovrebbe|dovrebbero)\s+essere|"
                 r"(?:è\s+|sono\s+)?(?:previst|attes)[oaie]",   # (a
    # modal's passive: to come)
)
