"""Sample: the Erlangen bakery chain whose chart puts the customer at the centre.

From the seed text on customer-oriented structures: a bakery chain from
Erlangen hangs a ring chart in every shop, the customer in the middle, around
it the names of the people responsible for the customer (branch managers,
the internal supervisor), support staff (order processing, marketing...) on
the next ring and the general manager on the outermost one.
"""

from __future__ import annotations

from orgdesign.model import FlowKind, Layer, LineKind, Project, UnitKind

from .builder import SampleBuilder, Text2

NAME = "bakery"
TITLE: Text2 = ("Erlangen bakery chain", "埃尔兰根面包连锁店")
DESCRIPTION: Text2 = (
    "A bakery chain from Erlangen with six shops, drawn as rings: the customer at the centre, "
    "branch managers and shop staff on the first ring, the support departments (production, "
    "purchasing, order processing, accounting, HR, marketing) on the second, the general "
    "manager on the outermost ring. The chart hangs in every shop.",
    "一家来自埃尔兰根、拥有六家分店的面包连锁店，以同心圆呈现：客户位于中心，分店经理和店员在第一圈，"
    "支持部门（生产、采购、订单处理、财务、人事、市场营销）在第二圈，总经理在最外圈。"
    "这张组织结构图挂在每家分店的显著位置。",
)

T_BRANCH_MANAGER: Text2 = ("Branch manager", "分店经理")
T_SALES: Text2 = ("Sales assistant", "店员")

#: (unit id, shop name, staff as (suffix, position name, vacant))
_SHOPS: list[tuple[str, Text2, list[tuple[str, Text2, bool]]]] = [
    ("u-shop-schloss", ("Café Schlossplatz", "宫殿广场咖啡店"), [
        ("sales1", T_SALES, False),
        ("sales2", T_SALES, False),
        ("cafe", ("Café server", "咖啡厅服务员"), False),
        ("barista", ("Barista", "咖啡师"), False),
    ]),
    ("u-shop-haupt", ("Shop Hauptstraße", "主街店"), [
        ("sales1", T_SALES, False),
        ("sales2", T_SALES, False),
        ("bakeoff", ("Bake-off assistant", "现烤助理"), False),
    ]),
    ("u-shop-arcaden", ("Shop Erlangen Arcaden", "阿卡登商场店"), [
        ("sales1", T_SALES, False),
        ("sales2", T_SALES, False),
        ("parttime", ("Part-time sales assistant", "兼职店员"), False),
    ]),
    ("u-shop-bahnhof", ("Shop Central Station", "火车站店"), [
        ("early", ("Early-shift sales assistant", "早班店员"), False),
        ("sales1", T_SALES, False),
        ("sales2", T_SALES, True),
    ]),
    ("u-shop-bruck", ("Shop Bruck", "布鲁克店"), [
        ("sales1", T_SALES, False),
        ("trainee", ("Sales trainee", "销售学徒"), False),
    ]),
    ("u-shop-buechenbach", ("Shop Büchenbach", "比兴巴赫店"), [
        ("sales1", T_SALES, False),
        ("sales2", T_SALES, False),
    ]),
]


def _organisation(b: SampleBuilder) -> None:
    """Functions, units, segments and secondary lines."""
    b.function("f-mgmt", ("Management", "管理层"), "#4C6A92")
    b.function("f-shop", ("Shop sales", "门店销售"), "#E08A3C", customer_facing=True)
    b.function("f-production", ("Production", "生产烘焙"), "#B07A4F")
    b.function("f-purchasing", ("Purchasing", "采购"), "#6B8E23")
    b.function("f-orders", ("Order processing", "订单处理"), "#3C8DAD")
    b.function("f-accounting", ("Accounting", "财务会计"), "#7D6BB0")
    b.function("f-hr", ("Human resources", "人力资源"), "#C0587E")
    b.function("f-marketing", ("Marketing", "市场营销"), "#D4A72C")

    gm = b.unit("u-gm", ("General manager", "总经理"), function="f-mgmt",
                notes=("Also keeps an eye on customer relations: monthly review of the "
                       "customer survey with the branch managers.",
                       "同时负责客户关系控制：每月与分店经理一起审阅客户调查结果。"))
    b.unit("u-gm-assistant", ("Assistant to the general manager", "总经理助理"),
           parent=gm, function="f-mgmt", assistant=True)
    shops = b.unit("u-shops", ("Shop sales manager", "门店销售主管"), parent=gm,
                   function="f-shop", title=("Internal supervisor of all shops", "各分店内部主管"))
    for shop_id, shop_name, staff in _SHOPS:
        b.unit(shop_id, shop_name, parent=shops, kind=UnitKind.TEAM, title=T_BRANCH_MANAGER)
        short = shop_id.removeprefix("u-shop-")
        for suffix, position, vacant in staff:
            b.unit(f"u-{short}-{suffix}", position, parent=shop_id, vacant=vacant)
    b.unit("u-catering", ("Catering & corporate orders coordinator", "餐饮与企业订单协调员"),
           parent=shops)

    # A support department head has reports, which alone would infer the
    # management layer; the ring chart puts support departments on the
    # support ring, so their layer is set explicitly.
    def department(uid: str, name: Text2, title: Text2, function: str) -> str:
        return b.unit(uid, name, parent=gm, kind=UnitKind.DEPARTMENT, function=function,
                      title=title, layer=Layer.SUPPORT)

    prod = department("u-production", ("Production", "生产烘焙部"),
                      ("Master baker, head of production", "面包师傅、生产主管"), "f-production")
    b.unit("u-baker1", ("Baker", "面包师"), parent=prod)
    b.unit("u-baker2", ("Night-shift baker", "夜班面包师"), parent=prod)
    b.unit("u-confectioner", ("Confectioner", "糕点师"), parent=prod)
    b.unit("u-baker-apprentice", ("Baker apprentice", "面包学徒"), parent=prod, vacant=True)
    b.unit("u-driver1", ("Delivery driver", "送货司机"), parent=prod)
    b.unit("u-driver2", ("Delivery driver", "送货司机"), parent=prod)
    purch = department("u-purchasing", ("Purchasing", "采购部"),
                       ("Head of purchasing", "采购主管"), "f-purchasing")
    b.unit("u-buyer", ("Buyer", "采购员"), parent=purch)
    orders = department("u-orders", ("Order processing", "订单处理部"),
                        ("Head of order processing", "订单处理主管"), "f-orders")
    b.unit("u-order-clerk", ("Order clerk", "订单专员"), parent=orders)
    acc = department("u-accounting", ("Accounting", "财务部"),
                     ("Head of accounting", "财务主管"), "f-accounting")
    b.unit("u-acc-clerk1", ("Accounts clerk", "会计"), parent=acc)
    b.unit("u-acc-clerk2", ("Accounts receivable clerk", "应收账款专员"), parent=acc)
    hr = department("u-hr", ("Human resources", "人力资源部"), ("HR manager", "人事经理"), "f-hr")
    b.unit("u-hr-officer", ("HR officer (training)", "人事专员（培训）"), parent=hr, vacant=True)
    mkt = department("u-marketing", ("Marketing", "市场营销部"),
                     ("Head of marketing", "市场营销主管"), "f-marketing")
    b.unit("u-mkt-specialist", ("Marketing & social media specialist", "市场与社交媒体专员"),
           parent=mkt)

    b.segment("seg-walkin", ("Walk-in customers", "门店散客"), "u-shops")
    b.segment("seg-cafe", ("Café guests", "咖啡厅顾客"), "u-shop-schloss")
    b.segment("seg-catering", ("Corporate & catering customers", "企业与餐饮订单客户"),
              "u-catering",
              notes=("Offices, schools and event caterers ordering trays and breakfasts.",
                     "订购点心拼盘和早餐的办公室、学校及活动承办方。"))

    b.line("ln-mkt-shops", "u-marketing", "u-shops", LineKind.DOTTED,
           ("Shop campaigns", "门店促销活动"))
    b.line("ln-prod-orders", "u-production", "u-orders", LineKind.FUNCTIONAL,
           ("Daily production plan", "每日生产计划"))
    b.line("ln-cafe-concept", "u-mkt-specialist", "u-shop-schloss", LineKind.PROJECT,
           ("New café concept", "新咖啡店概念"))


def _process(b: SampleBuilder) -> None:
    """The catering order process and its RACI matrix."""
    p = b.process(
        "p-catering", ("Catering order", "餐饮订单处理"), strategic=True, owner="u-shops",
        notes=("From the corporate customer's enquiry to the follow-up call. "
               "Durations and waiting times in hours.",
               "从企业客户询价到回访客户。时长与等待时间以小时计。"),
    )
    b.step(p, "s-cat-enquiry", ("Take enquiry and confirm offer", "接受询价并确认报价"),
           "u-catering", 0.5, 4)
    b.step(p, "s-cat-enter", ("Enter order and plan production", "录入订单并安排生产"),
           "u-order-clerk", 0.25, 8)
    b.step(p, "s-cat-ingredients", ("Order special ingredients", "订购特殊原料"),
           "u-buyer", 0.5, 24)
    b.step(p, "s-cat-bake", ("Bake and pack", "烘焙与包装"), "u-baker1", 3, 1)
    b.step(p, "s-cat-deliver", ("Deliver to the customer", "送货上门"), "u-driver1", 1, 0.5)
    b.step(p, "s-cat-invoice", ("Issue invoice", "开具发票"), "u-acc-clerk1", 0.25, 24)
    b.step(p, "s-cat-followup", ("Follow-up call", "回访客户"), "u-catering", 0.25, 48)

    b.flow(p, "fl-cat-1", "s-cat-enquiry", "s-cat-enter",
           procedure=("Orders go into the shared order book by 12:00 on the day before "
                      "delivery; the coordinator phones the order desk about rush orders.",
                      "订单须在送货前一天12:00前录入共享订单簿；加急订单由协调员电话通知订单处理部。"),
           responsible=b.person_of("u-orders"))
    b.flow(p, "fl-cat-2", "s-cat-enter", "s-cat-ingredients", FlowKind.BRANCH)
    b.flow(p, "fl-cat-3", "s-cat-enter", "s-cat-bake",
           procedure=("The order desk prints the production list at 18:00; the night shift "
                      "bakes from it.",
                      "订单处理部每天18:00打印生产清单，夜班据此烘焙。"),
           responsible=b.person_of("u-production"))
    b.flow(p, "fl-cat-4", "s-cat-ingredients", "s-cat-bake")
    b.flow(p, "fl-cat-5", "s-cat-bake", "s-cat-deliver")
    b.flow(p, "fl-cat-6", "s-cat-deliver", "s-cat-invoice")
    b.flow(p, "fl-cat-7", "s-cat-invoice", "s-cat-followup")

    roles = [
        ("r-client", ("Client", "客户"), None),
        ("r-gm", ("General manager", "总经理"), "u-gm"),
        ("r-shops", ("Shop sales manager", "门店销售主管"), "u-shops"),
        ("r-catering", ("Catering coordinator", "餐饮订单协调员"), "u-catering"),
        ("r-orders", ("Order processing", "订单处理部"), "u-orders"),
        ("r-purchasing", ("Purchasing", "采购部"), "u-purchasing"),
        ("r-production", ("Production", "生产烘焙部"), "u-production"),
        ("r-driver", ("Delivery driver", "送货司机"), "u-driver1"),
        ("r-accounting", ("Accounting", "财务部"), "u-accounting"),
    ]
    b.raci("raci-catering", ("RACI: catering order", "RACI：餐饮订单处理"), p, roles, {
        #                    cli gm  shp cat ord pur prd drv acc
        "s-cat-enquiry":     "C   -   A   R   I   -   -   -   -",
        "s-cat-enter":       "-   -   I   C   A/R I   I   -   -",
        "s-cat-ingredients": "-   -   -   -   C   A/R I   -   I",
        "s-cat-bake":        "-   -   -   I   C   -   A/R -   -",
        "s-cat-deliver":     "I   -   -   I   -   -   A   R   -",
        "s-cat-invoice":     "I   -   -   I   C   -   -   -   A/R",
        "s-cat-followup":    "C   I   A   R   -   -   I   -   -",
    })


def build(lang: str = "en") -> Project:
    """Return the bakery sample in ``lang`` ("en" or "zh"); ValueError for another language."""
    b = SampleBuilder(lang, title=TITLE, description=DESCRIPTION, name_style="german", seed=11)
    _organisation(b)
    _process(b)
    return b.build()
