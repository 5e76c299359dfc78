"""A document's language (timeline/language.py): given with --lang, else detected."""
import json
import subprocess
import sys

import pytest

import timeline
import timeline.lang
from timeline import language

SENTENCES = {
    "en": "The president said on Thursday that the government would pass the bill next week.",
    "es": "El presidente anunció ayer que el gobierno aprobará la ley el próximo jueves.",
    "fr": "Le président a annoncé hier que le gouvernement adoptera la loi jeudi prochain.",
    "de": "Der Präsident kündigte gestern an, dass die Regierung das Gesetz am Donnerstag "
          "verabschieden wird.",
    "it": "Il presidente ha annunciato ieri che il governo approverà la legge giovedì prossimo.",
    "pt": "O presidente anunciou ontem que o governo aprovará a lei na próxima quinta-feira.",
}


@pytest.mark.parametrize("code", sorted(SENTENCES))
def test_detects_the_main_european_languages(code):
    assert language.detect(SENTENCES[code]) == code


def test_english_never_loads_the_model():
    language._identifier.cache_clear()
    assert language.detect(SENTENCES["en"] * 3) == "en"
    assert language._identifier.cache_info().currsize == 0
    assert language.detect("1998 2001 —") == "und"


DUTCH = "De president kondigde gisteren aan dat de regering de wet donderdag zal aannemen."


def test_each_document_records_its_language_and_those_read_in_part_are_flagged(tmp_path):
    (tmp_path / "en.txt").write_text(SENTENCES["en"], encoding="utf-8")
    (tmp_path / "es.txt").write_text(SENTENCES["es"], encoding="utf-8")
    (tmp_path / "nl.txt").write_text(DUTCH, encoding="utf-8")
    out = tmp_path / "e.json"
    r = subprocess.run([sys.executable, "-m", "timeline", "build", str(tmp_path), "-p",
                        "2025-04-09", "--json", str(out)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "nl.txt: written in Dutch (nl)" in r.stderr and "es.txt: written" not in r.stderr
    assert "only its explicit dates" in r.stderr
    built = json.loads(out.read_text(encoding="utf-8"))
    docs = {d["id"].rsplit("/", 1)[-1]: d for d in built["documents"]}
    assert {k: d["language"] for k, d in docs.items()} == {"en.txt": "en", "es.txt": "es",
                                                           "nl.txt": "nl"}
    assert docs["es.txt"]["dates"] == 2   # "ayer", "el próximo jueves"
    forced = timeline.build(str(tmp_path / "es.txt"), "2025-04-09", lang="en")
    assert forced.documents[0]["language"] == "en"


@pytest.mark.parametrize("code", timeline.lang.PACKS)
def test_a_detected_language_is_read_by_its_pack(code):
    values = [t.value for t in timeline.tag(SENTENCES[code], "2025-04-09")]
    assert values == ["2025-04-08", "2025-04-10"], values


def test_lang_overrides_detection():
    assert [t.value for t in timeline.tag("ayer", "2025-04-09", lang="es")] == ["2025-04-08"]
    assert timeline.tag("ayer", "2025-04-09") == []   # too short to tell: English


def test_a_bad_lang_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text(SENTENCES["en"], encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "timeline", "build", str(tmp_path / "a.txt"),
                        "--lang", "english"], capture_output=True, text=True)
    assert r.returncode == 2 and "two-letter language code" in r.stderr


def test_a_spanish_story_names_its_actors_not_its_openers():
    text = ("Ayer, las fuerzas de seguridad detuvieron en Bengasi a varios activistas. "
            "Aunque el Gobierno lo negó el lunes, Human Rights Watch confirmó las detenciones.")
    built = timeline.build(text, "2011-02-21", lang="es")
    who = {w for e in built.events for w in e.who}
    assert {"Human Rights Watch"} <= who or {"Gobierno"} <= who, who
    assert not who & {"Ayer", "Aunque", "Las", "Lo"}, who
    assert {w for e in built.events for w in e.where} == {"Bengasi"}   # "en Bengasi"
    assert [e.value for e in built.events] == ["2011-02-20", "2011-02-21"]


@pytest.mark.parametrize("code,text,expected", [
    ("cs", "Smlouva byla podepsána 15. listopadu 2024 v Praze.", ["2024-11-15"]),
    ("nl", "Het verdrag werd op 3 maart 2025 ondertekend.", ["2025-03-03"]),
    ("pl", "Umowę podpisano wczoraj, a 12 października 2023 ją ogłoszono.",
     ["2025-04-08", "2023-10-12"]),
])
def test_the_long_tail_reads_explicit_dates_from_dateparsers_names(code, text, expected):
    found = timeline.tag(text, "2025-04-09", lang=code)
    assert [t.value for t in found] == expected
    assert all(t.confidence < 0.8 for t in found)


def test_a_language_without_names_is_not_read():
    assert not timeline.lang.available("xx") and not timeline.lang.available("en")


@pytest.mark.parametrize("code,text,trigger", [
    ("es", "Ayer, la policía detuvo a tres sospechosos en Sevilla.", "detuvo"),
    ("es", "El lunes el Gobierno ha aprobado el presupuesto.", "aprobado"),
    ("fr", "Jeudi dernier, la police a arrêté trois suspects à Lyon.", "arrêté"),
    ("de", "Am Montag hat die Regierung den Haushalt verabschiedet.", "verabschiedet"),
    ("it", "Ieri il governo ha approvato il bilancio a Roma.", "approvato"),
    ("pt", "Ontem a polícia prendeu três suspeitos em Lisboa.", "prendeu"),
    # a future or passive auxiliary gives way to its participle
    ("fr", "Le plan sera présenté au Parlement le 25 mars.", "présenté"),
    ("es", "El plan será presentado al Congreso el 25 de marzo.", "presentado"),
    ("es", "Desde el 28 de enero, más de 300 civiles han sido juzgados en Egipto.", "juzgados"),
    ("de", "Der Hersteller hat am Dienstag den Abbau von 3.000 Stellen angekündigt.",
     "angekündigt"),   # (the point of "3.000" ends no clause)
    # the verb of the date's own clause, not a nearer one across a comma or an "and"
    ("fr", "Le ministre a reçu les syndicats lundi soir, mais les négociations ont échoué.",
     "reçu"),
    ("es", "Las ayudas se pagarán a partir del 1 de abril y podrán pedirse después.",
     "pagarán"),
    ("it", "Il ministro ha incontrato i sindacati lunedì, e lo sciopero è stato revocato.",
     "incontrato"),
    ("pt", "O ministro recebeu os sindicatos na segunda-feira e a greve foi suspensa.",
     "recebeu"),
    ("es", "Fue el partido del Gobierno hasta 1952.", "Fue"),   # (a copula: "el" is no verb)
    ("it", "Un uomo è stato arrestato martedì a Napoli.", "arrestato"),
    ("it", "Sono stati arrestati lunedì due uomini.", "arrestati"),
    # the present of the verbs news tells with, not after an article
    ("es", "La oposición denuncia hoy la muerte de 39 civiles.", "denuncia"),
    ("fr", "Le gouvernement annonce lundi un plan.", "annonce"),
    ("es", "La visita del ministro el lunes fue breve.", "breve"),
    ("it", "Nel novembre 2023 un'alluvione aveva già colpito la zona.", "colpito"),   # (not
    # the adverb after the auxiliary)
    ("fr", "L'intersyndicale a aussitôt appelé à manifester le 1er mai.", "appelé"),
    ("fr", "Le syndicat a immédiatement dénoncé la décision lundi.", "dénoncé"),
    ("it", "La polizia ha immediatamente arrestato due uomini lunedì.", "arrestato"),
    ("pt", "A polícia tinha logo detido dois homens na segunda-feira.", "detido"),
    ("fr", "Le Premier ministre devra remettre sa démission jeudi.", "remettre"),
    ("it", "Sale il numero delle vittime dell'alluvione che da martedì ha colpito la regione.",
     "colpito"),   # (a relative's verb past its auxiliary)
    # (German: a modal's happening is its clause's last word)
    ("de", "Eine Neuwahl könnte spätestens Ende März stattfinden.", "stattfinden"),
    ("de", "Scholz will am 15. Januar die Vertrauensfrage stellen.", "stellen"),
    # a modal's happening is the verb after it
    ("fr", "La grève doit durer jusqu'à jeudi.", "durer"),
    ("es", "El comité debe decidir antes del viernes.", "decidir"),
    ("it", "Il governo deve presentare il piano entro venerdì.", "presentare"),
    ("pt", "O governo pode anunciar o plano na sexta-feira.", "anunciar"),
])
def test_an_event_in_another_language_has_its_verb_as_trigger(code, text, trigger):
    built = timeline.build(text, "2025-04-09", lang=code)
    assert [e.trigger for e in built.events] == [trigger]


@pytest.mark.parametrize("code,text,label", [
    ("es", "Aunque el Gobierno lo negó el lunes, la ONU confirmó las detenciones.",
     "El Gobierno lo negó"),   # (its article stays before its noun)
    ("es", "Ayer no está clara la cifra de víctimas.", "No está clara la cifra de víctimas"),
    ("fr", "Jeudi dernier, la police a arrêté trois suspects à Lyon.",
     "La police a arrêté trois suspects à Lyon"),
    ("de", "Die Regierung hat am Montag ein Gesetz verabschiedet.",
     "Die Regierung hat ein Gesetz verabschiedet"),
    ("pt", "O governo anunciou na segunda-feira um plano.", "O governo anunciou um plano"),
    # a clause that opens with its verb takes the sentence's subject (and a name beside it)
    ("fr", "Le Premier ministre, Jean Moreau, a annoncé mercredi un plan d'aide.",
     "Le Premier ministre, Jean Moreau, a annoncé un plan d'aide"),
    ("fr", "Mme Claire Dubois, présidente de la région, a rencontré les éleveurs jeudi.",
     "Mme Claire Dubois a rencontré les éleveurs"),
    ("es", "La ministra de Agricultura, Ana Ruiz, ha visitado este lunes Andalucía.",
     "La ministra de Agricultura, Ana Ruiz, ha visitado Andalucía"),
    ("fr", "Selon l'AFP, a été arrêté mardi un suspect.", "A été arrêté un suspect"),   # (no
    # subject: "Selon l'AFP" is none)
    # a clitic before its verb and an indefinite article before its noun stay; a date's
    # opener ("a partir de", "jusqu'à") goes with it; no label ends with a function word
    ("es", "Los sindicatos, que se manifestaron el 2 de marzo en Madrid, piden más.",
     "Los sindicatos se manifestaron en Madrid"),
    ("fr", "Une nouvelle réunion est prévue le 28 mai au ministère.",
     "Une nouvelle réunion est prévue au ministère"),
    ("it", "Un nuovo incontro è previsto il 28 maggio a Roma.",
     "Un nuovo incontro è previsto a Roma"),
    ("es", "La sequía comenzó en el otoño de 2024 y no ha terminado.", "La sequía comenzó"),
    ("fr", "Le trafic restera perturbé jusqu'à vendredi.",
     "Le trafic restera perturbé jusqu'à vendredi"),   # (what runs until a date keeps it)
    ("pt", "As inscrições ficam abertas a partir de 3 de março.", "As inscrições ficam abertas"),
    # two predicates joined by "and": each date labels its own, with the shared subject
    ("es", "Las ayudas se pagarán a partir del 1 de abril y podrán pedirse por internet.",
     "Las ayudas se pagarán"),
    ("es", "Las ayudas se pagarán por transferencia y podrán pedirse a partir del 1 de abril.",
     "Las ayudas podrán pedirse"),
    ("es", "La policía detuvo a dos hombres y el lunes los puso a disposición judicial.",
     "La policía los puso a disposición judicial"),
    ("de", "Im zweiten Quartal war der Umsatz auf 8,4 Milliarden Euro gesunken.",
     "Der Umsatz war auf 8,4 Milliarden Euro gesunken"),   # (a decimal comma ends no clause;
    # the subject goes before its verb again when the date that fronted it is taken out)
    ("de", "Bereits im März hatte das Unternehmen eine Warnung veröffentlicht.",
     "Das Unternehmen hatte eine Warnung veröffentlicht"),
    ("de", "Im Hinspiel im November hatte Bayern noch mit 4:0 gewonnen.",
     "Bayern hatte im Hinspiel noch mit 4:0 gewonnen"),   # (a score's colon ends no clause)
    ("de", "Am Montag trafen sich die Minister in Brüssel.", "Die Minister trafen sich in Brüssel"),
    ("de", "Am Dienstag kündigte Nordwerk den Abbau an.", "Nordwerk kündigte den Abbau an"),
    ("de", "Nach einem Treffen am Montag kündigte der Minister eine Erhöhung an.",
     "Der Minister kündigte nach einem Treffen eine Erhöhung an"),
    ("de", "In der Nacht zum Sonntag brach in einer Halle in Duisburg ein Feuer aus.",
     "Ein Feuer brach in einer Halle in Duisburg aus"),   # (the subject after a phrase)
    ("de", "Am vergangenen Wochenende demonstrierten Tausende Menschen in Berlin.",
     "Tausende Menschen demonstrierten in Berlin"),   # (the word after a fronted date: a verb)
    ("de", "Ein Mann ist am Dienstag in Köln festgenommen worden.",
     "Ein Mann ist in Köln festgenommen worden"),
    # a saying told after what was said: its speaker, the verb, then what was said
    ("fr", "« Nous ne céderons pas », a déclaré hier la secrétaire générale du syndicat, "
     "Sophie Lambert.", "La secrétaire générale du syndicat, Sophie Lambert, a déclaré: "
     "« Nous ne céderons pas »"),
    ("es", "La ministra, Yolanda Díaz, anunció el acuerdo con CCOO y UGT el pasado 22 de enero, "
     "aunque la patronal se desmarcó.", "La ministra, Yolanda Díaz, anunció el acuerdo con CCOO "
     "y UGT"),   # ("y" between two names
    # joins no clauses)
    ("fr", "Les oppositions ont annoncé le dépôt de motions de censure, qui seront examinées "
     "lundi.", "Motions de censure seront examinées"),   # (the noun the verb agrees with)
    ("fr", "Le gouvernement a présenté le projet de loi, qui sera examiné lundi.",
     "Le projet de loi sera examiné"),
    ("es", "Los precios bajarán, informó el lunes el Ministerio de Economía.",
     "El Ministerio de Economía informó: Los precios bajarán"),
    ("es", "\"Llevamos dos años sin cosechas\", declaró ayer a la prensa el portavoz.",
     "El portavoz declaró: \"Llevamos dos años sin cosechas\""),
    ("de", "Der Streik soll beginnen, teilte die Gewerkschaft am Montag mit.",
     "Die Gewerkschaft teilte mit: Der Streik soll beginnen"),   # (a particle after its verb)
    ("de", "\"Wir werden kämpfen\", sagte Krause am Mittwoch.",
     "Krause sagte: \"Wir werden kämpfen\""),
    ("de", "Am Montag sagte Olaf Scholz, die SPD werde zustimmen.",
     "Olaf Scholz sagte: die SPD werde zustimmen"),   # (and a saying's clause what follows)
    ("it", "\"Le strade resteranno chiuse\", ha detto mercoledì l'assessore, Giulia Conti.",
     "L'assessore, Giulia Conti, ha detto: \"Le strade resteranno chiuse\""),   # (an elided
    # article opens the speaker)
    ("pt", "A ministra, Ana Sousa, reuniu-se ontem com os autarcas e garantiu o investimento.",
     "A ministra, Ana Sousa, reuniu-se com os autarcas"),   # (a verb with its enclitic)
    ("it", "Nel novembre 2023 un'alluvione aveva già colpito la zona.",
     "Un'alluvione aveva già colpito la zona"),
    # a verb's object after an interruption; a subject pronoun and a noun a table lists stay
    ("fr", "L'Assemblée a adopté mardi soir, par 289 voix contre 250, le projet de loi.",
     "L'Assemblée a adopté le projet de loi"),
    ("es", "El Congreso aprobó el jueves, con los votos de la oposición, la reforma.",
     "El Congreso aprobó la reforma"),
    ("fr", "Il sera examiné par le Sénat à partir du 18 novembre.", "Il sera examiné par le Sénat"),
    ("es", "La sequía comenzó en 2024 y, según la Agencia, las lluvias no han bastado.",
     "La sequía comenzó"),   # (a clause after "y", no object)
    ("es", "El caso estalló en 2020, cuando la Fiscalía denunció el desvío.", "El caso estalló"),
    ("es", "Navarro gobernó la ciudad entre 2015 y 2019.", "Navarro gobernó la ciudad"),
    ("es", "Los sindicatos, que se manifestaron en Madrid, consideran insuficientes las medidas "
     "y han convocado una protesta para el 20 de marzo.",
     "Los sindicatos han convocado una protesta"),   # (a present tense, then "y")
    ("es", "El Real Madrid, que no ganaba en Anfield desde 2009, celebró la victoria.",
     "El Real Madrid no ganaba en Anfield"),   # (a negation before the verb)
    ("es", "La reunión comenzará a las 10.00 horas del jueves en la sede.",
     "La reunión comenzará en la sede"),   # (a time's "a" goes with it)
    ("es", "Pero la intervención, que comenzó el pasado sábado, no ha frenado el avance.",
     "La intervención comenzó"),   # (a subject after a conjunction)
    ("fr", "Mais le gouvernement, qui l'a annoncé mardi, reste prudent.",
     "Le gouvernement l'a annoncé"),   # (an elided clitic on its auxiliary)
    # a relative clause's verb tells of the noun before it
    ("es", "La sentencia desestima el recurso que la defensa presentó en marzo contra el fallo.",
     "La defensa presentó el recurso contra el fallo"),
    ("es", "Los egipcios celebraron la revolución que derrocó a Mubarak el 11 de febrero.",
     "La revolución derrocó a Mubarak"),
    ("fr", "Le tribunal a rejeté le recours que la défense avait déposé en mars.",
     "La défense avait déposé le recours"),
    ("es", "El ministro afirmó que la reforma entrará en vigor en enero.",
     "El ministro afirmó que la reforma entrará en vigor"),   # (a conjunction's "que")
    ("es", "El ministro visitó ayer las zonas que se inundaron.",
     "El ministro visitó las zonas que se inundaron"),   # (the date's verb is the main one)
    # a participle opening the sentence holds its own date; a clause opening with a subject
    # pronoun takes no other subject; a possessive stays before its noun
    ("fr", "Née en 1941 à Marseille, elle avait connu le succès.", "Née à Marseille"),
    ("fr", "Née à Marseille, elle avait connu le succès en 1965.", "Elle avait connu le succès"),
    ("es", "Nacido en 1942 en Sirte, Gadafi llegó al poder.", "Gadafi, nacido en Sirte"),
    ("es", "«En cambio, se usan cada vez más para incitar», apuntó el lunes.",
     "En cambio, se usan cada vez más para incitar"),   # (a bare saying after its quote)
    ("es", "Tras el anuncio, el nuevo Ejecutivo, encabezado por Mohamed Basandawa, tomó "
     "posesión el lunes.", "El nuevo Ejecutivo tomó posesión"),   # (its subject before the
    # participle's aside)
    ("es", "Sustituyen al creador de Facebook, Mark Zuckerberg, elegido en 2010 como la persona "
     "más relevante.", "Mark Zuckerberg, elegido como la persona más relevante"),
    ("es", "(Agencias y Redacción) - Un retrato de una mujer ganó el viernes el premio.",
     "Un retrato de una mujer ganó el premio"),   # (an agency alone in brackets: a dateline)
    ("es", "Fundada en 1928, la organización islamista no participó en las protestas.",
     "La organización islamista, fundada"),
    ("fr", "Ses obsèques auront lieu jeudi à Paris.", "Ses obsèques auront lieu à Paris"),
    ("pt", "A Polícia deteve ontem, em Gaia, um homem de 34 anos.",
     "A Polícia deteve um homem de 34 anos"),   # ("deteve", an irregular past)
    ("pt", "O suspeito tinha sido condenado em 2019 por roubo.",
     "O suspeito tinha sido condenado por roubo"),
    # a participle in apposition to the subject holds its own date
    ("fr", "Le texte, présenté en conseil des ministres le 8 octobre, prévoit un déficit.",
     "Le texte présenté en conseil des ministres"),
    ("es", "La ley de emergencia, introducida en 1981 tras el asesinato de Sadat, sigue vigente.",
     "La ley de emergencia introducida tras el asesinato de Sadat"),
    ("de", "MÜNCHEN, 27. April (dpa) - Der FC Bayern hat am Samstagabend mit 1:2 verloren.",
     "Der FC Bayern hat mit 1:2 verloren"),   # (no event for the dateline's date)
    ("fr", "PARIS, 21 mai (AFP) - La grève, lancée à l'appel de quatre syndicats, a perturbé "
     "mardi le trafic.", "La grève a perturbé le trafic"),   # (a dateline is no subject)
    ("fr", "PARIS - La SNCF prévoit un trafic perturbé, a annoncé mercredi la direction.",
     "La direction a annoncé: La SNCF prévoit un trafic perturbé"),   # (nor a capital place
    # alone before a hyphen)
    ("es", "MADRID, 8 abr. (EFE).- El Gobierno aprobó el plan, que destinará 2.000 millones de "
     "euros a la vivienda hasta 2030.", "El plan destinará 2.000 millones de euros a la "
     "vivienda hasta 2030"),   # (a relative after a comma: the noun before it; "(EFE).-" a dateline)
    ("de", "Das Gesetz, das am 1. Januar in Kraft tritt, ist umstritten.",
     "Das Gesetz tritt in Kraft"),   # (a German relative: its noun, the verb second)
    ("de", "Trainer Vincent Kompany, der im Mai 2024 aus Burnley kam, gewann den Titel.",
     "Trainer Vincent Kompany kam aus Burnley"),   # (a relative after a name)
    ("es", "La participación fue del 67 %, frente al 49 % de los anteriores comicios, "
     "celebrados en julio de 2020 en plena pandemia.",
     "Los anteriores comicios, celebrados en plena pandemia"),   # (a participle after the
    # noun it tells of)
    ("es", "El ministro, Carlos Cuerpo, que llegó al cargo en diciembre de 2023, habló.",
     "Carlos Cuerpo llegó al cargo"),
    ("de", "Der Entwurf, der am Donnerstag im Bundestag verabschiedet wurde, ist umstritten.",
     "Der Entwurf wurde im Bundestag verabschiedet"),
    ("it", "I sindacati hanno proclamato uno sciopero di 24 ore per venerdì 23 ottobre.",
     "I sindacati hanno proclamato uno sciopero di 24 ore"),   # (a count's unit stays)
    ("pt", "O Conselho de Ministros aprovou a construção do novo aeroporto de Lisboa, que "
     "deverá entrar em funcionamento em 2034.", "A construção do novo aeroporto de Lisboa "
     "deverá entrar em funcionamento"),   # (its article, not the contracted "do")
    ("de", "Nachdem der Vertrag im März ausgelaufen war, streikten die Piloten.",
     "Der Vertrag war ausgelaufen"),   # (a subordinate clause: no "Nachdem", the verb second)
    ("de", "Er sagte, dass die Firma im März schließt.", "Die Firma schließt"),
    # a second predicate takes the whole subject: a capitalised noun is no verb ("Ausstand")
    ("de", "Der Ausstand begann im Norden und soll bis Samstag dauern.",
     "Der Ausstand soll bis Samstag dauern"),
    ("de", "Der Streik beginnt, wie GDL-Chef Claus Weselsky am Montag in Frankfurt mitteilte.",
     "GDL-Chef Claus Weselsky teilte in Frankfurt mit: Der Streik beginnt"),   # ("wie" opens a
    # verb-last clause; a saying's, what it tells after it)
    ("de", "Der Streik beginnt erneut, wie die GDL am Montag mitteilte.",
     "Die GDL teilte mit: Der Streik beginnt erneut"),
    ("de", "Die Ministerin, die am Montag überraschend zurücktrat, schweigt.",
     "Die Ministerin trat überraschend zurück"),   # (a separable verb: its stem second, its particle last)
    ("es", "La ministra de Vivienda, Carmen Ortiz, explicó en una larga rueda de prensa que las "
     "primeras ayudas del nuevo plan llegarán a las familias en septiembre.",
     "Las primeras ayudas del nuevo plan llegarán a las familias"),   # (too long to show its
    # verb: what the saying tells)
    # a later predicate of the first clause's subject takes that subject
    ("es", "Los bomberos cortaron la calle, desalojaron dos edificios y rescataron el lunes a "
     "tres vecinos.", "Los bomberos rescataron a tres vecinos"),
    ("fr", "Les gendarmes ont bouclé le village, fouillé les granges, et ont interpellé lundi "
     "deux hommes.", "Les gendarmes ont interpellé deux hommes"),
    ("it", "La polizia ha chiuso il quartiere, ha perquisito due edifici e lunedì ha arrestato "
     "tre sospetti.", "La polizia ha arrestato tre sospetti"),
    # a relative clause after a long noun phrase is the phrase's, up to a second relative
    ("es", "El rey se mantiene al frente del país, pese a las protestas de miles de ciudadanos "
     "en demanda de reformas democráticas, que comenzaron el 14 de febrero y en las que han "
     "muerto veinte personas.", "Las protestas de miles de ciudadanos en demanda de reformas "
     "democráticas comenzaron"),
    # an elided date word goes with its date ("d'ici" 2030)
    ("fr", "Le texte prévoit de réduire les prélèvements agricoles d'ici 2030.",
     "Le texte prévoit de réduire les prélèvements agricoles"),
    # a relative pronoun, the date, then a word: the relative clause's verb, whatever its tense
    ("es", "Los organizadores de las marchas que desde el martes se llevan a cabo por todo el "
     "país han empleado Facebook.", "Las marchas se llevan a cabo por todo el país"),
    ("es", "Los organizadores de las marchas que desde el martes recorren el país han empleado "
     "Facebook.", "Las marchas recorren el país"),
    # a noun's participle and its agent before the date: that noun's happening
    ("fr", "Les syndicats appellent à la grève contre la réforme des retraites présentée par "
     "le gouvernement le 2 avril.", "La réforme des retraites présentée par le gouvernement"),
    ("es", "Los sindicatos convocaron una huelga contra la reforma presentada por el Gobierno el "
     "2 de abril.", "La reforma presentada por el Gobierno"),
    ("pt", "A greve foi convocada contra a reforma apresentada pelo governo em 2 de abril.",
     "A reforma apresentada pelo governo"),
    # ... opening the sentence, or its agent after the date: the participle's own happening,
    # not the main verb's ("se poursuivra")
    ("fr", "La réforme présentée par le gouvernement le 2 avril a été rejetée.",
     "La réforme présentée par le gouvernement"),
    ("fr", "La grève lancée jeudi par les syndicats de cheminots se poursuivra.",
     "La grève lancée par les syndicats de cheminots"),
    ("es", "La huelga convocada el jueves por los sindicatos seguirá.",
     "La huelga convocada por los sindicatos"),
    ("it", "Lo sciopero proclamato giovedì dai sindacati continuerà.",
     "Lo sciopero proclamato dai sindacati"),
    # an elided word before a clock time goes with it ("all'1.25")
    ("it", "Una scossa è stata registrata all'1.25 della notte nell'area dei Campi Flegrei.",
     "Una scossa è stata registrata nell'area dei Campi Flegrei"),
    ("pt", "Às 23h30, cerca de 85% dos clientes já tinham luz.",
     "Cerca de 85% dos clientes já tinham luz"),
    # a German fronted phrase with its adjective goes after the verb with the subject first
    ("de", "Nach tagelangen Regenfällen hat sich die Lage am Montag weiter zugespitzt.",
     "Die Lage hat sich nach tagelangen Regenfällen weiter zugespitzt"),
    # a German subject moved before its verb keeps the measure in its adjective
    ("de", "Bei einem Einsatz war in der Nacht zum Sonntag ein 42 Jahre alter Feuerwehrmann ums "
     "Leben gekommen.", "Ein 42 Jahre alter Feuerwehrmann war bei einem Einsatz ums Leben "
     "gekommen"),
    # a list of names' commas are no clause breaks
    ("de", "Die Koalition aus SPD, Grünen und FDP war im Dezember 2021 angetreten.",
     "Die Koalition aus SPD, Grünen und FDP war angetreten"),
    ("es", "Anoche comenzó el toque de queda en El Cairo, Alejandría y Suez.",
     "Comenzó el toque de queda en El Cairo, Alejandría y Suez"),
    # a dateline's date left out, the dateline is still no subject
    ("it", "ROMA, 14 gennaio 2021 - Il presidente del Consiglio, Giuseppe Conte, salirà domani "
     "al Quirinale.", "Il presidente del Consiglio, Giuseppe Conte, salirà al Quirinale"),
    # a name's short form in brackets is no clause break, a verb after it or not
    ("de", "Die Gewerkschaft (GDL) hat ihre Mitglieder für Donnerstag zu einem Streik "
     "aufgerufen.", "Die Gewerkschaft hat ihre Mitglieder zu einem Streik aufgerufen"),
    # a name's lower-case word stays before the date's opener ("à partir du")
    ("fr", "Le texte sera examiné à l'Assemblée nationale à partir du 24 octobre.",
     "Le texte sera examiné à l'Assemblée nationale"),
    # a noun phrase after "après"/"tras" right before the date is the happening it dates; not
    # an adjective of the date's own noun
    ("fr", "Le budget a été adopté après la chute du gouvernement de Michel Barnier le 4 "
     "décembre 2024.", "La chute du gouvernement de Michel Barnier"),
    ("es", "El Gobierno dimitió tras la derrota del PSOE el 28 de mayo.", "La derrota del PSOE"),
    # a count before its noun opens the label, and an approximation before a count
    ("es", "Tres personas murieron el lunes en Madrid.", "Tres personas murieron en Madrid"),
    ("fr", "Deux motions de censure avaient été rejetées le 20 mars.",
     "Deux motions de censure avaient été rejetées"),
    ("fr", "Plus de 400 personnes ont témoigné en 2021.", "Plus de 400 personnes ont témoigné"),
    ("es", "Al menos treinta manifestantes murieron el sábado.",
     "Al menos treinta manifestantes murieron"),
    # a date a noun is "of", inside its clause, dates that noun's happening (its place and a
    # relative after the date go with it); the clause's subject is told by its verb
    ("fr", "La cour a rendu son verdict dans le procès des attentats du 13 novembre 2015, qui "
     "avaient fait 130 morts.", "Les attentats, qui avaient fait 130 morts"),
    ("es", "El juicio por los atentados del 11 de marzo de 2004 en Madrid duró meses.",
     "Los atentados en Madrid"),
    ("it", "Il processo per la strage del 2 agosto 1980 è durato anni.", "La strage"),
    ("pt", "O julgamento dos atentados do 11 de março de 2004 durou meses.", "Os atentados"),
    ("fr", "Les attentats du 13 novembre 2015 ont fait 130 morts.",
     "Les attentats ont fait 130 morts"),
    # a share before the date's preposition takes it not along ("24 ore" per venerdì keeps
    # its unit)
    ("es", "El precio del alquiler subió un 11% en 2024.", "El precio del alquiler subió un 11%"),
])
def test_a_label_in_another_language_is_the_clause_of_its_verb(code, text, label):
    built = timeline.build(text, "2025-04-09", lang=code)
    assert [e.label for e in built.events] == [label]


@pytest.mark.parametrize("code,text,label", [
    ("it", "La regione aveva subito due alluvioni nel maggio 2023 e nel settembre 2024.",
     "La regione aveva subito due alluvioni"),
    ("es", "La región había sufrido dos inundaciones en mayo de 2023 y en septiembre de 2024.",
     "La región había sufrido dos inundaciones"),
])
def test_a_lists_other_date_and_its_preposition_are_no_part_of_a_label(code, text, label):
    assert {e.label for e in timeline.build(text, "2024-10-19", lang=code).events} == {label}


@pytest.mark.parametrize("code,text,labels", [
    # another date of the clause goes from a label, with its preposition and article
    ("fr", "La DGAC a demandé mercredi aux compagnies de réduire leurs vols jeudi.",
     {"La DGAC a demandé aux compagnies de réduire leurs vols"}),
    ("es", "El Gobierno anunció el lunes que cerrará las escuelas el viernes.",
     {"El Gobierno anunció que cerrará las escuelas"}),
    ("es", "Participó en las guerras de 1967 y 1973 y fue ascendido en 1980.",
     {"Participó en las guerras", "Fue ascendido"}),
    ("fr", "Le feu, parti samedi soir, a été maîtrisé vers 6 heures dimanche matin.",
     {"Le feu parti", "Le feu a été maîtrisé"}),   # (no "vers" left of the other date)
    ("de", "Im Dezember 2024 hatten sich Unternehmen und IG Metall auf einen Abbau bis 2030 "
     "geeinigt.", {"Unternehmen und IG Metall hatten sich auf einen Abbau geeinigt",
                   "Unternehmen und IG Metall hatten sich auf einen Abbau bis 2030 geeinigt"}),
])
def test_a_pack_label_leaves_the_other_dates_out(code, text, labels):
    assert {e.label for e in timeline.build(text, "2025-04-24", lang=code).events} == labels


def test_a_german_names_adjective_and_noun_are_one_subject():
    """"wie das Statistische Bundesamt am Dienstag mitteilte": the office told it, its name
    whole; "in Folge" (in a row) is no place."""
    text = ("Die Wirtschaft schrumpfte zum zweiten Mal in Folge, wie das Statistische Bundesamt "
            "am Dienstag mitteilte.")
    [event] = timeline.build(text, "2025-02-26", lang="de").events
    assert event.label.startswith("Das Statistische Bundesamt teilte mit")
    assert event.where == () and event.who == ("Statistische Bundesamt",)


def test_a_pages_stamp_is_no_day_of_the_story():
    """A page's date alone at the head ("31 jul 2020") does not anchor what follows: "two days
    later" than no day of the story is no day (not 2020-08-02, nor the publication day's
    next but one); two days earlier than the publication day is one."""
    text = "Ataque en Siria\n\n31 jul 2020\n\nDos días después, la ONU condenó el ataque.\n"
    assert timeline.build(text, "2018-05-24", lang="es").events == ()
    text = "Ataque en Siria\n\n31 jul 2020\n\nDos días antes, la ONU había condenado el ataque.\n"
    assert [e.value for e in timeline.build(text, "2018-05-24", lang="es").events] == \
        ["2018-05-22"]


@pytest.mark.parametrize("code,text", [
    ("es", "Tres días después del atentado, la policía detuvo a dos hombres."),
    ("fr", "Trois jours après l'incendie, la police a arrêté deux hommes."),
    ("it", "Tre giorni dopo l'attentato, la polizia ha arrestato due uomini."),
    ("pt", "Três dias depois do atentado, a polícia prendeu dois homens."),
])
def test_a_count_after_a_happening_no_day_dates_is_no_date(code, text):
    """"Three days after the attack" counts from the attack: with no day of the story before
    it, not from the publication day (which made a past arrest a future date); after one, from
    that day."""
    assert timeline.build(text, "2025-04-09", lang=code).events == ()
    stamped = "Publié le 9 avril 2025 à 18h32\n\n" if code == "fr" else ""   # (a time stamp
    if stamped:   # at the head makes the publication day the story's: still no date)
        assert [e.value for e in timeline.build(stamped + text, "2025-04-09",
                                                lang=code).events] in ([], ["2025-04-09T18:32"])
    dated = {"es": "El atentado ocurrió el 3 de marzo. ", "fr": "L'incendie a eu lieu le 3 mars. ",
             "it": "L'attentato è avvenuto il 3 marzo. ", "pt": "O atentado ocorreu em 3 de março. "}
    built = timeline.build(dated[code] + text, "2025-04-09", lang=code)
    assert built.events[-1].value > "2025-03-03" and built.events[-1].value < "2025-04-09"


@pytest.mark.parametrize("code,text,value", [
    ("fr", "Emmanuel Macron a nommé vendredi François Bayrou Premier ministre, neuf jours après "
     "la chute du gouvernement.", "2024-12-13"),
    ("es", "El presidente nombró el viernes a un nuevo primer ministro, nueve días después de la "
     "caída del gobierno.", "2024-12-13"),
])
def test_a_count_after_a_happening_is_not_counted_from_its_own_sentences_day(code, text, value):
    """"named on Friday, nine days after the fall of the government": Friday is nine days
    after the fall, not the fall nine days before a day after Friday."""
    assert [e.value for e in timeline.build(text, "2024-12-14", lang=code).events] == [value]


@pytest.mark.parametrize("code,text,phrase,value", [
    ("pt", "Montenegro tinha tomado posse em abril de 2024, após vencer as eleições de 10 de "
     "março.", "10 de março", "2024-03-10"),
    ("es", "Se firmó un alto el fuego en febrero de 2010 y, meses después, el 13 de julio, se "
     "reactivó el pacto.", "13 de julio", "2010-07-13"),
    ("es", "Gobierna el país, en el poder desde 1971, que vive desde el 15 de marzo las "
     "protestas.", "15 de marzo", "2025-03-15"),   # (a bare year's "since": no March of 1971)
])
def test_a_yearless_day_takes_the_year_of_its_sentences_month(code, text, phrase, value):
    built = timeline.build(text, "2025-03-20", lang=code)
    assert [e.value for e in built.events if phrase in e.timex] == [value]





def test_a_count_after_a_happening_is_not_counted_from_a_day_to_come():
    """"un día después de la derrota" after a day ahead of the publication: the defeat was not
    that day's next (no July 24)."""
    text = ("Sánchez convocó elecciones para el próximo 23 de julio, un día después de la "
            "derrota del PSOE.")
    values = [e.value for e in timeline.build(text, "2023-05-29", lang="es").events]
    assert "2023-07-24" not in values and "2023-07-23" in values, values


def test_a_language_no_rules_read_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text(SENTENCES["es"], encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "timeline", "tag", str(tmp_path / "a.txt"),
                        "--lang", "zz"], capture_output=True, text=True)
    assert r.returncode == 2 and "no dates are read in that language" in r.stderr
    assert r.stdout == "" and "Traceback" not in r.stderr


@pytest.mark.parametrize("code,text,value,timex", [
    ("es", "El dictador gobernó el país de 1934 a 1941 con mano de hierro.", "1934/1941",
     "1934 a 1941"),
    ("es", "El juicio se celebró entre el 3 y el 13 de noviembre de 2025.",
     "2025-11-03/2025-11-13", "el 3 y el 13 de noviembre de 2025"),   # ("entre": a span,
    # no list whose last day tells it)
    ("es", "Las protestas duraron del 25 de enero al 11 de febrero de 2011.",
     "2011-01-25/2011-02-11", "del 25 de enero al 11 de febrero de 2011"),
    ("de", "Er regierte von 1933 bis 1945 das Land.", "1933/1945", "1933 bis 1945"),
    ("fr", "Il a dirigé le pays de 1958 à 1969.", "1958/1969", "1958 à 1969"),
    ("it", "Ha governato dal 1922 al 1943.", "1922/1943", "1922 al 1943"),
    ("es", "Gobernó la ciudad entre 2015 y 2019.", "2015/2019", "2015 y 2019"),
    ("de", "Er regierte zwischen 1933 und 1945 das Land.", "1933/1945", "1933 und 1945"),
    ("fr", "Il a vécu à Lyon entre 1990 et 1995.", "1990/1995", "1990 et 1995"),
])
def test_a_span_in_another_language_is_one_event(code, text, value, timex):
    built = timeline.build(text, "2025-04-09", lang=code)
    assert [(e.value, e.timex) for e in built.events] == [(value, timex)]


def test_sentences_end_before_any_latin_capital_and_opening_marks():
    from timeline import segment
    text = ("Le président est parti hier. État d'urgence décrété. « Nous resterons », a-t-il "
            "dit. ¿Qué pasará? La Sra. López habló. Über alles.")
    assert [s.text for s in segment.sentences(text)] == [
        "Le président est parti hier.", "État d'urgence décrété.",
        "« Nous resterons », a-t-il dit.", "¿Qué pasará?", "La Sra. López habló.",
        "Über alles."]


def test_a_references_date_dates_no_event():
    text = ("[16] Rico, S. «Principios», Rebelión, 04/03/11, disponible en: http://www.reb.org/x.\n"
            "Ali, T. «Revoluciones», Sin Permiso, 06/02/11 (http://www.sinpermiso.info/t).\n"
            "El Gobierno aprobó el 4 de marzo el plan, publicado en www.boe.es.")
    built = timeline.build(text, "2011-04-09", lang="es")
    assert [e.value for e in built.events] == ["2011-03-04"]


def test_a_spanish_plural_abbreviation_ends_no_sentence():
    from timeline import segment
    text = ("Los misiles lanzados por EE.UU. Y Gran Bretaña cayeron. "
            "En 1986, EE. UU. bombardeó Trípoli.")
    assert [s.text for s in segment.sentences(text)] == [
        "Los misiles lanzados por EE.UU. Y Gran Bretaña cayeron.",
        "En 1986, EE. UU. bombardeó Trípoli."]


def test_a_german_day_before_its_month_ends_no_sentence():
    from timeline import segment
    text = "Er kündigte für den 25. September eine Kundgebung an. Das war 1999. September kam."
    assert [s.text for s in segment.sentences(text)] == [
        "Er kündigte für den 25. September eine Kundgebung an.", "Das war 1999.",
        "September kam."]


def test_german_nouns_after_a_number_are_not_names():
    text = "Am Dienstag kündigte Nordwerk den Abbau von 3.000 Arbeitsplätzen und 12 Filialen an."
    who = {w for e in timeline.build(text, "2025-04-09", lang="de").events for w in e.who}
    assert not who & {"Arbeitsplätzen", "Filialen"}, who


@pytest.mark.parametrize("code,text,value", [
    # a date planned for is the one to come, whatever the verb's tense
    ("it", "Il presidente ha convocato per giovedì una riunione.", "2025-04-10"),
    ("es", "El presidente convocó para el jueves una reunión.", "2025-04-10"),
    ("de", "Der Betriebsrat kündigte für den 25. September eine Kundgebung an.", "2025-09-25"),
    # a verb outside the quote a date is in tells of the saying, not of the date
    ("it", "\"Le strade resteranno chiuse fino a venerdì\", ha detto l'assessore.", "2025-04-11"),
    ("es", "«Volveremos a reunirnos el lunes», dijo el portavoz.", "2025-04-14"),
    # what is planned ("prévue", "prevista", "geplant") lies ahead, though a participle
    ("fr", "Une rencontre est prévue lundi à la préfecture.", "2025-04-14"),
    ("es", "La votación está prevista el lunes en el pleno.", "2025-04-14"),
    ("it", "L'udienza è prevista lunedì in tribunale.", "2025-04-14"),
    ("pt", "A votação está prevista na segunda-feira no plenário.", "2025-04-14"),
    ("de", "Die Abstimmung ist am Montag im Landtag geplant.", "2025-04-14"),
])
def test_the_tense_of_a_date_in_another_language(code, text, value):
    assert [t.value for t in timeline.tag(text, "2025-04-09", lang=code)] == [value]


@pytest.mark.parametrize("code,text,who", [
    ("es", "La ministra de Agricultura, Ana Ruiz, visitó el lunes las zonas afectadas.",
     ("Ana Ruiz",)),
    ("fr", "Le ministre des Transports, Julien Moreau, a reçu lundi les syndicats.",
     ("Julien Moreau",)),
    ("it", "Il ministro degli Esteri Luigi Bianchi ha incontrato martedì il collega.",
     ("Luigi Bianchi",)),
    ("pt", "O ministro da Saúde, João Costa, visitou na segunda-feira o hospital.",
     ("João Costa",)),
    ("de", "Bundesministerin für Bildung Anna Weber besuchte am Montag die Schule.",
     ("Anna Weber",)),
    ("it", "La presidente del Consiglio Giorgia Meloni ha ricevuto giovedì a Palazzo Chigi il "
     "presidente ucraino.", ("Giorgia Meloni",)),
])
def test_a_ministers_portfolio_is_no_actor(code, text, who):
    assert [e.who for e in timeline.build(text, "2025-04-09", lang=code).events] == [who]


@pytest.mark.parametrize("code,text,who", [
    ("fr", "Le gouvernement d'Élisabeth Borne a recouru jeudi au 49.3.", ("Élisabeth Borne",)),
    ("it", "La giunta dell'Emilia-Romagna ha deciso lunedì.", ("Emilia-Romagna",)),
    # a role's word before a name is not the actor's ("GDL-Chef", "Regierungssprecher")
    ("de", "Der Ausstand soll beginnen, wie GDL-Chef Claus Weselsky am Montag mitteilte.",
     ("Claus Weselsky",)),
    ("de", "Regierungssprecher Steffen Hebestreit sagte am Montag, die Lage sei ernst.",
     ("Steffen Hebestreit",)),
    # a noun after a determiner and an adjective with a hyphen is no name
    ("de", "Am 8. Dezember hatte die GDL einen 24-stündigen Warnstreik organisiert.", ("GDL",)),
    # nor one after its adjective alone, but a name after a verb's form is one
    ("de", "Bahnchef Richard Lutz sagte am Dienstag, er sei zu neuen Gesprächen bereit.",
     ("Richard Lutz",)),
    ("de", "Am Montag besuchte Scholz die Fabrik.", ("Scholz",)),
    # an institution's one-word name acts after its article
    ("de", "Der Bundestag hat am Mittwoch das Heizungsgesetz beschlossen.", ("Bundestag",)),
    ("de", "Der Bundesrat befasst sich am 7. Juli mit dem Vorhaben.", ("Bundesrat",)),
    # a noun after a number word is no name ("nach elf Titeln")
    ("de", "Am Sonntag beendete Leverkusen die Serie nach elf Titeln.", ("Leverkusen",)),
    # a noun in "-nis" after a preposition, no article: no name
    ("de", "Die GDL hatte die Gespräche am Montag ohne Ergebnis abgebrochen.", ("GDL",)),
    # a title and its portfolio in one run name no actor; before a name, the name
    ("pt", "O Presidente da República Marcelo Rebelo de Sousa aceitou o pedido na quarta-feira.",
     ("Marcelo Rebelo de Sousa",)),
    ("pt", "António Costa apresentou esta terça-feira a demissão ao Presidente da República.",
     ("António Costa",)),
    # a minister's word before a name is no part of it
    ("de", "Bundeskanzler Olaf Scholz hat am Mittwoch Finanzminister Christian Lindner "
     "entlassen.", ("Olaf Scholz", "Christian Lindner")),
    # a people's noun an article puts before a name is no part of it; an institution's first
    # word is
    ("fr", "Le Slovène Tadej Pogacar a devancé dimanche le Danois Jonas Vingegaard.",
     ("Tadej Pogacar", "Jonas Vingegaard")),
    ("fr", "L'Américain Joe Biden a parlé lundi.", ("Joe Biden",)),
    ("fr", "La République Démocratique du Congo a voté lundi.",
     ("République Démocratique du Congo",)),
])
def test_names_in_other_languages_are_whole_and_only_names(code, text, who):
    assert [e.who for e in timeline.build(text, "2025-04-09", lang=code).events] == [who]


@pytest.mark.parametrize("code,text,where", [
    ("es", "El incendio se declaró el sábado en una nave industrial de Getafe.", ("Getafe",)),
    ("it", "L'incendio è scoppiato sabato in un capannone di Prato.", ("Prato",)),
])
def test_a_known_city_after_of_is_a_place(code, text, where):
    built = timeline.build(text, "2025-04-09", lang=code)
    assert [(e.where, e.who) for e in built.events] == [(where, ())]


@pytest.mark.parametrize("code,text,where,who", [
    # a name of a few words right after the locative, particles and all: a place; not a body
    # of members ("Conselho de Ministros")
    ("pt", "Um incêndio começou no domingo em Oliveira de Azeméis.", ("Oliveira de Azeméis",), ()),
    ("es", "El incendio empezó el domingo en Villanueva de la Serena.",
     ("Villanueva de la Serena",), ()),
    ("pt", "O programa foi aprovado na quinta-feira em Conselho de Ministros.", (),
     ("Conselho de Ministros",)),
    # after a place's kind and its "of" ("la localidad de", "il comune di", "la commune de")
    ("es", "La riada arrasó el martes la localidad de Paiporta.", ("Paiporta",), ()),
    ("it", "Il sindaco ha chiuso lunedì le scuole del comune di Pozzuoli.", ("Pozzuoli",), ()),
    ("fr", "L'incendie a touché lundi la commune de Saint-Denis.", ("Saint-Denis",), ()),
    ("fr", "Des rafales ont été enregistrées jeudi à la pointe du Raz.", ("Raz",), ()),
    ("es", "El temporal azotó el lunes la isla de Mallorca.", ("Mallorca",), ()),
    ("pt", "O fogo alastrou no sábado ao concelho de Figueiró dos Vinhos.",
     ("Figueiró dos Vinhos",), ()),   # (a plural's ending after a place's kind: still a place)
    # past an elided article ("dans l'", "nell'", "près d'"); not after "depuis" (since)
    ("fr", "Un chauffeur routier est mort jeudi dans l'Aisne.", ("Aisne",), ()),
    ("fr", "Un camion s'est renversé jeudi près d'Auxerre.", ("Auxerre",), ()),
    ("it", "L'alluvione ha colpito lunedì nell'Emilia.", ("Emilia",), ()),
    ("fr", "Il est le premier coureur depuis Marco Pantani à gagner en 1998.", (),
     ("Marco Pantani",)),
])
def test_a_name_after_a_locative_is_a_place(code, text, where, who):
    built = timeline.build(text, "2025-04-09", lang=code)
    assert [(e.where, e.who) for e in built.events] == [(where, who)]


@pytest.mark.parametrize("code,text,where", [
    ("es", "Los camioneros cortaron el lunes las carreteras en Galicia y Castilla-La Mancha.",
     ("Galicia", "Castilla-La Mancha")),
    ("fr", "Les agriculteurs ont bloqué lundi les routes en Bretagne et Grand Est.",
     ("Bretagne", "Grand Est")),
])
def test_a_name_listed_after_a_place_is_one_too(code, text, where):
    """The language's list word joins places: the second, a name no list knows, is one too."""
    built = timeline.build(text, "2026-02-11", lang=code)
    assert [(e.where, e.who) for e in built.events] == [(where, ())]


def test_german_nouns_after_a_determiner_are_not_names():
    text = ("Die Regierung hat am Mittwoch ein neues Klimapaket beschlossen. "
            "Am Montag sagte Olaf Scholz, die SPD werde zustimmen.")
    who = {w for e in timeline.build(text, "2025-04-09", lang="de").events for w in e.who}
    assert "Olaf Scholz" in who and not who & {"Klimapaket", "Regierung"}, who


@pytest.mark.parametrize("code, text, trigger", [
    ("fr", "Le projet de loi doit être examiné à l'Assemblée le 7 avril.", "examiné"),
    ("es", "La ley debe ser aprobada por el Congreso el 3 de marzo.", "aprobada"),
    ("it", "La legge deve essere approvata dal Senato il 3 marzo.", "approvata"),
    ("pt", "A lei deve ser votada no Senado em 3 de março.", "votada"),
])
def test_a_modals_passive_has_its_participle_for_trigger(code, text, trigger):
    built = timeline.build(text, "2026-02-11", lang=code)
    assert [e.trigger for e in built.events] == [trigger]


@pytest.mark.parametrize("text, trigger", [
    ("Die Ministerin, die am Montag überraschend zurücktrat, schweigt.", "zurücktrat"),
    ("Nachdem der Vertrag im März ausgelaufen war, streikten die Piloten.", "ausgelaufen"),
    ("Der Bundesrat berät am 12. Juni darüber.", ""),   # (a main clause's last word: no verb)
])
def test_a_german_subordinate_clause_ends_in_its_verb(text, trigger):
    built = timeline.build(text, "2026-05-22", lang="de")
    assert [e.trigger for e in built.events] == [trigger]


@pytest.mark.parametrize("code, text", [
    ("it", "Lo sciopero si è svolto venerdì in tutta Italia."),
    ("fr", "Des grèves ont eu lieu lundi dans toute la France."),
    ("es", "Hubo protestas el lunes en toda España."),
])
def test_a_place_after_a_whole_word_is_a_place(code, text):
    built = timeline.build(text, "2026-10-14", lang=code)
    assert [e.where for e in built.events] == [(text.rstrip(".").split()[-1],)]
    assert all(e.where[0] not in e.who for e in built.events)


def test_a_german_fixed_phrase_names_no_place():
    built = timeline.build("Das Gesetz soll am 1. Januar 2027 in Kraft treten. Der Unfall "
                           "ereignete sich am Montag in Piesport.", "2026-05-22", lang="de")
    where = {e.timex: e.where for e in built.events}
    assert where["1. Januar 2027"] == () and where["Montag"] == ("Piesport",)


@pytest.mark.parametrize("code, text", [
    ("es", "Fue el peor incidente de este tipo desde marzo, según la policía."),
    ("fr", "C'est la pire crise depuis 2008, a déclaré le ministre."),
    ("de", "Der Dax erreichte am Ende den höchsten Stand seit März."),
    ("pt", "Foi a primeira vez desde 2015 que o partido venceu."),
    # an ordinal counts too ("the third since January")
    ("es", "Es la tercera huelga desde enero."),
    ("fr", "Il s'agit du troisième mouvement social depuis le début de l'année."),
    ("de", "Es ist der dritte Streik seit März."),
    ("pt", "É a segunda greve desde janeiro."),
    ("fr", "Une nouvelle journée de mobilisation, la neuvième depuis le 19 janvier."),
    ("es", "Es la novena huelga desde enero."),
    # a name's year ("Protestas en Egipto 2011"), a blog's boilerplate in many pages
    ("es", "Este post es parte de nuestra cobertura especial de las Protestas en Egipto 2011."),
])
def test_a_date_a_count_starts_from_is_no_event(code, text):
    """"The worst since March": the date is where a count starts, no happening's (as English
    "the sixth since October"); "en vigor desde marzo" stays one."""
    built = timeline.build(text, "2011-05-09", lang=code)
    assert timeline.tag(text, "2011-05-09", lang=code) and not built.events
    assert timeline.build("La ley está en vigor desde marzo.", "2011-05-09", lang="es").events
