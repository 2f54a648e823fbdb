"""The partnership hub: analysis across the exports of many members (cross-member links, partnership-wide figures).

The heavy lifting runs on an SQL engine over Parquet tables extracted from the exports (:mod:`.extract`): DuckDB by
default, Spark for a cluster (:mod:`.engines`), with the same queries (``queries.sql``). Needs the extra ``hub``
(``spark`` for Spark).
"""
