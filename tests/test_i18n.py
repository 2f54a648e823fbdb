"""Messages in the members' languages: complete catalogues with the same placeholders, a review status, the
catalogues in step with the code, and the validator's messages rendered in each language."""

from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from gpos_standard import validate
from gpos_standard.cli import main
from gpos_standard.i18n import LANGUAGES, LOCALE_DIR, Msg, choose, localize, placeholders, tr

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from gpos_build import messages  # noqa: E402

INVALID = ROOT / "reference_data" / "invalid"


def _catalogue(lang: str) -> dict[str, str]:
    with (LOCALE_DIR / lang / "LC_MESSAGES" / "gpos.po").open("rb") as f:
        return {m.id: m.string for m in read_po(f) if m.id}


def _check(templates: list[str], catalogues: dict[str, dict[str, str]]) -> list[str]:
    problems = []
    for lang, catalogue in catalogues.items():
        for msgid in templates:
            text = catalogue.get(msgid, "")
            if not text:
                problems.append(f"{lang}: no translation of {msgid!r}")
            elif placeholders(text) != placeholders(msgid):
                problems.append(f"{lang}: placeholders of {msgid!r} differ: {sorted(placeholders(text))}")
    return problems


def test_every_message_has_every_language_with_the_same_placeholders() -> None:
    templates = messages.templates(ROOT)
    assert len(templates) > 100
    assert _check(templates, {lang: _catalogue(lang) for lang in LANGUAGES[1:]}) == []


def test_the_check_fails_on_a_missing_language_or_a_changed_placeholder() -> None:
    catalogues = {"th": {"{field} is in the future": "{field} อยู่ในอนาคต"}, "es": {}}
    assert _check(["{field} is in the future"], catalogues) == ["es: no translation of '{field} is in the future'"]
    catalogues = {"th": {"{field} is in the future": "{campo} อยู่ในอนาคต"}}
    assert _check(["{field} is in the future"], catalogues)[0].startswith("th: placeholders")


def test_every_catalogue_states_its_review_status() -> None:
    for lang in LANGUAGES[1:]:
        text = (LOCALE_DIR / lang / "LC_MESSAGES" / "gpos.po").read_text(encoding="utf-8")
        assert messages.review_status(text), lang


def test_catalogues_are_in_step_with_the_code() -> None:
    stale = [str(p.relative_to(ROOT)) for p, data in messages.render(ROOT).items()
             if not p.exists() or p.read_bytes() != data]
    assert stale == [], "run make generate"


def test_messages_render_in_each_language_and_fall_back_to_english() -> None:
    message = tr("{field} is in the future", field=tr("'{field}' of {record}", field="received_at",
                                                       record="ScamReport"))
    assert str(message) == "'received_at' of ScamReport is in the future"
    assert localize(message, "th") == "'received_at' ของ ScamReport อยู่ในอนาคต"
    assert localize(message, "es") == "'received_at' de ScamReport está en el futuro"
    assert localize(tr("not a template of the package"), "th") == "not a template of the package"
    assert localize("a plain string", "ar") == "a plain string"
    again = pickle.loads(pickle.dumps(message))
    assert isinstance(again, Msg) and localize(again, "th") == localize(message, "th")


def test_language_from_option_or_locale() -> None:
    assert choose("th") == "th" and choose("es-PE") == "es"
    with pytest.raises(ValueError):
        choose("fr")
    assert choose(None, {"LANG": "th_TH.UTF-8"}) == "th"
    assert choose(None, {"LC_ALL": "bn_BD.UTF-8", "LANG": "th_TH.UTF-8"}) == "bn"
    assert choose(None, {"LANGUAGE": "fr:ne", "LANG": "C.UTF-8"}) == "ne"
    assert choose(None, {"LANG": "C.UTF-8"}) == "en"
    assert choose(None, {}) == "en"


def test_validator_messages_of_the_invalid_examples_are_translatable() -> None:
    """Every issue the structural, reference, date, code-list, identifier and domain rules report is a message
    with a template; the readers' own messages (GPOS-E001, E011 on unreadable input) are English only."""
    english_only = {"GPOS-E001", "GPOS-E011"}
    seen = set()
    for path in sorted(INVALID.glob("*.json")):
        for issue in validate(path).issues:
            if issue.code not in english_only:
                seen.add(issue.code)
                assert isinstance(issue.message, Msg), (path.name, issue.code, issue.message)
                assert localize(issue.message, "th") != str(issue.message), (path.name, issue.code)
    assert len(seen) > 25


def test_validate_in_thai_and_arabic(capsys: pytest.CaptureFixture[str]) -> None:
    path = str(INVALID / "e005_code_not_in_list.json")
    assert main(["validate", "--lang", "th", path]) == 1
    out = capsys.readouterr().out
    assert "รหัสไม่อยู่ในรายการรหัสแบบปิด" in out and "ไม่ถูกต้อง" in out
    assert main(["validate", "--lang", "ar", "--format", "json", path]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["lang"] == "ar" and "ليس رمزاً" in data["issues"][0]["message_localized"]
    assert "suggestion_localized" not in data["issues"][0]  # carrier_pigeon is near no code
    assert main(["validate", "--lang", "xx", path]) == 2
