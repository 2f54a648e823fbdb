"""Export packages: reproducible bytes, every check on reading (GPOS-E060..E064), and hostile archives refused."""

from __future__ import annotations

import io
import json
import os
import zipfile
from pathlib import Path
from typing import Any

import pytest

from gpos_standard import cli
from gpos_standard.io.package import DATA_FILE, MANIFEST, PackageSource, is_package, package_bytes, write_package
from gpos_standard.io.records import ReadError
from gpos_standard.validation import validate
from gpos_standard.validation.engine import SourceValidator
from gpos_standard.validation.report import Report

from conftest import EXPORTS, INVALID_DIR, load_json

KEY = "gpos-key-1 0123456789abcdef " + "Zm9yIHRoZSB0ZXN0cyBvbmx5OiBhIGtleSBvZiAzMiE="


def check(path: Path) -> Report:
    report = Report()
    source = PackageSource(path)
    try:
        SourceValidator(source, report).run()
    finally:
        source.close()
    return report


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def rezip(path: Path, files: dict[str, bytes]) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)


@pytest.fixture
def package(tmp_path: Path) -> Path:
    path = tmp_path / "export.zip"
    write_package(load_json(EXPORTS[0]), path)
    return path


def test_package_is_deterministic_and_valid(package: Path) -> None:
    document = load_json(EXPORTS[0])
    assert package.read_bytes() == package_bytes(json.loads(json.dumps(document)))
    with zipfile.ZipFile(package) as archive:
        infos = archive.infolist()
    assert [i.filename for i in infos] == [DATA_FILE, MANIFEST]
    assert all(i.date_time == (1980, 1, 1, 0, 0, 0) and i.external_attr == 0o644 << 16 and not i.extra
               for i in infos)
    report = check(package)
    assert report.valid, report.issues[:3]
    assert report.records == sum(len(v) for v in document.values() if isinstance(v, list))
    manifest = json.loads(members(package)[MANIFEST])
    assert manifest["data_format"] == "jsonl" and manifest["publisher_name"]
    assert is_package(package) and not is_package(EXPORTS[0])


def test_data_file_is_canonical_jsonl(package: Path) -> None:
    lines = members(package)[DATA_FILE].decode().splitlines()
    assert json.loads(lines[0])["record_type"] == "Export"
    first = json.loads(lines[1])
    assert list(first)[:2] == ["record_type", "id"]


def test_folder_package(package: Path, tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    with zipfile.ZipFile(package) as archive:
        archive.extractall(folder)
    assert is_package(folder) and check(folder).valid
    (folder / "link").symlink_to(folder / MANIFEST)
    with pytest.raises(ReadError, match="symbolic link"):
        PackageSource(folder)


def _codes(report: Report) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for issue in report.issues:
        out.setdefault(issue.code, []).append(f"{issue.sheet}: {issue.message}")
    return out


def test_tampered_file_names_the_file(package: Path) -> None:
    files = members(package)
    files[DATA_FILE] = files[DATA_FILE].replace(b'"status":"', b'"status": "', 1)  # same JSON, other bytes
    rezip(package, files)
    found = _codes(check(package))
    assert "GPOS-E061" in found and DATA_FILE in found["GPOS-E061"][0]


def test_truncated_data_file(package: Path) -> None:
    files = members(package)
    files[DATA_FILE] = files[DATA_FILE][: len(files[DATA_FILE]) // 2].rsplit(b"\n", 1)[0] + b"\n"
    rezip(package, files)
    found = _codes(check(package))
    assert DATA_FILE in found["GPOS-E061"][0] and "GPOS-E063" in found


def test_truncated_zip_is_a_clear_error(package: Path) -> None:
    package.write_bytes(package.read_bytes()[:-200])
    with pytest.raises(ReadError, match="truncated or damaged"):
        PackageSource(package)


def test_manifest_problems(package: Path) -> None:
    files = members(package)
    manifest = json.loads(files[MANIFEST])
    bad = dict(manifest, export_id="TH-OTHER", files=[*manifest["files"], {"path": "data/gone.jsonl", "bytes": 1,
                                                                             "sha256": "0" * 64}])
    del bad["licence"]
    rezip(package, {**files, MANIFEST: json.dumps(bad).encode(), "extra.txt": b"x"})
    found = _codes(check(package))
    assert any("licence" in m for m in found["GPOS-E060"])
    assert any("gone.jsonl" in m for m in found["GPOS-E062"]) and any("extra.txt" in m for m in found["GPOS-E062"])
    assert any("export_id" in m for m in found["GPOS-E064"])
    rezip(package, {**files, MANIFEST: b"{not json"})
    assert "GPOS-E060" in _codes(check(package))


def test_count_mismatch(package: Path) -> None:
    files = members(package)
    manifest = json.loads(files[MANIFEST])
    manifest["record_counts"][0]["count"] += 1
    rezip(package, {**files, MANIFEST: json.dumps(manifest).encode()})
    assert "GPOS-E063" in _codes(check(package))


def _hostile(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / f"{kind}.zip"
    good = package_bytes(load_json(EXPORTS[0]))
    files = members_from(good)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            if kind == "missing-manifest" and name == MANIFEST:
                continue
            archive.writestr(name, data)
        if kind == "zip-slip":
            archive.writestr("../evil.txt", b"owned")
        elif kind == "symlink":
            info = zipfile.ZipInfo("data/link")
            info.external_attr = (0o120777 << 16)
            archive.writestr(info, "/etc/passwd")
        elif kind == "bomb":
            archive.writestr("data/bomb.bin", b"\0" * (8 * 1024**2))
        elif kind == "duplicate":
            with pytest.warns(UserWarning):
                archive.writestr(MANIFEST, files[MANIFEST])
    path.write_bytes(buffer.getvalue())
    return path


def members_from(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


@pytest.mark.parametrize(("kind", "message"), [
    ("zip-slip", "unsafe path"), ("symlink", "symbolic link"), ("bomb", "zip bomb"),
    ("duplicate", "appears twice"), ("missing-manifest", "no manifest.json"),
])
def test_hostile_packages_are_refused(tmp_path: Path, kind: str, message: str) -> None:
    work = tmp_path / "work"
    work.mkdir()
    path = _hostile(work, kind)
    before = sorted(p.name for p in tmp_path.rglob("*"))
    cwd = os.getcwd()
    os.chdir(work)
    try:
        with pytest.raises(ReadError, match=message):
            PackageSource(path)
    finally:
        os.chdir(cwd)
    assert sorted(p.name for p in tmp_path.rglob("*")) == before
    assert not (tmp_path / "evil.txt").exists()


# -- the command line ----------------------------------------------------------------------------------------------
def gpos(monkeypatch: pytest.MonkeyPatch, *argv: str) -> int:
    for name in ("package", "redact", "stats"):
        monkeypatch.setitem(cli.COMMANDS, name, name)
    return cli.main(list(argv))


def test_cli_package(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = tmp_path / "a.zip", tmp_path / "b.zip"
    assert gpos(monkeypatch, "package", str(EXPORTS[0]), "-o", str(a)) == 0
    assert gpos(monkeypatch, "package", str(EXPORTS[0]), "-o", str(b)) == 0
    assert a.read_bytes() == b.read_bytes()
    assert gpos(monkeypatch, "package", str(EXPORTS[0]), str(EXPORTS[1]), "-o", str(tmp_path / "c.zip")) == 1
    assert "envelopes differ" in capsys.readouterr().err
    # Several inputs whose envelopes agree are merged.
    first, second = split_inputs(load_json(EXPORTS[0]), "scam_reports", tmp_path)
    assert gpos(monkeypatch, "package", str(first), str(second), "-o", str(b)) == 0
    assert check(b).valid


def split_inputs(document: dict[str, Any], collection: str, folder: Path) -> tuple[Path, Path]:
    """Two inputs with the same envelope: every collection but one, and that one."""
    first, second = folder / "1.json", folder / "2.json"
    first.write_text(json.dumps({k: v for k, v in document.items() if k != collection}))
    second.write_text(json.dumps({k: v for k, v in document.items() if not isinstance(v, list) or k == collection}))
    return first, second


def test_cli_package_refuses_invalid(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    document: dict[str, Any] = load_json(EXPORTS[0])
    document["scam_reports"][0]["status"] = "nonsense"
    (tmp_path / "bad.json").write_text(json.dumps(document))
    out = tmp_path / "out.zip"
    assert gpos(monkeypatch, "package", str(tmp_path / "bad.json"), "-o", str(out)) == 1
    assert not out.exists()
    assert gpos(monkeypatch, "package", str(tmp_path / "bad.json"), "-o", str(out), "--allow-invalid") == 0
    assert not check(out).valid
    assert gpos(monkeypatch, "package", str(tmp_path / "missing.json"), "-o", str(out)) == 2


def test_cli_redact_to_package(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "partner.zip"
    monkeypatch.delenv("GPOS_PSEUDONYM_KEY", raising=False)
    assert gpos(monkeypatch, "redact", str(EXPORTS[0]), "--audience", "partner_law_enforcement", "-o", str(out)) == 2
    assert "needs a key" in capsys.readouterr().err and not out.exists()
    key_file = tmp_path / "key"
    key_file.write_text(KEY)
    assert gpos(monkeypatch, "redact", str(EXPORTS[0]), "--audience", "partner_law_enforcement", "-o", str(out),
                "--key-file", str(key_file)) == 0
    report = check(out)
    assert report.valid, report.issues[:3]
    manifest = json.loads(members(out)[MANIFEST])
    assert manifest["redaction"]["audience"] == "partner_law_enforcement"
    assert manifest["redaction"]["key_id"] == "0123456789abcdef"
    captured = capsys.readouterr()
    for blob in (out.read_bytes(), *members(out).values(), captured.out.encode(), captured.err.encode()):
        assert KEY.split()[-1].encode() not in blob
    # The same key from the environment gives the same bytes; any format by extension.
    monkeypatch.setenv("GPOS_PSEUDONYM_KEY", KEY)
    again = tmp_path / "again.zip"
    assert gpos(monkeypatch, "redact", str(EXPORTS[0]), "--audience", "partner_law_enforcement", "-o",
                str(again)) == 0
    assert again.read_bytes() == out.read_bytes()
    as_json = tmp_path / "partner.json"
    assert gpos(monkeypatch, "redact", str(out), "--audience", "public_statistics", "-o", str(as_json)) == 0
    assert validate(as_json).valid and KEY.split()[-1] not in as_json.read_text()


def test_cli_package_streams_json_lines_and_chains_inputs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    from gpos_standard.io.jsonl import write_jsonl

    document = load_json(EXPORTS[0])
    whole = tmp_path / "whole.jsonl"
    write_jsonl(document, whole)
    out = tmp_path / "out.zip"
    assert gpos(monkeypatch, "package", str(whole), "-o", str(out)) == 0
    assert out.read_bytes() == package_bytes(document)  # streamed, yet the bytes of the in-memory writer
    # Records of the second input refer to records of the first: validated as one export.
    others, cases = split_inputs(document, "cases", tmp_path)
    assert gpos(monkeypatch, "package", str(others), str(cases), "-o", str(out)) == 0
    assert check(out).valid
    # The same case twice: a duplicate id across inputs, numbered as in the merged export.
    capsys.readouterr()
    assert gpos(monkeypatch, "package", str(cases), str(cases), str(others), "-o", str(tmp_path / "dup.zip")) == 1
    err = capsys.readouterr().err
    assert "GPOS-E020" in err and f"/cases/{len(document['cases'])}/id" in err
    assert f"3 inputs, {cases}, line " in err  # the input the second copy came from, and where in it
    assert not (tmp_path / "dup.zip").exists()


def test_cli_package_unreadable_line_is_exit_2(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    from gpos_standard.io.jsonl import write_jsonl

    path = tmp_path / "broken.jsonl"
    write_jsonl(load_json(EXPORTS[0]), path)
    lines = path.read_bytes().splitlines(keepends=True)
    lines.insert(3, b'{"record_type": "Case", "id": \n')
    path.write_bytes(b"".join(lines))
    out = tmp_path / "out.zip"
    for extra in ((), ("--allow-invalid",)):
        assert gpos(monkeypatch, "package", str(path), "-o", str(out), *extra) == 2
        assert "line 4" in capsys.readouterr().err
        assert not out.exists() and not list(tmp_path.glob(".out.zip.*"))


def test_cli_package_checks_an_input_package_against_its_manifest(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    tampered = INVALID_DIR / "e061_checksum_mismatch"
    out = tmp_path / "again.zip"
    assert gpos(monkeypatch, "package", str(tampered), "-o", str(out)) == 1
    assert "GPOS-E061" in capsys.readouterr().err and not out.exists()


def test_manifests_with_the_old_key_fingerprint_stay_valid(tmp_path: Path) -> None:
    """Issue 15, finding 11: new packages name the key by key_id; packages made before keep key_fingerprint."""
    path = tmp_path / "old.zip"
    redaction = {"audience": "partner_law_enforcement", "ceiling": "restricted", "key_fingerprint": "0123456789abcdef"}
    path.write_bytes(package_bytes(load_json(EXPORTS[0]), redaction))
    report = check(path)
    assert not [i for i in report.issues if i.code == "GPOS-E060"], report.issues[:3]
