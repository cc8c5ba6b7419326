"""The display list: card content, vacancy style, colours, customers, legend, title."""

from __future__ import annotations

import pytest

from orgdesign.layout import compute_layout
from orgdesign.layout.geometry import CUSTOMER_ID
from orgdesign.model import Function, Person, Unit, UnitKind, new_project
from orgdesign.render import RenderOptions, build_display_list, measure_sizes
from orgdesign.render.primitives import CircleItem, RectItem, TextItem
from orgdesign.render.style import LAYER_COLOURS, VACANT_DASH, initials


def _project():
    p = new_project(title="Test org", language="en")
    p.functions = [Function(id="f-sales", name="Sales", color="#D9822B", customer_facing=True),
                   Function(id="f-it", name="IT", color="#5B5BB5")]
    p.people = [Person(id="p1", name="Wang Xiaoming"), Person(id="p2", name="Anna Berg")]
    p.scenario().units = [
        Unit(id="ceo", name="Chief executive", kind=UnitKind.POSITION, person="p2"),
        Unit(id="sales", name="Sales", title="Head of sales", kind=UnitKind.DEPARTMENT,
             parent="ceo", function="f-sales", person="p1"),
        Unit(id="rep", name="Sales rep", parent="sales"),  # vacant position
        Unit(id="it", name="IT", kind=UnitKind.DEPARTMENT, parent="ceo", function="f-it"),
    ]
    return p


def _dl(project, view="classic", **opts):
    options = RenderOptions(**opts)
    layout = compute_layout(project, view, sizes=measure_sizes(project, options=options))
    return layout, build_display_list(project, layout, options)


def _texts(group):
    return [it.text for it in group.items if isinstance(it, TextItem)]


def test_one_card_group_per_box_at_the_box():
    layout, dl = _dl(_project())
    cards = {g.id: g for g in dl.cards()}
    assert set(cards) == set(layout.boxes)
    for bid, box in layout.boxes.items():
        frame = [it for it in cards[bid].items if isinstance(it, RectItem) and it.role == "frame"]
        assert len(frame) == 1
        assert (frame[0].x, frame[0].y, frame[0].w, frame[0].h) == box.rect()
        bx, by, bw, bh = cards[bid].bounds
        assert bx <= box.x and by <= box.y and bx + bw >= box.x + box.w


def test_card_shows_name_title_person_and_initials():
    _, dl = _dl(_project())
    sales = dl.group("sales")
    assert _texts(sales) == ["WX", "Sales", "Head of sales", "Wang Xiaoming"]
    assert sales.accent == "#D9822B"
    assert "Sales" in sales.title and "Head of sales" in sales.title


def test_vacancy_is_dashed_grey_and_says_vacant_in_the_language():
    _, dl = _dl(_project())
    rep = dl.group("rep")
    frame = next(it for it in rep.items if isinstance(it, RectItem) and it.role == "frame")
    assert frame.dash == VACANT_DASH
    assert "vacant" in _texts(rep)
    assert any(isinstance(it, CircleItem) and it.dash for it in rep.items)
    p = _project()
    p.metadata.language = "zh"
    _, dl = _dl(p, lang="zh")
    assert "空缺" in _texts(dl.group("rep"))


def test_vacancies_can_look_like_any_card():
    _, dl = _dl(_project(), show_vacancies=False)
    rep = dl.group("rep")
    frame = next(it for it in rep.items if isinstance(it, RectItem) and it.role == "frame")
    assert frame.dash is None
    assert "vacant" not in _texts(rep)


def test_fields_choose_what_a_card_says():
    _, dl = _dl(_project(), fields=("name",))
    assert _texts(dl.group("sales")) == ["Sales"]
    _, dl = _dl(_project(), fields=("person",))
    assert _texts(dl.group("sales")) == ["WX", "Wang Xiaoming"]


def test_inherited_function_colours_the_card_and_layer_colours_on_request():
    _, dl = _dl(_project())
    assert dl.group("rep").accent == "#D9822B"  # inherits Sales
    _, dl = _dl(_project(), colour_by="layer")
    assert dl.group("rep").accent == LAYER_COLOURS["customer-contact"]
    assert dl.group("it").accent == LAYER_COLOURS["support"]


@pytest.mark.parametrize("lang,label", [("en", "Customers"), ("zh", "客户")])
def test_generic_customer_is_labelled_in_the_language(lang, label):
    layout, dl = _dl(_project(), view="inverted", lang=lang)
    assert CUSTOMER_ID in layout.boxes
    assert _texts(dl.group(CUSTOMER_ID)) == [label]
    bands = [g for g in dl.groups if g.kind == "band"]
    assert len(bands) == len(layout.bands)


def test_title_above_legend_and_footer_below_the_chart():
    layout, dl = _dl(_project(), date="2025-03-01", footer="Confidential")
    title = dl.group("title")
    assert _texts(title)[0] == "Test org"
    assert title.bounds[1] + title.bounds[3] <= 0.5
    legend = dl.group("legend")
    assert legend.bounds[1] >= layout.height
    assert "Sales" in _texts(legend) and "IT" in _texts(legend) and "vacant" in _texts(legend)
    footer = dl.group("footer")
    assert footer.bounds[1] >= legend.bounds[1] + legend.bounds[3]
    assert "2025-03-01" in _texts(footer)[0] and "Confidential" in _texts(footer)[0]
    x, y, w, h = dl.bounds
    for g in dl.groups:
        gx, gy, gw, gh = g.bounds
        assert x <= gx and y <= gy and gx + gw <= x + w and gy + gh <= y + h


def test_no_title_no_legend_when_asked():
    _, dl = _dl(_project(), title="", legend=False)
    kinds = {g.kind for g in dl.groups}
    assert "title" not in kinds and "legend" not in kinds


def test_collapsed_card_carries_a_badge_with_the_hidden_count():
    p = _project()
    p.scenario().units[1].collapsed = True  # sales hides rep
    layout, dl = _dl(p)
    assert "rep" not in layout.boxes
    assert "+1" in _texts(dl.group("sales"))


def test_control_characters_never_reach_the_drawing():
    p = _project()
    p.scenario().units[0].name = "Chief\x00 exec\x07utive\tboss"
    _, dl = _dl(p)
    text = " ".join(_texts(dl.group("ceo")))
    assert "\x00" not in text and "\x07" not in text
    assert "Chief executive boss" in text


def test_initials():
    assert initials("Anna Berg") == "AB"
    assert initials("王小明") == "小明"
    assert initials("李娜") == "李娜"
    assert initials("") == "?"
