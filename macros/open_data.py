"""The framework as open data: one JSON file per language and one with both, each with its JSON Schema.

The files are written beside one language's site (`urls.OPEN_DATA_DIR`) at build time. The plan
tool reads them and nothing else, so what it shows is what the data files say. Everything here is
plain Python: a site generator only has to call `write_open_data` after its build.
"""
from __future__ import annotations

import copy
import json
from pathlib import Path

from .framework import Framework
from .i18n import strings
from .model import LANGUAGES
from .open_data_entities import EntityWriter, bilingual_urls, language_urls
from .urls import OPEN_DATA_DIR, PLAN_SCHEMA, open_data_file, open_data_schema

SCHEMA_DIR = Path(__file__).parent / "open_data_schemas"
FORMAT = "implementeringsguiden-framework"
FORMAT_VERSION = 1
# The JSON list names for each kind; process models are `process_models` so every name is an identifier.
LISTS = {"levels": "level", "factors": "factor", "phases": "phase", "gates": "gate", "tools": "tool",
         "templates": "template", "checklists": "checklist", "process-models": "process_model",
         "topics": "topic", "sources": "source"}


def framework_document(framework: Framework, lang: str | None, version: str) -> dict:
    """The whole framework in one language (`lang`), or in every language (`lang=None`)."""
    if lang:
        writer = EntityWriter(framework, lambda text: text[lang], language_urls(lang))
    else:
        writer = EntityWriter(framework, lambda text: {code: text[code] for code in LANGUAGES},
                              bilingual_urls(LANGUAGES))
    licence = {code: strings(code)["open_data_licence"] for code in LANGUAGES}
    document = {
        "$schema": open_data_schema(lang),
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "languages": [lang] if lang else list(LANGUAGES),
        "version": version,
        "licence": licence[lang] if lang else licence,
    }
    for kind, name in LISTS.items():
        document[kind.replace("-", "_")] = [getattr(writer, name)(entity) for entity in framework.all(kind)]
    document["questions"] = writer.questions()
    document["terms"] = [writer.term(term) for term in framework.terms]
    return document


def schema_document(lang: str | None) -> dict:
    """The schema of a language's file, or of the file with both languages: only what a text is differs."""
    schema = json.loads((SCHEMA_DIR / "framework.schema.json").read_text(encoding="utf-8"))
    if lang:
        return schema
    schema = copy.deepcopy(schema)
    schema["title"] += " (da + nb)"
    schema["$defs"]["text"] = {"$ref": "#/$defs/bilingual_text"}
    schema["$defs"]["url"] = {"$ref": "#/$defs/bilingual_url"}
    schema["properties"]["licence"] = {"$ref": "#/$defs/bilingual_text"}
    return schema


def write_open_data(framework: Framework, lang: str, site_dir: Path, version: str) -> list[Path]:
    """The language's file, the bilingual file, their schemas and the plan schema, in one folder."""
    folder = Path(site_dir) / OPEN_DATA_DIR
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        open_data_file(lang): _json(framework_document(framework, lang, version)),
        open_data_file(None): _json(framework_document(framework, None, version)),
        open_data_schema(lang): _json(schema_document(lang)),
        open_data_schema(None): _json(schema_document(None)),
        PLAN_SCHEMA: _json(json.loads((SCHEMA_DIR / PLAN_SCHEMA).read_text(encoding="utf-8"))),
    }
    written = []
    for name, text in files.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def _json(document: dict) -> str:
    # Compact: a browser or an editor shows it indented; written indented, Python's JSON encoder
    # is several times slower.
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n"
