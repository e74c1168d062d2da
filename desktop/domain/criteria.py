"""Amnesty criteria as data: a rules object stored with the amnesty (``Amnesty.rules_json``),
validated into a :class:`Criteria`, and checked against the facts of one person.

The rules are a JSON object; every key is optional and an empty object selects everyone::

    {
      "nationality_include": ["SY", "IQ"],     ISO 3166-1 alpha-2 codes; only these
      "nationality_exclude": ["FR"],           never these
      "category_include": ["syrian"],          category codes; a code includes its
      "category_exclude": ["foreign"],         sub-categories ("foreign" covers "european")
      "exclude_violent_crime": true,           the reported "no blood on their hands"
      "held_since_before": "2020-01-01",       held since a day before this date
      "sentence_min_months": 12,               sentence length within a range, inclusive
      "sentence_max_months": 60
    }

Unknown facts never satisfy a rule. A person whose violent-crime fact is not recorded
(NULL) is *not* taken to have "no violent crime": the rule excludes them, and a decision that
frees them or cuts their term needs an explicit override with a reason, so that somebody
reviews the file. The same holds for an unknown nationality, category, held-since date or
sentence under a rule about it. The SQL filter (``desktop.store.criteria_sql``) implements
exactly these semantics so that a bulk selection and a single check always agree.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from desktop.domain.errors import FieldProblem, ValidationError
from desktop.domain.messages import Msg

KEYS = (
    "nationality_include",
    "nationality_exclude",
    "category_include",
    "category_exclude",
    "exclude_violent_crime",
    "held_since_before",
    "sentence_min_months",
    "sentence_max_months",
)
_ISO = re.compile(r"^[A-Z]{2}$")
_CODE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")
FIELD = "rules"


@dataclass(frozen=True)
class PersonFacts:
    """What the criteria test about one person. ``category_codes`` is the person's category
    and every category it sits within (a European national: ("european", "foreign"))."""

    nationality: str | None
    category_codes: tuple[str, ...]
    violent_crime: bool | None
    held_since: date | None
    sentence_months: int | None


@dataclass(frozen=True)
class Exclusion:
    """One reason the criteria exclude a person: the rule (a key of the rules object) and
    the reason in words."""

    rule: str
    message: str


@dataclass(frozen=True)
class Criteria:
    nationality_include: tuple[str, ...] = ()
    nationality_exclude: tuple[str, ...] = ()
    category_include: tuple[str, ...] = ()
    category_exclude: tuple[str, ...] = ()
    exclude_violent_crime: bool = False
    held_since_before: date | None = None
    sentence_min_months: int | None = None
    sentence_max_months: int | None = None

    @property
    def is_empty(self) -> bool:
        return self == Criteria()

    @property
    def category_codes(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.category_include + self.category_exclude))

    def to_dict(self) -> dict[str, Any]:
        """The rules object as stored: only the rules that are set, in a stable order."""
        out: dict[str, Any] = {}
        for key in ("nationality_include", "nationality_exclude"):
            if getattr(self, key):
                out[key] = list(getattr(self, key))
        for key in ("category_include", "category_exclude"):
            if getattr(self, key):
                out[key] = list(getattr(self, key))
        if self.exclude_violent_crime:
            out["exclude_violent_crime"] = True
        if self.held_since_before is not None:
            out["held_since_before"] = self.held_since_before.isoformat()
        if self.sentence_min_months is not None:
            out["sentence_min_months"] = self.sentence_min_months
        if self.sentence_max_months is not None:
            out["sentence_max_months"] = self.sentence_max_months
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), sort_keys=True)

    def exclusions(self, person: PersonFacts) -> list[Exclusion]:
        """Every rule that excludes ``person``; empty when the criteria select them."""
        found: list[Exclusion] = []
        nat = person.nationality
        if self.nationality_include:
            if nat is None:
                found.append(Exclusion("nationality_include", Msg("nationality not recorded")))
            elif nat not in self.nationality_include:
                found.append(
                    Exclusion(
                        "nationality_include",
                        Msg(
                            "nationality {nat} is not one of {names}",
                            nat=nat,
                            names=", ".join(self.nationality_include),
                        ),
                    )
                )
        if self.nationality_exclude:
            if nat is None:
                found.append(Exclusion("nationality_exclude", Msg("nationality not recorded")))
            elif nat in self.nationality_exclude:
                found.append(
                    Exclusion("nationality_exclude", Msg("nationality {nat} is excluded", nat=nat))
                )
        codes = person.category_codes
        if self.category_include:
            if not codes:
                found.append(Exclusion("category_include", Msg("category not recorded")))
            elif not set(codes) & set(self.category_include):
                found.append(
                    Exclusion(
                        "category_include",
                        Msg(
                            "category {codes} is not within {names}",
                            codes=codes[0],
                            names=", ".join(self.category_include),
                        ),
                    )
                )
        if self.category_exclude:
            if not codes:
                found.append(Exclusion("category_exclude", Msg("category not recorded")))
            else:
                hit = [c for c in codes if c in self.category_exclude]
                if hit:
                    found.append(
                        Exclusion("category_exclude", Msg("category {hit} is excluded", hit=hit[0]))
                    )
        if self.exclude_violent_crime:
            if person.violent_crime is None:
                found.append(
                    Exclusion(
                        "exclude_violent_crime",
                        Msg("not recorded whether accused of a violent crime (needs review)"),
                    )
                )
            elif person.violent_crime:
                found.append(Exclusion("exclude_violent_crime", Msg("accused of a violent crime")))
        if self.held_since_before is not None:
            if person.held_since is None:
                found.append(Exclusion("held_since_before", Msg("held-since date not recorded")))
            elif person.held_since >= self.held_since_before:
                found.append(
                    Exclusion(
                        "held_since_before",
                        Msg(
                            "held since {date}, not before {before}",
                            date=person.held_since,
                            before=self.held_since_before,
                        ),
                    )
                )
        low, high = self.sentence_min_months, self.sentence_max_months
        if low is not None or high is not None:
            months = person.sentence_months
            if months is None:
                found.append(Exclusion("sentence_months", Msg("no sentence recorded")))
            elif (low is not None and months < low) or (high is not None and months > high):
                found.append(
                    Exclusion(
                        "sentence_months",
                        Msg(
                            "sentence of {months} months is outside {range}",
                            months=months,
                            range=describe_range(low, high),
                        ),
                    )
                )
        return found

    def check(self, person: PersonFacts) -> list[str]:
        """The reasons the criteria exclude ``person``, in words; empty when selected."""
        return [e.message for e in self.exclusions(person)]

    def describe(self) -> list[str]:
        """The rules in words, one line each (for reports and the command line)."""
        lines: list[str] = []
        if self.nationality_include:
            lines.append(f"nationality one of {', '.join(self.nationality_include)}")
        if self.nationality_exclude:
            lines.append(f"nationality not {', '.join(self.nationality_exclude)}")
        if self.category_include:
            lines.append(f"category within {', '.join(self.category_include)}")
        if self.category_exclude:
            lines.append(f"category not within {', '.join(self.category_exclude)}")
        if self.exclude_violent_crime:
            lines.append("not accused of a violent crime (not recorded: needs review)")
        if self.held_since_before is not None:
            lines.append(f"held since before {self.held_since_before.isoformat()}")
        if self.sentence_min_months is not None or self.sentence_max_months is not None:
            lines.append(
                f"sentence {describe_range(self.sentence_min_months, self.sentence_max_months)}"
            )
        return lines or ["everyone"]


ISO_CODES = (Msg("ISO codes"), Msg("ISO code"))
CATEGORY_CODES = (Msg("category codes"), Msg("category code"))


def describe_range(low: int | None, high: int | None) -> Msg:
    if low is not None and high is not None:
        return Msg("{low} to {high} months", low=low, high=high)
    if low is not None:
        return Msg("at least {low} months", low=low)
    return Msg("at most {high} months", high=high)


def _problem(key: str, message: str, value: object = None) -> FieldProblem:
    return FieldProblem(f"{FIELD}.{key}", message, value)


def _codes(
    key: str,
    value: object,
    pattern: re.Pattern[str],
    what: tuple[Msg, Msg],
    problems: list[FieldProblem],
) -> tuple[str, ...]:
    """The codes of a list; ``what`` names them, many and one ("ISO codes", "ISO code")."""
    many, one = what
    if not isinstance(value, list):
        problems.append(_problem(key, Msg("must be a list of {what}", what=many), value))
        return ()
    out: list[str] = []
    for item in value:
        text = item.strip() if isinstance(item, str) else None
        if text is not None and pattern is _ISO:
            text = text.upper()
        if text is None or not pattern.match(text):
            problems.append(_problem(key, Msg("{item!r} is not {what}", item=item, what=one), item))
        elif text not in out:
            out.append(text)
    return tuple(out)


def _months(key: str, value: object, problems: list[FieldProblem]) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        problems.append(_problem(key, Msg("must be a whole number of months, 0 or more"), value))
        return None
    return value


def parse_rules(rules: Mapping[str, Any] | str | None) -> Criteria:
    """Validate a rules object (or its JSON text) into Criteria; raises ValidationError
    naming each broken rule as field ``rules.<key>``."""
    if rules is None:
        return Criteria()
    if isinstance(rules, str):
        try:
            rules = json.loads(rules or "{}")
        except json.JSONDecodeError as exc:
            raise ValidationError(
                [FieldProblem(FIELD, Msg("not valid JSON: {msg}", msg=exc.msg))]
            ) from None
    if not isinstance(rules, Mapping):
        raise ValidationError([FieldProblem(FIELD, Msg("must be a JSON object"), rules)])
    problems: list[FieldProblem] = []
    for key in rules:
        if key not in KEYS:
            problems.append(
                _problem(str(key), Msg("unknown rule; known: {names}", names=", ".join(KEYS)))
            )
    nat_in = _codes(
        "nationality_include", rules.get("nationality_include", []), _ISO, ISO_CODES, problems
    )
    nat_out = _codes(
        "nationality_exclude", rules.get("nationality_exclude", []), _ISO, ISO_CODES, problems
    )
    cat_in = _codes(
        "category_include", rules.get("category_include", []), _CODE, CATEGORY_CODES, problems
    )
    cat_out = _codes(
        "category_exclude", rules.get("category_exclude", []), _CODE, CATEGORY_CODES, problems
    )
    for key, both in (
        ("nationality_exclude", set(nat_in) & set(nat_out)),
        ("category_exclude", set(cat_in) & set(cat_out)),
    ):
        if both:
            problems.append(
                _problem(
                    key, Msg("both included and excluded: {names}", names=", ".join(sorted(both)))
                )
            )
    violent = rules.get("exclude_violent_crime", False)
    if not isinstance(violent, bool):
        problems.append(_problem("exclude_violent_crime", Msg("must be true or false"), violent))
        violent = False
    held: date | None = None
    raw_held = rules.get("held_since_before")
    if raw_held is not None:
        try:
            held = date.fromisoformat(str(raw_held)) if isinstance(raw_held, str) else None
        except ValueError:
            held = None
        if held is None:
            problems.append(
                _problem("held_since_before", Msg("must be a date YYYY-MM-DD"), raw_held)
            )
    low = _months("sentence_min_months", rules.get("sentence_min_months"), problems)
    high = _months("sentence_max_months", rules.get("sentence_max_months"), problems)
    if low is not None and high is not None and low > high:
        problems.append(
            _problem(
                "sentence_max_months",
                Msg("must not be less than the minimum ({low})", low=low),
                high,
            )
        )
    if problems:
        raise ValidationError(problems)
    return Criteria(
        nationality_include=nat_in,
        nationality_exclude=nat_out,
        category_include=cat_in,
        category_exclude=cat_out,
        exclude_violent_crime=violent,
        held_since_before=held,
        sentence_min_months=low,
        sentence_max_months=high,
    )
