"""Reading the seed documents and comparing the data with them (a helper for the tests, not a test module).

The seeds in ``../shared/seeds`` are the text extractions of the slides and PDFs the site is written from
(see their README). The content and language tests parse their expectations from them, so that a left-out
question, factor or step, or a sentence that drifted from the source, is reported with where it is.

- ``SEEDS``, ``seed(n)``, ``needs_seeds``: where the seeds are, one seed's text, and the mark that skips a
  test (or, as ``pytestmark``, a module) cleanly when they are not there.
- ``normalise``: text as a reader reads it, the one normalisation every comparison uses.
- ``similarity``, ``assert_similar``, ``best_window_similarity``: the one way of comparing, difflib's ratio of
  normalised texts: two items (a title, a list entry) with each other, or a sentence with its best window
  in a whole seed.
- ``sections``, ``bullets``, ``fragment``, ``own_text``, ``top_items``, ``slug``: the Markdown and HTML of
  the extractions; ``slides()`` and ``vaerktoej5()``: the parsed seeds several test modules read.
"""
from __future__ import annotations

import copy
import difflib
import functools
import re
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag

from conftest import ROOT

SEEDS = ROOT.parent / "shared" / "seeds"


def seed_paths() -> list[Path]:
    """The seed files, in order (none when the folder is missing)."""
    return sorted(SEEDS.glob("0*_*.txt"))


needs_seeds = pytest.mark.skipif(
    not seed_paths(), reason=f"the source documents are not available at {SEEDS}; the data cannot be compared with them")


def seed(number: int) -> str:
    paths = sorted(SEEDS.glob(f"{number:03d}_*.txt"))
    assert paths, f"seed {number:03d} is missing in {SEEDS}"
    return paths[0].read_text(encoding="utf-8")


# ---------------------------------------------------------------------------------------------------
# Normalising and comparing

QUOTES = str.maketrans({c: "" for c in "'\"‘’‚“”„«»`"})
DASHES = str.maketrans({c: "-" for c in "‐‑‒–—−"})


def normalise(text: str) -> str:
    """Text as a reader reads it: no HTML, Markdown (links keep their words; emphasis, list marks and
    headings go), bullets, quotes, extra whitespace or punctuation at the ends; dashes as '-'; lower case.
    Works on a single item and on a whole seed alike."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"<[^>]+>", " ", text)
    text = text.replace("&amp;", "&")
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)  # Markdown links: keep the words
    text = re.sub(r"(?m)^\s*(?:[-•]|\d+\.)\s+", " ", text)  # list marks
    text = re.sub(r"(?m)^#+\s*", " ", text)  # headings
    text = re.sub(r"[*_]+", "", text)
    text = text.replace("•", " ").replace("…", " ").translate(QUOTES).translate(DASHES)
    text = re.sub(r"\s+", " ", text).strip().lower()
    return text.strip(" ,.;:")


def similarity(a: str, b: str) -> float:
    """Similarity of two texts, by characters or, to allow repaired word order, by their sorted words."""
    a, b = normalise(a), normalise(b)
    by_characters = difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
    by_words = difflib.SequenceMatcher(None, sorted(a.split()), sorted(b.split()), autojunk=False).ratio()
    return max(by_characters, by_words)


def assert_similar(data_texts, seed_texts, minimum: float, what: str):
    """The data transcribes the seed item by item, in order (allowing repaired typos and OCR damage)."""
    assert len(data_texts) == len(seed_texts), (
        f"{what}: {len(data_texts)} in the data, {len(seed_texts)} in the source")
    for number, (ours, theirs) in enumerate(zip(data_texts, seed_texts), start=1):
        assert similarity(ours, theirs) >= minimum, (
            f"{what}, item {number}: the data's text does not transcribe the source "
            f"(similarity {similarity(ours, theirs):.2f} < {minimum}):\n  data:   {ours!r}\n  source: {theirs!r}")


def window_starts(needle: str, haystack: str) -> list[int]:
    """Where in the seed a window can start: every word start, narrowed for speed to those that line
    up with a word of the sentence found in the seed (a sentence with a ratio of 0.85 or more shares
    most of its words with its window, so one of them lines up within a few characters)."""
    word_starts = [0] + [m.end() for m in re.finditer(r"\s", haystack)]
    votes: Counter = Counter()
    for word in re.finditer(r"\w{4,}", needle):
        for found in re.finditer(re.escape(word.group()), haystack):
            anchor = found.start() - word.start()
            votes.update(range(anchor - 12, anchor + 13))
    if not votes:
        return word_starts
    # the best-supported windows first: once one of them matches, the rest are quickly ruled out
    return sorted((start for start in word_starts if start in votes), key=lambda start: -votes[start])


def best_window_similarity(sentence: str, haystack: str) -> float:
    """The best similarity (by characters) of the sentence to any window of the sentence's length in the
    haystack, a text already passed through normalise()."""
    needle = normalise(sentence)
    if not needle:
        return 1.0
    size = len(needle)
    matcher = difflib.SequenceMatcher(None, autojunk=False)
    matcher.set_seq2(needle)
    best = 0.0
    for start in window_starts(needle, haystack):
        window = haystack[start:start + size]
        matcher.set_seq1(window)
        if matcher.real_quick_ratio() <= best or matcher.quick_ratio() <= best:
            continue
        best = max(best, matcher.ratio())
        if best == 1.0:
            break
    return best


# ---------------------------------------------------------------------------------------------------
# The Markdown and HTML of the extractions

def sections(text: str, marker: str) -> dict[str, str]:
    """Markdown sections at one heading depth: heading text -> body (first occurrence wins)."""
    found: dict[str, str] = {}
    parts = re.split(rf"^{re.escape(marker)} +(.+?) *$", text, flags=re.M)
    for heading, body in zip(parts[1::2], parts[2::2]):
        found.setdefault(heading.strip(), body)
    return found


def bullets(body: str) -> list[str]:
    """Top-level Markdown list items ('- ' at the start of the line)."""
    return [line[2:].strip() for line in body.splitlines() if line.startswith("- ")]


def fragment(html: str) -> list[Tag]:
    soup = BeautifulSoup(html, "lxml")
    return [child for child in soup.body.children if isinstance(child, Tag)] if soup.body else []


def own_text(li: Tag) -> str:
    """A list item's text without its nested lists."""
    li = copy.copy(li)
    for nested in li.find_all("ul"):
        nested.decompose()
    return li.get_text(" ")


def top_items(ul: Tag) -> list[Tag]:
    return ul.find_all("li", recursive=False)


def slug(text: str) -> str:
    text = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


@functools.cache
def slides() -> dict[str, str]:
    """Seed 000, slide heading -> slide text."""
    return sections(seed(0), "#")


@functools.cache
def vaerktoej5() -> list[dict]:
    """Seed 004, Værktøj 5: [{'title', 'headers': [[cells]], 'questions': [{'text', 'note'}]}] per 'DEL n:'
    heading, each part tab-separated tables of questions.

    Header rows are the rows with text in the answer cells; question rows have the answer cells empty.
    """
    parts = []
    for line in seed(4).splitlines():
        heading = re.match(r"^#+\s*(DEL\s+\d+\s*:.*?)\s*$", line)
        if heading:
            parts.append({"title": heading.group(1), "headers": [], "questions": []})
        elif "\t" in line and parts:
            cells = line.split("\t")
            if any(cell.strip() for cell in cells[1:]):
                parts[-1]["headers"].append(cells)
            else:
                note = re.search(r"<i>(.*?)</i>", cells[0])
                parts[-1]["questions"].append({"text": re.sub(r"<i>.*?</i>", "", cells[0]),
                                               "note": note.group(1) if note else None})
    return parts
