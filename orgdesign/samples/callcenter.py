"""Sample: a customer service centre with one clear point of contact per customer group.

From the seed text on customer-oriented structures: the customer knows whom
to turn to (a hotline, a repair centre, a complaint centre); the call centre
forms its teams by customer group (complaints, technical advice, ordering,
general care) and sizes them by call peaks.  The repair request process
crosses four functions.
"""

from __future__ import annotations

from orgdesign.model import FlowKind, Layer, LineKind, Project, UnitKind

from .builder import SampleBuilder, Text2

NAME = "callcenter"
TITLE: Text2 = ("Customer service centre of an appliance maker", "某家电企业的客户服务中心")
DESCRIPTION: Text2 = (
    "Customer service of a household-appliance maker with one clear point of contact for each "
    "customer group: the hotline (call centre teams for complaints, technical advice, ordering "
    "and general care), the repair centre and the complaint centre, supported by spare parts, "
    "billing and IT. The repair request process crosses four functions.",
    "一家家电企业的客户服务体系，每个客户群都有明确的联系窗口：客户热线（呼叫中心按投诉受理、技术咨询、"
    "订购和一般客户维护分组）、维修受理中心和投诉受理中心，由备件、结算和IT提供支持。"
    "维修申请流程跨越四个职能。",
)

T_TEAM_LEAD: Text2 = ("Team lead", "组长")

#: hotline teams by customer group: (team id, team name, agent id prefix, agent position)
_HOTLINE_TEAMS: list[tuple[str, Text2, str, Text2]] = [
    ("u-hl-complaints", ("Complaints team", "投诉受理组"), "u-hl-cp-agent",
     ("Complaints agent", "投诉受理专员")),
    ("u-hl-tech", ("Technical advice team", "技术咨询组"), "u-hl-tech-agent",
     ("Technical advisor", "技术顾问")),
    ("u-hl-order", ("Ordering team", "订购组"), "u-hl-order-agent",
     ("Order agent", "订购专员")),
    ("u-hl-care", ("General care team", "一般客户维护组"), "u-hl-care-agent",
     ("Customer care agent", "客户维护专员")),
]
_VACANT = {"u-hl-order-agent3", "u-rp-tech3"}


def _organisation(b: SampleBuilder) -> None:
    """Functions, units, segments and secondary lines."""
    b.function("f-mgmt", ("Management", "管理层"), "#4C6A92")
    b.function("f-hotline", ("Hotline (call centre)", "热线（呼叫中心）"), "#E07B39",
               customer_facing=True)
    b.function("f-repair", ("Repair service", "维修服务"), "#2E9E6B", customer_facing=True)
    b.function("f-complaints", ("Complaint management", "投诉管理"), "#C0587E",
               customer_facing=True)
    b.function("f-parts", ("Spare parts & logistics", "备件与物流"), "#8C6A4F")
    b.function("f-finance", ("Finance & billing", "财务与结算"), "#6F8F3A")
    b.function("f-it", ("IT & telephony", "IT与电话系统"), "#5B6BC0")
    b.function("f-wfm", ("Workforce planning", "排班规划"), "#3C8DAD")

    director = b.unit("u-director", ("Director of customer service", "客户服务总监"),
                      function="f-mgmt")
    b.unit("u-director-assistant", ("Assistant to the director", "总监助理"), parent=director,
           function="f-mgmt", assistant=True)

    def department(uid: str, name: Text2, title: Text2, function: str) -> str:
        return b.unit(uid, name, parent=director, kind=UnitKind.DEPARTMENT, function=function,
                      title=title)

    def staff(parent: str, prefix: str, position: Text2, count: int,
              layer: Layer | None = None) -> None:
        for i in range(1, count + 1):
            uid = f"{prefix}{i}"
            b.unit(uid, position, parent=parent, vacant=uid in _VACANT, layer=layer)

    hotline = department("u-hotline", ("Customer hotline (call centre)", "客户热线（呼叫中心）"),
                         ("Call centre manager", "呼叫中心经理"), "f-hotline")
    for team_id, team_name, prefix, position in _HOTLINE_TEAMS:
        b.unit(team_id, team_name, parent=hotline, kind=UnitKind.TEAM, title=T_TEAM_LEAD)
        staff(team_id, prefix, position, 3)
    b.unit("u-hl-wfm", ("Workforce planner", "排班规划员"), parent=hotline, function="f-wfm",
           notes=("Sizes the teams by the call peaks of each weekday.",
                  "按每个工作日的来电高峰安排各组人数。"))

    repair = department("u-repair", ("Repair centre", "维修受理中心"),
                        ("Head of repair centre", "维修中心主任"), "f-repair")
    b.unit("u-rp-intake", ("Repair intake", "维修受理组"), parent=repair, kind=UnitKind.TEAM,
           title=T_TEAM_LEAD)
    staff("u-rp-intake", "u-rp-intake-clerk", ("Intake clerk", "受理专员"), 2)
    # The workshop belongs to the (customer-facing) repair service but never
    # meets a customer: intake and field service do, so its layer is set.
    b.unit("u-rp-workshop", ("Workshop", "维修车间"), parent=repair, kind=UnitKind.TEAM,
           title=("Workshop foreman", "车间主任"), layer=Layer.SUPPORT)
    staff("u-rp-workshop", "u-rp-tech", ("Service technician", "维修技师"), 3, Layer.SUPPORT)
    b.unit("u-rp-field", ("Field service", "上门服务组"), parent=repair, kind=UnitKind.TEAM,
           title=T_TEAM_LEAD)
    staff("u-rp-field", "u-rp-field-tech", ("Field technician", "上门维修技师"), 2)

    complaint = department("u-complaint", ("Complaint centre", "投诉受理中心"),
                           ("Head of complaint centre", "投诉中心主任"), "f-complaints")
    staff(complaint, "u-cc-case", ("Complaint case manager", "投诉个案经理"), 3)
    b.unit("u-cc-quality", ("Quality analyst", "质量分析师"), parent=complaint)

    parts = department("u-parts", ("Spare parts & logistics", "备件与物流部"),
                       ("Head of spare parts", "备件主管"), "f-parts")
    b.unit("u-parts-clerk", ("Spare parts clerk", "备件专员"), parent=parts)
    b.unit("u-parts-dispatch", ("Dispatch clerk", "发运专员"), parent=parts)
    finance = department("u-finance", ("Finance & billing", "财务与结算部"),
                         ("Head of finance", "财务主管"), "f-finance")
    staff(finance, "u-billing", ("Billing clerk", "结算专员"), 2)
    b.unit("u-fin-ar", ("Accounts receivable clerk", "应收账款专员"), parent=finance)
    it = department("u-it", ("IT & telephony", "IT与电话系统部"), ("IT manager", "IT经理"), "f-it")
    b.unit("u-it-telephony", ("Telephony engineer", "电话系统工程师"), parent=it)
    b.unit("u-it-crm", ("CRM system administrator", "CRM系统管理员"), parent=it)

    b.segment("seg-private", ("Private customers", "个人客户"), "u-hl-care")
    b.segment("seg-business", ("Business customers (retailers, installers)",
                               "企业客户（零售商、安装商）"), "u-hl-order")
    b.segment("seg-defect", ("Customers with a defective appliance", "设备故障客户"), "u-repair")
    b.segment("seg-complaint", ("Dissatisfied customers", "不满意的客户"), "u-complaint",
              notes=("Complaints the hotline cannot settle in the first call.",
                     "热线无法在首次通话中解决的投诉。"))

    b.line("ln-escalation", "u-hl-complaints", "u-complaint", LineKind.DOTTED,
           ("Escalation of complaints", "投诉升级"))
    b.line("ln-defects", "u-cc-quality", "u-rp-workshop", LineKind.DOTTED,
           ("Defect statistics", "故障统计"))
    b.line("ln-crm-support", "u-it-crm", "u-hotline", LineKind.FUNCTIONAL,
           ("CRM system support", "CRM系统支持"))
    b.line("ln-remote-pilot", "u-hl-tech-agent1", "u-rp-workshop", LineKind.PROJECT,
           ("Remote diagnosis pilot", "远程诊断试点"))


def _process(b: SampleBuilder) -> None:
    """The repair request process and its RACI matrix."""
    p = b.process(
        "p-repair", ("Repair request", "维修申请"), strategic=True, owner="u-director",
        notes=("Crosses hotline, repair service, spare parts and billing. "
               "Durations and waiting times in hours.",
               "跨越热线、维修服务、备件和结算四个职能。时长与等待时间以小时计。"),
    )
    b.step(p, "s-rep-call", ("Take the customer's call", "接听客户来电"), "u-hl-tech-agent1",
           0.1, 0.05)
    b.step(p, "s-rep-diagnose", ("Diagnose the fault by phone", "电话诊断故障"), "u-hl-tech",
           0.25, 0.5)
    b.step(p, "s-rep-register", ("Register repair order and collect appliance",
                                 "登记维修单并取回设备"), "u-rp-intake-clerk1", 0.5, 24)
    b.step(p, "s-rep-parts", ("Supply spare parts", "提供备件"), "u-parts-clerk", 0.5, 48)
    b.step(p, "s-rep-repair", ("Repair the appliance", "维修设备"), "u-rp-tech1", 2, 8)
    b.step(p, "s-rep-invoice", ("Invoice the repair", "开具维修账单"), "u-billing1", 0.25, 24)
    b.step(p, "s-rep-confirm", ("Confirm completion to the customer", "向客户确认维修完成"),
           "u-hl-care-agent1", 0.1, 4)

    b.flow(p, "fl-rep-1", "s-rep-call", "s-rep-diagnose")
    b.flow(p, "fl-rep-2", "s-rep-diagnose", "s-rep-confirm", FlowKind.BRANCH)
    b.flow(p, "fl-rep-3", "s-rep-diagnose", "s-rep-register",
           procedure=("Repair ticket in the CRM system with fault code and serial number; "
                      "the intake team calls the customer back within 4 hours.",
                      "在CRM系统中创建维修工单，注明故障代码和设备序列号；受理组须在4小时内回电客户。"),
           responsible=b.person_of("u-rp-intake"))
    b.flow(p, "fl-rep-4", "s-rep-register", "s-rep-parts",
           procedure=("Parts request in the warehouse system; parts in stock ship the same day.",
                      "在仓储系统中提交备件申请；有库存的备件当日发出。"),
           responsible=b.person_of("u-parts"))
    b.flow(p, "fl-rep-5", "s-rep-parts", "s-rep-repair")
    b.flow(p, "fl-rep-6", "s-rep-repair", "s-rep-parts", FlowKind.LOOP)
    b.flow(p, "fl-rep-7", "s-rep-repair", "s-rep-invoice")
    b.flow(p, "fl-rep-8", "s-rep-invoice", "s-rep-confirm",
           procedure=("Billing e-mails the closed repair orders to the general care team every "
                      "afternoon.",
                      "结算组每天下午将已结维修单通过邮件发送给一般客户维护组。"),
           responsible=b.person_of("u-hl-care"))

    roles = [
        ("r-customer", ("Customer", "客户"), None),
        ("r-director", ("Director of customer service", "客户服务总监"), "u-director"),
        ("r-tech", ("Technical advice team", "技术咨询组"), "u-hl-tech"),
        ("r-care", ("General care team", "一般客户维护组"), "u-hl-care"),
        ("r-repair-head", ("Head of repair centre", "维修中心主任"), "u-repair"),
        ("r-intake", ("Repair intake", "维修受理组"), "u-rp-intake"),
        ("r-workshop", ("Workshop", "维修车间"), "u-rp-workshop"),
        ("r-parts", ("Spare parts & logistics", "备件与物流部"), "u-parts"),
        ("r-billing", ("Finance & billing", "财务与结算部"), "u-finance"),
    ]
    b.raci("raci-repair", ("RACI: repair request", "RACI：维修申请"), p, roles, {
        #                 cus dir tec car rph int wsh prt bil
        "s-rep-call":     "C   -   A/R I   -   -   -   -   -",
        "s-rep-diagnose": "C   -   A/R -   I   I   C   -   -",
        "s-rep-register": "C   -   I   -   A   R   -   -   -",
        "s-rep-parts":    "-   -   -   -   I   I   C   A/R -",
        "s-rep-repair":   "I   -   -   I   A   -   R   C   -",
        "s-rep-invoice":  "I   -   -   I   C   -   -   -   A/R",
        "s-rep-confirm":  "I   I   -   A/R I   -   -   -   I",
    })


def build(lang: str = "en") -> Project:
    """Return the call-centre sample in ``lang`` ("en" or "zh"); ValueError for another language."""
    b = SampleBuilder(lang, title=TITLE, description=DESCRIPTION, name_style="international",
                      seed=37)
    _organisation(b)
    _process(b)
    return b.build()
