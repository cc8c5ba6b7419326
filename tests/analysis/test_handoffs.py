"""Hand-offs from event logs: a small log with hand-computed answers, in CSV and XES."""

from __future__ import annotations

import gzip
import random
from pathlib import Path
from xml.sax.saxutils import quoteattr

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orgdesign.analysis.handoffs import analyse_handoffs, create_process_from_log
from orgdesign.io.event_log import parse_timestamp, read_event_log
from orgdesign.model import FlowKind, ImportError_, Scenario, Unit

HEADER = "case:concept:name,concept:name,org:group,time:timestamp"
#: Rows in file order (line numbers from 2); the comments give the UTC time.
ROWS = [
    "c1,Pay,Finance,2024-03-01T04:00:00-05:00",        # 2   09:00
    "c2,Register,Sales,2024-03-01T10:00:00Z",          # 3   10:00
    "c1,Approve,Service,2024-03-01T16:45:00+08:00",    # 4   08:45
    ",Orphan,Sales,2024-03-01T10:00:00Z",              # 5   no case id: skipped
    "c2,Check,,2024-03-01T10:10:00Z",                  # 6   10:10, group (none)
    "c3,Register,Sales,not a time",                    # 7   unparsable: skipped
    "c1,Check,Service,2024-03-01T08:30:00Z",           # 8   08:30
    "c2,Close,EMPTY,2024-03-01T10:20:00Z",             # 9   10:20
    "c3,Check,Sales,2024-03-01T11:00:00Z",             # 10  11:00
    "c2,Pay,EMPTY,2024-03-01 10:20:00",                # 11  naive = UTC: ties with line 9
    "c4,Solo,Sales,2024-03-01T12:00:00Z",              # 12  12:00
    "c3,Fix,IT,2024-03-01T12:00:00+01:00",             # 13  11:00: ties with line 10
    "c1,Register,Sales,2024-03-01T09:00:00+01:00",     # 14  08:00
    "c4,,Sales,",                                      # 15  no timestamp: skipped
]
EXPECTED_PAIRS = [
    {"from": "(none)", "to": "EMPTY", "count": 1, "mean_wait_s": 600.0},
    {"from": "Sales", "to": "(none)", "count": 1, "mean_wait_s": 600.0},
    {"from": "Sales", "to": "IT", "count": 1, "mean_wait_s": 0.0},
    {"from": "Sales", "to": "Service", "count": 1, "mean_wait_s": 1800.0},
    {"from": "Service", "to": "Finance", "count": 1, "mean_wait_s": 900.0},
]


def write_csv(tmp_path: Path, rows=ROWS, header=HEADER, name="log.csv", encoding="utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(("\n".join([header, *rows]) + "\n").encode(encoding))
    return path


def write_xes(tmp_path: Path, rows=ROWS, name="log.xes", group_key="org:group",
              prolog: str = "") -> Path:
    """The same events as XES: one trace per case (file order kept), case id after the events."""
    traces: dict[str, list[list[str]]] = {}
    for row in rows:
        cells = row.split(",")
        traces.setdefault(cells[0], []).append(cells)
    out = ['<?xml version="1.0" encoding="UTF-8"?>', prolog,
           '<log xes.version="1.0" xmlns="http://www.xes-standard.org/">',
           '  <extension name="Concept" prefix="concept" uri="http://x/concept.xesext"/>',
           '  <global scope="event"><string key="org:group" value="__INVALID__"/></global>',
           '  <string key="concept:name" value="the log"/>']
    for case, events in traces.items():
        out.append("  <trace>")
        for _, act, group, stamp in events:
            out.append("    <event>")
            out.append(f'      <string key="concept:name" value={quoteattr(act)}/>')
            out.append('      <list key="parts"><string key="concept:name" value="nested"/>'
                       "</list>")
            if group:
                out.append(f'      <string key="{group_key}" value={quoteattr(group)}/>')
            out.append(f'      <date key="time:timestamp" value={quoteattr(stamp)}/>')
            out.append("    </event>")
        if case:
            out.append(f'    <string key="concept:name" value={quoteattr(case)}/>')
        out.append("  </trace>")
    out.append("</log>")
    path = tmp_path / name
    path.write_text("\n".join(out), encoding="utf-8")
    return path


def check_known_answers(rep) -> None:
    assert (rep.events, rep.cases, rep.successions, rep.handoffs, rep.within) == (11, 4, 7, 5, 2)
    assert (rep.per_case_mean, rep.per_case_max, rep.zero) == (1.25, 2, 1)
    d = rep.to_dict()
    assert d["pairs"] == EXPECTED_PAIRS
    assert d["per_case"] == {"mean": 1.25, "max": 2, "zero": 1}
    assert [(p["from"], p["to"], p["mean_wait_s"]) for p in d["within_pairs"]] == [
        ("EMPTY", "EMPTY", 0.0), ("Service", "Service", 900.0)]


def test_csv_known_answers(tmp_path: Path) -> None:
    log = read_event_log(write_csv(tmp_path))
    assert log.columns == {"case": "case:concept:name", "activity": "concept:name",
                           "group": "org:group", "timestamp": "time:timestamp"}
    rep = analyse_handoffs(log)
    check_known_answers(rep)
    assert [(s.line, s.reason) for s in rep.skipped] == [
        (5, "missing case id"), (7, "unparsable timestamp 'not a time'"),
        (15, "missing timestamp")]
    assert rep.to_dict()["skipped_count"] == 3


def test_xes_known_answers(tmp_path: Path) -> None:
    log = read_event_log(write_xes(tmp_path))
    assert log.format == "xes" and log.columns["group"] == "org:group"
    rep = analyse_handoffs(log)
    check_known_answers(rep)
    reasons = sorted(s.reason for s in rep.skipped)
    assert reasons == ["missing case id", "missing timestamp",
                       "unparsable timestamp 'not a time'"]
    assert all(s.line > 5 for s in rep.skipped)  # the line of each <event> tag


def test_xes_falls_back_to_resource_and_gzip(tmp_path: Path) -> None:
    plain = write_xes(tmp_path, group_key="org:resource")
    packed = tmp_path / "log.xes.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    log = read_event_log(packed)
    assert log.columns["group"] == "org:resource"
    check_known_answers(analyse_handoffs(log))


@pytest.mark.parametrize("prolog", [
    '<!DOCTYPE log [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    '<!DOCTYPE log [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
    '<!DOCTYPE log SYSTEM "http://example.invalid/log.dtd">',
])
def test_xes_with_a_document_type_is_refused(tmp_path: Path, prolog: str) -> None:
    path = write_xes(tmp_path, prolog=prolog)
    with pytest.raises(ImportError_, match="document type"):
        read_event_log(path)


def test_xes_not_well_formed(tmp_path: Path) -> None:
    path = tmp_path / "bad.xes"
    path.write_text('<log><trace><event></trace></log>', encoding="utf-8")
    with pytest.raises(ImportError_, match="not well-formed") as err:
        read_event_log(path)
    assert err.value.row == 1


def test_rows_in_any_order_give_the_same_answers(tmp_path: Path) -> None:
    rng = random.Random(5)
    rows = ROWS[:]
    for k in range(5):
        rng.shuffle(rows)
        # the two ties must keep their relative order: put them back in file order
        for a, b in (("c2,Close", "c2,Pay"), ("c3,Check", "c3,Fix")):
            ia = next(i for i, r in enumerate(rows) if r.startswith(a))
            ib = next(i for i, r in enumerate(rows) if r.startswith(b))
            if ia > ib:
                rows[ia], rows[ib] = rows[ib], rows[ia]
        check_known_answers(analyse_handoffs(read_event_log(
            write_csv(tmp_path, rows, name=f"s{k}.csv"))))


def test_ties_keep_file_order(tmp_path: Path) -> None:
    rows = [r for r in ROWS if r.startswith("c3")]
    rows.reverse()  # Fix before Check in the file: IT -> Sales
    rep = analyse_handoffs(read_event_log(write_csv(tmp_path, rows)))
    assert [(p.source, p.target) for p in rep.pairs] == [("IT", "Sales")]


@settings(max_examples=25, deadline=None)
@given(st.randoms(use_true_random=False))
def test_shuffling_a_tie_free_log_changes_nothing(tmp_path_factory, rnd) -> None:
    from datetime import UTC, datetime, timedelta, timezone

    zones = [UTC, timezone(timedelta(hours=8)), timezone(timedelta(hours=-3, minutes=-30))]
    start = datetime(2024, 5, 1, tzinfo=UTC)
    rows = []
    for c in range(6):
        for k in range(rnd.randint(1, 6)):
            # distinct instants within a case, written in any zone (or naive, meaning UTC)
            when = start + timedelta(hours=2 * k, minutes=c)
            zone = rnd.choice([*zones, None])
            stamp = (when.replace(tzinfo=None).isoformat() if zone is None
                     else when.astimezone(zone).isoformat())
            rows.append(f"c{c},A{rnd.randint(0, 3)},{rnd.choice(['G1', 'G2', 'EMPTY', ''])},"
                        f"{stamp}")
    folder = tmp_path_factory.mktemp("shuffle")
    base = analyse_handoffs(read_event_log(write_csv(folder, rows, name="a.csv"))).to_dict()
    rnd.shuffle(rows)
    again = analyse_handoffs(read_event_log(write_csv(folder, rows, name="b.csv"))).to_dict()
    for key in ("events", "cases", "successions", "handoffs", "within", "pairs", "per_case",
                "within_pairs"):
        assert base[key] == again[key]


def test_plain_column_names_semicolons_and_blank_lines(tmp_path: Path) -> None:
    rows = [r.replace(",", ";") for r in ROWS] + ["", "   "]
    path = write_csv(tmp_path, rows, header="Case;Activity;Group;Timestamp")
    log = read_event_log(path)
    assert log.columns == {"case": "Case", "activity": "Activity", "group": "Group",
                           "timestamp": "Timestamp"}
    check_known_answers(analyse_handoffs(log))


def test_chinese_headers_gb18030_and_named_columns(tmp_path: Path) -> None:
    rows = [r.replace("Sales", "销售").replace("Service", "客户服务") for r in ROWS]
    path = write_csv(tmp_path, rows, header="案例,活动,部门,时间", encoding="gb18030")
    with pytest.raises(ImportError_, match="--case"):
        read_event_log(path)
    log = read_event_log(path, case="案例", activity="活动", group="部门", timestamp="时间")
    rep = analyse_handoffs(log)
    assert rep.handoffs == 5
    assert {"from": "销售", "to": "客户服务", "count": 1, "mean_wait_s": 1800.0} in \
        rep.to_dict()["pairs"]


def test_resource_column_when_no_group_column(tmp_path: Path) -> None:
    path = write_csv(tmp_path, header="case,activity,org:resource,time:timestamp")
    log = read_event_log(path)
    assert log.columns["group"] == "org:resource"
    check_known_answers(analyse_handoffs(log))


def test_unreadable_logs_raise_import_error(tmp_path: Path) -> None:
    with pytest.raises(ImportError_, match="cannot read"):
        read_event_log(tmp_path / "missing.csv")
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(ImportError_, match="empty"):
        read_event_log(empty)
    no_group = write_csv(tmp_path, ["c1,x,2024-01-01"], header="case,activity,timestamp",
                         name="g.csv")
    with pytest.raises(ImportError_, match="group") as err:
        read_event_log(no_group)
    assert err.value.column == "group"
    with pytest.raises(ImportError_, match="no column 'Team'"):
        read_event_log(write_csv(tmp_path), group="Team")
    with pytest.raises(ImportError_, match="format"):
        read_event_log(write_csv(tmp_path), fmt="json")


def test_short_rows_and_whitespace(tmp_path: Path) -> None:
    rows = ["c1,A,Sales ,2024-01-01T00:00:00Z", "c1,B,  ,2024-01-01T00:01:00Z",
            " c1 ,C,Sales,2024-01-01T00:02:00Z", "c2,D"]
    rep = analyse_handoffs(read_event_log(write_csv(tmp_path, rows)))
    assert rep.cases == 1 and rep.events == 3
    assert [(p.source, p.target) for p in rep.pairs] == [("", "Sales"), ("Sales", "")]
    assert rep.skipped[0].line == 5 and rep.skipped[0].reason == "missing timestamp"


@pytest.mark.parametrize("text, expected", [
    ("2024-03-01T09:00:00Z", "2024-03-01T09:00:00+00:00"),
    ("2024-03-01 09:00:00", "2024-03-01T09:00:00+00:00"),          # naive: UTC
    ("2024-03-01T17:00:00+08:00", "2024-03-01T09:00:00+00:00"),
    ("2024-03-01T17:00:00.250+0800", "2024-03-01T09:00:00.250000+00:00"),
    ("2024/03/01 09:00", "2024-03-01T09:00:00+00:00"),
    ("2024年3月1日 17:00:00+08:00", "2024-03-01T09:00:00+00:00"),
    ("2024-03-01", "2024-03-01T00:00:00+00:00"),
])
def test_parse_timestamp(text: str, expected: str) -> None:
    from datetime import datetime

    assert parse_timestamp(text) == datetime.fromisoformat(expected).timestamp()


@pytest.mark.parametrize("text", ["", "yesterday", "2024-13-01T00:00:00", "2024/02/30 10:00",
                                  "2024-03-01T25:00:00"])
def test_parse_timestamp_refuses(text: str) -> None:
    assert parse_timestamp(text) is None


def test_create_process_from_log(tmp_path: Path) -> None:
    log = read_event_log(write_csv(tmp_path))
    sc = Scenario(id="s", name="S", units=[
        Unit(id="u-s", name="Sales"), Unit(id="u-v", name="service"),
        Unit(id="u-f", name="Finance")])
    mined = create_process_from_log(log, "Order", scenario=sc)
    proc = mined.process
    assert [s.name for s in proc.steps] == ["Register", "Check", "Approve", "Pay", "Close", "Fix",
                                            "Solo"]
    # Check: Service, (none) and Sales once each: the first seen wins; names match case-blind
    assert [s.unit for s in proc.steps] == ["u-s", "u-v", "u-v", "u-f", None, None, "u-s"]
    assert mined.unmapped == ["EMPTY", "IT"]
    name = {s.id: s.name for s in proc.steps}
    flows = [(name[f.source], name[f.target], f.kind, mined.flow_counts[f.id])
             for f in proc.flows]
    assert flows == [
        ("Register", "Check", FlowKind.SEQUENCE, 2),
        ("Check", "Approve", FlowKind.BRANCH, 1),
        ("Check", "Close", FlowKind.BRANCH, 1),
        ("Check", "Fix", FlowKind.BRANCH, 1),
        ("Approve", "Pay", FlowKind.SEQUENCE, 1),
        ("Close", "Pay", FlowKind.LOOP, 1),
    ]
    assert sum(mined.step_counts.values()) == 11
    few = create_process_from_log(log, "Order", unit_for_group={"IT": "u-it"}, min_count=2)
    assert [(f.source, f.target) for f in few.process.flows] == [("step-1", "step-2")]
    assert few.process.steps[5].unit == "u-it" and few.process.steps[0].unit is None
