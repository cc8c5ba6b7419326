"""Hand-offs mined from an event log, and a process built from one.

Within each case the events are ordered by timestamp (UTC, so mixed offsets
compare correctly); events with equal timestamps keep their file order.
Every pair of consecutive events is a **succession**; one whose two events
belong to different groups is a **hand-off**, one within the same group is
counted in ``within``.  The waiting time of a succession is the time between
its two events, in seconds.  An empty group is the group ``(none)``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from orgdesign.io.event_log import NO_GROUP, NO_GROUP_NAME, EventLog, SkippedRow
from orgdesign.model import Flow, FlowKind, Process, Scenario, Step, new_id

#: Skipped rows listed in the JSON form; the count is always complete.
MAX_SKIPPED_LISTED = 1000


def group_name(group: str) -> str:
    """Display name of a group: ``(none)`` for the empty group."""
    return NO_GROUP_NAME if group == NO_GROUP else group


@dataclass
class PairStat:
    """Successions from one group to another: how many and the mean wait between them."""

    source: str
    target: str
    count: int
    wait: float  # total seconds

    @property
    def mean_wait_s(self) -> float:
        """Mean seconds between the two events."""
        return self.wait / self.count if self.count else 0.0

    def to_dict(self) -> dict:
        """Return ``{"from", "to", "count", "mean_wait_s"}``."""
        return {"from": group_name(self.source), "to": group_name(self.target),
                "count": self.count, "mean_wait_s": round(self.mean_wait_s, 3)}


@dataclass
class HandoffReport:
    """What :func:`analyse_handoffs` found in one log."""

    source: str
    format: str
    columns: dict[str, str | None]
    events: int
    cases: int
    successions: int
    handoffs: int
    within: int
    pairs: list[PairStat]  # hand-offs, count descending
    within_pairs: list[PairStat]  # successions inside one group, count descending
    per_case_mean: float
    per_case_max: int
    zero: int  # cases without a hand-off
    skipped: list[SkippedRow] = field(default_factory=list)

    def to_dict(self) -> dict:
        """Return the JSON form printed by ``orgdesign handoffs --json``."""
        return {
            "source": self.source, "format": self.format, "columns": self.columns,
            "events": self.events, "cases": self.cases, "successions": self.successions,
            "handoffs": self.handoffs, "within": self.within,
            "pairs": [p.to_dict() for p in self.pairs],
            "within_pairs": [p.to_dict() for p in self.within_pairs],
            "per_case": {"mean": round(self.per_case_mean, 4), "max": self.per_case_max,
                         "zero": self.zero},
            "skipped_count": len(self.skipped),
            "skipped": [s.to_dict() for s in self.skipped[:MAX_SKIPPED_LISTED]],
        }


def case_traces(log: EventLog) -> Iterator[list[int]]:
    """Yield, per case (in order of first appearance), its event indexes in time order.

    Ties keep file order (the sort is stable).
    """
    buckets: list[list[int]] = [[] for _ in log.cases]
    for i, c in enumerate(log.case):
        buckets[c].append(i)
    key = log.time.__getitem__
    for idx in buckets:
        if len(idx) > 1:
            idx.sort(key=key)
        yield idx


def _sorted_pairs(stats: dict[tuple[str, str], list]) -> list[PairStat]:
    out = [PairStat(a, b, n, w) for (a, b), (n, w) in stats.items()]
    out.sort(key=lambda p: (-p.count, group_name(p.source), group_name(p.target)))
    return out


def analyse_handoffs(log: EventLog) -> HandoffReport:
    """Return the hand-off counts of ``log`` (see the module docstring for the rules)."""
    time, group = log.time, log.group
    between: dict[tuple[str, str], list] = {}
    inside: dict[tuple[str, str], list] = {}
    successions = handoffs = zero = top = 0
    for idx in case_traces(log):
        n = 0
        it = iter(idx)
        prev = next(it)
        pg, pt = group[prev], time[prev]
        for i in it:
            g, t = group[i], time[i]
            stats = between if g != pg else inside
            key = (pg, g)
            st = stats.get(key)
            if st is None:
                stats[key] = [1, t - pt]
            else:
                st[0] += 1
                st[1] += t - pt
            if g != pg:
                n += 1
            pg, pt = g, t
        successions += len(idx) - 1
        handoffs += n
        if n == 0:
            zero += 1
        elif n > top:
            top = n
    ncases = len(log.cases)
    return HandoffReport(
        source=log.source, format=log.format, columns=dict(log.columns), events=len(log),
        cases=ncases, successions=successions, handoffs=handoffs,
        within=successions - handoffs, pairs=_sorted_pairs(between),
        within_pairs=_sorted_pairs(inside),
        per_case_mean=handoffs / ncases if ncases else 0.0, per_case_max=top, zero=zero,
        skipped=list(log.skipped),
    )


# --- a process from the log ------------------------------------------------------------


@dataclass
class LogProcess:
    """A process mined from a log, with what the Process model has no field for."""

    process: Process
    flow_counts: dict[str, int]  # flow id -> observed successions
    step_counts: dict[str, int]  # step id -> events
    unmapped: list[str]  # groups no unit was found for (display names)


def create_process_from_log(
    log: EventLog,
    name: str,
    scenario: Scenario | None = None,
    unit_for_group: Mapping[str, str | None] | None = None,
    min_count: int = 1,
    process_id: str | None = None,
) -> LogProcess:
    """Build a process from ``log``: steps are activities, flows the observed successions.

    A step is performed by the unit mapped from its activity's most frequent
    group: through ``unit_for_group`` (group name -> unit id), else by a unit
    of ``scenario`` whose id or name equals the group name (case-insensitive).
    Steps are ordered by first appearance; a flow back to an earlier step (or
    to itself) is a loop, a step's several forward flows are branches.
    Successions seen fewer than ``min_count`` times are left out.
    """
    order: dict[str, int] = {}
    groups: dict[str, dict[str, int]] = {}
    succ: dict[tuple[str, str], int] = {}
    act, group = log.activity, log.group
    for idx in case_traces(log):
        prev = None
        for i in idx:
            a = act[i] or NO_GROUP_NAME
            if a not in order:
                order[a] = len(order)
            per = groups.setdefault(a, {})
            per[group[i]] = per.get(group[i], 0) + 1
            if prev is not None:
                succ[(prev, a)] = succ.get((prev, a), 0) + 1
            prev = a
    by_name: dict[str, str] = {}
    if scenario is not None:
        for u in reversed(scenario.units):
            by_name[u.name.strip().casefold()] = u.id
        for u in scenario.units:
            by_name[u.id.casefold()] = u.id
    unmapped: list[str] = []
    steps: list[Step] = []
    step_counts: dict[str, int] = {}
    step_id: dict[str, str] = {}
    for a in order:
        per = groups[a]
        top = max(per, key=lambda g: per[g])  # first seen wins a tie (dicts keep order)
        shown = group_name(top)
        if unit_for_group is not None and shown in unit_for_group:
            unit = unit_for_group[shown]
        else:
            unit = by_name.get(shown.casefold()) if top != NO_GROUP else None
        if unit is None and shown not in unmapped:
            unmapped.append(shown)
        sid = f"step-{len(steps) + 1}"
        step_id[a] = sid
        steps.append(Step(id=sid, name=a, unit=unit))
        step_counts[sid] = sum(per.values())
    kept = [(a, b, n) for (a, b), n in succ.items() if n >= min_count]
    forward: dict[str, int] = {}
    for a, b, _ in kept:
        if order[b] > order[a]:
            forward[a] = forward.get(a, 0) + 1
    flows: list[Flow] = []
    flow_counts: dict[str, int] = {}
    for a, b, n in sorted(kept, key=lambda x: (order[x[0]], order[x[1]])):
        if order[b] <= order[a]:
            kind = FlowKind.LOOP
        elif forward[a] > 1:
            kind = FlowKind.BRANCH
        else:
            kind = FlowKind.SEQUENCE
        fid = f"flow-{len(flows) + 1}"
        flows.append(Flow(id=fid, source=step_id[a], target=step_id[b], kind=kind))
        flow_counts[fid] = n
    proc = Process(id=process_id or new_id("p"), name=name, steps=steps, flows=flows)
    return LogProcess(proc, flow_counts, step_counts, unmapped)
