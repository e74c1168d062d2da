"""The synthetic-data generator: plainly fake people, deterministic for a seed.

Its parameters and name lists live in ``seeds/synthetic.toml``. The same seed gives the same
records; every record is marked synthetic. Rows are plain dicts ready for a Core insert.
"""

from __future__ import annotations

import random
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from desktop.domain.enums import CaseStatus, Sex
from desktop.domain.sentences import add_months
from desktop.resources import seeds_dir
from desktop.store.search import name_tokens


@dataclass(frozen=True)
class GivenName:
    latin: tuple[str, ...]
    arabic: str | None
    female: bool


@dataclass(frozen=True)
class SyntheticSpec:
    raw: dict[str, Any]
    given: tuple[GivenName, ...]
    foreign_male: tuple[str, ...]
    foreign_female: tuple[str, ...]

    @property
    def counts(self) -> dict[str, int]:
        return {k: int(v) for k, v in self.raw["counts"].items()}

    def __getitem__(self, key: str) -> Any:
        return self.raw[key]


def load_spec(path: Path | None = None) -> SyntheticSpec:
    raw = tomllib.loads((path or seeds_dir() / "synthetic.toml").read_text("utf-8"))
    given = tuple(
        GivenName(tuple(g["latin"]), g.get("arabic"), bool(g.get("female", False)))
        for g in raw["given"]
    )
    fg = raw["foreign_given"]
    return SyntheticSpec(raw, given, tuple(fg["male"]), tuple(fg["female"]))


def centre_rows(spec: SyntheticSpec, first: int = 1) -> list[dict[str, Any]]:
    rng = random.Random(f"{spec['seed']}-centres")
    low, high = spec["centre_capacity"]
    governorates = spec["centre_governorates"]
    rows = []
    for n in range(first, first + int(spec["centres"])):
        rows.append(
            {
                "name": spec["centre_name"].format(n=n),
                "name_ar": spec["centre_name_ar"].format(n=n),
                "kind": "detention_centre",
                "governorate": governorates[(n - 1) % len(governorates)],
                "operator": "Synthetic operator",
                "capacity": rng.randint(low, high),
                "status": "open",
                "synthetic": True,
                "notes": "Synthetic record for demonstration; not a real facility.",
            }
        )
    return rows


def _tokens_for(*parts: str | None) -> tuple[str, ...]:
    """The index tokens of a generated name, folded part by part (given names, family name
    and number fold independently, so the parts' tokens are cached)."""
    found: dict[str, None] = {}
    for part in parts:
        if part:
            found.update(dict.fromkeys(name_tokens(part)))
    return tuple(found)


def _day_between(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, (end - start).days))


def case_rows(
    spec: SyntheticSpec,
    *,
    count: int,
    first_number: int,
    seed: int,
    category_ids: dict[str, int],
    facility_ids: list[int],
    quotas: dict[str, int] | None = None,
) -> Iterator[dict[str, Any]]:
    """``count`` synthetic cases numbered from ``first_number``. ``quotas`` fixes how many of
    each category (in that order); without it categories follow the spec's proportions."""
    rng = random.Random(seed)
    counts = quotas or spec.counts
    total = sum(counts.values())
    plan: list[str] = []
    if quotas:
        for code, n in quotas.items():
            plan.extend([code] * n)
    codes = list(counts)
    weights = [counts[c] / total for c in codes]
    held_from, held_to = (date.fromisoformat(d) for d in spec["held_since"])
    year_low, year_high = spec["birth_years"]
    month_low, month_high = spec["sentence_months"]
    prefix = spec["case_prefix"]
    family, family_ar = spec["family_name"], spec["family_name_ar"]
    nationalities = spec["nationalities"]
    female_share = float(spec["female_share"])
    for i in range(count):
        number = first_number + i
        code = plan[i] if plan else rng.choices(codes, weights)[0]
        female = rng.random() < female_share
        if code in ("syrian", "iraqi"):
            pool = [g for g in spec.given if g.female == female] or list(spec.given)
            given = rng.choice(pool)
            father = rng.choice([g for g in spec.given if not g.female])
            first = rng.choice(given.latin)
            father_latin = rng.choice(father.latin)
            latin = f"{first} {father_latin} {family}-{number}"
            arabic: str | None = f"{given.arabic} {father.arabic} {family_ar}-{number}"
            words = _tokens_for(f"{first} {father_latin}", f"{given.arabic} {father.arabic}")
        else:
            first = rng.choice(spec.foreign_female if female else spec.foreign_male)
            latin = f"{first} {family}-{number}"
            arabic = None
            words = _tokens_for(first)
        words = tuple(
            dict.fromkeys(
                words + _tokens_for(family, family_ar if arabic else None) + (str(number),)
            )
        )
        held_since = _day_between(rng, held_from, held_to)
        sentenced = rng.random() < float(spec["sentenced_share"])
        months = rng.randint(month_low, month_high) if sentenced else None
        start = held_since + timedelta(days=rng.randint(0, 180)) if sentenced else None
        case_no = f"{prefix}{number:06d}"
        yield {
            "case_no": case_no,
            "name_latin": latin,
            "name_arabic": arabic,
            "sex": (Sex.FEMALE if female else Sex.MALE).value,
            "birth_year": rng.randint(year_low, year_high),
            "nationality": rng.choice(nationalities[code]),
            "category_id": category_ids[code],
            "facility_id": facility_ids[rng.randrange(len(facility_ids))],
            "held_since": held_since,
            "charge_summary": "Synthetic charge summary.",
            "violent_crime": rng.random() < float(spec["violent_crime_share"]),
            "sentence_months": months,
            "sentence_start": start,
            "sentence_end": add_months(start, months) if start and months else None,
            "status": CaseStatus.HELD.value,
            "synthetic": True,
            "version": 1,
            "_tokens": words,
        }
