"""Rules of the domain: victims compelled to offend (GPOS-E050) and screened (GPOS-E051), which need several records;
and, from 0.2.0, the two rules of one record that LinkML cannot state: a report's received_at_unknown is never false
(GPOS-E055, whose other half is a LinkML rule) and a person's age_min is not above age_max (GPOS-E056).

The other rules of one object (money with one unit, a closed case's reason, an involvement's case or report) are
LinkML rules in the schema, checked with the JSON Schema; the checks here only gather the facts of each record.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ...i18n import tr
from ..walk import RecordScope, object_passes_when, object_rule, object_rule_factory

Finding = tuple[str, str, tuple[Any, ...]]
VICTIM_ROLES = {"presumed_tip_victim", "tip_victim", "tip_victim_forced_criminality"}
IDENTIFIED_VICTIM_ROLES = {"tip_victim", "tip_victim_forced_criminality"}
NO_CASE = ""  # the case of a victim registered by an organisation without a report or case (0.2.0)
SUSPECT_ROLES = {"suspected_perpetrator"}
VICTIM_OUTCOMES = {"presumed", "identified"}


@object_rule("PersonInvolvement")
def involvement(obj: dict[str, Any], scope: RecordScope) -> list[Finding] | None:
    person, case, role = obj.get("person"), obj.get("case"), obj.get("role")
    if case is None and "report" not in obj:
        case = NO_CASE  # registered by an organisation: an identified victim still needs a screening (GPOS-E051)
    if isinstance(person, str) and isinstance(case, str) and isinstance(role, str):
        roles = scope.context.case_roles[(case, person)]
        if role not in roles:
            roles[role] = scope.where(("role",))
    return None


@object_rule("TraffickingScreening")
def screening(obj: dict[str, Any], scope: RecordScope) -> None:
    person, case = obj.get("person"), obj.get("case")
    if isinstance(person, str):
        scope.context.screened_persons.add(person)
        outcome = obj.get("outcome")
        if isinstance(case, str) and isinstance(outcome, str) and outcome in VICTIM_OUTCOMES:
            scope.context.victim_by_screening.add((case, person))


@object_rule("NonPunishmentAssessment")
def assessment(obj: dict[str, Any], scope: RecordScope) -> None:
    person, case = obj.get("person"), obj.get("case")
    if isinstance(person, str) and isinstance(case, str):
        scope.context.assessed.add((case, person))


def finish(context: Any) -> Iterator[tuple[str, str, Any]]:
    """Cross-record domain findings, once every record has been seen: (code, message, where)."""
    for (case, person), roles in context.case_roles.items():
        victim = bool(VICTIM_ROLES & roles.keys()) or (case, person) in context.victim_by_screening
        suspect_roles = SUSPECT_ROLES & roles.keys()
        if victim and suspect_roles and (case, person) not in context.assessed:
            where = roles[min(suspect_roles)]
            yield ("GPOS-E050", tr("person {person} is a trafficking victim and a suspected perpetrator in case "
                                   "{case} but has no NonPunishmentAssessment for that case",
                                   person=person, case=case), where)
        identified = IDENTIFIED_VICTIM_ROLES & roles.keys()
        if identified and person not in context.screened_persons:
            message = tr("person {person} is involved as an identified trafficking victim in case {case} but has "
                         "no TraffickingScreening", person=person, case=case) if case != NO_CASE else \
                tr("person {person} is involved as an identified trafficking victim registered without a case but "
                   "has no TraffickingScreening", person=person)
            yield ("GPOS-E051", message, roles[min(identified)])


# Checks of one record that the schema names on a slot (its annotation checks) rather than on the class: they concern
# slots added in 0.2.0, so they run for the classes and versions that have such a slot.
SLOT_NAMED: dict[str, Any] = {}


def named_on_slot(code: str) -> Any:
    def register(fn: Any) -> Any:
        SLOT_NAMED[code] = fn
        return fn
    return register


@object_rule_factory
def slot_named(cls: str, meta: dict[str, Any], version: str) -> Any:
    """The check of each rule a slot of the class names, for example GPOS-E056 on Person.age_max."""
    named = {code for slot in meta["slots"].values() for code in slot.get("checks", ())}
    found = [fn for code, fn in SLOT_NAMED.items() if code in named]
    if len(found) > 1:
        raise AssertionError(f"{cls}: one slot-named check per class is supported, not {len(found)}")
    return found[0] if found else None


@named_on_slot("GPOS-E055")
@object_passes_when(lambda o: ([f"ok = {o}.get('received_at_unknown') is not False or 'received_at' in {o}"], {}))
def received_unknown(obj: dict[str, Any], scope: RecordScope) -> list[Finding] | None:
    """received_at_unknown says the date is unknown; false would say nothing. The LinkML rules need it present when
    received_at is absent, and absent when received_at is given; what they cannot say is that it must be true."""
    if obj.get("received_at_unknown") is False and "received_at" not in obj:
        return [("GPOS-E055", tr("received_at_unknown is false: give received_at, or received_at_unknown true when "
                                 "the received date is not known"), ("received_at_unknown",))]
    return None


@named_on_slot("GPOS-E056")
@object_passes_when(lambda o: ([f"ok = 'age_min' not in {o} or 'age_max' not in {o}"], {}))
def age_range(obj: dict[str, Any], scope: RecordScope) -> list[Finding] | None:
    low, high = obj.get("age_min"), obj.get("age_max")
    if type(low) is int and type(high) is int and low > high:
        return [("GPOS-E056", tr("age_min is higher than age_max: give the lowest age in age_min and the highest in "
                                 "age_max"), ("age_max",))]
    return None
