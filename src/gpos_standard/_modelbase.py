"""Base class and field types for the generated models (``models.py``).

The types make Pydantic accept exactly what the generated JSON Schema accepts: dates and times stay the
strings they were (so conversions round-trip byte for byte), numbers are never read from strings, an optional
field is omitted rather than set to null, and unknown fields are rejected. Python ``date``, ``datetime`` and
``Decimal`` values are accepted too and stored as the standard writes them, so that every dump, with Pydantic's
default arguments, is a conformant document.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Annotated, Any, ClassVar

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    SerializerFunctionWrapHandler,
    StrictBool,
    StringConstraints,
    model_serializer,
    model_validator,
)

from ._conditions import conditions_hold


def real_calendar_day(value: str) -> str:
    try:
        date.fromisoformat(value[:10])
    except ValueError:
        raise ValueError(f"{value[:10]} is not a day in the calendar") from None
    return value


def date_text(value: Any) -> Any:
    """A Python ``date`` written as the standard writes a date: YYYY-MM-DD."""
    if isinstance(value, datetime):
        raise ValueError("a date field takes a date, not a datetime (give value.date())")
    if isinstance(value, date):
        return value.isoformat()
    return value


def datetime_text(value: Any) -> Any:
    """A Python ``datetime`` written as the standard writes a date-time: RFC 3339 with seconds and an offset."""
    if isinstance(value, datetime):
        if value.utcoffset() is None:
            raise ValueError("a date-time needs a time zone: give an aware datetime, for example "
                             "datetime(..., tzinfo=timezone.utc)")
        return value.isoformat(timespec="microseconds" if value.microsecond else "seconds")
    if isinstance(value, date):
        raise ValueError("a date-time field takes a datetime with a time zone, not a date")
    return value


def decimal_text(value: Any) -> Any:
    """A ``Decimal`` (or an int) written as the standard writes an amount: digits, a dot, no exponent. Floats are
    refused: they cannot hold most decimal amounts exactly."""
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError("an amount must be a finite number")
        return format(value, "f")
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return value


def code_in(enum: str) -> Callable[[str], str]:
    """A check that a value is a code of one of the standard's ISO code sets (from the shipped JSON Schema)."""

    def check(value: str) -> str:
        from .resources import json_schema

        if value not in _code_set(json_schema()["version"], enum):
            raise ValueError(f"not a code of {enum}")
        return value

    return check


@cache
def _code_set(version: str, enum: str) -> frozenset[str]:
    from .resources import json_schema

    return frozenset(json_schema(version)["$defs"][enum]["enum"])


def _not_text_or_bool(value: Any) -> Any:
    if isinstance(value, (str, bytes, bool)):
        raise ValueError("must be a JSON number, not a string or boolean")
    return value


NonEmptyStr = Annotated[str, StringConstraints(min_length=1)]
Integer = Annotated[int, BeforeValidator(_not_text_or_bool)]
Float = Annotated[float, BeforeValidator(_not_text_or_bool)]
Boolean = StrictBool


def _holds(model: BaseModel, conditions: dict[str, dict[str, Any]]) -> bool:
    def value_of(name: str) -> Any:
        value = getattr(model, name, None)
        return getattr(value, "value", value)  # an enum member: its code

    return conditions_hold(value_of, conditions)


class GposModel(BaseModel):
    """Common configuration of every GPOS model."""

    # python-re: the standard's patterns end with a look-ahead (so that a trailing newline fails everywhere), which
    # Rust's regex engine does not support.
    # hide_input_in_errors: an error message never repeats a value, which may be personal.
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, validate_assignment=True, regex_engine="python-re",
                              hide_input_in_errors=True)
    __gpos_abstract__: ClassVar[bool] = False
    __gpos_rules__: ClassVar[tuple[Any, ...]] = ()  # (code, description, preconditions, postconditions)

    @model_validator(mode="before")
    @classmethod
    def _reject_null_and_abstract(cls, data: Any) -> Any:
        if cls.__dict__.get("__gpos_abstract__"):
            raise TypeError(f"{cls.__name__} is abstract; use one of its record types")
        if isinstance(data, dict):
            nulls = [k for k, v in data.items() if v is None]
            if nulls:
                raise ValueError(f"null is not allowed ({', '.join(map(str, nulls))}); omit an optional field instead")
        return data

    @model_validator(mode="after")
    def _schema_rules(self) -> Any:
        """The class rules of the schema (LinkML ``rules``): when the preconditions hold, the postconditions must."""
        for code, description, pre, post in self.__gpos_rules__:
            if _holds(self, pre) and not _holds(self, post):
                raise ValueError(f"{code}: {description}")
        return self

    @model_serializer(mode="wrap")
    def _without_nulls(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """An unset optional field is absent from every dump (the standard has no nulls), whatever the arguments."""
        return {k: v for k, v in handler(self).items() if v is not None}

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form (the same as ``model_dump(mode="json")``): absent optional fields stay absent."""
        return self.model_dump(mode="json")

    def to_json(self) -> str:
        """The document as compact JSON (the same as ``model_dump_json()``)."""
        return self.model_dump_json()
