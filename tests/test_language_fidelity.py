"""The Danish framework text is the source's own text.

Every sentence of the Danish body of a level or factor (and of a factor's aspects) that is not marked
editorial must be found in seed 001 (Ramme for implementering) or seed 000 (the slides): its best
window in the seed text (same length, compared as in seed_documents.py) must have a ratio of at least 0.85.
Only this check needs the seeds, so only it is skipped without them; the word checks of
test_language_words.py always run.
"""
from __future__ import annotations

import re

import pytest

from seed_documents import best_window_similarity, needs_seeds, normalise, seed

pytestmark = needs_seeds

MINIMUM_RATIO = 0.85


def sentences(text: str) -> list[str]:
    """The sentences of a text: split at '. ' (when a new sentence starts) and at paragraphs."""
    found = []
    for paragraph in re.split(r"\n\s*\n", text):
        paragraph = re.sub(r"\s+", " ", paragraph).strip()
        # a capital must follow, so that 'pr. automatik', 'dvs. mulighed' and 'mv. der' stay whole
        found += [s.strip() for s in re.split(r"(?<=\.)\s+(?=[*«\"']*[A-ZÆØÅ])", paragraph) if s.strip()]
    return found


@pytest.fixture(scope="module")
def seed_text() -> str:
    """Seeds 000 and 001, normalised, to search the sentences in."""
    return normalise("\n\n".join(seed(number) for number in (0, 1)))


def framework_bodies(framework):
    """(entity, field, Danish text) of every level and factor text that is not editorial."""
    for kind in ("levels", "factors"):
        for entity in framework.all(kind):
            if not entity.is_editorial("body"):
                yield entity, "body", entity.body.da
            if not entity.is_editorial("aspects"):
                for aspect in getattr(entity, "aspects", ()):
                    yield entity, f"aspects.{aspect.id}.body", aspect.body.da


def test_danish_framework_text_is_the_sources(framework, seed_text):
    problems = []
    for entity, field, body in framework_bodies(framework):
        for sentence in sentences(body):
            score = best_window_similarity(sentence, seed_text)
            if score < MINIMUM_RATIO:
                problems.append(f"data/{entity.kind}/{entity.id}.yml {field}.da ({score:.2f}): {sentence}")
    assert not problems, ("Danish sentences not found in seed 000 or 001 (mark the field editorial, "
                          "or transcribe the source):\n" + "\n".join(problems))
