"""Base class and field types for the generated models (``models.py``).

The types make Pydantic accept exactly what the generated JSON Schema accepts: dates and times stay the
strings they were (so conversions round-trip byte for byte), numbers are never read from strings, an optional
field is omitted rather than set to null, and unknown fields are rejected.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, ClassVar

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    StrictBool,
    StringConstraints,
    model_validator,
)

from ._patterns import DATE_PATTERN, DATETIME_PATTERN, OPEN_CODE_PATTERN


def _real_calendar_day(value: str) -> str:
    try:
        date.fromisoformat(value[:10])
    except ValueError:
        raise ValueError(f"{value[:10]} is not a day in the calendar") from None
    return value


def _not_text_or_bool(value: Any) -> Any:
    if isinstance(value, (str, bytes, bool)):
        raise ValueError("must be a JSON number, not a string or boolean")
    return value


NonEmptyStr = Annotated[str, StringConstraints(min_length=1)]
Date = Annotated[str, StringConstraints(pattern=DATE_PATTERN), AfterValidator(_real_calendar_day)]
DateTime = Annotated[str, StringConstraints(pattern=DATETIME_PATTERN), AfterValidator(_real_calendar_day)]
OpenCode = Annotated[str, StringConstraints(pattern=OPEN_CODE_PATTERN)]
Integer = Annotated[int, BeforeValidator(_not_text_or_bool)]
Float = Annotated[float, BeforeValidator(_not_text_or_bool)]
Boolean = StrictBool


class GposModel(BaseModel):
    """Common configuration of every GPOS model."""

    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, validate_assignment=True)
    __gpos_abstract__: ClassVar[bool] = False

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

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form: absent optional fields stay absent."""
        return self.model_dump(mode="json", exclude_none=True)

    def to_json(self) -> str:
        return self.model_dump_json(exclude_none=True)
