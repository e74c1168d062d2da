"""Writing one batch of a bulk decision inside the caller's transaction, with Core
statements: re-check each person, insert the decisions (or turn pending ones final), apply
the effects, and write the history rows (see ``apply_amnesty``)."""

from __future__ import annotations

from datetime import date
from fractions import Fraction
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, case, select, update

from desktop.domain import decision_rules as rules
from desktop.domain.enums import CaseStatus, ChangeAction, Outcome
from desktop.domain.errors import FieldProblem
from desktop.services.decision_records import clean
from desktop.store.amnesty_queries import has_final_decision
from desktop.store.history import as_text, utc_now
from desktop.store.models import AmnestyDecision, ChangeLog, Detainee

DECISIONS = cast(Table, AmnestyDecision.__table__)
DETAINEES = cast(Table, Detainee.__table__)
CHANGES = cast(Table, ChangeLog.__table__)


class BatchWriter:
    """Checks and writes one batch of people at a time inside the caller's transaction."""

    def __init__(
        self,
        conn: Connection,
        who: str,
        amnesty_id: int,
        outcome: str,
        fraction: Fraction | None,
        day: date,
        decided_by: str | None,
        *,
        login: str | None = None,
        batch_id: str | None = None,
    ) -> None:
        """With ``batch_id`` the decisions are proposals of that batch, recorded by
        ``login``, and change nothing on the people until the batch is approved."""
        self.conn = conn
        self.login = login or who
        self.batch_id = batch_id
        self.now = utc_now().replace(microsecond=0)
        self.who = who
        self.amnesty_id = amnesty_id
        self.outcome = outcome
        self.fraction = fraction if outcome == Outcome.REDUCED else None
        self.day = day
        self.decided_by = clean(decided_by)
        self.released = self.reduced = self.replaced = self.proposed = 0

    def _read(self, batch: list[int], selected: Any) -> list[Any]:
        d = DETAINEES.c
        dec = DECISIONS.c
        pending = (
            select(dec.id)
            .where(
                dec.detainee_id == d.id,
                # "+ 0": SQLite would otherwise look the person up through the amnesty's
                # index, scanning every decision the batch has written so far (quadratic).
                dec.amnesty_id + 0 == self.amnesty_id,
                dec.revoked_at.is_(None),
                dec.outcome == Outcome.PENDING.value,
            )
            .limit(1)
            .scalar_subquery()
        )
        query = (
            select(
                d.id,
                d.case_no,
                d.status,
                d.sentence_months,
                d.sentence_start,
                d.sentence_end,
                case((selected, 1), else_=0).label("selected"),
                case((has_final_decision(self.amnesty_id), 1), else_=0).label("decided"),
                pending.label("pending_id"),
            )
            .where(d.id.in_(batch))
            .with_for_update()
        )
        return list(self.conn.execute(query))

    def write(self, batch: list[int], selected: Any) -> list[FieldProblem]:
        rows = self._read(batch, selected)
        problems = [
            FieldProblem("detainee_ids", "no such case", missing)
            for missing in sorted(set(batch) - {r.id for r in rows})
        ]
        plans: list[tuple[Any, rules.Effects]] = []
        for r in rows:
            sentence = rules.Sentence(r.sentence_months, r.sentence_start, r.sentence_end)
            why = [p.message for p in rules.effect_problems(self.outcome, r.status, sentence)]
            if r.decided:
                why.append("already has a decision under this amnesty")
            if not r.selected:
                why.append("the amnesty's rules do not select this person (decide one by one)")
            if r.status != CaseStatus.HELD and not why:
                why.append(f"is not held (status {r.status})")
            if why:
                problems.append(FieldProblem("detainee", "; ".join(why), r.case_no))
            else:
                plans.append((r, rules.effects(self.outcome, self.fraction, r.status, sentence)))
        if problems:
            return problems
        self._store(plans)
        return []

    def _store(self, plans: list[tuple[Any, rules.Effects]]) -> None:
        table = DECISIONS
        frac = self.fraction
        common = {
            "amnesty_id": self.amnesty_id,
            "outcome": self.outcome,
            "fraction_num": frac.numerator if frac else None,
            "fraction_den": frac.denominator if frac else None,
            "decision_date": self.day,
            "decided_by": self.decided_by,
            "state": "proposed" if self.batch_id else "approved",
            "proposed_by": self.login,
            "proposed_at": self.now,
            "batch_id": self.batch_id,
        }
        fresh = [
            {
                **common,
                "detainee_id": r.id,
                "guarantor": None,
                "conditions": None,
                "notes": None,
                "override_reason": None,
                "status_before": e.status_before,
                "sentence_end_before": e.sentence_end_before,
                "sentence_end_after": e.sentence_end_after,
                "synthetic": False,
                "version": 1,
            }
            for r, e in plans
            if r.pending_id is None
        ]
        log: list[dict[str, Any]] = []
        if fresh:
            returned = self.conn.execute(
                table.insert().returning(table.c.id, table.c.detainee_id), fresh
            ).all()
            log += [
                self._log("amnesty_decision", i, "insert", None, self.outcome) for i, _ in returned
            ]
        stale = [(r, e) for r, e in plans if r.pending_id is not None]
        if stale:
            c = table.c
            self.conn.execute(
                update(table)
                .where(c.id == bindparam("b_id"))
                .values(
                    outcome=self.outcome,
                    fraction_num=common["fraction_num"],
                    fraction_den=common["fraction_den"],
                    decision_date=self.day,
                    decided_by=self.decided_by,
                    status_before=bindparam("b_status"),
                    sentence_end_before=bindparam("b_before"),
                    sentence_end_after=bindparam("b_after"),
                    state=common["state"],
                    proposed_by=self.login,
                    proposed_at=self.now,
                    batch_id=self.batch_id,
                    revised_by=self.login,
                    revised_at=self.now,
                    version=c.version + 1,
                ),
                [
                    {
                        "b_id": r.pending_id,
                        "b_status": e.status_before,
                        "b_before": e.sentence_end_before,
                        "b_after": e.sentence_end_after,
                    }
                    for r, e in stale
                ],
            )
            self.replaced += len(stale)
            log += [
                self._log("amnesty_decision", r.pending_id, "update", "pending", self.outcome)
                for r, _e in stale
            ]
        if self.batch_id is None:
            log += self._apply_effects(plans)
        else:
            self.proposed += len(plans)
        self.conn.execute(CHANGES.insert(), log)

    def _apply_effects(self, plans: list[tuple[Any, rules.Effects]]) -> list[dict[str, Any]]:
        d = DETAINEES.c
        log: list[dict[str, Any]] = []
        if self.outcome == Outcome.RELEASED:
            ids = [r.id for r, _e in plans]
            self.conn.execute(
                update(DETAINEES)
                .where(d.id.in_(ids), d.status == CaseStatus.HELD.value)
                .values(status=CaseStatus.RELEASED.value, version=d.version + 1)
            )
            self.released += len(ids)
            log += [
                self._log("detainee", r.id, "update", e.status_before, e.status_after, "status")
                for r, e in plans
            ]
        elif self.outcome == Outcome.REDUCED:
            self.conn.execute(
                update(DETAINEES)
                .where(d.id == bindparam("b_id"))
                .values(sentence_end=bindparam("b_end"), version=d.version + 1),
                [{"b_id": r.id, "b_end": e.sentence_end_after} for r, e in plans],
            )
            self.reduced += len(plans)
            log += [
                self._log(
                    "detainee",
                    r.id,
                    "update",
                    e.sentence_end_before,
                    e.sentence_end_after,
                    "sentence_end",
                )
                for r, e in plans
            ]
        return log

    def _log(
        self,
        table: str,
        record_id: int,
        action: str,
        before: object,
        after: object,
        field: str = "outcome",
    ) -> dict[str, Any]:
        return {
            "who": self.who,
            "table_name": table,
            "record_id": record_id,
            "action": ChangeAction(action).value,
            "field": field,
            "before": as_text(before),
            "after": as_text(after),
        }
