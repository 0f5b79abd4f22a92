"""The Word forms: every question, item and criterion is in its document, laid out as a form."""
from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import sys

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Mm

from macros.form_fields import GATE_RECORD, MEETING_FIELDS
from macros.i18n import strings
from macros.loader import load_framework
from macros.render import markdown_inline
from macros.word_forms import download_path, write_documents

from conftest import LANGUAGES, real_framework, ROOT

W14_CHECKBOX = "{http://schemas.microsoft.com/office/word/2010/wordml}checkbox"


def plain(markdown: str) -> str:
    """Text as a reader sees it: Markdown markers gone, whitespace collapsed."""
    return normalise(html.unescape(re.sub(r"<[^>]+>", "", markdown_inline(markdown))))


def normalise(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def framework():
    return real_framework()


@pytest.fixture(scope="module")
def written(framework, tmp_path_factory):
    """Every document in both languages: {(kind, id, lang): path}."""
    out_dir = tmp_path_factory.mktemp("word")
    cache_dir = tmp_path_factory.mktemp("word-cache")
    paths = {lang: write_documents(framework, lang, out_dir, cache_dir) for lang in LANGUAGES}
    documents = {}
    for kind in ("templates", "checklists", "gates"):
        for entity in framework.all(kind):
            for lang in LANGUAGES:
                path = out_dir / download_path(entity, lang)
                assert path in paths[lang], f"{path} not returned by write_documents"
                documents[kind, entity.id, lang] = path
    assert sum(len(p) for p in paths.values()) == len(documents)
    return documents


def entities(kind):
    return [(entity, lang) for entity in real_framework().all(kind) for lang in LANGUAGES]


def ids(params):
    return [f"{entity.id}-{lang}" for entity, lang in params]


def open_document(written, entity, lang):
    return docx.Document(str(written[entity.kind, entity.id, lang]))


def table_text(document) -> str:
    return normalise(" ".join(cell.text for table in document.tables for row in table.rows for cell in row.cells))


def all_text(document) -> str:
    return normalise(" ".join(p.text for p in document.paragraphs) + " " + table_text(document))


def repeats_header(table) -> bool:
    tr_pr = table.rows[0]._tr.trPr
    return tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None


def rows_do_not_split(table) -> bool:
    return all(row._tr.trPr is not None and row._tr.trPr.find(qn("w:cantSplit")) is not None
               for row in table.rows)


def section_of_each_table(document) -> list[int]:
    """For each table in body order, the index of the section it is in."""
    section, found = 0, []
    for child in document.element.body.iterchildren():
        if child.tag == qn("w:tbl"):
            found.append(section)
        elif child.tag == qn("w:p") and child.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None:
            section += 1
    return found


def is_portrait_a4(section) -> bool:
    return (section.orientation == WD_ORIENT.PORTRAIT
            and abs(section.page_width - Mm(210)) < Mm(1) and abs(section.page_height - Mm(297)) < Mm(1))


def checkboxes(document) -> int:
    return len(list(document.element.body.iter(W14_CHECKBOX)))


def test_download_path(framework):
    template = framework.all("templates")[0]
    assert download_path(template, "nb") == f"maler/{template.slug_nb}/{template.id}-nb.docx"
    assert download_path(template, "da") == f"skabeloner/{template.id}/{template.id}-da.docx"


def test_module_does_not_import_mkdocs():
    code = "import sys, macros.word_forms; sys.exit(any(m.split('.')[0] == 'mkdocs' for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], cwd=ROOT).returncode == 0


ALL = entities("templates") + entities("checklists") + entities("gates")


@pytest.mark.parametrize(("entity", "lang"), ALL, ids=ids(ALL))
def test_document_properties_and_structure(written, entity, lang):
    document = open_document(written, entity, lang)
    t = strings(lang)
    locale = {"da": "da-DK", "nb": "nb-NO"}[lang]
    assert document.core_properties.title == plain(entity.title[lang])
    assert document.core_properties.language == locale
    normal_lang = document.styles["Normal"].element.rPr.find(qn("w:lang"))
    assert normal_lang is not None and normal_lang.get(qn("w:val")) == locale
    styles = [p.style.name for p in document.paragraphs]
    assert styles[0] == "Title" and normalise(document.paragraphs[0].text) == plain(entity.title[lang])
    assert "Heading 1" in styles
    assert is_portrait_a4(document.sections[0])
    text = all_text(document)
    for label in MEETING_FIELDS:
        assert t[label] in text
    assert t["sources_heading"] in [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    for citation in entity.citations:
        assert plain(citation.source.title[lang]) in text
    for table in document.tables:
        assert rows_do_not_split(table)


@pytest.mark.parametrize(("template", "lang"), entities("templates"), ids=ids(entities("templates")))
def test_template_document(written, template, lang):
    """Every part a landscape table of its own columns, one row per question, factor, item or milestone."""
    document = open_document(written, template, lang)
    paragraphs = [normalise(p.text) for p in document.paragraphs]
    sections = section_of_each_table(document)
    assert len(document.tables) == 1 + len(template.parts), "the meeting block, then one table per part"
    for part, table, section_index in zip(template.parts, document.tables[1:], sections[1:]):
        assert plain(part.title[lang]) in paragraphs
        header = [normalise(cell.text) for cell in table.rows[0].cells]
        assert header[0] == plain(part.question_column[lang])
        for cell, column in zip(header[1:], part.columns):
            assert cell.startswith(plain(column.title[lang]))
        assert len(table.columns) == 1 + len(part.columns)
        assert len(table.rows) == 1 + len(part.rows)
        for row, cells in zip(part.rows, table.rows[1:]):
            asked = normalise(cells.cells[0].text)
            if row.factor:
                assert plain(row.factor.title[lang]) in asked and plain(row.factor.summary[lang]) in asked
            else:
                for text in (row.label, row.text, row.note, *row.points):
                    assert text is None or plain(text[lang]) in asked
        assert repeats_header(table)
        assert all(cell.text == "" for row in table.rows[1:] for cell in row.cells[1:]), "answer cells are empty"
        assert all(row.height and row.height >= Mm(15) for row in table.rows[1:]), "room to write"
        section = document.sections[section_index]
        assert section_index > 0
        assert section.orientation == WD_ORIENT.LANDSCAPE
        assert section.page_width > section.page_height
        assert abs(section.page_width - Mm(297)) < Mm(1) and abs(section.page_height - Mm(210)) < Mm(1)
    layout = [strings(lang)[key] for name, key in (("columns", "form_columns_editorial"), ("parts", "form_rows_editorial"))
              if template.is_editorial(name)]
    assert all(any(text in paragraph for paragraph in paragraphs) for text in layout), "the editors' layout is marked"


@pytest.mark.parametrize(("checklist", "lang"), entities("checklists"), ids=ids(entities("checklists")))
def test_checklist_document(written, checklist, lang):
    document = open_document(written, checklist, lang)
    t = strings(lang)
    text = table_text(document)
    for item in checklist.items:
        assert plain(item.text[lang]) in text
        if item.label:
            assert plain(item.label[lang]) in text
        for point in item.points:
            assert plain(point[lang]) in text
    item_tables = [table for table in document.tables if normalise(table.rows[0].cells[-1].text) == t["form_notes"]]
    assert len(item_tables) == len(checklist.sections)
    assert all(repeats_header(table) for table in item_tables)
    assert checkboxes(document) == len(checklist.items)
    assert all(section.orientation == WD_ORIENT.PORTRAIT for section in document.sections)


@pytest.mark.parametrize(("gate", "lang"), entities("gates"), ids=ids(entities("gates")))
def test_gate_document(written, gate, lang):
    document = open_document(written, gate, lang)
    t = strings(lang)
    text = all_text(document)
    assert plain(gate.question[lang]) in text
    assert gate.criteria
    for criterion in gate.criteria:
        assert plain(criterion[lang]) in table_text(document)
    criteria_table = next(table for table in document.tables
                          if normalise(table.rows[0].cells[0].text) == t["gate_criterion"])
    assert repeats_header(criteria_table)
    assert len(criteria_table.rows) == 1 + len(gate.criteria)
    for row in criteria_table.rows[1:]:
        answers = row.cells[1].text
        assert all(t[key] in answers for key in ("form_answer_yes", "form_answer_partly", "form_answer_no"))
    decision = next(p.text for p in document.paragraphs if t["gate_go_conditions"] in p.text)
    assert t["gate_go"] in decision and t["gate_stop"] in decision
    for label in GATE_RECORD:
        assert t[label] in text
    assert checkboxes(document) == 3 * len(gate.criteria) + 3


def test_libreoffice_opens_a_template(written, framework, tmp_path):
    soffice = shutil.which("soffice")
    if not soffice:
        pytest.skip("LibreOffice (soffice) is not installed, so the PDF conversion cannot be checked")
    template = framework.get("templates", "vaerktoej-5-implementeringsplan")
    source = written["templates", template.id, "da"]
    result = subprocess.run(
        [soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
        capture_output=True, text=True, timeout=300)
    pdf = tmp_path / source.with_suffix(".pdf").name
    assert result.returncode == 0 and pdf.exists(), result.stdout + result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    pypdf = pytest.importorskip("pypdf")
    pages = pypdf.PdfReader(pdf).pages
    assert pages[0].mediabox.width < pages[0].mediabox.height, "the intro is portrait"
    assert pages[-1].mediabox.width > pages[-1].mediabox.height, "the parts are landscape"
    words = normalise(" ".join(page.extract_text() for page in pages))
    assert plain(template.parts[0].title["da"]) in words


def test_a_form_has_the_same_cache_key_in_every_build():
    """Each build is a new process with its own string hash seed; the keys must not follow it."""
    program = ("from macros.loader import load_framework; from macros.word_forms import FORM_KINDS, form_key;"
               f"framework = load_framework(__import__('pathlib').Path({str(ROOT / 'data')!r}));"
               "print(*(form_key(e, 'da', 'code') for kind in FORM_KINDS for e in framework.all(kind)))")
    keys = {subprocess.run([sys.executable, "-c", program], cwd=ROOT, capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    forms = sum(len(real_framework().all(kind)) for kind in ("templates", "checklists", "gates"))
    assert len(keys) == 1, "the keys change from build to build"
    assert len(set(keys.pop().split())) == forms


def test_unchanged_forms_come_from_the_cache_and_a_changed_one_is_made_again(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(ROOT / "data", data)
    cache_dir = tmp_path / "cache"
    gate = real_framework().all("gates")[0]
    first = write_documents(load_framework(data), "da", tmp_path / "first", cache_dir)
    assert len(list(cache_dir.glob("*.docx"))) == len(first)
    again = write_documents(load_framework(data), "da", tmp_path / "again", cache_dir)
    assert [path.read_bytes() for path in again] == [path.read_bytes() for path in first], "same bytes, same dates"
    phase_file = data / "phases" / f"{gate.from_phase.id}.yml"  # a gate's criteria are its phase's milestones
    phase_file.write_text(phase_file.read_text(encoding="utf-8").replace("milestones:\n", "milestones:\n  - {da: Ny milepæl, nb: Ny milepæl}\n", 1),
                          encoding="utf-8")
    changed = write_documents(load_framework(data), "da", tmp_path / "changed", cache_dir)
    by_name = {path.name: path for path in changed}
    for before in first:
        after = by_name[before.name]
        if before.name == f"{gate.id}-da.docx":
            assert after.read_bytes() != before.read_bytes()
            assert "Ny milepæl" in "\n".join(cell.text for table in docx.Document(after).tables
                                              for row in table.rows for cell in row.cells)
    assert len(list(cache_dir.glob("*.docx"))) > len(first)

