"""Writing one batch of "Apply amnesty" inside the caller's transaction, set-wise: re-check
each person, then from a temporary table of the batch insert the decisions (or turn pending
ones final), apply the effects and write the history rows, each as one statement (see
``apply_amnesty``)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from fractions import Fraction
from typing import Any, NamedTuple, cast

from sqlalchemy import (
    Column,
    Connection,
    Date,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    case,
    delete,
    func,
    insert,
    literal,
    null,
    select,
    update,
)

from desktop.domain import decision_rules as rules
from desktop.domain.enums import CaseStatus, ChangeAction, Outcome
from desktop.domain.errors import FieldProblem
from desktop.domain.messages import CASE_STATUS, Msg, Term, joined
from desktop.domain.stored import as_text
from desktop.services.decision_records import clean
from desktop.store.amnesty_queries import has_final_decision
from desktop.store.history import history_columns, insert_history, utc_now
from desktop.store.models import AmnestyDecision, Detainee

DECISIONS = cast(Table, AmnestyDecision.__table__)
DETAINEES = cast(Table, Detainee.__table__)

# The checked people of the batch being written, with what the decision records about each
# (and the history's text of it); private to the transaction's connection, dropped at its end.
BATCH_TABLE = Table(
    "apply_amnesty_batch",
    MetaData(),
    Column("detainee_id", Integer, primary_key=True),
    Column("pending_id", Integer),  # the pending decision that applying replaces
    Column("status_before", String(20)),
    Column("sentence_end_before", Date),
    Column("sentence_end_after", Date),
    Column("log_before", Text),  # the person's changed field, as the history shows it
    Column("log_after", Text),
    prefixes=["TEMPORARY"],
    postgresql_on_commit="DROP",
)


class Checked(NamedTuple):
    """One person of the batch as read, locked, inside the transaction."""

    id: int
    case_no: str
    status: str
    sentence_months: int | None
    sentence_start: date | None
    sentence_end: date | None
    selected: int  # 1 when the amnesty's rules select the person
    decided: int  # 1 with a standing final decision under the amnesty
    pending_id: int | None


class BatchWriter:
    """Checks and writes one batch of people at a time inside the caller's transaction;
    ``close`` drops the batch table before the transaction ends."""

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
        # Every decision written from here on has a greater id: the history finds them so.
        # (SQLite: the write lock is held since BEGIN IMMEDIATE. PostgreSQL: sequences only
        # grow, and the people are locked, so no one else decides for them meanwhile.)
        self.last_id = conn.scalar(select(func.max(DECISIONS.c.id))) or 0
        BATCH_TABLE.create(conn, checkfirst=True)

    def close(self) -> None:
        BATCH_TABLE.drop(self.conn)

    def _read(self, batch: list[int], selected: Any) -> list[Checked]:
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
        return [Checked(*r) for r in self.conn.execute(query).all()]

    def write(
        self, batch: list[int], selected: Any, shown: Mapping[int, tuple[Any, ...]] | None = None
    ) -> list[FieldProblem]:
        """Check and write one batch; ``shown``: each person's sentence (months, start,
        end) and whether a pending decision stood, as the reviewed list showed them."""
        rows = self._read(batch, selected)
        problems = [
            FieldProblem("detainee_ids", Msg("no such case"), missing)
            for missing in sorted(set(batch) - {r.id for r in rows})
        ]
        plans: list[tuple[Checked, rules.Effects]] = []
        for r in rows:
            sentence = rules.Sentence(r.sentence_months, r.sentence_start, r.sentence_end)
            why = [p.message for p in rules.effect_problems(self.outcome, r.status, sentence)]
            if r.decided:
                why.append(Msg("already has a decision under this amnesty"))
            if not r.selected:
                why.append(Msg("the amnesty's rules do not select this person (decide one by one)"))
            now = (r.sentence_months, r.sentence_start, r.sentence_end, r.pending_id is not None)
            if shown is not None and r.id in shown and shown[r.id] != now:
                why.append(
                    Msg(
                        "the sentence or a pending decision changed since the list was "
                        "reviewed; review the list again"
                    )
                )
            if r.status != CaseStatus.HELD and not why:
                why.append(Msg("is not held (status {status})", status=Term(CASE_STATUS, r.status)))
            if why:
                problems.append(FieldProblem("detainee", joined("; ", why), r.case_no))
            else:
                plans.append((r, rules.effects(self.outcome, self.fraction, r.status, sentence)))
        if problems:
            return problems
        self._store(plans)
        return []

    def _fill(self, plans: list[tuple[Checked, rules.Effects]]) -> None:
        """The batch table holds exactly the people of ``plans``."""
        self.conn.execute(delete(BATCH_TABLE))
        self.conn.execute(
            insert(BATCH_TABLE),
            [
                {
                    "detainee_id": r.id,
                    "pending_id": r.pending_id,
                    "status_before": e.status_before,
                    "sentence_end_before": e.sentence_end_before,
                    "sentence_end_after": e.sentence_end_after,
                    **self._logged(e),
                }
                for r, e in plans
            ],
        )

    def _logged(self, e: rules.Effects) -> dict[str, str | None]:
        """The change to the person as its history row shows it."""
        if self.outcome == Outcome.REDUCED:
            before: object = e.sentence_end_before
            after: object = e.sentence_end_after
        else:
            before, after = e.status_before, e.status_after
        return {"log_before": as_text(before), "log_after": as_text(after)}

    def _store(self, plans: list[tuple[Checked, rules.Effects]]) -> None:
        self._fill(plans)
        t = BATCH_TABLE.c
        c = DECISIONS.c
        frac = self.fraction
        state = "proposed" if self.batch_id else "approved"
        agreed = {
            "amnesty_id": self.amnesty_id,
            "outcome": self.outcome,
            "fraction_num": frac.numerator if frac else None,
            "fraction_den": frac.denominator if frac else None,
            "decision_date": self.day,
            "decided_by": self.decided_by,
            "state": state,
            "proposed_by": self.login,
            "proposed_at": self.now,
            "batch_id": self.batch_id,
        }
        per_person = {
            "detainee_id": t.detainee_id,
            "status_before": t.status_before,
            "sentence_end_before": t.sentence_end_before,
            "sentence_end_after": t.sentence_end_after,
            "synthetic": literal(False),
            "version": literal(1),
        }
        columns = {
            **{k: literal(v, DECISIONS.c[k].type) for k, v in agreed.items()},
            **per_person,
        }
        fresh = t.pending_id.is_(None)
        self.conn.execute(
            insert(DECISIONS).from_select(
                list(columns),
                select(*columns.values()).where(fresh).order_by(t.detainee_id),
            )
        )
        replaced = sum(1 for r, _e in plans if r.pending_id is not None)
        if replaced:
            self.conn.execute(
                update(DECISIONS)
                .where(c.id == t.pending_id)
                .values(
                    {
                        **{k: v for k, v in agreed.items() if k != "amnesty_id"},
                        "status_before": t.status_before,
                        "sentence_end_before": t.sentence_end_before,
                        "sentence_end_after": t.sentence_end_after,
                        "revised_by": self.login,
                        "revised_at": self.now,
                        "version": c.version + 1,
                    }
                )
            )
            self.replaced += replaced
        self._log_decisions(replaced)
        if self.batch_id is None:
            self._apply_effects(len(plans))
        else:
            self.proposed += len(plans)

    def _log_decisions(self, replaced: int) -> None:
        """History of the decisions: the new ones (found by person, under the amnesty, newer
        than any before the apply), then the pending ones made final."""
        t = BATCH_TABLE.c
        c = DECISIONS.c
        insert_history(
            self.conn,
            select(
                *history_columns(
                    utc_now(),
                    self.who,
                    "amnesty_decision",
                    c.id,
                    ChangeAction.INSERT,
                    "outcome",
                    null(),
                    literal(as_text(self.outcome)),
                )
            )
            .select_from(BATCH_TABLE)
            .join(DECISIONS, c.detainee_id == t.detainee_id)
            .where(t.pending_id.is_(None), c.amnesty_id == self.amnesty_id, c.id > self.last_id)
            .order_by(c.id),
        )
        if replaced:
            insert_history(
                self.conn,
                select(
                    *history_columns(
                        utc_now(),
                        self.who,
                        "amnesty_decision",
                        t.pending_id,
                        ChangeAction.UPDATE,
                        "outcome",
                        literal(as_text(Outcome.PENDING.value)),
                        literal(as_text(self.outcome)),
                    )
                )
                .where(t.pending_id.is_not(None))
                .order_by(t.detainee_id),
            )

    def _apply_effects(self, people: int) -> None:
        d = DETAINEES.c
        t = BATCH_TABLE.c
        if self.outcome == Outcome.RELEASED:
            self.conn.execute(
                update(DETAINEES)
                .where(d.id.in_(select(t.detainee_id)), d.status == CaseStatus.HELD.value)
                .values(status=CaseStatus.RELEASED.value, version=d.version + 1)
            )
            self.released += people
            field = "status"
        elif self.outcome == Outcome.REDUCED:
            self.conn.execute(
                update(DETAINEES)
                .where(d.id == t.detainee_id)
                .values(sentence_end=t.sentence_end_after, version=d.version + 1)
            )
            self.reduced += people
            field = "sentence_end"
        else:
            return
        insert_history(
            self.conn,
            select(
                *history_columns(
                    utc_now(),
                    self.who,
                    "detainee",
                    t.detainee_id,
                    ChangeAction.UPDATE,
                    field,
                    t.log_before,
                    t.log_after,
                )
            ).order_by(t.detainee_id),
        )
