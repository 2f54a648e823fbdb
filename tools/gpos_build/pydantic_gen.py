"""Pydantic v2 models, emitted from the same schema description as the JSON Schema.

LinkML's gen-pydantic is not used: it checks patterns with ``re.search`` (so ``"GB\\n"`` passes ``^[A-Z]{2}$``),
drops the rules JSON Schema enforces, and lets optional fields be null. The class rules are not emitted: the base
class runs the validator's own checks of a record. Emitting the models from
:class:`SchemaModel` with the field types of ``gpos_standard._modelbase`` keeps both artifacts in step.
"""

from __future__ import annotations

import keyword
import re

from .model import Class, SchemaModel, Slot

HEADER = '''"""GPOS data standard {version}: Pydantic models.

GENERATED from schema/ by `make generate`; do not edit. Building a model runs the validator's rules of one record
(``GposModel``); the rules that need the whole export (references, duplicate ids) are ``gpos_standard.validate``'s.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, ClassVar

from pydantic import AfterValidator, BeforeValidator, Field, StringConstraints

from ._modelbase import (
    Boolean,
    Float,
    GposModel,
    Integer,
    NonEmptyStr,
    code_in,
    date_text,
    datetime_text,
    decimal_text,
    real_calendar_day,
)

STANDARD_VERSION = "{version}"
RECORD_ID_PATTERN = {id_pattern!r}
# A reference is checked by resolving it against the export's ids (GPOS-E021), as the JSON Schema leaves it.
RecordRef = str
'''

SCALARS = {"string": "NonEmptyStr", "integer": "Integer", "float": "Float", "boolean": "Boolean"}


def member_name(code: str) -> str:
    name = re.sub(r"[^A-Za-z0-9_]", "_", code)
    if name[0].isdigit() or keyword.iskeyword(name):
        name = f"_{name}"
    return name


def _doc(text: str, indent: str) -> str:
    text = text.replace("\\", "\\\\").replace('"""', "'''")
    return f'{indent}"""{text}"""\n'


# Python values a type also accepts, written as the standard writes them: by base type, and by the type's URI.
FROM_PYTHON = {"date": "date_text", "datetime": "datetime_text", "xsd:decimal": "decimal_text"}


def _type_alias(name: str, base: str, pattern: str | None, uri: str | None = None) -> str:
    """A LinkML type as a Pydantic type: its pattern, for dates a real calendar day, and the Python values (date,
    datetime, Decimal) it accepts."""
    convert = FROM_PYTHON.get(base) or FROM_PYTHON.get(uri or "")
    before = f", BeforeValidator({convert})" if convert else ""
    if base in ("date", "datetime"):
        return (f"{name} = Annotated[str, StringConstraints(pattern={pattern!r}), AfterValidator(real_calendar_day)"
                f"{before}]\n")
    if pattern:
        return f"{name} = Annotated[str, StringConstraints(pattern={pattern!r}){before}]\n"
    return f"{name} = {SCALARS[base]}\n"


def _base_type(slot: Slot, model: SchemaModel) -> str:
    if slot.kind == "ref":
        return "RecordRef"
    if slot.kind == "inlined":
        return slot.range
    if slot.kind == "enum":
        enum = model.enum(slot.range)
        if enum.codelist is None:  # an ISO code set: thousands of codes, checked against the shipped set
            return slot.range
        return "OpenCode" if slot.open else slot.range
    if slot.type in model.types:
        return slot.type
    if slot.pattern:
        return f"Annotated[str, StringConstraints(pattern={slot.pattern!r})]"
    return SCALARS[slot.range]


def _field(slot: Slot, model: SchemaModel) -> str:
    typ = _base_type(slot, model)
    args: list[str] = []
    if slot.multivalued:
        typ = f"list[{typ}]"
        args.append("min_length=1")
    if slot.minimum is not None:
        args.append(f"ge={slot.minimum!r}")
    if slot.maximum is not None:
        args.append(f"le={slot.maximum!r}")
    args.append(f"description={slot.description!r}")
    if slot.required:
        return f"    {slot.name}: {typ} = Field({', '.join(args)})\n"
    return f"    {slot.name}: {typ} | None = Field(default=None, {', '.join(args)})\n"


def _class(cls: Class, model: SchemaModel) -> str:
    base = cls.parent or "GposModel"
    out = f"\n\nclass {cls.name}({base}):\n" + _doc(cls.description, "    ")
    if cls.abstract:
        out += "\n    __gpos_abstract__: ClassVar[bool] = True\n"
    inherited = {s.name for s in model.cls(cls.parent).slots} if cls.parent else set()
    own = [s for s in cls.slots if s.name not in inherited]
    if own:
        out += "\n" + "".join(_field(s, model) for s in own)
    return out


def generate(model: SchemaModel) -> str:
    out = HEADER.format(version=model.version, id_pattern=model.id_pattern())
    out += "\n" + "".join(_type_alias(t.name, t.base, t.pattern if t.name != "Text" else None, t.uri)
                          for t in model.types.values())
    for enum in model.enums:
        if enum.codelist is None and enum.name != "ValidationRule":
            out += f"{enum.name} = Annotated[str, AfterValidator(code_in({enum.name!r}))]\n"
    for enum in model.enums:
        if not enum.closed or enum.codelist is None:
            continue
        out += f"\n\nclass {enum.name}(str, Enum):\n" + _doc(enum.description, "    ") + "\n"
        out += "".join(f"    {member_name(code)} = {code!r}\n" for code, _, _ in enum.codes)
    ordered: list[Class] = []
    pending = list(model.classes)
    while pending:  # parents before children
        for cls in pending:
            if cls.parent is None or any(c.name == cls.parent for c in ordered):
                ordered.append(cls)
                pending.remove(cls)
                break
    for cls in ordered:
        out += _class(cls, model)
    names = [c.name for c in ordered]
    out += "\n\nRECORD_TYPES: dict[str, type[GposModel]] = {\n"
    out += "".join(f"    {c.name!r}: {c.name},\n" for c in ordered if c.is_record)
    out += "}\n\n"
    out += "".join(f"{n}.model_rebuild()\n" for n in names)
    return out
