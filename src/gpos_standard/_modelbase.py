"""Base class and field types for the generated models (``models.py``).

The types make Pydantic accept exactly what the generated JSON Schema accepts: dates and times stay the
strings they were (so conversions round-trip byte for byte), numbers are never read from strings, an optional
field is omitted rather than set to null, and unknown fields are rejected. Python ``date``, ``datetime`` and
``Decimal`` values are accepted too and stored as the standard writes them, so that every dump, with Pydantic's
default arguments, is a conformant document.
"""

from __future__ import annotations

from collections.abc import Callable
from contextvars import ContextVar
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Annotated, Any, ClassVar

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    ModelWrapValidatorHandler,
    SerializerFunctionWrapHandler,
    StrictBool,
    StringConstraints,
    ValidationError,
    ValidationInfo,
    model_serializer,
    model_validator,
)
from pydantic_core import PydanticCustomError


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
    """A ``Decimal`` written as the standard writes an amount: digits, a dot, no exponent. JSON numbers (int and
    float) are refused, as the validator refuses them: a float cannot hold most decimal amounts exactly."""
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError("an amount must be a finite number")
        return format(value, "f")
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


# While a record checked as a whole is being built, its nested objects need no check of their own.
_COVERED: ContextVar[bool] = ContextVar("gpos_covered", default=False)
# The member country of the export being built: the region in which national phone numbers are read.
_REGION: ContextVar[str | None] = ContextVar("gpos_region", default=None)
_JSON_SCALARS = (str, int, float, bool, type(None))


def _plain(data: Any) -> bool:
    """Whether a value is JSON-ready (what a parsed document holds), so that the validator can judge it as given."""
    if isinstance(data, dict):
        return all(isinstance(k, str) and _plain(v) for k, v in data.items())
    if isinstance(data, list):
        return all(_plain(v) for v in data)
    return isinstance(data, _JSON_SCALARS)


def _envelope(export: Any) -> Any:
    """An export without its records, as the validator reads the envelope (``DocumentSource.envelope``): the
    records are checked one by one, each by its own model."""
    if not isinstance(export, dict):
        return export
    from .schema_info import collections

    names = collections()
    return {k: v for k, v in export.items() if k not in names or not isinstance(v, list) or v == []}


def _reject_nulls(data: Any) -> None:
    if isinstance(data, dict):
        nulls = [k for k, v in data.items() if v is None]
        if nulls:
            raise ValueError(f"null is not allowed ({', '.join(map(str, nulls))}); omit an optional field instead")


def _rule_errors(cls: type[BaseModel], data: Any, region: str | None) -> None:
    """Raise the errors the validator finds in one record (or envelope), as a ValidationError whose error types
    are the rule codes (``GPOS-E040``...). Warnings do not make a record invalid and are not raised."""
    from .validation.record import record_findings
    from .validation.rules import RULES
    from .validation.suggest import at

    errors = [f for f in record_findings(data, cls.__name__, member_country=region) if RULES[f[0]].severity == "error"]
    if errors:
        raise ValidationError.from_exception_data(cls.__name__, [
            {"type": PydanticCustomError(code, "{code}: {detail}", {"code": code, "detail": str(message),
                                                                      "url": RULES[code].url}),
             "loc": path, "input": at(data, path)}
            for code, message, path in errors])


class GposModel(BaseModel):
    """Common configuration of every GPOS model.

    Every model runs the validator's rules of one record (structure, ISO codes, identifiers and their checksums,
    dates in order and not in the future, units, the domain rules of one record) when it is built: a
    ``ValidationError`` whose errors have the rule code as their type (``error["type"] == "GPOS-E040"``). The
    rules that need other records (references that resolve, duplicate ids, screenings of victims) are checked by
    ``gpos_standard.validate`` only. National phone numbers are read in the region of the member country given
    as ``model_validate(data, context={"member_country": "TH"})``, or of the export being built.
    """

    # python-re: the standard's patterns end with a look-ahead (so that a trailing newline fails everywhere), which
    # Rust's regex engine does not support.
    # hide_input_in_errors: an error message never repeats a value, which may be personal.
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, validate_assignment=True, regex_engine="python-re",
                              hide_input_in_errors=True)
    __gpos_abstract__: ClassVar[bool] = False

    @model_validator(mode="wrap")
    @classmethod
    def _gpos_rules(cls, data: Any, handler: ModelWrapValidatorHandler[Any], info: ValidationInfo) -> Any:
        """The validator's own record-level rules (``validation.record``), not a copy of them."""
        if cls.__dict__.get("__gpos_abstract__"):
            raise TypeError(f"{cls.__name__} is abstract; use one of its record types")
        if isinstance(data, cls) and info.field_name is not None:  # an assignment: the model with the new value
            return cls._assigned(data, handler, info)
        if isinstance(data, cls):
            return handler(data)
        if _COVERED.get():
            _reject_nulls(data)
            return handler(data)
        given = info.context.get("member_country") if isinstance(info.context, dict) else None
        region = given if isinstance(given, str) else _REGION.get()
        if cls.__name__ == "Export" and isinstance(data, dict) and isinstance(data.get("member_country"), str):
            region = data["member_country"]
        region_token = _REGION.set(region)
        try:
            root = cls.__name__ == "Export"
            if _plain(data):  # as parsed from a document: judged exactly as the validator judges it
                _rule_errors(cls, _envelope(data) if root else data, region)
                covered = _COVERED.set(not root)  # an export's records check their own rules as they are built
                try:
                    return handler(data)
                finally:
                    _COVERED.reset(covered)
            _reject_nulls(data)
            model = handler(data)  # date, Decimal or model values: judged in the form they are written in
            dumped = model.model_dump(mode="json")
            _rule_errors(cls, _envelope(dumped) if root else dumped, region)
            return model
        finally:
            _REGION.reset(region_token)

    @classmethod
    def _assigned(cls, model: Any, handler: ModelWrapValidatorHandler[Any], info: ValidationInfo) -> Any:
        """Check the record as the assignment leaves it; a rule broken leaves the model as it was. To change
        fields that go together (a status and its reason), build a new model from a dict with both."""
        given = info.context.get("member_country") if isinstance(info.context, dict) else None
        before = dict(model.__dict__)
        updated = handler(model)
        try:
            _rule_errors(cls, updated.model_dump(mode="json"), given if isinstance(given, str) else None)
        except ValidationError:
            model.__dict__.clear()
            model.__dict__.update(before)
            raise
        return updated

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
