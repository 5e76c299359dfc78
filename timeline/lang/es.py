"""Spanish: the words the date rules read (a pack: data only, see lang/pack.py)."""
from .pack import (DAY, DECADE, END, FOLLOWING, HALF, HOUR, LAST, MID, MINUTE, MONTH, NEXT, ONE,
                   PREVIOUS, QUARTER, SAME, SECOND, START, THIS, WEEK, WEEKEND, YEAR, CENTURY, Pack)

# Modals: their happening is the verb after them ("le mouvement doit durer jusqu'à jeudi":
# durer), and they are read as the present of a verb news tells with
MODALS = tuple("debe deben debería deberían puede pueden podría podrían".split())


PACK = Pack(
    code="es",
    months={"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
            "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
            "diciembre": 12, "ene.": 1, "feb.": 2, "mar.": 3, "abr.": 4, "may.": 5, "jun.": 6,
            "jul.": 7, "ago.": 8, "sep.": 9, "sept.": 9, "oct.": 10, "nov.": 11, "dic.": 12},
    weekdays={"lunes": 1, "martes": 2, "miércoles": 3, "jueves": 4, "viernes": 5, "sábado": 6,
              "domingo": 7},
    units={"día": DAY, "días": DAY, "jornada": DAY, "jornadas": DAY, "semana": WEEK,
           "semanas": WEEK, "fin de semana": WEEKEND, "fines de semana": WEEKEND, "mes": MONTH,
           "meses": MONTH, "trimestre": QUARTER, "trimestres": QUARTER, "semestre": HALF,
           "semestres": HALF, "año": YEAR, "años": YEAR, "ejercicio": YEAR, "década": DECADE,
           "décadas": DECADE, "decenio": DECADE, "siglo": CENTURY, "siglos": CENTURY,
           "hora": HOUR, "horas": HOUR, "minuto": MINUTE, "minutos": MINUTE,
           "segundo": SECOND, "segundos": SECOND},
    numbers={"un": 1, "una": 1, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
             "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12,
             "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16, "diecisiete": 17,
             "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiún": 21, "veintiuno": 21,
             "veintidós": 22, "veinticuatro": 24, "treinta": 30, "cuarenta": 40,
             "cincuenta": 50, "sesenta": 60, "cien": 100, "ciento": 100, "mil": 1000,
             "un par de": 2},
    vague_counts=("unos", "unas", "varios", "varias", "algunos", "algunas", "pocos", "pocas",
                  "muchos", "muchas"),
    deictic_days={"hoy": 0, "el día de hoy": 0, "ayer": -1, "el día de ayer": -1,
                  "anteayer": -2, "antier": -2, "antes de ayer": -2, "mañana": 1,
                  "pasado mañana": 2},
    articles=("el", "la", "los", "las", "del", "al"),
    of=("de", "del"),
    day_suffix=r"º|°",
    ordinals={"primer": 1, "primero": 1, "primera": 1, "segundo": 2, "segunda": 2, "tercer": 3,
              "tercero": 3, "tercera": 3, "cuarto": 4, "cuarta": 4},
    relations_before={"pasado": LAST, "pasada": LAST, "último": LAST, "última": LAST,
                      "próximo": NEXT, "próxima": NEXT, "mismo": SAME, "misma": SAME,
                      "ese mismo": SAME, "esa misma": SAME, "aquel mismo": SAME,
                      "este mismo": THIS, "esta misma": THIS, "un mismo": ONE,
                      "una misma": ONE},
    relations_after={"pasado": LAST, "pasada": LAST, "que viene": NEXT, "entrante": NEXT,
                     "próximo": NEXT, "próxima": NEXT, "anterior": PREVIOUS,
                     "siguiente": FOLLOWING, "posterior": FOLLOWING, "en curso": THIS,
                     "actual": THIS},
    this=("este", "esta", "estos", "estas"),
    parts_of_day={"mañana": "MO", "madrugada": "MO", "mediodía": "MI", "tarde": "AF",
                  "noche": "NI"},
    part_links=("por la", "en la", "a la", "de la", "a primera hora de la"),
    day_parts={"anoche": (-1, "NI"), "anteanoche": (-2, "NI")},
    ago_before=("hace",),
    since=("desde",),
    since_markers=("primera vez", "primera", "peor", "peores", "mayor", "mayores", "menor", "más alto",
                   "más alta", "más bajo", "más baja", "récord", "único", "única", "segunda",
                   "segundo",
                   "tercera", "tercer", "tercero", "cuarta", "cuarto", "quinta", "quinto",
                   "sexta", "sexto", "séptima", "séptimo", "octava", "octavo", "novena", "noveno",
                   "décima", "décimo"),
    in_before=("dentro de", "en el plazo de", "en un plazo de"),
    later_after={"después": 1, "más tarde": 1, "antes": -1, "atrás": -1},
    ago_after=(),
    counted_before={"los últimos": -1, "las últimas": -1, "los próximos": 1,
                    "las próximas": 1},
    halves={"medio": 0.5, "media": 0.5},
    and_a_half=("y medio", "y media"),
    approx={"más de": "MORE_THAN", "menos de": "LESS_THAN", "cerca de": "APPROX",
            "casi": "APPROX", "alrededor de": "APPROX", "unos": "APPROX", "unas": "APPROX",
            "al menos": "EQUAL_OR_MORE", "hasta": "EQUAL_OR_LESS", "solo": "EQUAL_OR_LESS",
            "sólo": "EQUAL_OR_LESS", "apenas": "EQUAL_OR_LESS"},
    each=("cada",),
    every_plural=("todos los", "todas las"),
    sets={"diariamente": "P1D", "a diario": "P1D", "semanalmente": "P1W",
          "mensualmente": "P1M", "anualmente": "P1Y", "cada año": "P1Y",
          "trimestralmente": "P3M", "una vez al año": "P1Y", "una vez por semana": "P1W",
          "una vez al mes": "P1M"},
    vague={"actualmente": "PRESENT_REF", "en la actualidad": "PRESENT_REF",
           "hoy en día": "PRESENT_REF", "hoy día": "PRESENT_REF", "ahora": "PRESENT_REF",
           "ahora mismo": "PRESENT_REF", "en este momento": "PRESENT_REF",
           "de momento": "PRESENT_REF", "por el momento": "PRESENT_REF",
           "recientemente": "PAST_REF", "últimamente": "PAST_REF", "en el pasado": "PAST_REF",
           "antiguamente": "PAST_REF", "en el futuro": "FUTURE_REF",
           "próximamente": "FUTURE_REF", "a corto plazo": "FUTURE_REF",
           "a medio plazo": "FUTURE_REF", "a largo plazo": "FUTURE_REF",
           "en breve": "FUTURE_REF"},
    same_day={"ese día": 0, "ese mismo día": 0, "aquel día": 0, "aquel mismo día": 0,
              "el mismo día": 0, "esa jornada": 0, "la víspera": -1},
    position_mods={"principios": START, "comienzos": START, "inicios": START,
                   "principio": START, "comienzo": START, "inicio": START,
                   "finales": END, "fines": END, "fin": END, "final": END,
                   "mediados": MID},
    time_before=("a", "desde", "hasta", "hacia", "sobre"),
    agents=("por",),
    named_seasons=("árabe", "árabes", "praga"),
    seasons={"primavera": "SP", "verano": "SU", "otoño": "FA", "invierno": "WI"},
    quarter_words={"trimestre": QUARTER, "semestre": HALF},
    decade_before=("los años", "la década de", "la década de los", "la década del"),
    tens={"veinte": 20, "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60,
          "setenta": 70, "ochenta": 80, "noventa": 90},
    century_words=("siglo",),
    year_words=("el año", "año", "el ejercicio"),
    at_time=("las", "la"),
    time_after=("horas", "h", "hs", "hora local", "horas hora local"),
    clock_parts={"de la mañana": "MO", "de la madrugada": "MO", "de la tarde": "AF",
                 "de la noche": "NI"},
    noon={"mediodía": 12, "medianoche": 0},
    holidays={"navidad": (12, 25), "nochebuena": (12, 24), "nochevieja": (12, 31),
              "año nuevo": (1, 1), "día de reyes": (1, 6), "día de todos los santos": (11, 1),
              "día de la hispanidad": (10, 12), "día del trabajo": (5, 1)},
    easter_holidays={"domingo de resurrección": 0, "domingo de pascua": 0, "pascua": 0,
                     "lunes de pascua": 1, "viernes santo": -2, "jueves santo": -3,
                     "domingo de ramos": -7, "miércoles de ceniza": -46, "pentecostés": 49},
    whole=("toda", "todo", "toda la", "todo el"),
    locatives=("en", "desde", "hacia", "cerca de", "dentro de", "fuera de", "al norte de", "al sur de", "al este de", "al oeste de", "la ciudad de", "la capital,",
               "municipio de", "localidad de", "provincia de", "pueblo de", "isla de",
               "golfo de", "bahía de", "lago de", "sierra de"),   # (a place's kind
    # before its name: "la localidad de Paiporta")
    lower_names=True,
    bare_deictic=("mañana",),
    span_words=("a", "al", "hasta", "hasta el"),
    plural=(r"\w*s", r"\w*n"),
    relatives=("que",),
    owning_relatives=("cuyo", "cuya", "cuyos", "cuyas"),
    drops_subjects=("mos", "é", "í"),
    contracted=("al", "del"),
    conjunctions=("pero", "y", "sin embargo", "además", "mientras"),
    between=("entre",),
    happened=("ocurrido", "ocurrida", "ocurridos", "ocurridas", "sucedido", "sucedida", "acontecido", "acontecida"),
    told_before=("lo", "así lo", "eso", "esto"),
    club_articles=("el", "al", "del"),
    article_cities=("Cairo", "Havre", "Pireo"),
    name_words=("nacional", "europeo", "europea", "constitucional", "central", "general", "federal", "supremo", "suprema", "internacional", "mundial", "de ministros", "de los diputados", "de cuentas", "de seguridad"),
    participle_endings=("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"),
    adverb_endings=("mente",),
    event_prepositions=("tras", "después de", "después del", "antes de", "antes del", "desde"),
    day_words=("día",),
    noun_positions={"final": ("la", "una", "esta", "esa", "aquella")},
    of_articles={"del": "el", "de la": "la", "de los": "los", "de las": "las"},
    list_words=("y", "o", "e", "u"),
    number_nouns=("resolución", "resoluciones", "vuelo", "artículo", "ley", "número", "núm.", "nº", "n.º", "decreto", "página", "modelo", "ruta", "habitación", "línea", "expediente", "sala", "autobús", "carretera", "kilómetro", "código", "caso", "tren"),
    count_nouns=("personas", "muertos", "heridos", "víctimas", "soldados", "hombres", "mujeres", "niños", "voluntarios", "manifestantes", "refugiados", "presos", "detenidos", "habitantes", "trabajadores", "empleados", "empleos", "votos", "casos", "km", "kilómetros", "metros", "kilos", "kg", "toneladas", "euros", "dólares", "barriles", "millones", "viviendas", "vehículos", "coches", "efectivos", "agentes", "policías", "militares", "combatientes", "rebeldes"),
    street_words=("avenida", "calle", "plaza", "paseo", "puente", "estadio", "barrio", "colonia", "movimiento", "grupo"),
    negations=("no", "nunca"),
    auxiliaries=("ha", "han", "había", "habían", "hubo", "fue", "fueron", "va a", "van a",
                 "ha sido", "han sido", "será", "serán", "sería", "serían", "habrá", "habrán",
                 "debe ser", "deben ser", "debería ser", "deberá ser", "podría ser",
                 "va a ser", "van a ser") + MODALS,   # (a modal's passive: "debe ser aprobado")
    stopwords=tuple(("el la los las un una unos unas lo al del de en y o u e ni pero sin con por para según "
                     "sobre entre hasta desde durante tras ante bajo que quien quienes cual cuales cuyo donde "
                     "cuando como mientras aunque porque pues si no sí ya también tampoco muy más menos este "
                     "esta estos estas ese esa esos esas aquel aquella su sus mi mis tu nuestro nuestra él "
                     "ella ellos ellas le les se nos yo tú usted ha han había fue fueron es son era eran está "
                     "están estaba será serán sido otro otra otros otras todo toda todos todas cada así sin "
                     "embargo además luego entonces allí aquí hay ayer hoy mañana todavía aún siempre tampoco").split()),
    clitics=("se", "me", "te", "nos", "os", "lo", "la", "los", "las", "le", "les"),
    label_articles=("un", "una", "unos", "unas", "su", "sus"),
    date_openers=("a partir de", "a partir", "desde", "hasta", "antes de", "después de", "a"),
    titles=("presidente", "presidenta", "ministro", "ministra", "secretario", "secretaria", "consejero", "consejera", "director", "directora", "delegado", "delegada", "comisario", "comisaria", "viceministro", "viceministra"),
    title_links=("de", "del", "de la", "de los", "para"),
    saying=("declar", "anunci", "afirm", "asegur", "explic", "indic", "señal", "añad", "dij", "dice", "precis", "inform", "destac", "subray", "confirm", "comunic", "advirt", "denunci", "reconoc"),
    planned_before=("para", "para el", "para la", "para este", "para esta"),
    until_before=("hasta", "hasta el", "hasta la", "hasta este", "hasta esta"),
    orders=("orden", "decret", "prorrog", "ampli", "extendi", "dispus", "suspendi"),
    present_verbs=tuple(("abre abren acusa acusan advierte advierten afirma afirman alcanza alcanzan "
                         "amenaza amenazan anuncia anuncian aprueba aprueban asegura aseguran asume asumen "
                         "ataca atacan baja bajan busca buscan cae caen celebra celebran cierra cierran "
                         "comienza comienzan condena condenan confirma confirman considera consideran "
                         "continúa continúan controla controlan convoca convocan critica critican decide "
                         "deciden deja dejan denuncia denuncian detiene detienen dice dicen dimite dimiten "
                         "entra entran espera esperan estudia estudian exige exigen explica explican firma "
                         "firman gana ganan informa informan inicia inician insiste insisten llega llegan "
                         "logra logran mantiene mantienen muere mueren niega niegan ofrece ofrecen pide "
                         "piden pierde pierden presenta presentan prevé prevén propone proponen publica "
                         "publican rechaza rechazan reclama reclaman recuerda recuerdan registra registran "
                         "reúne reúnen sale salen señala señalan sigue siguen sube suben supera superan "
                         "termina terminan toma toman vence vencen visita visitan vuelve vuelven").split()) + MODALS,
    past_forms=(r"ha|han|había|habían|hubo|fue|fueron|era|eran|estuvo|dijo|dijeron|hizo|"
                r"hicieron|\w*uvo|\w*uvieron|\w*dijo|\w*dijeron|\w*puso|\w*pusieron|vino|"
                r"vinieron|murió|murieron|"
                r"\w+(?:ó|aron|ieron|aba|aban)|(?:ten|dec|hac|hab|pod|sab|quer|viv|deb|parec|exist|"
                r"segu|ven|ped|cre|manten|sol)ían?"),
    conditional=r"\w{2,}rían?",
    reported_future=r"\bque\s+(?:(?:se|le|les|lo|la|los|las|nos|no)\s+)?\w+(?<!hab)rían?\b",   # (after
    # "que": "mayoría", "comisaría" are nouns)
    future_forms=r"\w+(?:rá|rán|ré|remos)|va\s+a|van\s+a|vamos\s+a|voy\s+a|previst[oa]s?|"
                 r"(?:debe|deben|debería|deberían)\s+ser",   # (a modal's passive: to come)
)
