"""Portuguese: the words the date rules read (a pack: data only, see lang/pack.py)."""
from .pack import (CENTURY, DAY, DECADE, END, FOLLOWING, HALF, HOUR, LAST, MID, MINUTE, MONTH,
                   NEXT, ONE, PREVIOUS, QUARTER, SAME, SECOND, START, THIS, WEEK, WEEKEND, YEAR, Pack)

# Modals: their happening is the verb after them ("le mouvement doit durer jusqu'à jeudi":
# durer), and they are read as the present of a verb news tells with
MODALS = tuple("deve devem deveria deveriam pode podem poderia poderiam".split())


PACK = Pack(
    code="pt",
    months={"janeiro": 1, "fevereiro": 2, "março": 3, "abril": 4, "maio": 5, "junho": 6,
            "julho": 7, "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11,
            "dezembro": 12, "jan.": 1, "fev.": 2, "abr.": 4, "mai.": 5, "jun.": 6, "jul.": 7,
            "ago.": 8, "set.": 9, "out.": 10, "nov.": 11, "dez.": 12},
    weekdays={"segunda-feira": 1, "terça-feira": 2, "quarta-feira": 3, "quinta-feira": 4,
              "sexta-feira": 5, "sábado": 6, "domingo": 7, "terça": 2},
    units={"dia": DAY, "dias": DAY, "semana": WEEK, "semanas": WEEK, "fim de semana": WEEKEND,
           "fins de semana": WEEKEND, "mês": MONTH, "meses": MONTH, "trimestre": QUARTER,
           "trimestres": QUARTER, "semestre": HALF, "semestres": HALF, "ano": YEAR,
           "anos": YEAR, "década": DECADE, "décadas": DECADE, "século": CENTURY,
           "séculos": CENTURY, "hora": HOUR, "horas": HOUR, "minuto": MINUTE,
           "minutos": MINUTE, "segundo": SECOND, "segundos": SECOND},
    numbers={"um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "quatro": 4, "cinco": 5,
             "seis": 6, "sete": 7, "oito": 8, "nove": 9, "dez": 10, "onze": 11, "doze": 12,
             "quinze": 15, "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50,
             "cem": 100, "mil": 1000},
    vague_counts=("alguns", "algumas", "vários", "várias", "poucos", "poucas", "muitos",
                  "muitas"),
    deictic_days={"hoje": 0, "ontem": -1, "anteontem": -2, "amanhã": 1,
                  "depois de amanhã": 2},
    articles=("o", "os", "as", "do", "da", "dos", "das"),
    of=("de", "do"),
    day_suffix=r"º|°",
    ordinals={"primeiro": 1, "primeira": 1, "segundo": 2, "segunda": 2, "terceiro": 3,
              "terceira": 3, "quarto": 4, "quarta": 4},
    relations_before={"passado": LAST, "passada": LAST, "último": LAST, "última": LAST,
                      "próximo": NEXT, "próxima": NEXT, "mesmo": SAME, "mesma": SAME,
                      "um mesmo": ONE, "uma mesma": ONE},
    relations_after={"passado": LAST, "passada": LAST, "que vem": NEXT, "próximo": NEXT,
                     "próxima": NEXT, "anterior": PREVIOUS, "seguinte": FOLLOWING,
                     "em curso": THIS, "corrente": THIS},
    this=("este", "esta", "neste", "nesta", "deste", "desta"),
    parts_of_day={"manhã": "MO", "madrugada": "MO", "tarde": "AF", "noite": "NI"},
    part_links=("de", "à", "pela", "na", "ao fim da"),
    ago_before=("há",),
    ago_after=("atrás",),
    since=("desde",),
    since_markers=("primeira vez", "primeira", "pior", "piores", "maior", "maiores", "menor", "mais alto",
                   "mais alta", "mais baixo", "mais baixa", "recorde", "único", "única",
                   "segunda", "segundo", "terceira", "terceiro", "quarta", "quarto",
                   "quinta", "quinto", "sexta", "sexto", "sétima", "sétimo", "oitava", "oitavo",
                   "nona", "nono", "décima", "décimo"),
    in_before=("daqui a", "dentro de"),
    later_after={"depois": 1, "mais tarde": 1, "antes": -1},
    counted_before={"últimos": -1, "últimas": -1, "próximos": 1, "próximas": 1},
    halves={"meio": 0.5, "meia": 0.5},
    and_a_half=("e meio", "e meia"),
    approx={"mais de": "MORE_THAN", "menos de": "LESS_THAN", "cerca de": "APPROX",
            "quase": "APPROX", "pelo menos": "EQUAL_OR_MORE", "até": "EQUAL_OR_LESS",
            "apenas": "EQUAL_OR_LESS"},
    each=("cada",),
    every_plural=("todos os", "todas as"),
    sets={"diariamente": "P1D", "semanalmente": "P1W", "mensalmente": "P1M",
          "anualmente": "P1Y", "uma vez por ano": "P1Y", "uma vez por semana": "P1W",
          "uma vez por mês": "P1M"},
    vague={"atualmente": "PRESENT_REF", "actualmente": "PRESENT_REF", "agora": "PRESENT_REF",
           "hoje em dia": "PRESENT_REF", "no momento": "PRESENT_REF",
           "neste momento": "PRESENT_REF", "recentemente": "PAST_REF",
           "no passado": "PAST_REF", "antigamente": "PAST_REF", "no futuro": "FUTURE_REF",
           "em breve": "FUTURE_REF", "brevemente": "FUTURE_REF",
           "a curto prazo": "FUTURE_REF", "a longo prazo": "FUTURE_REF",
           "a médio prazo": "FUTURE_REF"},
    same_day={"nesse dia": 0, "naquele dia": 0, "neste mesmo dia": 0, "no mesmo dia": 0,
              "na véspera": -1},
    position_mods={"início": START, "começo": START,
                   "princípio": START, "princípios": START, "final": END,
                   "fim": END, "fins": END, "finais": END, "meados": MID},
    time_before=("às", "das", "até às", "pelas"),
    agents=("por", "pelo", "pela", "pelos", "pelas"),
    named_seasons=("árabe", "árabes", "praga"),
    seasons={"primavera": "SP", "verão": "SU", "outono": "FA", "inverno": "WI"},
    quarter_words={"trimestre": QUARTER, "semestre": HALF},
    decade_before=("os anos", "anos", "década de", "década dos"),
    tens={"vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60,
          "setenta": 70, "oitenta": 80, "noventa": 90},
    century_words=("século",),
    year_words=("o ano", "ano"),
    time_after=("horas", "h", "hora local", "horas hora local"),
    clock_parts={"da manhã": "MO", "da madrugada": "MO", "da tarde": "AF", "da noite": "NI"},
    noon={"meio-dia": 12, "meia-noite": 0},
    holidays={"natal": (12, 25), "véspera de natal": (12, 24), "ano novo": (1, 1),
              "réveillon": (12, 31), "dia do trabalhador": (5, 1)},
    easter_holidays={"páscoa": 0, "domingo de páscoa": 0, "sexta-feira santa": -2,
                     "quinta-feira santa": -3, "domingo de ramos": -7,
                     "quarta-feira de cinzas": -46, "pentecostes": 49, "corpus christi": 60},
    whole=("toda", "todo", "toda a", "todo o"),
    locatives=("em", "no", "na", "nos", "nas", "para", "desde", "perto de", "a cidade de",
               "concelho de", "concelhos de", "município de", "distrito de", "vila de",
               "aldeia de", "freguesia de", "ilha de", "ilha da", "baía de", "lago de",
               "serra da", "serra de"),   # ("o concelho de Figueiró dos Vinhos")
    lower_names=True,
    bare_deictic=("amanhã",),
    span_words=("a", "ao", "até", "até ao"),
    plural=(r"\w*s", r"\w*m"),
    relatives=("que",),
    owning_relatives=("cujo", "cuja", "cujos", "cujas"),
    drops_subjects=("mos", "ei", "i"),
    contracted=("do", "da", "dos", "das", "ao", "aos", "à", "às", "no", "na", "nos", "nas", "pelo", "pela"),
    conjunctions=("mas", "e", "porém", "contudo", "além disso"),
    between=("entre",),
    happened=("ocorrido", "ocorrida", "ocorridos", "ocorridas", "acontecido", "acontecida", "sucedido", "sucedida"),
    told_before=("foi o que", "isso"),
    name_words=("nacional", "europeia", "europeu", "constitucional", "central", "geral", "federal", "supremo", "internacional", "mundial", "de ministros", "da república", "de contas", "de segurança"),
    participle_endings=("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"),
    adverb_endings=("mente",),
    event_prepositions=("após", "depois de", "depois do", "depois da", "antes de", "antes do",
                        "antes da", "desde"),
    day_words=("dia",),
    club_articles=("o", "do", "ao", "pelo"),   # ("o último troféu do Benfica": the club's;
    article_cities=("Porto",),                 # not "no Porto", in the city)
    of_articles={"do": "o", "da": "a", "dos": "os", "das": "as"},
    list_words=("e", "ou"),
    number_nouns=("resolução", "resoluções", "voo", "voô", "artigo", "lei", "número", "nº", "n.º", "decreto", "página", "modelo", "rota", "quarto", "linha", "sala", "código", "estrada", "comboio"),
    count_nouns=("pessoas", "mortos", "feridos", "vítimas", "soldados", "homens", "mulheres", "crianças", "voluntários", "manifestantes", "refugiados", "presos", "detidos", "habitantes", "trabalhadores", "empregos", "votos", "casos", "km", "quilómetros", "quilômetros", "metros", "quilos", "kg", "toneladas", "euros", "dólares", "barris", "milhões", "veículos", "agentes", "militares", "combatentes", "rebeldes"),
    street_words=("rua", "avenida", "praça", "largo", "ponte", "travessa", "movimento"),
    negations=("não", "nunca"),
    auxiliaries=("foi", "foram", "tinha", "tinham", "vai", "vão", "irá", "irão",
                 "deve ser", "devem ser", "deverá ser", "vai ser", "será", "serão",
                 "deverá", "deverão", "poderá", "poderão") + MODALS,   # (a modal's passive: "deve ser
    # votado"; a modal's verb is the word after it: "deverá entrar em funcionamento em 2034")
    stopwords=tuple(("o a os as um uma uns umas do da dos das de em no na nos nas ao aos à às e ou nem mas sem "
                     "com por pelo pela para segundo sobre entre até desde durante após ante que quem qual "
                     "quais cujo onde quando como enquanto embora porque pois se não sim já também muito mais "
                     "menos este esta estes estas esse essa esses essas aquele aquela seu sua seus suas meu "
                     "minha ele ela eles elas lhe lhes nós eu você há foi foram é são era eram está estão será "
                     "outro outra outros outras todo toda todos todas cada assim porém depois então ali aqui "
                     "ontem hoje amanhã ainda sempre sido logo").split()),
    clitics=("se", "me", "te", "nos", "lhe", "lhes", "o", "a", "os", "as"),
    label_articles=("a", "um", "uma", "uns", "umas", "seu", "sua", "seus", "suas"),
    date_openers=("a partir de", "a partir", "desde", "até", "antes de", "depois de", "às",
                  "por volta de", "por volta das", "por volta do", "por volta da", "por volta"),
    titles=("presidente", "ministro", "ministra", "secretário", "secretária", "diretor", "diretora", "comissário", "comissária"),
    title_links=("de", "do", "da", "dos", "das"),
    saying=("declar", "anunci", "afirm", "explic", "disse", "diz", "acrescent", "sublinh", "inform", "confirm", "garant", "assegur", "denunci", "reconhec", "indic"),
    planned_before=("para", "para o", "para a", "para este", "para esta"),
    until_before=("até", "até o", "até a", "até ao", "até à"),
    orders=("determin", "decret", "prorrog", "suspend", "orden"),
    present_verbs=tuple(("abre abrem acusa acusam adverte advertem afirma afirmam ameaça ameaçam anuncia "
                         "anunciam apresenta apresentam aprova aprovam assegura asseguram assina assinam "
                         "ataca atacam atinge atingem baixa baixam caem cai celebra celebram chega chegam "
                         "começa começam condena condenam confirma confirmam consegue conseguem considera "
                         "consideram continua continuam controla controlam convoca convocam critica "
                         "criticam decide decidem deixa deixam denuncia denunciam detém detêm diz dizem "
                         "entra entram espera esperam estuda estudam exige exigem explica explicam fecha "
                         "fecham ganha ganham regressa regressam recebe recebem joga jogam defronta "
                         "defrontam inicia iniciam lança lançam mantém mantêm morre morrem nega "
                         "negam pede pedem perde perdem preveem prevê procura procuram propõe propõem "
                         "publica publicam recebe recebem reclama reclamam recorda recordam rejeita "
                         "rejeitam reúne reúnem saem sai sobe sobem supera superam termina terminam toma "
                         "tomam visita visitam volta voltam").split()) + MODALS,
    past_forms=(r"foi|foram|era|eram|tinha|tinham|\w*teve|\w*tiveram|disse|disseram|fez|fizeram|"
                r"\w*pôs|\w*puseram|(?!(?:sou|vou|dou|estou|seu|meu|teu|museu|europeu|ateu|judeu|pneu|hebreu)\b)"
                r"\w+(?:ou|aram|eram|iram|eu|iu)"),
    conditional=r"\w{2,}(?:ria|riam)",
    reported_future=r"\bque\s+(?:(?:se|lhe|o|a|não)\s+)?\w+(?<!ter)(?<!hav)riam?\b",
    future_forms=r"\w+(?:rá|rão|rei|remos)|vai|vão|irá|irão|(?:deve|devem)\s+ser|previst[oa]s?",   # (a
    # modal's passive: to come)
)
