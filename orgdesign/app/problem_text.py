"""Problem codes in the user's language, for the Problems dock.

The rule checks write their messages in English (the CLI's language); the
window shows each code's sentence through Qt's translation, followed by the
name of the object it points at, and keeps the full English message as the
tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from orgdesign.analysis.problems import Problem
from orgdesign.model import Project
from orgdesign.model.messages import QT_TRANSLATE_NOOP  # PySide6's returns object, not str


def _t(text: str) -> str:
    return QCoreApplication.translate("ProblemText", text)


#: code -> English sentence (marked for lupdate, translated at use)
TITLES = {
    "S001": QT_TRANSLATE_NOOP("ProblemText", "The chart has no units"),
    "S002": QT_TRANSLATE_NOOP("ProblemText", "The chart has several top units"),
    "S003": QT_TRANSLATE_NOOP("ProblemText", "Too many direct reports"),
    "S004": QT_TRANSLATE_NOOP("ProblemText", "Waiting in the parking lot"),
    "S010": QT_TRANSLATE_NOOP("ProblemText", "Customer segment without a point of contact"),
    "S011": QT_TRANSLATE_NOOP("ProblemText", "Customer segment with several points of contact"),
    "P001": QT_TRANSLATE_NOOP("ProblemText", "A process step names a unit that does not exist"),
    "P002": QT_TRANSLATE_NOOP("ProblemText", "A process owner names a unit that does not exist"),
    "P003": QT_TRANSLATE_NOOP("ProblemText", "A project team names a unit that does not exist"),
    "P010": QT_TRANSLATE_NOOP("ProblemText", "Strategic process without an owner"),
    "P011": QT_TRANSLATE_NOOP("ProblemText", "Process owner not in the management layer"),
    "P020": QT_TRANSLATE_NOOP("ProblemText", "Cross-functional sub-process without a project team"),
    "P021": QT_TRANSLATE_NOOP("ProblemText", "Project team lacks a member from a function"),
    "P030": QT_TRANSLATE_NOOP("ProblemText", "Process step without a performing unit"),
    "P031": QT_TRANSLATE_NOOP("ProblemText", "Performing unit without a function"),
    "I001": QT_TRANSLATE_NOOP("ProblemText", "Interface without coordination procedure and responsible person"),
    "I002": QT_TRANSLATE_NOOP("ProblemText", "Interface without a responsible person"),
    "I003": QT_TRANSLATE_NOOP("ProblemText", "Interface without a coordination procedure"),
    "C001": QT_TRANSLATE_NOOP("ProblemText", "Customer-contact unit that no customer segment reaches"),
    "C002": QT_TRANSLATE_NOOP("ProblemText", "No customer segments defined"),
    "R001": QT_TRANSLATE_NOOP("ProblemText", "RACI matrix with an unknown scheme"),
    "R002": QT_TRANSLATE_NOOP("ProblemText", "RACI letter not in the scheme"),
    "R003": QT_TRANSLATE_NOOP("ProblemText", "RACI letters that may not be combined"),
    "R010": QT_TRANSLATE_NOOP("ProblemText", "Activity without an A (accountable)"),
    "R011": QT_TRANSLATE_NOOP("ProblemText", "Activity with more than one A"),
    "R012": QT_TRANSLATE_NOOP("ProblemText", "Activity without an R (nobody does the work)"),
    "R013": QT_TRANSLATE_NOOP("ProblemText", "Activity with too many R (nobody owns it)"),
    "R014": QT_TRANSLATE_NOOP("ProblemText", "Consultation overload (too many C)"),
    "R015": QT_TRANSLATE_NOOP("ProblemText", "Information overload (too many I)"),
    "R020": QT_TRANSLATE_NOOP("ProblemText", "Idle role (no letter at all)"),
    "R021": QT_TRANSLATE_NOOP("ProblemText", "Bottleneck role (A on too many activities)"),
    "R022": QT_TRANSLATE_NOOP("ProblemText", "RACI role linked to a deleted unit"),
}

def object_name(project: Project, problem: Problem) -> str:
    """The name of what the problem points at (empty when it names nothing known)."""
    oid = problem.object
    if not oid:
        return ""
    sc = project.scenario()
    for coll in (sc.units, sc.segments, project.processes, project.raci_matrices):
        for obj in coll:
            if obj.id == oid:
                return obj.name
    for p in project.processes:
        steps = {s.id: s.name for s in p.steps}
        if oid in steps:
            return f"{p.name}: {steps[oid]}"
        for f in p.flows:
            if f.id == oid:
                return f"{p.name}: {steps.get(f.source, f.source)} → {steps.get(f.target, f.target)}"
    for m in project.raci_matrices:
        for a in m.activities:
            if a.id == oid:
                return f"{m.name}: {a.name}"
        for r in m.roles:
            if r.id == oid:
                return f"{m.name}: {r.name}"
    return ""


def problem_text(project: Project, problem: Problem, language: str) -> str:
    """What the dock shows: the full message in English, else the translated
    sentence of the code and the object's name."""
    if language == "en" or problem.code not in TITLES:
        return problem.message
    name = object_name(project, problem)
    title = _t(TITLES[problem.code])
    return f"{title}：{name}" if name else title
