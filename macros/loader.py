"""Load the whole data folder: read, check, build and link, or report every problem at once.

    data/<kind>/<id>.yml  ->  read YAML  ->  schema (with safe text formats)  ->  ids and references
                          ->  model objects  ->  linked Framework
"""
from __future__ import annotations

from pathlib import Path

from .builder import build
from .checked_files import CheckedFiles
from .data_files import SCHEMA_FOLDER, data_files
from .errors import DataError, DataErrors
from .framework import Framework
from .linker import link
from .placeholders import unfilled
from .relations import RELATIONS, references_in
from .schemas import schema_set
from .yaml_reader import YamlDocument, field_name, read_yaml, walk

ID_FIELD = "id"


def load_framework(data_dir: Path, cache: Path | None = None) -> Framework:
    """The checked, linked framework; raises DataErrors listing every problem found. With a
    `cache` folder, files that passed before are not read and checked again (macros/checked_files.py)."""
    documents, present, errors = read_all(data_dir, cache)
    errors += check_references(documents, present)
    if errors:
        raise DataErrors(errors)
    entities: dict = {}
    for (kind, entity_id), (document, shown_as) in documents.items():
        entities.setdefault(kind, {})[entity_id] = build(kind, entity_id, shown_as, document.data)
    terms = entities.pop("terms", {})
    link(entities)
    return Framework(entities, tuple(sorted(terms.values(), key=lambda term: term.da.lower())))


# Each file's reading and checks, by the file's size and modification time and the schemas used:
# under `mkdocs serve` a contributor's edit re-reads one file, not all of them.
_checked: dict = {}


def read_all(data_dir: Path, cache: Path | None = None) -> tuple[dict, set, list[DataError]]:
    """The files that passed every check, the ids of all files (broken ones too), and the problems."""
    schemas = schema_set(data_dir / SCHEMA_FOLDER)
    passed_before = CheckedFiles(cache, data_dir / SCHEMA_FOLDER) if cache else None
    documents: dict = {}
    present: set = set()
    files, errors = data_files(data_dir, schemas.kinds, schemas.id_pattern)
    checked = {}
    for file in files:
        present.add((file.kind, file.id))
        info = file.path.stat()
        key = (file.path, info.st_mtime_ns, info.st_size, schemas.stamp)
        stored = passed_before.key(file.path, file.shown_as) if passed_before else None
        document, file_errors = checked[key] = _checked.get(key) or _read_and_check(file, schemas, passed_before, stored)
        errors += file_errors
        if stored and document is not None and not file_errors:
            passed_before.keep(stored, document)
        if document is not None and not file_errors:
            documents[(file.kind, file.id)] = (document, file.shown_as)
    _checked.clear()
    _checked.update(checked)
    if passed_before:
        passed_before.save()
    return documents, present, errors


def _read_and_check(file, schemas, passed_before: CheckedFiles | None, stored: str | None
                    ) -> tuple[YamlDocument | None, list[DataError]]:
    document = passed_before.passed(stored) if passed_before else None
    if document is not None:
        return document, []
    document, errors = read_yaml(file.path, file.shown_as)
    if document is not None:
        errors += _check_document(file.kind, file.id, document, file.shown_as, schemas)
    return document, errors


def _check_document(kind, file_id, document: YamlDocument, shown_as, schemas) -> list[DataError]:
    if not isinstance(document.data, dict):
        return [DataError(shown_as, 1, "", "a data file is a mapping of fields ('title:', 'summary:' ...)")]
    errors = schemas.errors(kind, document, shown_as)
    declaration = f"# yaml-language-server: $schema=../{SCHEMA_FOLDER}/{kind}.schema.json"
    if document.first_line.strip() != declaration:
        errors.append(DataError(shown_as, 1, "", f"the first line must be '{declaration}', so that "
                                                 "editors check the file while you type"))
    written_id = document.data.get(ID_FIELD)
    if isinstance(written_id, str) and written_id != file_id:
        errors.append(DataError(shown_as, document.line_of((ID_FIELD,)), ID_FIELD,
                                f"the id '{written_id}' differs from the file name; the id is the file name, "
                                f"so write 'id: {file_id}' or rename the file to {written_id}.yml"))
    errors += _duplicate_local_ids(document, shown_as)
    errors += _editorial_fields(kind, document, shown_as)
    placeholders = unfilled(document, shown_as)
    if placeholders:  # a placeholder is no valid id, number or choice: say only that it is not filled in
        left = {error.field for error in placeholders}
        errors = [error for error in errors if error.field not in left] + placeholders
    return errors


def _duplicate_local_ids(document: YamlDocument, shown_as) -> list[DataError]:
    """Nested ids (questions, items, steps ...) are unique within their file."""
    seen: dict[str, tuple] = {}
    errors = []
    for path, value in walk(document.data):
        local = value.get("id") if isinstance(value, dict) and path else None
        if not isinstance(local, str):
            continue
        if local in seen:
            errors.append(DataError(shown_as, document.line_of(path + ("id",)), field_name(path + ("id",)),
                                    f"duplicate id '{local}' (also used at {field_name(seen[local])}); "
                                    "give each entry its own id"))
        else:
            seen[local] = path
    return errors


def _editorial_fields(kind, document: YamlDocument, shown_as) -> list[DataError]:
    named = document.data.get("editorial") or []
    present = [name for name in document.data if name != "editorial"]
    return [DataError(shown_as, document.line_of(("editorial", index)), f"editorial[{index}]",
                      f"'{name}' is not a field of this file; name one of: {', '.join(present)}")
            for index, name in enumerate(named) if isinstance(name, str) and name not in present]


def check_references(documents: dict, present: set) -> list[DataError]:
    """Every id named in a file exists (a broken file's id exists too: its own errors say what is wrong)."""
    known: dict[str, set] = {}
    for kind, entity_id in present:
        known.setdefault(kind, set()).add(entity_id)
    errors = []
    for relation in RELATIONS:
        for (kind, own_id), (document, shown_as) in documents.items():
            if kind != relation.kind:
                continue
            for path, target_id in references_in(document.data, relation.path):
                if (relation.target, target_id) == (kind, own_id):
                    errors.append(DataError(shown_as, document.line_of(path), field_name(path),
                                            f"'{target_id}' is this file itself; name another {kind[:-1]}"))
                elif target_id not in known.get(relation.target, ()):
                    choices = ", ".join(sorted(known.get(relation.target, ()))) or "none yet"
                    errors.append(DataError(shown_as, document.line_of(path), field_name(path),
                                            f"no {relation.target[:-1]} '{target_id}' (known: {choices})"))
    return errors + _gates_between_two_phases(documents) + _norwegian_addresses_unique(documents)


def _gates_between_two_phases(documents: dict) -> list[DataError]:
    return [DataError(shown_as, document.line_of(("to_phase",)), "to_phase",
                      f"a STOP/GO point stands between two phases, but both are '{document.data['to_phase']}'; "
                      "name the phase that follows in to_phase")
            for (kind, _), (document, shown_as) in documents.items()
            if kind == "gates" and document.data.get("from_phase") == document.data.get("to_phase")]


def _norwegian_addresses_unique(documents: dict) -> list[DataError]:
    """Two pages of one kind cannot share an address: a Norwegian slug is another file's address."""
    taken = {(kind, entity_id): entity_id for (kind, entity_id), (document, _) in documents.items()
             if not document.data.get("slug_nb")}
    errors = []
    for (kind, entity_id), (document, shown_as) in sorted(documents.items()):
        slug = document.data.get("slug_nb")
        if slug and (kind, slug) in taken:
            errors.append(DataError(shown_as, document.line_of(("slug_nb",)), "slug_nb",
                                    f"'{slug}' is already the Norwegian address of {kind}/{taken[(kind, slug)]}; "
                                    "choose another"))
        elif slug:
            taken[(kind, slug)] = entity_id
    return errors

