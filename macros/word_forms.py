"""Word (.docx) downloads of every template, checklist and STOP/GO point, in one language.

The documents are built in `macros/word/`; this module writes them where
`urls.download_path` says, the same place the site's links point to.
"""
from __future__ import annotations

from pathlib import Path

from .urls import download_path
from .word import checklist_document, gate_document, template_document

BUILDERS = {"templates": template_document, "checklists": checklist_document, "gates": gate_document}

__all__ = ["checklist_document", "download_path", "gate_document", "template_document", "write_documents"]


def write_documents(framework, lang: str, out_dir: Path) -> list[Path]:
    """Write the Word form of every template, checklist and gate; return the files written."""
    paths = []
    for kind, build in BUILDERS.items():
        for entity in framework.all(kind):
            path = Path(out_dir) / download_path(entity, lang)
            path.parent.mkdir(parents=True, exist_ok=True)
            build(entity, lang).save(path)
            paths.append(path)
    return paths
