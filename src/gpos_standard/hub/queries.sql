-- The queries of gpos link and the partnership-wide gpos stats: one text, run as it is by DuckDB and by Spark SQL.
-- Plain SQL only (GROUP BY, JOIN, COUNT DISTINCT, MIN, MAX, SUM, CAST): no dialect-specific function.
-- Tables: identifiers and movements (see hub/extract.py). {max_rank}: the most restrictive TLP marking (0 CLEAR ...
-- 4 RED) the audience may see; rows of exports marked above it are left out before anything is linked.

-- name: link_sides
-- Every identifier seen in more than one member's exports, with each member and record type it was seen in.
WITH visible AS (
  SELECT * FROM identifiers WHERE marking_rank <= {max_rank}
), linked AS (
  SELECT kind, value FROM visible GROUP BY kind, value HAVING COUNT(DISTINCT member) > 1
)
SELECT v.kind, v.value, v.member, v.record_type, COUNT(*) AS occurrences, MIN(v.day) AS first_day,
       MAX(v.day) AS last_day, MAX(v.marking_rank) AS marking_rank
FROM visible v JOIN linked l ON v.kind = l.kind AND v.value = l.value
GROUP BY v.kind, v.value, v.member, v.record_type;

-- name: link_money
-- Money moved through the accounts of linked identifiers, by currency (each transaction once per identifier).
WITH visible AS (
  SELECT * FROM identifiers WHERE marking_rank <= {max_rank}
), linked AS (
  SELECT kind, value FROM visible GROUP BY kind, value HAVING COUNT(DISTINCT member) > 1
), accounts AS (
  SELECT DISTINCT v.kind, v.value, v.export_id, v.record_id
  FROM visible v JOIN linked l ON v.kind = l.kind AND v.value = l.value
  WHERE v.record_type = 'FinancialAccount'
), moved AS (
  SELECT DISTINCT a.kind, a.value, m.export_id, m.transaction_id, m.day, m.amount, m.currency
  FROM accounts a JOIN movements m ON m.export_id = a.export_id AND m.account_id = a.record_id
)
SELECT kind, value, currency, SUM(CAST(amount AS DECIMAL(38, 18))) AS total, COUNT(*) AS transactions,
       MIN(day) AS first_day, MAX(day) AS last_day
FROM moved
GROUP BY kind, value, currency;
