"""Read one YAML data file into plain data plus the lines of every field, or say what is wrong.

Data files come from strangers' pull requests, so reading is bounded before anything is built:
the size is capped, the file must be UTF-8 text without control characters, and the event stream
is scanned for what a data file never needs and what YAML bombs are made of (anchors, aliases,
tags, deep nesting) before the document is composed. Nothing here raises on bad input.

PyYAML follows YAML 1.1, where `no:`, `yes:`, `on:` and `off:` are booleans. A key that is
not a string is almost always that trap (a Norwegian `no:` instead of `nb:`), so it is an
error here rather than a silent `False` key. Dates are read as text: the data has no use for
timestamps, and an impossible date would otherwise fail inside PyYAML.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import DataError
from .yaml_syntax import syntax_error

MAX_FILE_BYTES = 100_000
MAX_DEPTH = 12

# libyaml's parser is an order of magnitude faster and reports the same lines.
_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _DataLoader(_Base):
    yaml_implicit_resolvers = {
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for first, resolvers in _Base.yaml_implicit_resolvers.items()
    }


_STR, _BOOL, _MERGE = ("tag:yaml.org,2002:" + name for name in ("str", "bool", "merge"))
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NESTING_EVENTS = (yaml.MappingStartEvent, yaml.SequenceStartEvent)

# A field path is a tuple such as ("sections", 2, "items", 0, "text").


@dataclass(frozen=True)
class YamlDocument:
    data: object
    lines: dict  # field path -> 1-based line number of the field
    spans: dict  # field path -> (first line, last line) of its value
    text_lines: tuple[str, ...]

    @property
    def first_line(self) -> str:
        return self.text_lines[0] if self.text_lines else ""

    def line_of(self, path: tuple) -> int:
        """The line of the field, or of its nearest enclosing field that exists."""
        path = tuple(path)
        while path not in self.lines and path:
            path = path[:-1]
        return self.lines.get(path, 1)

    def line_in(self, path: tuple, snippet: str) -> int:
        """The line inside a field's value (a `da: |` block, say) where `snippet` is written."""
        first, last = self.spans.get(tuple(path), (self.line_of(path),) * 2)
        needle = snippet.strip().split("\n", 1)[0][:30]
        for number in range(first, min(last, len(self.text_lines)) + 1):
            if needle and needle in self.text_lines[number - 1]:
                return number
        return self.line_of(path)


def field_name(path: tuple) -> str:
    name = ""
    for part in path:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return name


def walk(value, path: tuple = ()):
    """Every field of parsed data with its path, parents before children: (path, value)."""
    yield path, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from walk(item, path + (key,))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from walk(item, path + (index,))


def read_yaml(file: Path, shown_as: str) -> tuple[YamlDocument | None, list[DataError]]:
    def problem(line: int, message: str):
        return None, [DataError(shown_as, line, "", message)]

    size = file.stat().st_size
    if size > MAX_FILE_BYTES:
        return problem(1, f"the file is {size:,} bytes; a data file may hold at most {MAX_FILE_BYTES:,} bytes. "
                          "Split the content into several files (one per factor, tool, checklist ...)")
    raw = file.read_bytes()
    try:
        text = raw.decode("utf-8-sig")  # a byte-order mark from a Windows editor is harmless
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        return problem(line, "this line has characters that are not UTF-8 text; save the file as UTF-8 "
                             "(in most editors: 'Save with encoding' → 'UTF-8')")
    control = _CONTROL.search(text)
    if control:
        return problem(text[:control.start()].count("\n") + 1,
                       f"this line holds an invisible control character (U+{ord(control.group()):04X}); "
                       "delete it, or retype the line")
    if not text.strip():
        return problem(1, "the file is empty")
    try:
        refused = refused_structure(text)
        if refused:
            return problem(*refused)
        node = yaml.compose(text, Loader=_DataLoader)
    except yaml.YAMLError as exc:
        return problem(*syntax_error(exc))
    if node is None:
        return problem(1, "the file holds only comments; write the fields")
    lines: dict = {}
    spans: dict = {}
    errors: list[DataError] = []
    _check_keys(node, (), lines, spans, errors, shown_as)
    if errors:
        return None, errors
    data = _DataLoader(text).construct_document(node)
    number = _non_finite_number(data)
    if number:
        path, written = number
        return None, [DataError(shown_as, lines.get(path, 1), field_name(path),
                                f"YAML reads '{written}' as a special number, not as text or a whole number; "
                                "write a whole number, or put text in quotes")]
    return YamlDocument(data, lines, spans, tuple(text.split("\n"))), []


def refused_structure(text: str) -> tuple[int, str] | None:
    """What a data file never needs, found in the event stream before anything is built."""
    depth = 0
    for event in yaml.parse(text, Loader=_DataLoader):
        line = event.start_mark.line + 1
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            return line, ("YAML anchors and aliases (&name, *name) are not allowed in data files; "
                          "write the text out in full where it is needed")
        tag = getattr(event, "tag", None)
        if tag:
            tag = tag.replace("tag:yaml.org,2002:", "!!")
            return line, (f"YAML tags ({tag}) are not allowed in data files; remove the tag and write the "
                          "value itself (put text in quotes)")
        if isinstance(event, _NESTING_EVENTS):
            depth += 1
            if depth > MAX_DEPTH:
                return line, (f"the fields are nested more than {MAX_DEPTH} levels deep; data files need far "
                              "less: check the indentation")
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1
    return None


def _check_keys(node, path, lines, spans, errors, shown_as):
    lines.setdefault(path, node.start_mark.line + 1)
    spans[path] = (node.start_mark.line + 1, node.end_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            problem = _key_problem(key_node, path)
            if problem:
                errors.append(DataError(shown_as, line, *problem))
                continue
            key = key_node.value
            if key in seen:
                errors.append(DataError(shown_as, line, field_name(path + (key,)),
                                        f"this field is given twice (first on line {seen[key]}); keep one"))
                continue
            seen[key] = line
            lines[path + (key,)] = line
            _check_keys(value_node, path + (key,), lines, spans, errors, shown_as)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _check_keys(item, path + (index,), lines, spans, errors, shown_as)


def _key_problem(key_node, path) -> tuple[str, str] | None:
    """(field, message) when a key is not a plain field name."""
    if not isinstance(key_node, yaml.ScalarNode):
        return field_name(path), ("a field name must be a plain name such as 'title', not a list or a mapping "
                                  "(a line starting with '? ' or a key in brackets); write 'name: value'")
    if key_node.tag == _STR:
        return None
    written = key_node.value
    if key_node.tag == _MERGE:
        return field_name(path), ("merge keys ('<<') are not allowed in data files; write the fields out "
                                  "in full where they are needed")
    if key_node.tag == _BOOL:
        advice = ("YAML reads it as true/false, not as a name; "
                  + ("write 'nb' for Norwegian bokmål" if written.lower() == "no" else f"write it in quotes: '{written}'"))
    else:
        advice = f"field names must be text; write it in quotes: '{written}'"
    return field_name(path + (written,)), f"the key '{written}' is not a name: {advice}"


def _non_finite_number(data):
    for path, value in walk(data):
        if isinstance(value, float) and not math.isfinite(value):
            return path, ".nan" if math.isnan(value) else ("-.inf" if value < 0 else ".inf")
    return None
