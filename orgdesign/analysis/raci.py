"""Rule checks of RACI matrices, and a matrix generated from a process.

The schemes themselves (letters, meanings, allowed combinations, cell
parsing) live in :mod:`orgdesign.model.raci_schemes` so that every layer can
use them; they are re-exported here.

Codes (thresholds come from the matrix's :class:`~orgdesign.model.RaciSettings`):

======  ========  ==========================================================
code    severity  finding
======  ========  ==========================================================
R001    error     the matrix names an unknown scheme (its other checks skipped)
R002    error     a cell holds a letter foreign to the scheme
R003    error     a cell combines letters the scheme does not allow together
R010    error     an activity has no A (the scheme's accountable letter)
R011    error     an activity has more than one A
R012    warning   an activity has no R (with ``a_counts_as_r`` an A counts as R)
R013    warning   an activity has more than ``max_r`` R: nobody owns the work
R014    warning   C on more than ``consult_share`` of the roles (consultation overload)
R015    warning   I on more than ``inform_share`` of the roles (information overload)
R020    warning   a role holds no letter at all (idle role)
R021    warning   a role is A on more than ``bottleneck_share`` of the activities
R022    error     a role is linked to a unit that is not in the scenario
======  ========  ==========================================================

The share rules (R014, R015, R021) fire only from :data:`MIN_COUNT` letters
up, so that a three-role matrix with two C is not "overloaded".  A role
linked to a deleted unit keeps its column (R022 points at it); nothing is
ever dropped.  In DACI the A is the Approver and D plays the part of R.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from orgdesign.model import (
    ModelError,
    Process,
    Project,
    RaciActivity,
    RaciMatrix,
    RaciRole,
    Scenario,
    new_id,
)
from orgdesign.model.raci_schemes import (
    SCHEMES,
    Letter,
    Scheme,
    combine,
    get_scheme,
    parse_cell,
    scheme_names,
    split_letters,
)

from .problems import Problem, Severity, checker

__all__ = [
    "MIN_COUNT", "SCHEMES", "Letter", "RaciProblem", "Scheme", "generate_from_process",
    "get_scheme", "parse_cell", "raci_problems", "scheme_names", "split_letters",
]

#: Fewest letters for the share rules (R014, R015, R021) to fire.
MIN_COUNT = 3


@dataclass(frozen=True)
class RaciProblem(Problem):
    """A :class:`Problem` that also names the matrix, and the activity and role if any.

    ``object`` is the matrix id and ``kind`` is ``"raci"``; the JSON form
    carries ``matrix``, ``activity`` and ``role`` ids as well.  ``detail`` is
    the message without the matrix name (for a view of one matrix) and
    ``params`` the values it was built from, as text, so that a view can say
    the same in another language.
    """

    matrix: str = ""
    activity: str | None = None
    role: str | None = None
    detail: str = ""
    params: tuple[tuple[str, str], ...] = ()

    def param(self, name: str) -> str:
        """The value ``name`` the message was built from ("" if none)."""
        return dict(self.params).get(name, "")


def _q(name: str) -> str:
    # Names can be long or hostile; a message must stay one readable line.
    name = " ".join(name.split())
    return repr(name if len(name) <= 60 else name[:59] + "…")


def _letter_label(scheme: Scheme, code: str) -> str:
    return f"{code} ({scheme.letter(code).name_en})"


class _Check:
    """Builds the problems of one matrix; one object so the helpers share the context."""

    def __init__(self, matrix: RaciMatrix) -> None:
        self.m = matrix
        self.out: list[Problem] = []

    def add(self, code: str, severity: Severity, message: str,
            act_id: str | None = None, role_id: str | None = None, **params: object) -> None:
        self.out.append(RaciProblem(
            code, severity, f"RACI {_q(self.m.name)}: {message}", self.m.id, "raci", self.m.id,
            act_id, role_id, message, tuple((k, str(v)) for k, v in params.items())))


def _cell_letters(text: str, scheme: Scheme, memo: dict[str, tuple[tuple[str, ...], str | None]]
                  ) -> tuple[tuple[str, ...], str | None]:
    """Letters of a stored cell and its problem code (None, "R002" or "R003"); memoised."""
    hit = memo.get(text)
    if hit is None:
        letters = split_letters(text)
        if any(x not in scheme.codes for x in letters):
            hit = (letters, "R002")
        elif combine(letters, scheme) is None:
            hit = (letters, "R003")
        else:
            hit = (letters, None)
        memo[text] = hit
    return hit


def raci_problems(project: Project, matrix: RaciMatrix,
                  scenario: Scenario | str | None = None) -> list[Problem]:
    """Every rule problem of one matrix against one scenario (the active one for None).

    Returns :class:`RaciProblem` objects in matrix order (cells, activities,
    roles).  Raises KeyError for a scenario id the project does not have.
    """
    sc = scenario if isinstance(scenario, Scenario) else project.scenario(scenario)
    chk = _Check(matrix)
    try:
        scheme = get_scheme(matrix.scheme)
    except ModelError:
        chk.add("R001", Severity.ERROR, f"unknown scheme {matrix.scheme!r}; "
                f"known: {', '.join(scheme_names())}", scheme=matrix.scheme)
        _role_links(chk, sc)
        return chk.out
    st = matrix.settings
    roles = matrix.roles
    n_roles = len(roles)
    role_ids = [r.id for r in roles]
    acc = scheme.accountable
    doers = set(scheme.responsible) | ({acc} if st.a_counts_as_r else set())
    con, inf = scheme.consulted, scheme.informed
    used: dict[str, int] = dict.fromkeys(role_ids, 0)
    a_count: dict[str, int] = dict.fromkeys(role_ids, 0)
    memo: dict[str, tuple[tuple[str, ...], str | None]] = {}
    role_name = {r.id: r.name for r in roles}
    empty: dict[str, str] = {}
    for act in matrix.activities:
        row = matrix.cells.get(act.id, empty)
        n_a = n_r = n_c = n_i = 0
        holders: list[str] = []
        for rid in role_ids:
            text = row.get(rid)
            if not text:
                continue
            letters, bad = _cell_letters(text, scheme, memo)
            if bad is not None:
                _bad_cell(chk, scheme, bad, text, act, rid, role_name[rid])
            if not letters:
                continue
            used[rid] += 1
            if acc in letters:
                n_a += 1
                a_count[rid] += 1
                holders.append(rid)
            if doers.intersection(letters):
                n_r += 1
            if con in letters:
                n_c += 1
            if inf in letters:
                n_i += 1
        _activity_rules(chk, scheme, act, (n_a, n_r, n_c, n_i), holders, role_name, n_roles)
    _role_rules(chk, scheme, used, a_count, len(matrix.activities))
    _role_links(chk, sc)
    return chk.out


def _bad_cell(chk: _Check, scheme: Scheme, code: str, text: str, act: RaciActivity,
              rid: str, rname: str) -> None:
    try:
        parse_cell(text, scheme)
        reason = ""
    except ValueError as exc:
        reason = str(exc)
    chk.add(code, Severity.ERROR, f"activity {_q(act.name)}, role {_q(rname)}: {reason}",
            act.id, rid, activity=act.name, role=rname, cell=text, scheme=scheme.name)


def _activity_rules(chk: _Check, scheme: Scheme, act: RaciActivity,
                    counts: tuple[int, int, int, int], holders: list[str],
                    role_name: dict[str, str], n_roles: int) -> None:
    n_a, n_r, n_c, n_i = counts
    st = chk.m.settings
    what = f"activity {_q(act.name)}"
    acc = _letter_label(scheme, scheme.accountable)
    if n_a == 0:
        chk.add("R010", Severity.ERROR, f"{what} has no {acc}", act.id,
                activity=act.name, a=scheme.accountable)
    elif n_a > 1:
        names = ", ".join(_q(role_name[r]) for r in holders[:5])
        more = f" and {n_a - 5} more" if n_a > 5 else ""
        chk.add("R011", Severity.ERROR,
                f"{what} has {n_a} {acc}: {names}{more}; exactly one owns the result",
                act.id, holders[0], activity=act.name, n=n_a, a=scheme.accountable,
                roles="、".join(role_name[r] for r in holders[:5]) + ("…" if n_a > 5 else ""))
    doer = _letter_label(scheme, scheme.responsible[0])
    if n_r == 0:
        hint = "" if st.a_counts_as_r else " (option 'A also does the work' is off)"
        chk.add("R012", Severity.WARNING, f"{what} has no {doer}: nobody does the work{hint}",
                act.id, activity=act.name, r=scheme.responsible[0])
    elif n_r > st.max_r:
        chk.add("R013", Severity.WARNING,
                f"{what} has {n_r} {doer} (more than {st.max_r}): nobody owns the work",
                act.id, activity=act.name, n=n_r, r=scheme.responsible[0], max=st.max_r)
    if scheme.consulted and _over(n_c, st.consult_share, n_roles):
        chk.add("R014", Severity.WARNING,
                f"{what} consults {n_c} of {n_roles} roles "
                f"(more than {st.consult_share:.0%}): consultation overload", act.id,
                activity=act.name, n=n_c, total=n_roles, share=f"{st.consult_share:.0%}",
                c=scheme.consulted)
    if scheme.informed and _over(n_i, st.inform_share, n_roles):
        chk.add("R015", Severity.WARNING,
                f"{what} informs {n_i} of {n_roles} roles "
                f"(more than {st.inform_share:.0%}): information overload", act.id,
                activity=act.name, n=n_i, total=n_roles, share=f"{st.inform_share:.0%}",
                i=scheme.informed)


def _over(count: int, share: float, total: int) -> bool:
    return count >= MIN_COUNT and count > share * total


def _role_rules(chk: _Check, scheme: Scheme, used: dict[str, int], a_count: dict[str, int],
                n_acts: int) -> None:
    st = chk.m.settings
    acc = scheme.accountable
    for role in chk.m.roles:
        what = f"role {_q(role.name)}"
        if n_acts and used[role.id] == 0:
            chk.add("R020", Severity.WARNING, f"{what} holds no letter in any activity (idle role)",
                    role_id=role.id, role=role.name)
        if _over(a_count[role.id], st.bottleneck_share, n_acts):
            chk.add("R021", Severity.WARNING,
                    f"{what} is {acc} for {a_count[role.id]} of {n_acts} activities "
                    f"(more than {st.bottleneck_share:.0%}): bottleneck", role_id=role.id,
                    role=role.name, n=a_count[role.id], total=n_acts, a=acc,
                    share=f"{st.bottleneck_share:.0%}")


def _role_links(chk: _Check, sc: Scenario) -> None:
    units = {u.id for u in sc.units}
    for role in chk.m.roles:
        if role.unit is not None and role.unit not in units:
            chk.add("R022", Severity.ERROR,
                    f"role {_q(role.name)} is linked to unit {role.unit!r}, which is not in "
                    f"scenario {_q(sc.name)}; the column is kept", role_id=role.id,
                    role=role.name, unit=role.unit, scenario=sc.name)


@checker
def raci_checker(project: Project, scenario: Scenario) -> Iterator[Problem]:
    """Checker for ``orgdesign check``: :func:`raci_problems` of every matrix."""
    for matrix in project.raci_matrices:
        yield from raci_problems(project, matrix, scenario)


def generate_from_process(project: Project, process_id: str,
                          scenario_id: str | None = None) -> RaciMatrix:
    """Return a new RACI matrix for a process (not added to the project).

    Activities are the process's steps, in order, grouped under the process
    name; roles are the process owner followed by the performing units in
    order of first appearance, named after the units of the scenario (the
    active one for None).  The performing unit of a step is R, the owner A,
    and "A/R" where the owner performs the step itself.  A step without a
    unit gets only the owner's A; a process without owner leaves the A out
    (the checks then report R010).  Raises :class:`ModelError` when there is
    no such process, KeyError for an unknown scenario.
    """
    proc = _find_process(project, process_id)
    sc = project.scenario(scenario_id)
    names = {u.id: u.name for u in sc.units}
    order: list[str] = [proc.owner] if proc.owner else []
    for step in proc.steps:
        if step.unit and step.unit not in order:
            order.append(step.unit)
    roles = [RaciRole(id=new_id("r"), name=names.get(uid, uid), unit=uid) for uid in order]
    role_of = {r.unit: r.id for r in roles}
    matrix = RaciMatrix(id=new_id("raci"), name=proc.name, scheme="RACI", roles=roles)
    for step in proc.steps:
        act = RaciActivity(id=new_id("a"), name=step.name, group=proc.name, step=step.id)
        matrix.activities.append(act)
        row: dict[str, str] = {}
        if step.unit:
            row[role_of[step.unit]] = "R"
        if proc.owner:
            oid = role_of[proc.owner]
            row[oid] = "A/R" if row.get(oid) == "R" else "A"
        matrix.cells[act.id] = row
    return matrix


def _find_process(project: Project, process_id: str) -> Process:
    for proc in project.processes:
        if proc.id == process_id:
            return proc
    raise ModelError(f"no process {process_id!r} in the project", process_id)
