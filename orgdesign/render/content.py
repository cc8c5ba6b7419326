"""What each card says and how it is coloured: the one place card content is decided.

:class:`ContentResolver` answers, for a unit, a customer segment, the
generic customer, a process step or a function node, the texts of the card
(by field), its accent and fill colours, whether it is a vacancy, its avatar
and its hover text.  The measurer (card sizes) and the display-list builder
(drawing) both ask it, so a card is measured with the text it is drawn with.
No Qt here.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from orgdesign.i18n import label_text, layer_label
from orgdesign.model import Person, Process, Project, TreeIndex, UnitKind

from .style import (
    CARD_BORDER,
    CARD_FILL,
    CUSTOMER_BORDER,
    CUSTOMER_FILL,
    DEFAULT_ACCENT,
    LAYER_COLOURS,
    SEGMENT_BORDER,
    SEGMENT_FILL,
    STEP_FILL,
    VACANT_BORDER,
    VACANT_DASH,
    VACANT_FILL,
    RenderOptions,
    initials,
)

_UNKNOWN = object()

# C0/C1 controls cannot be written in XML (SVG, PPTX) and draw as boxes: drop them.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """``text`` without control characters; tabs and CR become spaces, newlines stay."""
    if text.isprintable():
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _CONTROL.sub("", text)


@dataclass(slots=True)
class CardContent:
    """Everything a card shows, before any text is measured.

    ``texts``: ``(field, text)`` pairs in card order; field is ``name``,
    ``title``, ``person``, ``vacant`` (the "vacant" label), ``label``
    (segment, customer, function) or ``step``.  ``avatar``: ``"initials"``,
    ``"photo"``, ``"vacant"`` (empty dashed circle) or ``""`` for none.
    ``centred``: text centred without stripe (segments, customers, function nodes).
    """

    box_kind: str
    texts: list[tuple[str, str]]
    accent: str = DEFAULT_ACCENT
    fill: str = CARD_FILL
    border: str = CARD_BORDER
    dash: tuple[float, ...] | None = None
    vacant: bool = False
    avatar: str = ""
    initials: str = ""
    photo: str = ""
    centred: bool = False
    stripe: bool = True
    hover: str = ""
    badge: str = ""
    extra: dict[str, str] = field(default_factory=dict)


class ContentResolver:
    """Card content for one project, scenario and set of render options.

    Built once per drawing, then asked per box.  A unit's effective function
    and layer are worked out when first asked (and remembered), so a caller
    that draws a few cards of a big chart (the canvas) does not pay for all.
    ``index`` may pass the ``TreeIndex(scenario, project)`` built already.
    Raises KeyError from the constructor for an unknown scenario.
    """

    def __init__(self, project: Project, scenario_id: str | None = None,
                 options: RenderOptions | None = None, *,
                 index: TreeIndex | None = None) -> None:
        self.project = project
        self.options = opts = options or RenderOptions()
        self.scenario = sc = project.scenario(scenario_id)
        self.index = index if index is not None and index.scenario is sc else \
            TreeIndex(sc, project)
        self._people: dict[str, Person] | None = None
        self.functions = {f.id: f for f in project.functions}
        self._eff: dict[str, str | None] = {}
        self._layers: dict[str, str] = {}
        self._all_eff = self._all_layers = False
        self.segments = {s.id: s for s in sc.segments}
        self._want = set(opts.fields)
        self._units_by_process: dict[str, Process] = {p.id: p for p in project.processes}

    @property
    def people(self) -> dict[str, Person]:
        """Person id -> person (built on first use)."""
        if self._people is None:
            self._people = {p.id: p for p in self.project.people}
        return self._people

    # --- units -------------------------------------------------------------

    def function_of(self, unit_id: str) -> str | None:
        """Effective function id of a unit (None when none up its chain has one)."""
        eff = self._eff
        got = eff.get(unit_id, _UNKNOWN)
        if got is not _UNKNOWN:
            return got  # type: ignore[return-value]
        units = self.index.units
        if unit_id not in units:
            return None
        # Walk up to the first unit that has a function or an answer already,
        # then remember the answer for the whole chain.
        chain: list[str] = []
        cur: str | None = unit_id
        fid: str | None = None
        while cur is not None:
            known = eff.get(cur, _UNKNOWN)
            if known is not _UNKNOWN:
                fid = known  # type: ignore[assignment]
                break
            u = units[cur]
            chain.append(cur)
            if u.function:
                fid = u.function
                break
            cur = u.parent
        for c in chain:
            eff[c] = fid
        return fid

    def layer_of(self, unit_id: str) -> str:
        """Layer value of a unit (explicit or inferred)."""
        got = self._layers.get(unit_id)
        if got is None:
            if unit_id not in self.index.units:
                return "support"
            fid = self.function_of(unit_id)
            got = self._layers[unit_id] = self.index.layer(unit_id, {unit_id: fid}).value
        return got

    def unit_accents(self, unit_ids: Iterable[str]) -> list[str]:
        """:meth:`unit_accent` of each unit id, worked out for the whole scenario
        in one pass (cheaper than one by one when asking for most units)."""
        if self.options.colour_by == "layer":
            if not self._all_layers:
                self._layers = {uid: lay.value for uid, lay in self.index.layers().items()}
                self._all_layers = True
            layers = self._layers
            return [LAYER_COLOURS.get(layers.get(uid, "support"), DEFAULT_ACCENT)
                    for uid in unit_ids]
        self.all_functions()
        eff = self._eff
        units = self.index.units
        colours = {fid: f.color for fid, f in self.functions.items()}
        return [units[uid].color or colours.get(eff.get(uid) or "", DEFAULT_ACCENT)
                for uid in unit_ids]

    def all_functions(self) -> dict[str, str | None]:
        """Unit id -> effective function id, for every unit (worked out once)."""
        if not self._all_eff:
            self._eff = self.index.effective_functions()
            self._all_eff = True
        return self._eff

    def unit_accent(self, unit_id: str) -> str:
        """The accent colour of a unit under the chosen colour scheme."""
        if self.options.colour_by == "layer":
            return LAYER_COLOURS.get(self.layer_of(unit_id), DEFAULT_ACCENT)
        u = self.index.units[unit_id]
        if u.color:
            return u.color
        f = self.functions.get(self.function_of(unit_id) or "")
        return f.color if f else DEFAULT_ACCENT

    def unit_texts(self, unit_id: str) -> tuple[list[tuple[str, str]], bool]:
        """The texts of a unit's card (as :meth:`unit` gives them) and whether it
        shows an avatar: all that the card's size depends on."""
        u = self.index.units[unit_id]
        person = self.people.get(u.person) if u.person else None
        vacant = u.kind is UnitKind.POSITION and person is None
        texts = self._texts(clean_text(u.name), clean_text(u.title), person, vacant)
        has_avatar = "person" in self._want and (
            person is not None or (vacant and self.options.show_vacancies))
        return texts, has_avatar

    def _texts(self, name: str, title: str, person: Person | None,
               vacant: bool) -> list[tuple[str, str]]:
        texts: list[tuple[str, str]] = []
        if "name" in self._want:
            texts.append(("name", name))
        if "title" in self._want and title and title != name:
            texts.append(("title", title))
        if "person" in self._want:
            if person is not None:
                texts.append(("person", clean_text(person.name)))
            elif vacant and self.options.show_vacancies:
                texts.append(("vacant", label_text("vacant", self.options.lang)))
        if not texts:  # a card always says something
            texts.append(("name", name))
        return texts

    def unit(self, unit_id: str, hidden: int = 0, hover: bool = True) -> CardContent:
        """Content of a unit's card (``hidden``: descendants behind a collapsed card;
        ``hover=False`` skips the hover text, which measuring does not need)."""
        opts = self.options
        u = self.index.units[unit_id]
        person = self.people.get(u.person) if u.person else None
        vacant = u.kind is UnitKind.POSITION and person is None
        name = clean_text(u.name)
        title = clean_text(u.title)
        texts = self._texts(name, title, person, vacant)
        avatar = ""
        ini = ""
        photo = ""
        if "person" in self._want:
            if person is not None:
                avatar, ini = "initials", initials(clean_text(person.name))
                if opts.show_photos and person.photo:
                    path = person.photo if os.path.isabs(person.photo) else \
                        os.path.join(opts.base_dir or ".", person.photo)
                    if os.path.isfile(path):
                        avatar, photo = "photo", path
            elif vacant and opts.show_vacancies:
                avatar = "vacant"
        styled_vacant = vacant and opts.show_vacancies
        tip = self._hover(unit_id, name, title, person, vacant, hidden) if hover else ""
        return CardContent(
            box_kind="collapsed" if hidden else "unit",
            texts=texts,
            accent=self.unit_accent(unit_id),
            fill=VACANT_FILL if styled_vacant else CARD_FILL,
            border=VACANT_BORDER if styled_vacant else CARD_BORDER,
            dash=VACANT_DASH if styled_vacant else None,
            vacant=vacant,
            avatar=avatar,
            initials=ini,
            photo=photo,
            hover=tip,
            badge=f"+{hidden}" if hidden else "",
        )

    def _hover(self, unit_id: str, name: str, title: str, person: Person | None, vacant: bool,
               hidden: int) -> str:
        opts = self.options
        fn = self.functions.get(self.function_of(unit_id) or "")
        hover = [name]
        if title and title != name:
            hover.append(title)
        if person is not None:
            hover.append(clean_text(person.name))
        elif vacant:
            hover.append(label_text("vacant", opts.lang))
        colon = "：" if opts.lang == "zh" else ": "
        if fn is not None:
            hover.append(f"{label_text('Function', opts.lang)}{colon}{clean_text(fn.name)}")
        hover.append(f"{label_text('Layer', opts.lang)}{colon}"
                     f"{layer_label(self.layer_of(unit_id), opts.lang)}")
        if hidden:
            hover.append(f"+{hidden}")
        return "\n".join(hover)

    # --- customers ---------------------------------------------------------

    def segment(self, segment_id: str, label: str = "") -> CardContent:
        """Content of a customer segment's card."""
        seg = self.segments.get(segment_id)
        text = clean_text(seg.name if seg is not None else label)
        return CardContent(box_kind="segment", texts=[("label", text)], accent=SEGMENT_BORDER,
                           fill=SEGMENT_FILL, border=SEGMENT_BORDER, centred=True, stripe=False,
                           hover=text)

    def customer(self) -> CardContent:
        """Content of the generic customer card ("Customers" in the chosen language)."""
        text = label_text("Customers", self.options.lang)
        return CardContent(box_kind="customer", texts=[("label", text)], accent=CUSTOMER_BORDER,
                           fill=CUSTOMER_FILL, border=CUSTOMER_BORDER, centred=True,
                           stripe=False, hover=text)

    # --- process steps and function nodes ----------------------------------

    def step(self, process: Process | None, step_id: str, label: str = "") -> CardContent:
        """Content of a process step: its name, and the unit performing it."""
        step = None
        if process is not None:
            step = next((s for s in process.steps if s.id == step_id), None)
        name = clean_text(step.name if step is not None else label)
        texts = [("step", name)]
        accent = DEFAULT_ACCENT
        hover = [name]
        if step is not None and step.unit and step.unit in self.index.units:
            u = self.index.units[step.unit]
            texts.append(("title", clean_text(u.name)))
            hover.append(clean_text(u.name))
            accent = self.unit_accent(step.unit)
        return CardContent(box_kind="step", texts=texts, accent=accent, fill=STEP_FILL,
                           hover="\n".join(hover))

    def function_node(self, function_id: str, label: str = "", count: int = 0) -> CardContent:
        """Content of a function node of the interface network (``count`` interfaces)."""
        fn = self.functions.get(function_id)
        name = clean_text(fn.name if fn is not None else label)
        colour = fn.color if fn is not None else DEFAULT_ACCENT
        colon = "：" if self.options.lang == "zh" else ": "
        heading = label_text("Interfaces", self.options.lang)
        texts = [("label", name), ("title", f"{heading}{colon}{count}")]
        return CardContent(box_kind="function", texts=texts, accent=colour, fill=CARD_FILL,
                           border=colour, centred=True, stripe=False,
                           hover=f"{name}\n{texts[1][1]}")

    def process(self, process_id: str) -> Process | None:
        """The process with this id (None if none)."""
        return self._units_by_process.get(process_id)
