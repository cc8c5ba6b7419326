"""The small catalogue of fixed labels used outside the window (CLI, exports).

The app translates its own strings with Qt (``self.tr`` and ``.qm`` files);
diagrams and workbooks written without a window take their fixed labels from
here.  English is the source language; Simplified Chinese ships with it.
"""

from __future__ import annotations

LANGUAGES = ("en", "zh")

_CATALOGUE: dict[str, str] = {
    "Customers": "客户",
    "Customer": "客户",
    "Customer contact": "客户接触层",
    "Support": "支持层",
    "Management": "管理层",
    "customer-contact": "客户接触层",
    "support": "支持层",
    "management": "管理层",
    "vacant": "空缺",
    "Vacant": "空缺",
    "Legend": "图例",
    "Function": "职能",
    "Layer": "层级",
    "Page": "第",
    "of": "页，共",
    "Interfaces": "接口",
    "Process": "流程",
    "Total": "合计",
    "Department": "部门",
    "Overview": "总览",
    "more": "更多",
}


def label_text(text: str, lang: str = "en") -> str:
    """Return ``text`` in ``lang`` (the English text itself when not translated)."""
    if lang == "zh":
        return _CATALOGUE.get(text, text)
    return text


def layer_label(layer: str, lang: str = "en") -> str:
    """Human label of a layer value (``customer-contact``, ``support``, ...)."""
    english = {"customer": "Customers", "customer-contact": "Customer contact",
               "support": "Support", "management": "Management"}.get(layer, layer)
    return label_text(english, lang)
