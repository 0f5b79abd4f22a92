"""The levels, their factors and central questions, counted against the seeds.

Seed 000 is the slides (slide «Vores tilgang til implementering» lists the factors per level, slide «Vores
fire centrale spørgsmål» the central questions); seed 001 is the Ramme, whose sections 2.1–2.4 explain the
factors. The expected numbers are parsed from them, not written down here (see seed_documents.py).
"""
from __future__ import annotations

import re

import pytest

from seed_documents import assert_similar, bullets, needs_seeds, normalise, sections, seed, similarity, slides

pytestmark = needs_seeds


def level_of(heading: str, level_ids) -> str:
    """'Individuelt - Kompetencer', '2.1. Individuelt niveau - Kompetencer', 'Infrastrukturelt/kontekst niveau'
    -> the level id (the source names the levels by the same word as the fixed ids)."""
    word = re.sub(r"^[\d.\s]+", "", heading).split()[0].split("/")[0].lower()
    assert word in level_ids, f"source heading {heading!r} names no known level ({sorted(level_ids)})"
    return word


@pytest.fixture(scope="module")
def slide_factors(level_ids) -> dict[str, list[str]]:
    """Slide «Vores tilgang til implementering»: '## Individuelt - Kompetencer' with '- ' items."""
    slide = sections(slides()["Vores tilgang til implementering"], "##")
    return {level_of(heading, level_ids): bullets(body) for heading, body in slide.items()
            if heading.split()[0].lower() in level_ids}


@pytest.fixture(scope="module")
def ramme_factors(level_ids) -> dict[str, list[str]]:
    """Ramme sections 2.1–2.4: every factor is a top-level '- **Name** explanation' item (the management
    levels under 'Ledelse og ledelsesstrukturer' are indented, so they are not counted). Section 2.4 has
    no such list: the infrastructural factors are only listed on the slide."""
    found = {}
    for heading, body in sections(seed(1), "##").items():
        if re.match(r"2\.\d\.", heading):
            names = [re.match(r"\*\*(.+?)\*\*", item).group(1).strip(" .") for item in bullets(body)
                     if item.startswith("**")]
            if names:
                found[level_of(heading, level_ids)] = names
    return found


def expected_factors(level_id, slide_factors, ramme_factors) -> list[str]:
    """The factor names the site must have on a level: the Ramme's list where the Ramme has one, else the slide's.

    - individuelt: slide and Ramme both name 3 (Kompetencer/Fagprofessionelle kompetencer, Motivation,
      Caselod pr. medarbejder/Caseload).
    - interpersonelt: the slide has 'Samarbejdsrelationer', 'Vaner, værdier og normer', 'Kommunikation';
      Ramme 2.2 groups differently: 'Samarbejdsrelationerne og kommunikationen', 'Kultur', 'Værdier og
      normer'. The site follows the Ramme: 3.
    - institutionelt: the Ramme (2.3) has the slide's 6 plus 'Incitamentsstrukturer', which the slide lacks;
      the union of both lists is the Ramme's 7 (checked in test_institutional_factors_are_the_union).
    - infrastrukturelt: only the slide lists them (Ramme 2.4 is prose): 8.
    """
    return ramme_factors.get(level_id) or slide_factors[level_id]


def test_the_sources_list_factors_for_every_level(framework, slide_factors, ramme_factors):
    assert set(slide_factors) == {level.id for level in framework.all("levels")}
    assert "infrastrukturelt" not in ramme_factors  # the Ramme has no list for it: the slide decides
    assert len(slide_factors["individuelt"]) == len(ramme_factors["individuelt"])


def test_institutional_factors_are_the_union(slide_factors, ramme_factors):
    slide, ramme = slide_factors["institutionelt"], ramme_factors["institutionelt"]
    only_on_slide = [name for name in slide if max(similarity(name, other) for other in ramme) < 0.75]
    assert not only_on_slide, f"institutional factors on the slide but not in Ramme 2.3: {only_on_slide}"
    assert len(ramme) == len(slide) + 1  # the Ramme adds 'Incitamentsstrukturer'
    assert normalise(ramme[-1]) == "incitamentsstrukturer"


def test_factors_per_level(framework, slide_factors, ramme_factors):
    for level in framework.all("levels"):
        expected = expected_factors(level.id, slide_factors, ramme_factors)
        factors = sorted(level.factors, key=lambda f: f.order)
        assert [f.order for f in factors] == list(range(1, len(factors) + 1)), f"{level.id}: factor order"
        assert len(factors) == len(expected), (
            f"level {level.id}: {len(factors)} factors in data/factors, the source lists {len(expected)}: {expected}")
        assert_similar([f.title.da for f in factors], expected, 0.75, f"factors of level {level.id}")


def test_infrastructural_level_has_the_slides_eight(framework, slide_factors):
    assert len(slide_factors["infrastrukturelt"]) == 8  # parsed; the brief states the slide has 8
    assert len(framework.get("levels", "infrastrukturelt").factors) == len(slide_factors["infrastrukturelt"])


def test_central_questions(framework, level_ids):
    slide = sections(slides()["Vores fire centrale spørgsmål"], "##")
    questions = {level_of(heading, level_ids): bullets(body) for heading, body in slide.items()}
    assert set(questions) == level_ids, "the slide has one central question per level"
    for level in framework.all("levels"):
        assert len(questions[level.id]) == 1
        assert " ".join(level.central_question.da.split()) == " ".join(questions[level.id][0].split()), (
            f"level {level.id}: central question differs from slide «Vores fire centrale spørgsmål»")
        assert level.central_question.nb.strip()
