"""Language checks: Norwegian texts are bokmål, Danish texts are Danish, and the term table is applied.

1. every `nb` text of every data file has no Danish-only word (DANISH_ONLY);
2. every `da` text has no Norwegian-only word (NORWEGIAN_ONLY);
3. where a `da` text uses a Danish term of data/terms/ (whole word), the `nb` text of the same field
   does not keep it (terms that are the same in both languages are skipped);
4. the interface strings, macros/strings/da.yml and nb.yml, pass 1-3 too;
5. a sentence transcribed from a source (a question, a milestone, a step of a model) is translated the
   same way wherever another text quotes it.

(That the Danish framework text is the source's own text is checked in test_language_fidelity.py.)

The word lists hold only words that are wrong in the other language; a word that is correct in both
is left out, with a comment saying why. Words are matched whole and regardless of case.

Quoted Danish or Norwegian is allowed in the other language, so these are not checked: the `title` of
data/sources/*.yml (a source keeps its own title; `reference` and `authors` are plain strings and never
read here), «...» quotes such as slide headings in a citation's `where`, (...) parentheses that give
the original, e.g. "sektoransvar (ressortfordeling)", and, the mirror of that, an original in *italics*
or **bold** directly followed by a translation in parentheses, e.g. "**Vores fire centrale spørgsmål**
(Våre fire sentrale spørsmål)".
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
import yaml

from macros.yaml_reader import field_name, read_yaml, walk

from conftest import ROOT

DATA = ROOT / "data"
STRINGS = ROOT / "macros" / "strings"

# ---------------------------------------------------------------------------------------------------
# Word lists

# Danish words that are not bokmål (Danish word -> what bokmål writes). Left out on purpose, because
# they are correct bokmål too: "ikke", "også", "skal", "ledelsen", "implementeringsprocessen",
# "hvordan", "meget", "mere"; "ift." (Norwegian abbreviates "i forhold til" as "ift." as well);
# "borger", "borgeren", "borgerne" (valid bokmål; the site's choice "innbygger"/"bruker" is a
# term-table matter, see test 3); "forandringsteori" ("forandring" is bokmål; the term table's
# "endringsteori" is checked in test 3); "understøtte", "anvende", "eksempelvis", "dvs.", "pr." (all
# used in bokmål); "nu" (a bokmål noun: "i et nu"); "giver", "os" and "sig" (bokmål nouns too, so
# the Danish pronoun "sig" cannot be listed).
DANISH_ONLY = {
    "indsats": "tiltak", "indsatser": "tiltak", "indsatsen": "tiltaket", "indsatserne": "tiltakene",
    "medarbejder": "ansatt", "medarbejdere": "ansatte", "medarbejderen": "den ansatte",
    "medarbejderne": "de ansatte", "medarbejderes": "ansattes", "medarbejdernes": "de ansattes",
    "spørgsmål": "spørsmål", "spørgsmålet": "spørsmålet", "spørgsmålene": "spørsmålene",
    "værktøj": "verktøy", "værktøjer": "verktøy", "værktøjet": "verktøyet", "værktøjerne": "verktøyene",
    "udvikling": "utvikling", "udviklingen": "utviklingen",
    "udfordring": "utfordring", "udfordringer": "utfordringer", "udfordringen": "utfordringen",
    "udfordringerne": "utfordringene",
    "hvad": "hva",
    "nogle": "noen", "nogen": "noen",
    "mellem": "mellom",
    "af": "av",
    "blive": "bli", "bliver": "blir", "blevet": "blitt",
    "kommunerne": "kommunene",
    "sådan": "slik",
    "fx": "f.eks.",
    "ydelse": "tjeneste", "ydelser": "tjenester", "ydelserne": "tjenestene",
    "sagsbehandler": "saksbehandler", "sagsbehandlere": "saksbehandlere", "sagsbehandling": "saksbehandling",
    "parathedsanalyse": "analyse av endringsberedskap", "parathedsanalysen": "analysen av endringsberedskapen",
    "opfølgning": "oppfølging", "opfølgningen": "oppfølgingen",
    "tjekliste": "sjekkliste", "tjeklisten": "sjekklisten", "tjeklister": "sjekklister",
    "skabelon": "mal", "skabelonen": "malen", "skabeloner": "maler",
    "efter": "etter",
    "gennem": "gjennom",
    "opgave": "oppgave", "opgaven": "oppgaven", "opgaver": "oppgaver",
    "oplæring": "opplæring",
    "vejledning": "veiledning",
    "proces": "prosess", "processen": "prosessen", "processer": "prosesser",
    "niveau": "nivå", "niveauet": "nivået", "niveauer": "nivåer",
    "kompetencer": "kompetanse",
    "samarbejde": "samarbeid", "arbejde": "arbeid",
    "børn": "barn",
    "udsatte": "utsatte",
    "bruge": "bruke",
    "gøre": "gjøre",
    "hjælp": "hjelp",
    "løbende": "løpende",
    "brugerinddragelse": "brukermedvirkning", "borgerinddragelse": "brukermedvirkning",
    "jer": "dere", "ud": "ut", "uden": "uten", "inden": "innen", "blandt": "blant",
    "lige": "like", "skabe": "skape", "tage": "ta", "tager": "tar",
    "gennemføre": "gjennomføre", "gennemførelse": "gjennomføring",
}

# Norwegian words that are not Danish (Norwegian word -> what Danish writes). Left out on purpose,
# because Danish has them too: "ansatte", "hvordan", "også", "tjenester", "barn"; "slik" (Danish
# noun, sweets); "ble" (Danish noun, nappy); "mal" (Danish imperative of "male"); "fagfolk" (a Danish
# word as well: ordnet.dk); "f.eks." (a correct Danish abbreviation beside "fx"); "nå" (Danish verb,
# to reach); "like", "ta" (used in Danish too).
# "av" stays: the Danish interjection "av!" (ouch) has no place in this prose.
NORWEGIAN_ONLY = {
    "tiltak": "indsats", "tiltaket": "indsatsen", "tiltakene": "indsatserne", "tiltakets": "indsatsens",
    "hva": "hvad",
    "spørsmål": "spørgsmål", "spørsmålet": "spørgsmålet", "spørsmålene": "spørgsmålene",
    "verktøy": "værktøj", "verktøyet": "værktøjet", "verktøyene": "værktøjerne",
    "utvikling": "udvikling", "utviklingen": "udviklingen",
    "mellom": "mellem",
    "av": "af",
    "bli": "blive", "blir": "bliver", "blitt": "blevet",
    "kommunene": "kommunerne",
    "oppfølging": "opfølgning", "oppfølgingen": "opfølgningen",
    "sjekkliste": "tjekliste", "sjekklisten": "tjeklisten", "sjekklister": "tjeklister",
    "brukermedvirkning": "brugerinddragelse",
    "endringsteori": "forandringsteori",
    "beredskapsanalyse": "parathedsanalyse",
    "ikkje": "ikke",
    "noen": "nogen/nogle",
    "etter": "efter",
    "gjennom": "gennem",
    "utfordring": "udfordring", "utfordringer": "udfordringer", "utfordringen": "udfordringen",
    "opplæring": "oplæring",
    "veiledning": "vejledning",
    "prosess": "proces", "prosessen": "processen", "prosesser": "processer",
    "nivå": "niveau", "nivået": "niveauet", "nivåer": "niveauer",
    "kompetanse": "kompetencer",
    "samarbeid": "samarbejde", "arbeid": "arbejde",
    "mye": "meget",
    "gjøre": "gøre",
    "oppgave": "opgave", "oppgaver": "opgaver",
    "saksbehandler": "sagsbehandler", "saksbehandlere": "sagsbehandlere",
    "innbygger": "borger", "innbyggere": "borgere",
    "avsnitt": "afsnit",
    "lysbilde": "dias",
    "seg": "sig", "dere": "I/jer", "ut": "ud", "opp": "op", "uten": "uden", "innen": "inden",
    "blant": "blandt", "skape": "skabe", "gjennomføre": "gennemføre", "gjennomføring": "gennemførelse",
}

# ---------------------------------------------------------------------------------------------------
# Collecting texts


@dataclass(frozen=True)
class Pair:
    """One text the reader sees, in both languages, and where it is written."""
    where: str  # file:line field
    da: str
    nb: str


def _is_text(value) -> bool:
    return isinstance(value, dict) and isinstance(value.get("da"), str) and isinstance(value.get("nb"), str)


def data_pairs() -> list[Pair]:
    """Every {da, nb} text of every data file (a term file's own da/nb pair included)."""
    pairs = []
    for file in sorted(DATA.glob("*/*.yml")):
        shown_as = file.relative_to(ROOT).as_posix()
        document, errors = read_yaml(file, shown_as)
        assert document is not None, errors

        for path, value in walk(document.data):
            # Titles of sources are proper names: a Danish document keeps its Danish title in nb.
            if _is_text(value) and not (file.parent.name == "sources" and path[:1] == ("title",)):
                pairs.append(Pair(f"{shown_as}:{document.line_of(path)} {field_name(path) or '(term)'}",
                                  value["da"], value["nb"]))
    return pairs


def string_pairs() -> list[Pair]:
    """The interface strings, paired by key."""
    da = yaml.safe_load((STRINGS / "da.yml").read_text(encoding="utf-8"))
    nb = yaml.safe_load((STRINGS / "nb.yml").read_text(encoding="utf-8"))
    return [Pair(f"macros/strings/{{da,nb}}.yml {key}", str(da[key]), str(nb[key])) for key in da if key in nb]


def unquoted(text: str) -> str:
    """The text without what may quote the other language: «...» (Norwegian) and »...« (Danish) quotes,
    (...) parentheses, and an
    original in *italics* or **bold** that a parenthesised translation follows, as in
    "**Vores fire centrale spørgsmål** (Våre fire sentrale spørsmål)" (the mirror of
    "sektoransvar (ressortfordeling)")."""
    text = re.sub(r"«[^«»]*»|»[^«»]*«", " ", text)
    text = re.sub(r"(\*{1,2})[^*]+?\1\s*\(", " (", text)
    previous = None
    while previous != text:  # innermost parentheses first, so nested ones go too
        previous, text = text, re.sub(r"\([^()]*\)", " ", text)
    return text


def word_pattern(word: str) -> re.Pattern:
    return re.compile(rf"(?<![\w]){re.escape(word)}(?![\w])", re.IGNORECASE)


def foreign_words(text: str, words: dict[str, str]) -> list[str]:
    text = unquoted(text)
    return [f"'{found}' (write '{words[key]}')"
            for key in words for found in word_pattern(key).findall(text)]


def language_problems(pairs: list[Pair], lang: str, words: dict[str, str]) -> list[str]:
    problems = []
    for pair in pairs:
        found = foreign_words(getattr(pair, lang), words)
        if found:
            problems.append(f"{pair.where}.{lang}: {', '.join(dict.fromkeys(found))}")
    return problems


@pytest.fixture(scope="module")
def pairs() -> list[Pair]:
    collected = data_pairs()
    assert len(collected) > 100, "the walk over data/ found hardly any texts; has the layout changed?"
    return collected


# ---------------------------------------------------------------------------------------------------
# The word lists themselves


def test_no_word_is_on_both_lists():
    assert not set(DANISH_ONLY) & set(NORWEGIAN_ONLY)


@pytest.mark.parametrize("text, words, expected", [
    ("Medarbejderne skal bruke verktøyet.", DANISH_ONLY, ["medarbejderne"]),
    ("Slik gjør dere det, fx i møtet.", DANISH_ONLY, ["fx"]),
    ("Lysbilde «Vores tilgang til implementering»", DANISH_ONLY, []),
    ("sektoransvar (ressortfordeling mellem sektorer)", DANISH_ONLY, []),
    ("Afsnittet nevner tiltak av ulike slag.", DANISH_ONLY, []),  # 'Afsnittet' is not 'af'
    ("**Vores fire centrale spørgsmål** (Våre fire sentrale spørsmål): ett spørsmål", DANISH_ONLY, []),
    ("*Rejsehold på\n hjemløseområdet* (ambulerende team), fx", DANISH_ONLY, ["fx"]),
    ("**Medarbejderne** skal ha *opplæring*.", DANISH_ONLY, ["medarbejderne"]),  # no translation follows
    ("Tiltaket skal understøttes af ledelsen.", NORWEGIAN_ONLY, ["tiltaket"]),
    ("dias »Risiko-analyse: hva kan gå galt?«", NORWEGIAN_ONLY, []),  # a Danish quote of a Norwegian heading
    ("Det sker f.eks. i kommunen, via tjenester.", NORWEGIAN_ONLY, []),
])
def test_the_word_matching(text, words, expected):
    assert [hit.split("'")[1].lower() for hit in foreign_words(text, words)] == expected


# ---------------------------------------------------------------------------------------------------
# 1 and 2: each language is itself


def test_norwegian_texts_are_bokmaal(pairs):
    problems = language_problems(pairs, "nb", DANISH_ONLY)
    assert not problems, "Danish words in Norwegian texts:\n" + "\n".join(problems)


def test_danish_texts_are_danish(pairs):
    problems = language_problems(pairs, "da", NORWEGIAN_ONLY)
    assert not problems, "Norwegian words in Danish texts:\n" + "\n".join(problems)


# ---------------------------------------------------------------------------------------------------
# 3: the term table is applied


def terms() -> list[tuple[str, str, str]]:
    found = []
    for file in sorted((DATA / "terms").glob("*.yml")):
        term = yaml.safe_load(file.read_text(encoding="utf-8"))
        if term["da"].strip().lower() != term["nb"].strip().lower():
            found.append((file.stem, term["da"], term["nb"]))
    return found


def term_problems(pairs: list[Pair]) -> list[str]:
    problems = []
    for term_id, da_term, nb_term in terms():
        pattern = word_pattern(da_term)
        for pair in pairs:
            if pattern.search(unquoted(pair.da)) and pattern.search(unquoted(pair.nb)):
                problems.append(f"{pair.where}.nb: '{da_term}' should be '{nb_term}' (data/terms/{term_id}.yml)")
    return problems


def test_there_are_terms_to_apply():
    assert len(terms()) > 20


def test_the_term_table_is_applied(pairs):
    problems = term_problems(pairs)
    assert not problems, "Danish terms left in Norwegian texts:\n" + "\n".join(problems)


# ---------------------------------------------------------------------------------------------------
# 4: the interface strings


def test_there_are_interface_strings_to_check():
    # That da.yml and nb.yml have the same keys is test_interface.py's check; this one guards the count.
    assert len(string_pairs()) > 50


def test_norwegian_interface_strings_are_bokmaal():
    problems = language_problems(string_pairs(), "nb", DANISH_ONLY)
    assert not problems, "Danish words in nb.yml:\n" + "\n".join(problems)


def test_danish_interface_strings_are_danish():
    problems = language_problems(string_pairs(), "da", NORWEGIAN_ONLY)
    assert not problems, "Norwegian words in da.yml:\n" + "\n".join(problems)


def test_interface_strings_apply_the_term_table():
    problems = term_problems(string_pairs())
    assert not problems, "Danish terms left in nb.yml:\n" + "\n".join(problems)


# ---------------------------------------------------------------------------------------------------
# 5: one translation per source sentence


def comparable(text: str) -> str:
    """Text as read: no Markdown emphasis, quotation marks or line breaks, lower case, no end punctuation."""
    text = re.sub(r"[*_`«»\"'‘’“”]", "", text)
    return re.sub(r"\s+", " ", text).strip().lower().strip(" .?:;,")


def quoted_units(framework) -> list[tuple[str, object]]:
    """The sentences the site transcribes from the sources, each with where it comes from."""
    units = [(f"checklists/{item.checklist.id}#{item.id}", text)
             for item in framework.questions() for text in (item.text, item.label, *item.points) if text]
    units += [(f"phases/{phase.id} milestone", text) for phase in framework.phases for text in phase.milestones]
    units += [(f"process-models/{model.id}#{step.id}", step.title)
              for model in framework.all("process-models") for step in model.steps]
    units += [(f"templates/{template.id}#{question.id}", question.text)
              for template in framework.all("templates") for part in template.parts for question in part.questions]
    units += [(f"levels/{level.id} central question", level.central_question) for level in framework.levels]
    return [(where, text) for where, text in units if len(comparable(text.da)) >= 25]


def test_a_source_sentence_is_translated_the_same_way_everywhere(pairs, framework):
    # A citation's `where` quotes the source's own heading, in the source's language: not a translation.
    texts = [pair for pair in pairs if not pair.where.endswith((".where", "(term)"))]
    problems = []
    for where, unit in quoted_units(framework):
        da, nb = comparable(unit.da), comparable(unit.nb)
        for pair in texts:
            if da in comparable(pair.da) and nb not in comparable(pair.nb):
                problems.append(f"{pair.where}.nb quotes {where} but not as {unit.nb!r}")
    assert not problems, "The same source sentence translated differently:\n" + "\n".join(problems)
