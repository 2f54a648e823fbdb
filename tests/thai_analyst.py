"""The Thai analyst's workbook (tests/data/thai_analyst/workbook.yaml) filled into the XLSX template."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from gpos_standard.io.template import write_xlsx_template

SCENARIO = Path(__file__).parent / "data" / "thai_analyst" / "workbook.yaml"


def scenario() -> dict[str, Any]:
    return yaml.safe_load(SCENARIO.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _rows(spec: dict[str, Any]) -> dict[str, list[dict[str, str]]]:
    reports = []
    for n in range(1, spec["reports"] + 1):
        values = {"n": n, "day": n + 3, "amount": 1000 * n + 500}
        reports.append({k: str(v).format(**values) for k, v in spec["report_template"].items()})
    return {"export": [{k: str(v) for k, v in spec["export"].items()}], "scam_reports": reports,
            "indicators": [{k: str(v) for k, v in row.items()} for row in spec["indicators"]],
            "organisations": [{k: str(v) for k, v in row.items()} for row in spec["organisations"]]}


def build(path: Path, with_mistakes: bool = True, corrected: bool = False) -> None:
    """Fill the template the way a person does: text typed into cells under the template's headers.
    ``corrected``: the mistaken cells hold what they should (what ``gpos fix`` must write)."""
    from openpyxl import load_workbook

    spec = scenario()
    rows = _rows(spec)
    if with_mistakes or corrected:
        for m in spec["mistakes"]:
            rows[m["sheet"]][m["row"] - 2][m["column"]] = m["expected" if corrected else "typed"]
    write_xlsx_template(path)
    book = load_workbook(path)
    renamed = {(h["sheet"], h["expected"]): h["typed"] for h in spec.get("headers", [])} if with_mistakes else {}
    for sheet_name, table in rows.items():
        sheet = book[sheet_name]
        columns = {cell.value: cell.column for cell in sheet[1]}
        for (sheet_of, name), typed in renamed.items():
            if sheet_of == sheet_name:
                sheet.cell(row=1, column=columns[name], value=typed)
        for r, row in enumerate(table, start=2):
            for name, value in row.items():
                sheet.cell(row=r, column=columns[name], value=value)
    book.save(path)
