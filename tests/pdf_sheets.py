"""What a printed PDF holds, sheet by sheet: its text with font sizes, and how much of it is used.

Font sizes come from the content stream (pypdf: the font size times the text and graphics
matrices). How full a sheet is comes from the sheet itself, rendered by poppler's pdftoppm: the
lowest inked row of the printable area, so ruled boxes left empty to write in count as used.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from dataclasses import dataclass

import pytest
from pypdf import PdfReader

MM = 72 / 25.4  # PDF points per millimetre


@dataclass(frozen=True)
class Span:
    text: str
    size: float  # points


def squeeze(text: str) -> str:
    """Text without white space, so line breaks in narrow table cells do not matter; NFKC undoes
    ligatures such as 'ﬁ' that some fonts print (and writes '…' as '...' on both sides)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def spans(pdf: PdfReader, number: int) -> list[Span]:
    """The text pieces of sheet `number` (from 0) in content order, with their size in points."""
    found = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * (cm[0] ** 2 + cm[1] ** 2) ** 0.5
            found.append(Span(text, round(size * scale, 2)))

    pdf.pages[number].extract_text(visitor_text=visit)
    return found


def text_at_least(pdf: PdfReader, number: int, points: float) -> str:
    """The squeezed text of sheet `number` printed at `points` or larger, in content order."""
    return squeeze("".join(span.text for span in spans(pdf, number) if span.size >= points - 0.05))


def ink_extents(pdf_bytes: bytes, top_mm: float = 15, bottom_mm: float = 14) -> list[float]:
    """For each sheet, how far down its printable area ink reaches, from 0 (empty) to 1 (full).
    The margins, where the page's name and number stand, are left out."""
    if shutil.which("pdftoppm") is None:
        pytest.skip("poppler-utils (pdftoppm) is not installed, so sheets cannot be measured")
    dpi = 20
    result = subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-"], input=pdf_bytes,
                            capture_output=True, check=True)
    return [_extent(image, dpi, top_mm, bottom_mm) for image in _pgm_images(result.stdout)]


def _pgm_images(data: bytes):
    """The binary PGM images pdftoppm writes to standard output one after another: (width, height, pixels)."""
    position = 0
    header = re.compile(rb"P5\s+(\d+)\s+(\d+)\s+(\d+)\s")
    while position < len(data):
        match = header.match(data, position)
        width, height = int(match.group(1)), int(match.group(2))
        start = match.end()
        yield width, height, data[start:start + width * height]
        position = start + width * height


def _extent(image, dpi: int, top_mm: float, bottom_mm: float) -> float:
    width, height, pixels = image
    top, bottom = round(top_mm / 25.4 * dpi), height - round(bottom_mm / 25.4 * dpi)
    inked = [row for row in range(top, bottom) if min(pixels[row * width:(row + 1) * width]) < 160]
    return (inked[-1] - top + 1) / (bottom - top) if inked else 0.0
