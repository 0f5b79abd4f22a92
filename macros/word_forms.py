"""Word (.docx) downloads of every template, checklist and STOP/GO point, in one language.

The documents are built in `macros/word/`; this module writes them where
`urls.download_path` says, the same place the site's links point to.

Building a form takes a tenth of a second, so forms are cached by a hash of everything that
goes into them: the entity, the entities it links to, the sources it cites, the interface
texts and the code in macros/word/. An unchanged form is copied from the cache, with the same
bytes (and the same creation date) as last time.
"""
from __future__ import annotations

import hashlib
import io
import shutil
from pathlib import Path

from .build_cache import write_whole
from .i18n import STRINGS_DIR
from .linker import linked_to
from .urls import download_path

FORM_KINDS = ("templates", "checklists", "gates")
WORD_CODE = Path(__file__).parent / "word"


def write_documents(framework, lang: str, out_dir: Path, cache_dir: Path) -> list[Path]:
    """Write the Word form of every template, checklist and gate; return the files written."""
    paths = []
    cache_dir.mkdir(parents=True, exist_ok=True)
    code = _code_fingerprint(lang)
    for kind in FORM_KINDS:
        for entity in framework.all(kind):
            path = Path(out_dir) / download_path(entity, lang)
            path.parent.mkdir(parents=True, exist_ok=True)
            cached = cache_dir / f"{form_key(entity, lang, code)}.docx"
            if not cached.exists():
                made = io.BytesIO()
                _document(kind, entity, lang).save(made)
                write_whole(cached, made.getvalue())
            shutil.copyfile(cached, path)
            paths.append(path)
    return paths


def _document(kind: str, entity, lang: str):
    from . import word  # python-docx is loaded only when a form is not in the cache yet
    return {"templates": word.template_document, "checklists": word.checklist_document,
            "gates": word.gate_document}[kind](entity, lang)


def form_key(entity, lang: str, code: str) -> str:
    """A hash of everything the form of `entity` is made from; `code` fingerprints the code and texts."""
    digest = hashlib.sha256(f"{lang}\n{code}\n{entity!r}".encode())
    for related in linked_to(entity):
        digest.update(repr(related).encode())
    return digest.hexdigest()[:32]


def _code_fingerprint(lang: str) -> str:
    # The form code, what it reads besides the data (its fields and interface texts) and this file.
    files = sorted(WORD_CODE.glob("*.py")) + [Path(__file__), STRINGS_DIR / f"{lang}.yml"]
    files += [Path(__file__).with_name(name) for name in ("form_fields.py", "i18n.py")]
    return hashlib.sha256(b"".join(path.read_bytes() for path in files)).hexdigest()
