"""Suggested fixes: one candidate or none, and what was assumed."""

from __future__ import annotations

from gpos_standard.validation.suggest import local_date, local_phone, suggest


def test_local_dates() -> None:
    found = local_date("31/12/2025")
    assert found is not None and found.value == "2025-12-31" and found.certain
    assert "day/month/year" in str(found.note)
    found = local_date("15.02.2568")
    assert found is not None and found.value == "2025-02-15" and "Buddhist" in str(found.note)
    ambiguous = local_date("03/04/2025")
    assert ambiguous is not None and not ambiguous.certain
    assert local_date("31/02/2025") is None and local_date("2025-12-31") is None


def test_local_phone_numbers_take_the_member_country() -> None:
    found = local_phone("081 234 5678", "TH")
    assert found is not None and found.value == "+66812345678" and "TH" in str(found.note)
    assert local_phone("081 234 5678", None) is None
    assert local_phone("12", "TH") is None


def test_codes_amounts_and_field_names() -> None:
    report = {"typologies": ["romance_investmnet", "Romance scam", "romance_or_what", "หลอกลงทุน"],
              "status": "Referred to case", "losses": [{"amount": "1,250.00"}, {"amount": "1.250,00"}]}
    at = lambda code, path: suggest(code, "", report, path, "ScamReport", None, "TH")  # noqa: E731
    assert at("GPOS-E005", ("typologies", 0)).value == "romance_investment"
    assert at("GPOS-E005", ("typologies", 1)).value == "romance"
    assert at("GPOS-E005", ("typologies", 3)) is None  # several Thai titles share the word: no guess
    assert at("GPOS-E005", ("status",)).value == "referred_to_case"
    assert at("GPOS-E006", ("losses", 0, "amount")).value == "1250.00"
    assert at("GPOS-E006", ("losses", 1, "amount")) is None  # a decimal comma: which is which?
