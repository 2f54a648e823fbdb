"""The engines that run the hub's queries: DuckDB embedded (the default: no server, a laptop is enough) and Apache
Spark through PySpark (for a hub whose data no longer fits one machine).

Both run the same SQL text, read from ``queries.sql`` (one query per ``-- name:`` section), over the same Parquet
tables, and give their rows as plain Python values (decimals as :class:`decimal.Decimal`), so that callers cannot
tell them apart. ``GPOS_SPARK_MASTER`` points Spark at a cluster (default ``local[2]``: this machine).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any, Protocol

ENGINES = ("duckdb", "spark")
SPARK_MASTER_ENV = "GPOS_SPARK_MASTER"
_NAME = re.compile(r"^-- name: ([a-z_]+)$", re.MULTILINE)


class EngineUnavailable(RuntimeError):
    """The engine's library is not installed, or it cannot start."""


@cache
def queries() -> dict[str, str]:
    """Query name -> SQL text (``{placeholders}`` still to fill), from ``queries.sql``."""
    text = files(__package__).joinpath("queries.sql").read_text(encoding="utf-8")
    parts = _NAME.split(text)
    return {name: body.strip().rstrip(";") for name, body in zip(parts[1::2], parts[2::2], strict=True)}


def sql(name: str, **values: Any) -> str:
    """One query with its placeholders filled (integers only: nothing from the data is ever put in SQL text)."""
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in values.values()):
        raise TypeError("only integers are put into query text")
    return queries()[name].format(**values)


class Engine(Protocol):
    def run(self, query: str) -> list[tuple[Any, ...]]: ...


class DuckDBEngine:
    def __init__(self, tables: dict[str, Path]) -> None:
        try:
            import duckdb
        except ImportError:
            raise EngineUnavailable("the DuckDB engine needs duckdb: pip install 'gpos-standard[hub]'") from None
        self.con = duckdb.connect()
        for name, path in tables.items():
            self.con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet({_quote(str(path))})")

    def run(self, query: str) -> list[tuple[Any, ...]]:
        return [tuple(row) for row in self.con.execute(query).fetchall()]

    def close(self) -> None:
        self.con.close()


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def spark_session() -> Any:
    """A Spark session: on ``GPOS_SPARK_MASTER`` if set, otherwise in local mode on this machine."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise EngineUnavailable("the Spark engine needs pyspark (and Java 17): pip install "
                                "'gpos-standard[spark]'") from None
    builder = (SparkSession.builder.appName("gpos-link")
               .master(os.environ.get(SPARK_MASTER_ENV, "local[2]"))
               .config("spark.ui.enabled", "false")
               .config("spark.sql.shuffle.partitions", "4")
               .config("spark.sql.session.timeZone", "UTC")
               .config("spark.sql.ansi.enabled", "true"))
    return builder.getOrCreate()


class SparkEngine:
    def __init__(self, tables: dict[str, Path], session: Any = None) -> None:
        self.session = session or spark_session()
        self.owned = session is None
        for name, path in tables.items():
            self.session.read.parquet(str(path)).createOrReplaceTempView(name)

    def run(self, query: str) -> list[tuple[Any, ...]]:
        return [tuple(row) for row in self.session.sql(query).collect()]

    def close(self) -> None:
        if self.owned:
            self.session.stop()


@contextmanager
def engine(name: str, tables: dict[str, Path], session: Any = None) -> Iterator[Engine]:
    """An engine over Parquet ``tables`` (view name -> file); ``session``: a Spark session to reuse."""
    if name not in ENGINES:
        raise ValueError(f"unknown engine {name!r}; expected one of {', '.join(ENGINES)}")
    running: Any = DuckDBEngine(tables) if name == "duckdb" else SparkEngine(tables, session)
    try:
        yield running
    finally:
        running.close()
