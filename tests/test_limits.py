"""The bounded reader layer (issue 15, findings 5, 6 and 7): inputs beyond the limits are a clear GPOS-E001 or
E011 and exit 1, never a traceback, a hang or a message quoting a cell."""

from __future__ import annotations

import copy
import json
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from gpos_standard.cli import main
from gpos_standard.io.formats import write
from gpos_standard.io.limits import MAX_DEPTH
from gpos_standard.validation import validate

from conftest import EXPORTS, load_json

ENVELOPE = '{"record_type":"Export","export_id":"TH-EXP-1"}\n'


def codes(path: Path) -> dict[str, list[str]]:
    """Rule code -> messages, from validating ``path`` (any exception fails the test)."""
    out: dict[str, list[str]] = {}
    for issue in validate(path).issues:
        out.setdefault(issue.code, []).append(issue.message)
    return out


def unreadable(path: Path, match: str) -> None:
    found = codes(path)
    messages = found.get("GPOS-E001", []) + found.get("GPOS-E011", [])
    assert any(match in m for m in messages), found


# -- finding 5: numbers, surrogates, nesting ----------------------------------------------------------------------
@pytest.mark.parametrize(("name", "text"), [
    ("big.json", '{"export_id": %s}' % ("9" * 5000)),
    ("big.jsonl", ENVELOPE + '{"record_type":"Case","id":%s}\n' % ("9" * 5000)),
    ("big.yaml", "export_id: %s\n" % ("9" * 5000)),
    ("inf.json", '{"export_id": 1e999}'),
])
def test_numbers_beyond_the_limits_are_unreadable(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    unreadable(path, "number")
    assert main(["validate", str(path)]) == 1


def test_lone_surrogate_in_yaml(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text('export_id: "\\ud800"\n', encoding="utf-8")
    unreadable(path, "surrogate")


@pytest.mark.parametrize(("name", "text"), [
    ("deep.jsonl", ENVELOPE + '{"record_type":"Case","x":' + "[" * 300 + "]" * 300 + "}\n"),
    ("deep2.jsonl", ENVELOPE + '{"record_type":"Case","x":' + "[" * 100 + "]" * 100 + "}\n"),
    ("deep.json", '{"cases":[{"x":' + "[" * 950 + "]" * 950 + "}]}"),
    ("deep2.json", '{"cases":[{"x":' + "[" * 300 + "]" * 300 + "}]}"),
    ("deep.yaml", "cases:\n- x: " + "[" * 300 + "]" * 300 + "\n"),
])
def test_nesting_beyond_the_limit_is_unreadable(tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    unreadable(path, "nested")


def test_nesting_within_the_limit_is_validated(tmp_path: Path) -> None:
    path = tmp_path / "ok.jsonl"
    depth = MAX_DEPTH - 2
    path.write_text(ENVELOPE + '{"record_type":"Case","x":' + "[" * depth + "]" * depth + "}\n", encoding="utf-8")
    found = codes(path)
    assert "GPOS-E001" not in found and "GPOS-E003" in found  # read, and 'x' reported as an unknown field


def test_deeply_nested_csv_header(tmp_path: Path) -> None:
    folder = tmp_path / "pkg"
    folder.mkdir()
    (folder / "export.csv").write_text("export_id\nTH-1\n", encoding="utf-8")
    for header in ("/".join(["a"] * 500), "/".join(["outcomes"] + ["0"] * 500)):
        (folder / "cases.csv").write_text(f"id,{header}\nTH-C1,x\n", encoding="utf-8")
        unreadable(folder, "parts separated by")


def test_deeply_nested_manifest(tmp_path: Path) -> None:
    from gpos_standard.io.package import package_bytes

    good = tmp_path / "good.zip"
    good.write_bytes(package_bytes(load_json(EXPORTS[0])))
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "manifest.json":
                data = b'{"licence": ' + b"[" * 3000 + b"]" * 3000 + b"}"
            target.writestr(info, data)
    found = codes(bad)
    assert any("nested" in m for m in found.get("GPOS-E060", [])), found


def test_wrong_json_types_in_fields_are_reported(tmp_path: Path) -> None:
    document = load_json(EXPORTS[0])
    document["trafficking_screenings"][0]["outcome"] = ["identified"]
    path = tmp_path / "x.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert "GPOS-E004" in codes(path) or "GPOS-E005" in codes(path)


# -- damaged zip members ----------------------------------------------------------------------------------------
def _damage(path: Path, member: str, how: str) -> None:
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(member)
    local = info.header_offset
    central = data.find(b"PK\x01\x02", data.find(member.encode(), local + 30 + len(member)) - 46)
    while data[central + 46:central + 46 + len(member)] != member.encode():
        central = data.find(b"PK\x01\x02", central + 4)
    if how == "crc":
        data[local + 14:local + 18] = data[central + 16:central + 20] = b"\x01\x02\x03\x04"
    elif how == "method":
        data[local + 8:local + 10] = data[central + 10:central + 12] = struct.pack("<H", 99)
    elif how == "size":
        data[local + 22:local + 26] = data[central + 24:central + 28] = struct.pack("<I", 3)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["crc", "method", "size"])
def test_damaged_zip_member_is_unreadable(tmp_path: Path, how: str) -> None:
    path = tmp_path / "x.zip"
    write(load_json(EXPORTS[0]), path)
    _damage(path, "scam_reports.csv", how)
    found = codes(path)
    assert "GPOS-E001" in found or "GPOS-E011" in found, found
    assert "GPOS-E021" not in found  # the records not read are not reported as missing
    assert main(["validate", str(path)]) == 1


# -- findings 6 and 7: spreadsheets ------------------------------------------------------------------------------
def _patched_xlsx(tmp_path: Path, rows: bytes) -> Path:
    good = tmp_path / "good.xlsx"
    write(load_json(EXPORTS[0]), good)
    path = tmp_path / "x.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet2.xml":  # scam_reports
                data = data.replace(b"</sheetData>", rows + b"</sheetData>")
            target.writestr(info, data)
    return path


def _validate_in_a_subprocess(path: Path) -> subprocess.CompletedProcess[str]:
    """A hang fails the test instead of stopping the suite."""
    return subprocess.run([sys.executable, "-m", "gpos_standard.cli", "validate", "--format", "json", str(path)],
                          capture_output=True, text=True, timeout=120)


def test_row_numbered_in_the_billions_is_refused(tmp_path: Path) -> None:
    path = _patched_xlsx(tmp_path, b'<row r="99999999999"><c r="A99999999999" t="inlineStr"><is><t>x</t></is></c>'
                                   b"</row>")
    result = _validate_in_a_subprocess(path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "beyond row 1048576" in result.stdout


def test_lone_cells_in_column_xfd_are_read_sparsely(tmp_path: Path) -> None:
    rows = b"".join(b'<row r="%d"><c r="XFD%d" t="inlineStr"><is><t>x</t></is></c></row>' % (i, i)
                    for i in range(100, 5100))
    result = _validate_in_a_subprocess(_patched_xlsx(tmp_path, rows))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    report = json.loads(result.stdout)
    assert report["summary"]["by_code"]["GPOS-E011"] == 5000
    assert "column 16384, which has no name" in report["issues"][0]["message"]


def test_unreadable_cell_is_not_quoted_and_the_sheet_goes_on(tmp_path: Path) -> None:
    secret = b"Somchai Jaidee +66812345678"
    path = _patched_xlsx(tmp_path, b'<row r="90"><c r="B90"><v>' + secret + b"</v></c></row>"
                                   b'<row r="91"><c r="A91" t="inlineStr"><is><t>TH-X-9</t></is></c>'
                                   b'<c r="B91" t="inlineStr"><is><t>_xD800_</t></is></c></row>')
    report = validate(path)
    text = json.dumps([i.to_dict() for i in report.issues])
    assert "Somchai" not in text and "+66812345678" not in text
    bad = [i for i in report.issues if i.code == "GPOS-E011"]
    assert [i.row for i in bad] == [90, 91]
    assert "marked as a number" in bad[0].message and "half of a character" in bad[1].message
    # every record of the sheet before and after was read
    assert report.records == sum(len(v) for k, v in load_json(EXPORTS[0]).items() if isinstance(v, list)) + 2


def test_redact_allow_invalid_with_an_object_as_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from gpos_standard.sharing.redact import redact

    document = copy.deepcopy(load_json(EXPORTS[0]))
    document["persons"][0]["id"] = {"a": 1}
    document["persons"][1]["age_band"] = ["x"]
    document["cases"][0]["lead_agency"] = ["TH-ORG"]
    output, _ = redact(document, "partner_law_enforcement", b"\x8f" * 8 + bytes(range(24)))
    assert all(isinstance(p["id"], str) for p in output["persons"])


# -- finding 9: symbolic links are never followed ---------------------------------------------------------------
def test_csv_package_folder_does_not_follow_links(tmp_path: Path) -> None:
    folder = tmp_path / "pkg"
    write(load_json(EXPORTS[0]), f"{folder}/")
    outside = tmp_path / "secret.csv"
    outside.write_text("Somchai Jaidee,+66812345678\n", encoding="utf-8")
    (folder / "cases.csv").unlink()
    (folder / "cases.csv").symlink_to(outside)
    report = validate(folder)
    text = json.dumps([i.to_dict() for i in report.issues])
    assert "Somchai" not in text and "symbolic link" in text
    assert main(["convert", str(folder), "-o", str(tmp_path / "out.json")]) == 1


def test_links_inside_a_folder_given_to_validate_are_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "x.json").write_text('{"export_id": "Somchai Jaidee"}', encoding="utf-8")
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "link.json").symlink_to(outside / "x.json")
    (folder / "linked").symlink_to(outside)
    report = validate(folder)
    assert [i.code for i in report.issues] == ["GPOS-E001"]
    assert "symbolic link" in report.issues[0].message


def test_package_folder_does_not_follow_links(tmp_path: Path) -> None:
    from gpos_standard.io.package import PackageSource, package_bytes

    folder = tmp_path / "pkg"
    folder.mkdir()
    with zipfile.ZipFile(__import__("io").BytesIO(package_bytes(load_json(EXPORTS[0])))) as archive:
        archive.extractall(folder)
    data = folder / "data" / "export.jsonl"
    data.rename(tmp_path / "elsewhere.jsonl")
    data.symlink_to(tmp_path / "elsewhere.jsonl")
    with pytest.raises(Exception, match="symbolic link"):
        PackageSource(folder)


# -- finding 7: messages never repeat a value from a slot above restricted, or free text ---------------------------
def test_messages_do_not_repeat_personal_or_special_category_values() -> None:
    document = copy.deepcopy(load_json(EXPORTS[0]))
    person = next(p for p in document["persons"] if p.get("contact_details"))
    person["contact_details"][0]["platform"] = "somchai_private_line"  # personal, open code list: W001
    document["financial_indicators"][0]["subject_person"] = "TH-SOMCHAI-JAIDEE"  # special category: E021
    document["cases"][0]["title"] = 12345  # free text of the wrong type: E004
    report = validate(document)
    found = {i.code for i in report.issues}
    assert {"GPOS-W001", "GPOS-E021", "GPOS-E004"} <= found, found
    text = json.dumps([i.message for i in report.issues])
    assert "somchai_private_line" not in text and "SOMCHAI-JAIDEE" not in text and "12345" not in text
