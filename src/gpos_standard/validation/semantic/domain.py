"""Rules of the domain that need several records: victims compelled to offend (GPOS-E050) and screened (GPOS-E051).

The rules of one object (money with one unit, a closed case's reason, an involvement's case or report) are LinkML
rules in the schema, checked with the JSON Schema; the checks here only gather the facts of each record.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..walk import RecordScope, object_rule

Finding = tuple[str, str, tuple[Any, ...]]
VICTIM_ROLES = {"presumed_tip_victim", "tip_victim_forced_criminality"}
IDENTIFIED_VICTIM_ROLES = {"tip_victim_forced_criminality"}
SUSPECT_ROLES = {"suspected_perpetrator"}
VICTIM_OUTCOMES = {"presumed", "identified"}


@object_rule("PersonInvolvement")
def involvement(obj: dict[str, Any], scope: RecordScope) -> list[Finding] | None:
    person, case, role = obj.get("person"), obj.get("case"), obj.get("role")
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
            yield ("GPOS-E050", f"person {person} is a trafficking victim and a suspected perpetrator in case {case} "
                                "but has no NonPunishmentAssessment for that case", where)
        identified = IDENTIFIED_VICTIM_ROLES & roles.keys()
        if identified and person not in context.screened_persons:
            yield ("GPOS-E051", f"person {person} is involved as an identified trafficking victim in case {case} "
                                "but has no TraffickingScreening", roles[min(identified)])
