"""Fixed labels of the RACI workbook and CSV, in English and Simplified Chinese."""

from __future__ import annotations

_LABELS: dict[str, tuple[str, str]] = {
    "untitled": ("RACI matrix", "RACI矩阵"),
    "scenario": ("Scenario", "方案"),
    "scheme": ("Scheme", "模式"),
    "exported": ("Exported", "导出日期"),
    "note": ("Exactly one {a} per activity; pick letters from each cell's drop-down list.",
             "每项活动只能有一个{a}；请从单元格下拉列表中选择字母。"),
    "group": ("Process", "流程"),
    "activity": ("Activity", "活动"),
    "count": ("Count {letter}", "{letter}计数"),
    "dv_title": ("Not a letter of the scheme", "不是该模式的字母"),
    "dv_error": ("{scheme}: choose one of {values}, or leave the cell empty.",
                 "{scheme}：请选择 {values} 之一，或留空。"),
    "workload_title": ("Workload per role", "各角色工作量"),
    "workload_sub": ("Letters per role, counted by formulas over sheet RACI.",
                     "各角色的字母数量，由公式根据RACI工作表计算。"),
    "role": ("Role", "角色"),
    "unit": ("Unit", "组织单元"),
    "total": ("Total", "合计"),
    "issues_title": ("Issues", "问题"),
    "issues_sub": ("{n} found by the rule checks when the workbook was exported.",
                   "导出时规则检查发现 {n} 个问题。"),
    "severity": ("Severity", "严重程度"),
    "code": ("Code", "代码"),
    "message": ("Message", "说明"),
    "error": ("error", "错误"),
    "warning": ("warning", "警告"),
    "info": ("note", "提示"),
    "no_issues": ("No problems found.", "未发现问题。"),
    "deleted": ("deleted", "已删除"),
    "legend_title": ("Legend", "图例"),
    "letter": ("Letter", "字母"),
    "name": ("Name", "名称"),
    "meaning": ("Meaning", "含义"),
    "combinations": ("Letters allowed together in one cell: {combos}",
                     "同一单元格中允许组合的字母：{combos}"),
    "rules_title": ("Rules checked", "检查规则"),
    "rule_one_a": ("Every activity has exactly one {a}.", "每项活动有且只有一个{a}。"),
    "rule_r": ("Every activity has at least one {r} and at most {max_r}.",
               "每项活动至少有一个{r}，最多{max_r}个。"),
    "rule_ci": ("{c} on at most {cs} and {i} on at most {is_} of the roles per activity.",
                "每项活动的{c}不超过角色数的{cs}，{i}不超过{is_}。"),
    "rule_role": ("Every role holds a letter somewhere, and is {a} for at most {bs} of the "
                  "activities.", "每个角色至少承担一项活动，且担任{a}的活动不超过{bs}。"),
    "rule_a_as_r": ("An A also counts as doing the work (R).", "A 同时视为执行者（R）。"),
    "edit_title": ("Editing this workbook", "如何编辑本工作簿"),
    "edit_1": ("Change letters with the drop-down list in each cell of sheet RACI.",
               "在RACI工作表的单元格中通过下拉列表修改字母。"),
    "edit_2": ("Insert, delete or sort rows and columns inside the table; rename freely.",
               "可在表格内插入、删除或排序行与列，也可随意改名。"),
    "edit_3": ("Do not merge cells in the table.", "请勿合并表格中的单元格。"),
    "edit_4": ("Send the workbook back as .xlsx; it is read back into OrgDesign.",
               "请以 .xlsx 格式发回，将导入回 OrgDesign。"),
}


#: Chinese wording of each rule problem, filled from :attr:`RaciProblem.params`.
_ISSUES_ZH: dict[str, str] = {
    "R001": "未知的责任分配模式“{scheme}”",
    "R002": "活动“{activity}”、角色“{role}”：“{cell}”含有{scheme}以外的字母",
    "R003": "活动“{activity}”、角色“{role}”：{scheme}不允许组合“{cell}”",
    "R010": "活动“{activity}”没有{a}（最终负责）",
    "R011": "活动“{activity}”有{n}个{a}：{roles}；结果只能由一个角色最终负责",
    "R012": "活动“{activity}”没有{r}（负责执行）：无人执行该项工作",
    "R013": "活动“{activity}”有{n}个{r}（超过{max}个）：无人真正负责",
    "R014": "活动“{activity}”征询{n}/{total}个角色（超过{share}）：咨询过多",
    "R015": "活动“{activity}”知会{n}/{total}个角色（超过{share}）：知会过多",
    "R020": "角色“{role}”在任何活动中都没有字母（闲置角色）",
    "R021": "角色“{role}”在{n}/{total}项活动中担任{a}（超过{share}）：瓶颈",
    "R022": "角色“{role}”关联的组织单元“{unit}”不在方案“{scenario}”中；该列已保留",
}


def issue_text(problem: object, lang: str = "en") -> str:
    """A rule problem's sentence without the matrix name, in ``lang``.

    Chinese comes from the problem's ``params``; English (and any problem
    without params) is its ``detail`` or, failing that, its message.
    """
    english = getattr(problem, "detail", "") or getattr(problem, "message", "")
    template = _ISSUES_ZH.get(getattr(problem, "code", ""))
    if lang != "zh" or template is None:
        return english
    try:
        return template.format(**dict(getattr(problem, "params", ())))
    except (KeyError, IndexError):
        return english


def label(key: str, lang: str = "en", **values: object) -> str:
    """The label ``key`` in ``lang`` ("zh" or English), with ``values`` filled in.

    Raises KeyError for an unknown key.
    """
    en, zh = _LABELS[key]
    text = zh if lang == "zh" else en
    return text.format(**values) if values else text
