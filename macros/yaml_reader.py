"""Read one YAML data file into plain data plus the line of every field.

PyYAML follows YAML 1.1, where `no:`, `yes:`, `on:` and `off:` are booleans. A key that is
not a string is almost always that trap (a Norwegian `no:` instead of `nb:`), so it is an
error here rather than a silent `False` key.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import DataError

# libyaml's parser is an order of magnitude faster and reports the same lines.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# A field path is a tuple such as ("sections", 2, "items", 0, "text").


@dataclass(frozen=True)
class YamlDocument:
    data: object
    lines: dict  # field path -> 1-based line number
    first_line: str

    def line_of(self, path: tuple) -> int:
        """The line of the field, or of its nearest enclosing field that exists."""
        path = tuple(path)
        while path not in self.lines and path:
            path = path[:-1]
        return self.lines.get(path, 1)


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
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        return None, [DataError(shown_as, 1, "", f"the file is not UTF-8 text ({exc.reason}); save it as UTF-8")]
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark else 1
        problem = getattr(exc, "problem", None) or str(exc)
        hint = "check the indentation and quote text that contains ': ' or starts with a special character"
        return None, [DataError(shown_as, line, "", f"this is not valid YAML ({problem}); {hint}")]
    if node is None:
        return None, [DataError(shown_as, 1, "", "the file is empty")]
    lines: dict = {}
    errors: list[DataError] = []
    _check_keys(node, (), lines, errors, shown_as)
    if errors:
        return None, errors
    data = _Loader(text).construct_document(node)
    return YamlDocument(data, lines, text.split("\n", 1)[0]), []


def _check_keys(node, path, lines, errors, shown_as):
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            if key_node.tag != "tag:yaml.org,2002:str":
                errors.append(_non_string_key(shown_as, line, path, key_node))
                continue
            key = key_node.value
            if key in seen:
                errors.append(DataError(shown_as, line, field_name(path + (key,)),
                                        f"this field is given twice (first on line {seen[key]}); keep one"))
                continue
            seen[key] = line
            _check_keys(value_node, path + (key,), lines, errors, shown_as)
            lines[path + (key,)] = line
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _check_keys(item, path + (index,), lines, errors, shown_as)


def _non_string_key(shown_as, line, path, key_node) -> DataError:
    written = key_node.value
    if key_node.tag == "tag:yaml.org,2002:bool":
        advice = ("YAML reads it as true/false, not as a name; "
                  + ("write 'nb' for Norwegian bokmål" if written.lower() == "no" else f"write it in quotes: '{written}'"))
    else:
        advice = f"field names must be text; write it in quotes: '{written}'"
    return DataError(shown_as, line, field_name(path + (written,)), f"the key '{written}' is not a name: {advice}")
