"""Sample: a CRM organisation with the seven usual functions.

From the seed text on CRM organisation charts: customer service, CRM, sales,
product, marketing, supply chain and finance, each with its teams and people,
and from the seed on process-oriented rules: one strategic process ("lead to
cash") with a senior owner, and a sub-process staffed as a project team with
one member from each function taking part.
"""

from __future__ import annotations

from orgdesign.model import FlowKind, Layer, LineKind, Project, UnitKind

from .builder import SampleBuilder, Text2

NAME = "crm"
TITLE: Text2 = ("CRM organisation of an appliance maker", "某家电企业的客户关系管理组织")
DESCRIPTION: Text2 = (
    "The customer relationship management organisation of a mid-sized appliance maker: seven "
    "departments (customer service, CRM, sales, product, marketing, supply chain, finance) "
    "under the CEO, with teams and people. The strategic process 'Lead to cash' has the head "
    "of sales as its owner; its key account onboarding is run by a cross-functional project "
    "team.",
    "一家中型家电企业的客户关系管理组织：首席执行官下设七个部门（客户服务、客户关系管理、销售、产品、"
    "市场营销、供应链、财务），各部门下设团队和人员。战略流程“从线索到回款”由销售总监担任流程负责人；"
    "其中的大客户导入由跨职能项目组负责。",
)

T_TEAM_LEAD: Text2 = ("Team lead", "组长")

#: department id, name, head's title, function, [(team id, team name, [(unit id, name, vacant)])]
_DEPARTMENTS: list[tuple[str, Text2, Text2, str, list[tuple[str, Text2, list]]]] = [
    ("u-service", ("Customer service", "客户服务部"),
     ("Head of customer service", "客户服务部经理"), "f-service", [
         ("u-service-aftersales", ("After-sales service", "售后服务组"), [
             ("u-as-agent1", ("Service agent", "客服专员"), False),
             ("u-as-agent2", ("Service agent", "客服专员"), False),
             ("u-as-agent3", ("Service agent", "客服专员"), True),
         ]),
         ("u-service-complaints", ("Complaints handling", "投诉处理组"), [
             ("u-cp-officer1", ("Complaints officer", "投诉专员"), False),
             ("u-cp-officer2", ("Complaints officer", "投诉专员"), False),
         ]),
     ]),
    ("u-crm", ("Customer relationship management", "客户关系管理部"),
     ("Head of CRM", "客户关系管理部经理"), "f-crm", [
         ("u-crm-analytics", ("CRM analytics", "客户数据分析组"), [
             ("u-crm-analyst1", ("Data analyst", "数据分析师"), False),
             ("u-crm-analyst2", ("Data analyst", "数据分析师"), False),
         ]),
         ("u-crm-loyalty", ("Loyalty programme", "会员忠诚计划组"), [
             ("u-loyalty-mgr", ("Loyalty programme manager", "会员计划专员"), False),
         ]),
     ]),
    ("u-sales", ("Sales", "销售部"), ("Head of sales", "销售总监"), "f-sales", [
        ("u-sales-ka", ("Key accounts", "大客户组"), [
            ("u-kam1", ("Key account manager", "大客户经理"), False),
            ("u-kam2", ("Key account manager", "大客户经理"), False),
        ]),
        ("u-sales-bd", ("Business development", "业务拓展组"), [
            ("u-bd1", ("Business development manager", "业务拓展经理"), False),
            ("u-bd2", ("Inside sales representative", "内勤销售代表"), False),
        ]),
    ]),
    ("u-product", ("Product", "产品部"), ("Head of product", "产品总监"), "f-product", [
        ("u-product-rd", ("Research & development", "研发组"), [
            ("u-rd1", ("Development engineer", "研发工程师"), False),
            ("u-rd2", ("Design engineer", "设计工程师"), False),
        ]),
        ("u-product-mgmt", ("Product management", "产品管理组"), [
            ("u-pm1", ("Product manager", "产品经理"), False),
        ]),
    ]),
    ("u-marketing", ("Marketing", "市场营销部"), ("Head of marketing", "市场营销总监"),
     "f-marketing", [
         ("u-mkt-brand", ("Brand & advertising", "品牌与广告组"), [
             ("u-brand1", ("Brand manager", "品牌经理"), False),
         ]),
         ("u-mkt-digital", ("Digital marketing", "数字营销组"), [
             ("u-digital1", ("Campaign manager", "营销活动经理"), False),
         ]),
     ]),
    ("u-supply", ("Supply chain", "供应链部"), ("Head of supply chain", "供应链总监"), "f-supply", [
        ("u-supply-purchasing", ("Purchasing", "采购组"), [
            ("u-buyer1", ("Buyer", "采购员"), False),
        ]),
        ("u-supply-logistics", ("Logistics", "物流组"), [
            ("u-log1", ("Logistics coordinator", "物流协调员"), False),
            ("u-log2", ("Warehouse clerk", "仓库管理员"), False),
        ]),
    ]),
    ("u-finance", ("Finance", "财务部"), ("Chief financial officer", "财务总监"), "f-finance", [
        ("u-fin-accounting", ("Accounting", "会计组"), [
            ("u-acc1", ("Accountant", "会计"), False),
            ("u-acc2", ("Accounts receivable clerk", "应收账款专员"), False),
        ]),
        ("u-fin-audit", ("Internal audit", "审计组"), [
            ("u-auditor", ("Internal auditor", "内部审计师"), True),
        ]),
    ]),
]


def _organisation(b: SampleBuilder) -> None:
    """Functions, units, segments and secondary lines."""
    b.function("f-mgmt", ("Management", "管理层"), "#4C6A92")
    b.function("f-service", ("Customer service", "客户服务"), "#2E9E6B", customer_facing=True)
    b.function("f-crm", ("CRM", "客户关系管理"), "#8E5BB5")
    b.function("f-sales", ("Sales", "销售"), "#E07B39", customer_facing=True)
    b.function("f-product", ("Product", "产品"), "#3C8DAD")
    b.function("f-marketing", ("Marketing", "市场营销"), "#D4A72C")
    b.function("f-supply", ("Supply chain", "供应链"), "#8C6A4F")
    b.function("f-finance", ("Finance", "财务"), "#6F8F3A")

    ceo = b.unit("u-ceo", ("Chief executive officer", "首席执行官"), function="f-mgmt")
    b.unit("u-ceo-assistant", ("Executive assistant", "总裁助理"), parent=ceo,
           function="f-mgmt", assistant=True)
    for dept_id, dept_name, head_title, function, teams in _DEPARTMENTS:
        # Department heads support the front line: management, whatever their function.
        b.unit(dept_id, dept_name, parent=ceo, kind=UnitKind.DEPARTMENT, function=function,
               title=head_title, layer=Layer.MANAGEMENT)
        for team_id, team_name, members in teams:
            b.unit(team_id, team_name, parent=dept_id, kind=UnitKind.TEAM, title=T_TEAM_LEAD)
            for uid, position, vacant in members:
                b.unit(uid, position, parent=team_id, vacant=vacant)
    b.unit("u-onboarding-team", ("Key account onboarding project team", "大客户导入项目组"),
           parent="u-crm", kind=UnitKind.TEAM, title=("Project lead", "项目负责人"),
           notes=("One member each from sales, CRM, product and customer service.",
                  "由销售、客户关系管理、产品和客户服务各出一人组成。"))
    # Approved by the board, not yet placed: waits in the parking lot.
    b.unit("u-data-scientist", ("Customer data scientist", "客户数据科学家"),
           function="f-crm", parked=True, vacant=True,
           notes=("Approved; to be placed once the data analysis unit is decided.",
                  "已批准；待数据分析部门确定后定岗。"))

    b.segment("seg-key", ("Key accounts (retail chains)", "大客户（零售连锁）"), "u-sales-ka")
    b.segment("seg-sme", ("Small and medium business customers", "中小企业客户"), "u-sales-bd")
    b.segment("seg-consumers", ("End consumers", "终端消费者"), "u-service-aftersales")
    b.segment("seg-members", ("Loyalty club members", "会员俱乐部成员"), "u-crm-loyalty")

    b.line("ln-insight", "u-crm-analytics", "u-marketing", LineKind.DOTTED,
           ("Customer insight reports", "客户洞察报告"))
    b.line("ln-quality", "u-service-complaints", "u-product", LineKind.FUNCTIONAL,
           ("Quality feedback", "质量反馈"))
    for member in ("u-kam2", "u-crm-analyst2", "u-pm1", "u-as-agent1"):
        b.line(f"ln-onboarding-{member.removeprefix('u-')}", member, "u-onboarding-team",
               LineKind.PROJECT, ("Project member", "项目成员"))


def _processes(b: SampleBuilder) -> None:
    """Lead to cash, its onboarding sub-process, and the RACI matrix of lead to cash."""
    p = b.process(
        "p-l2c", ("Lead to cash", "从线索到回款"), strategic=True, owner="u-sales",
        notes=("Strategic process, steered across departments by the head of sales. "
               "Durations and waiting times in hours.",
               "战略流程，由销售总监跨部门统筹。时长与等待时间以小时计。"),
    )
    b.step(p, "s-l2c-lead", ("Qualify lead from campaign", "筛选营销活动线索"), "u-digital1", 1, 24)
    b.step(p, "s-l2c-offer", ("Prepare offer", "编制报价"), "u-kam1", 4, 8)
    b.step(p, "s-l2c-config", ("Check product configuration and price", "核实产品配置与价格"),
           "u-pm1", 2, 16)
    b.step(p, "s-l2c-close", ("Negotiate and sign contract", "谈判并签订合同"), "u-kam1", 6, 72)
    b.step(p, "s-l2c-record", ("Record customer and contract in CRM", "在CRM系统中登记客户与合同"),
           "u-crm-analyst1", 0.5, 4)
    b.step(p, "s-l2c-ship", ("Pick, pack and ship", "拣货、包装与发货"), "u-log1", 3, 24)
    b.step(p, "s-l2c-invoice", ("Issue invoice", "开具发票"), "u-acc1", 0.5, 8)
    b.step(p, "s-l2c-cash", ("Collect payment", "收款"), "u-acc2", 0.5, 240)
    b.step(p, "s-l2c-welcome", ("Welcome call and after-sales care", "欢迎回访与售后关怀"),
           "u-as-agent1", 0.5, 48)

    b.flow(p, "fl-l2c-1", "s-l2c-lead", "s-l2c-offer",
           procedure=("Leads scoring 60 or more are handed over in the CRM system within 24 "
                      "hours; sales and marketing review the lead list every Monday.",
                      "评分60分及以上的线索须在24小时内通过CRM系统移交；销售与市场营销每周一共同评审线索清单。"),
           responsible=b.person_of("u-mkt-digital"))
    b.flow(p, "fl-l2c-2", "s-l2c-offer", "s-l2c-config")
    b.flow(p, "fl-l2c-3", "s-l2c-config", "s-l2c-offer", FlowKind.LOOP)
    b.flow(p, "fl-l2c-4", "s-l2c-config", "s-l2c-close",
           procedure=("Configuration released in the product database; the product manager "
                      "answers within one working day.",
                      "在产品数据库中发布配置；产品经理须在一个工作日内答复。"),
           responsible=b.person_of("u-pm1"))
    b.flow(p, "fl-l2c-5", "s-l2c-close", "s-l2c-record")
    b.flow(p, "fl-l2c-6", "s-l2c-record", "s-l2c-ship",
           procedure=("The CRM system releases the order to the warehouse system; exceptions go "
                      "to the logistics coordinator.",
                      "CRM系统自动将订单下达至仓储系统；异常情况交由物流协调员处理。"),
           responsible=b.person_of("u-log1"))
    b.flow(p, "fl-l2c-7", "s-l2c-ship", "s-l2c-invoice")
    b.flow(p, "fl-l2c-8", "s-l2c-invoice", "s-l2c-cash")
    b.flow(p, "fl-l2c-9", "s-l2c-ship", "s-l2c-welcome", FlowKind.BRANCH)

    sub = b.process(
        "p-onboarding", ("Key account onboarding", "大客户导入"), owner="u-crm", parent="p-l2c",
        team="u-onboarding-team",
        notes=("Sub-process of lead to cash for new key accounts, run by the project team.",
               "“从线索到回款”中针对新大客户的子流程，由项目组负责。"),
    )
    b.step(sub, "s-on-kickoff", ("Kick-off meeting with the customer", "与客户召开启动会"),
           "u-kam2", 3, 48)
    b.step(sub, "s-on-setup", ("Set up master data and portal access", "建立客户主数据与门户权限"),
           "u-crm-analyst2", 2, 24)
    b.step(sub, "s-on-training", ("Train the customer's staff", "为客户员工提供产品培训"),
           "u-pm1", 8, 72)
    b.step(sub, "s-on-care", ("Name a service contact and agree service levels",
                              "指定服务联系人并约定服务水平"), "u-as-agent1", 1, 24)
    b.flow(sub, "fl-on-1", "s-on-kickoff", "s-on-setup")
    b.flow(sub, "fl-on-2", "s-on-setup", "s-on-training")
    b.flow(sub, "fl-on-3", "s-on-training", "s-on-care")

    roles = [
        ("r-client", ("Client", "客户"), None),
        ("r-sales-head", ("Head of sales (process owner)", "销售总监（流程负责人）"), "u-sales"),
        ("r-kam", ("Key account manager", "大客户经理"), "u-kam1"),
        ("r-marketing", ("Digital marketing", "数字营销组"), "u-mkt-digital"),
        ("r-product", ("Product management", "产品管理组"), "u-product-mgmt"),
        ("r-crm", ("CRM analytics", "客户数据分析组"), "u-crm-analytics"),
        ("r-logistics", ("Logistics", "物流组"), "u-supply-logistics"),
        ("r-accounting", ("Accounting", "会计组"), "u-fin-accounting"),
        ("r-service", ("After-sales service", "售后服务组"), "u-service-aftersales"),
    ]
    b.raci("raci-l2c", ("RACI: lead to cash", "RACI：从线索到回款"), p, roles, {
        #                cli sal kam mkt prd crm log acc srv
        "s-l2c-lead":    "-   I   C   A/R -   I   -   -   -",
        "s-l2c-offer":   "C   A   R   -   C   -   -   -   -",
        "s-l2c-config":  "-   I   C   -   A/R -   -   -   -",
        "s-l2c-close":   "C   A   R   -   I   I   -   I   -",
        "s-l2c-record":  "-   I   C   -   -   A/R -   -   I",
        "s-l2c-ship":    "I   -   I   -   -   -   A/R I   I",
        "s-l2c-invoice": "I   -   I   -   -   -   -   A/R -",
        "s-l2c-cash":    "C   I   C   -   -   -   -   A/R -",
        "s-l2c-welcome": "C   -   I   -   -   I   -   -   A/R",
    })


def build(lang: str = "en") -> Project:
    """Return the CRM sample in ``lang`` ("en" or "zh"); ValueError for another language."""
    b = SampleBuilder(lang, title=TITLE, description=DESCRIPTION, name_style="english", seed=23)
    _organisation(b)
    _processes(b)
    return b.build()
