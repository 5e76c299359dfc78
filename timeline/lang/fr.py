"""French: the words the date rules read (a pack: data only, see lang/pack.py)."""
from .pack import (CENTURY, DAY, DECADE, END, FOLLOWING, HALF, HOUR, LAST, MID, MINUTE, MONTH,
                   NEXT, PREVIOUS, QUARTER, SAME, SECOND, START, THIS, WEEK, WEEKEND, YEAR, Pack)

# Modals: their happening is the verb after them ("le mouvement doit durer jusqu'à jeudi":
# durer), and they are read as the present of a verb news tells with
MODALS = tuple("doit doivent devrait devraient devra devront peut peuvent pourrait pourraient pourra "
               "pourront".split())


PACK = Pack(
    code="fr",
    months={"janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
            "juillet": 7, "août": 8, "septembre": 9, "octobre": 10, "novembre": 11,
            "décembre": 12, "janv.": 1, "févr.": 2, "fév.": 2, "avr.": 4, "juil.": 7,
            "sept.": 9, "oct.": 10, "nov.": 11, "déc.": 12},
    weekdays={"lundi": 1, "mardi": 2, "mercredi": 3, "jeudi": 4, "vendredi": 5, "samedi": 6,
              "dimanche": 7, "lundis": 1, "mardis": 2, "mercredis": 3, "jeudis": 4,
              "vendredis": 5, "samedis": 6, "dimanches": 7},
    units={"jour": DAY, "jours": DAY, "journée": DAY, "journées": DAY, "semaine": WEEK,
           "semaines": WEEK, "week-end": WEEKEND, "week-ends": WEEKEND, "mois": MONTH,
           "trimestre": QUARTER, "trimestres": QUARTER, "semestre": HALF, "semestres": HALF,
           "an": YEAR, "ans": YEAR, "année": YEAR, "années": YEAR, "exercice": YEAR,
           "décennie": DECADE, "décennies": DECADE, "siècle": CENTURY, "siècles": CENTURY,
           "heure": HOUR, "heures": HOUR, "minute": MINUTE, "minutes": MINUTE,
           "seconde": SECOND, "secondes": SECOND},
    numbers={"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
             "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
             "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "dix-sept": 17,
             "dix-huit": 18, "dix-neuf": 19, "vingt": 20, "vingt et un": 21, "trente": 30,
             "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "mille": 1000},
    vague_counts=("quelques", "plusieurs", "de nombreuses", "de nombreux"),
    deictic_days={"aujourd'hui": 0, "hier": -1, "avant-hier": -2, "demain": 1,
                  "après-demain": 2},
    articles=("le", "la", "les", "l'"),
    of=("de", "d'"),
    day_suffix=r"er|ᵉʳ",
    ordinals={"premier": 1, "première": 1, "1er": 1, "deuxième": 2, "second": 2,
              "seconde": 2, "2e": 2, "troisième": 3, "3e": 3, "quatrième": 4, "4e": 4},
    relations_before={"dernier": LAST, "dernière": LAST, "prochain": NEXT, "prochaine": NEXT,
                      "même": SAME},
    relations_after={"dernier": LAST, "dernière": LAST, "passé": LAST, "passée": LAST,
                     "prochain": NEXT, "prochaine": NEXT, "à venir": NEXT,
                     "précédent": PREVIOUS, "précédente": PREVIOUS, "suivant": FOLLOWING,
                     "suivante": FOLLOWING, "-ci": THIS, "en cours": THIS, "même": SAME,
                     "-là": SAME},
    this=("ce", "cet", "cette", "ces"),
    parts_of_day={"matin": "MO", "matinée": "MO", "midi": "MI", "après-midi": "AF",
                  "soir": "EV", "soirée": "EV", "nuit": "NI"},
    part_links=("dans la", "en", "en fin de", "en début de"),
    day_parts={"cette nuit": (0, "NI")},
    ago_before=("il y a", "voici", "voilà"),
    since=("depuis",),
    since_markers=("première fois", "première", "pire", "pires", "plus haut", "plus haute", "plus bas",
                   "plus basse", "plus fort", "plus forte", "plus grave", "record", "seul",
                   "seule", "plus important", "plus importante", "premier", "deuxième",
                   "second", "seconde", "troisième", "quatrième", "cinquième", "sixième",
                   "septième", "huitième", "neuvième", "dixième"),
    in_before=("dans", "d'ici"),
    later_after={"plus tard": 1, "après": 1, "auparavant": -1, "plus tôt": -1, "avant": -1},
    counted_before={"les derniers": -1, "les dernières": -1, "les prochains": 1,
                    "les prochaines": 1},
    halves={"demi": 0.5, "une demi": 0.5, "un demi": 0.5},
    and_a_half=("et demi", "et demie"),
    approx={"plus de": "MORE_THAN", "moins de": "LESS_THAN", "près de": "APPROX",
            "environ": "APPROX", "presque": "APPROX", "quelque": "APPROX",
            "au moins": "EQUAL_OR_MORE", "jusqu'à": "EQUAL_OR_LESS", "seulement": "EQUAL_OR_LESS"},
    each=("chaque",),
    every_plural=("tous les", "toutes les"),
    sets={"quotidiennement": "P1D", "chaque jour": "P1D", "hebdomadaire": "P1W",
          "mensuellement": "P1M", "annuellement": "P1Y", "chaque année": "P1Y",
          "une fois par an": "P1Y", "une fois par semaine": "P1W",
          "une fois par mois": "P1M"},
    vague={"actuellement": "PRESENT_REF", "aujourd'hui encore": "PRESENT_REF",
           "maintenant": "PRESENT_REF", "à présent": "PRESENT_REF",
           "en ce moment": "PRESENT_REF", "de nos jours": "PRESENT_REF",
           "pour le moment": "PRESENT_REF", "récemment": "PAST_REF",
           "dernièrement": "PAST_REF", "autrefois": "PAST_REF", "jadis": "PAST_REF",
           "par le passé": "PAST_REF", "dans le passé": "PAST_REF",
           "à l'avenir": "FUTURE_REF", "dans le futur": "FUTURE_REF",
           "prochainement": "FUTURE_REF", "bientôt": "FUTURE_REF",
           "à court terme": "FUTURE_REF", "à moyen terme": "FUTURE_REF",
           "à long terme": "FUTURE_REF"},
    same_day={"ce jour-là": 0, "le même jour": 0, "le jour même": 0, "la veille": -1,
              "le lendemain": 1, "le surlendemain": 2, "l'avant-veille": -2},
    position_mods={"début": START, "fin": END,
                   "mi": MID, "mi-": MID, "courant": MID},
    agents=("par",),
    named_seasons=("arabe", "arabes", "prague", "érable"),
    seasons={"printemps": "SP", "été": "SU", "automne": "FA", "hiver": "WI"},
    season_after=("l'", "en", "au", "d'", "cet", "cette", "ce", "le", "de", "du", "dès"),
    time_before=("à", "vers", "dès", "jusqu'à", "peu avant", "peu après", "juste avant",
                 "juste après"),
    quarter_words={"trimestre": QUARTER, "semestre": HALF},
    decade_before=("les années", "années", "la décennie", "la décennie des"),
    tens={"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
          "soixante-dix": 70, "quatre-vingt": 80, "quatre-vingts": 80, "quatre-vingt-dix": 90},
    century_words=(),
    century_after=("siècle",),
    year_words=("l'an", "l'année"),
    time_after=("heures", "heure", "h", "heure locale", "heures heure locale"),
    clock_parts={"du matin": "MO", "de l'après-midi": "AF", "du soir": "EV", "de la nuit": "NI"},
    noon={"midi": 12, "minuit": 0},
    holidays={"noël": (12, 25), "la saint-sylvestre": (12, 31), "le jour de l'an": (1, 1),
              "le nouvel an": (1, 1), "la toussaint": (11, 1),
              "la fête nationale": (7, 14), "l'armistice": (11, 11)},
    easter_holidays={"pâques": 0, "le dimanche de pâques": 0, "le lundi de pâques": 1,
                     "le vendredi saint": -2, "le jeudi saint": -3, "la pentecôte": 49,
                     "le lundi de pentecôte": 50, "l'ascension": 39, "le mardi gras": -47,
                     "le mercredi des cendres": -46},
    whole=("toute", "tout", "toute la", "tout le", "toute l'", "tout l'"),
    locatives=("en", "au", "aux", "à", "dans", "dans l'", "dans l’", "près de", "près d'", "près d’", "vers",
               "la ville de", "au nord de", "au sud de", "commune de", "département de",
               "village de", "pointe du", "pointe de", "île de", "golfe du", "golfe de",
               "baie de", "lac de", "mont"),   # (not "depuis": "depuis Marco Pantani", since; a place's
    # kind before its name: "la commune de Saint-Denis")
    lower_names=True,
    span_words=("à", "au", "jusqu'à", "jusqu'au", "jusqu’à", "jusqu’au"),
    plural=(r"\w*[sx]", r"\w*nt"),
    relatives=("que", "qu'", "qui"),
    owning_relatives=("dont", "duquel", "de laquelle"),
    contracted=("au", "aux", "du", "des"),
    conjunctions=("mais", "et", "cependant", "pourtant", "or"),
    between=("entre",),
    happened=("survenu", "survenue", "survenus", "survenues", "intervenu", "intervenue", "produit", "produite"),
    told_before=("c'est ce qu'", "c'est ce que", "c’est ce qu’", "c’est ce que"),
    name_words=("nationale", "national", "européenne", "européen", "constitutionnel", "centrale", "central", "générale", "général", "fédérale", "fédéral", "suprême", "unies", "internationale", "international", "mondiale", "populaire", "islamique", "démocratique", "républicaine", "socialiste", "nucléaire", "sociale", "des comptes", "de cassation", "des ministres", "des députés", "de sécurité"),
    participle_endings=("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues"),
    adverb_endings=("ment",),
    event_prepositions=("après", "avant", "lors de", "lors du", "lors des", "depuis"),
    descriptors=(r"Belge|Russe|Suisse|Slovaque|Tchèque|Britannique|Grec|Grecque|Turc|Turque|"
                 r"\w+(?:ais|aise|ois|oise|ien|ienne|ain|aine|ène|and|ande|ol|ole|ote|ate)"),
    of_articles={"du": "le", "des": "les", "de la": "la", "de l'": "l'", "de l’": "l'"},
    list_words=("et", "ou"),
    number_nouns=("résolution", "résolutions", "vol", "article", "loi", "numéro", "n°", "no", "décret", "page", "modèle", "route", "chambre", "ligne", "salle", "bus", "code", "kilomètre", "dossier", "train"),
    count_nouns=("personnes", "morts", "blessés", "victimes", "soldats", "hommes", "femmes", "enfants", "volontaires", "manifestants", "réfugiés", "prisonniers", "détenus", "habitants", "salariés", "emplois", "voix", "cas", "km", "kilomètres", "mètres", "kilos", "kg", "tonnes", "euros", "dollars", "barils", "millions", "logements", "véhicules", "policiers", "militaires", "combattants", "rebelles"),
    street_words=("rue", "place", "avenue", "boulevard", "pont", "quai", "cours", "square", "mouvement"),
    negations=("ne", "n'", "jamais"),
    auxiliaries=("a", "ont", "avait", "avaient", "est", "sont", "va", "vont", "a été", "ont été",
                 "avait été", "sera", "seront", "serait", "seraient", "était", "étaient", "aura",
                 "auront", "doit être", "doivent être", "devrait être", "devraient être",
                 "pourrait être", "va être", "vont être") + MODALS,   # (a modal's passive: "doit être
    # examiné le 7 avril")
    stopwords=tuple(("le la les l un une des du de d au aux en et ou ni mais sans avec par pour selon sur sous "
                     "entre jusqu depuis pendant après avant que qu qui quoi dont où quand comme lorsque alors "
                     "si ne pas plus moins très ce cet cette ces son sa ses leur leurs mon ma mes il elle ils "
                     "elles on nous vous je se lui y a ont avait était est sont été sera seront être avoir "
                     "autre autres tout toute tous toutes chaque ainsi cependant ensuite puis là ici hier "
                     "aujourd demain déjà aussi encore toujours aussitôt désormais enfin bien mal").split()),
    clitics=("se", "s'", "me", "m'", "te", "t'", "nous", "vous", "le", "la", "les", "l'", "lui",
             "leur", "y", "en"),
    subject_pronouns=("il", "elle", "ils", "elles", "on", "je", "j'", "nous", "vous"),
    label_articles=("un", "une", "des", "son", "sa", "ses", "leur", "leurs"),
    date_openers=("à partir de", "à partir", "depuis", "jusqu'à", "jusqu'au", "jusqu'en", "dès", "avant", "après", "à",
                  "vers"),
    titles=("président", "présidente", "ministre", "secrétaire", "directeur", "directrice", "délégué", "déléguée", "commissaire", "secrétaire d'état"),
    title_links=("de", "des", "du", "de la", "de l'", "chargé de", "chargée de", "chargé des", "chargée des"),
    saying=("annonc", "déclar", "indiqu", "affirm", "précis", "expliqu", "ajout", "assur", "soulign", "estim", "dit", "confirm", "rapport", "dénonc", "reconn", "souten", "insist"),
    planned_before=("pour", "pour le", "pour ce", "pour cette"),
    until_before=("jusqu'à", "jusqu'au", "jusqu’à", "jusqu’au"),
    orders=("ordonn", "décid", "prolong", "suspend", "décrét"),
    present_verbs=tuple(("accuse accusent adopte adoptent affirme affirment annonce annoncent arrive "
                         "arrivent arrête arrêtent assure assurent attaque attaquent atteignent atteint "
                         "attend attendent avertissent avertit baisse baissent cherche cherchent commence "
                         "commencent condamne condamnent confirme confirment considère considèrent "
                         "continue continuent contrôle contrôlent convoque convoquent critique critiquent "
                         "célèbre célèbrent demande demandent disent dit décide décident démissionne "
                         "démissionnent dénonce dénoncent dépasse dépassent entrent exige exigent "
                         "explique expliquent ferme ferment gagne gagnent lance lancent maintiennent "
                         "maintient menace menacent meurent meurt monte montent nie nient obtiennent "
                         "obtient ouvre ouvrent perd perdent prend prennent propose proposent présente "
                         "présentent prévoient prévoit publie publient quitte quittent rappelle rappellent "
                         "rejette rejettent reviennent revient reçoit reçoivent réclame réclament "
                         "réunissent réunit signe signent sort sortent termine terminent tombe tombent "
                         "visite visitent étudie étudient").split()) + MODALS,
    past_forms=(r"a|ont|avait|avaient|avons|avez|ai|était|étaient|fut|furent|\w+èrent|"
                r"\w+(?<!r)aient|\w+(?<!r)ait|(?:est|sont)\s+(?!prévu|attendu)\w+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|t|te)"),
    conditional=r"\w{2,}(?:rait|raient)",
    reported_future=r"\b\w+(?<!au)(?<!se)(?<![^t]t)rai(?:en)?t\b",   # (not "aurait été": a
    # past's; nor "le retrait")
    future_forms=r"\w+(?:ra|ront|rai|rons)|va|vont|allons|(?:est\s+|sont\s+)?(?:prévu|attendu)e?s?|"
                 r"(?:doit|doivent|devrait|devraient)\s+être",   # (a modal's passive: to come)
)
