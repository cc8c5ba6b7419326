"""How RACI cells are edited and drawn: a letter picker per scheme, and letter-count chips."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QWidget,
)

from .table_model import COUNTS_ROLE, Index, RaciTableModel

_CHIP_PAD = 3
_CHIP_GAP = 3


class LetterDelegate(QStyledItemDelegate):
    """Edits a letter cell with an editable drop-down of the scheme's values.

    The list holds the single letters with their names, then the combinations
    the scheme allows, then an empty entry; typing ("ar", "R") works as well
    and goes through the model's checks.  Summary cells are drawn as one
    coloured chip per letter ("R3", "A1") in the letters' colours.
    """

    def __init__(self, model: RaciTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table_model = model

    # ------------------------------------------------------------------ editing

    # None means "no editor": Qt allows it and PySide6 passes it on; the stubs say QWidget.
    def createEditor(  # type: ignore[override]  # noqa: N802
            self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget | None:
        scheme = self.table_model.scheme()
        if scheme is None or not self.table_model.is_cell(index):
            return None
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        lang = self.table_model.lang
        for code in scheme.codes:
            lt = scheme.letter(code)
            combo.addItem(f"{code}", code)
            i = combo.count() - 1
            combo.setItemData(i, f"{code} — {lt.name(lang)}: {lt.meaning(lang)}",
                              Qt.ItemDataRole.ToolTipRole)
            combo.setItemData(i, QColor(lt.fill), Qt.ItemDataRole.BackgroundRole)
            combo.setItemData(i, QColor(lt.ink), Qt.ItemDataRole.ForegroundRole)
        for combo_text in scheme.combinations:
            combo.addItem(combo_text, combo_text)
        combo.addItem("", "")
        # Picking from the list is final: commit at once, like a spreadsheet's drop-down.
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        if isinstance(editor, QComboBox):
            text = index.data(Qt.ItemDataRole.EditRole) or ""
            i = editor.findData(text)
            editor.setCurrentIndex(i if i >= 0 else editor.count() - 1)
            editor.setEditText(text)
            line = editor.lineEdit()  # None only if not editable; ours always is
            if line is not None:
                line.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)

    # ------------------------------------------------------------------ drawing

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        counts = index.data(COUNTS_ROLE)
        if not counts:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        scheme = self.table_model.scheme()
        font = QFont(option.font)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        fm = QFontMetrics(font)
        painter.save()
        painter.setFont(font)
        rect = option.rect.adjusted(3, 3, -3, -3)
        x, y = rect.left(), rect.top()
        h = fm.height() + 2
        for code, n in counts:
            if not n:
                continue
            text = f"{code}{n}"
            w = fm.horizontalAdvance(text) + 2 * _CHIP_PAD
            if x + w > rect.right() and x > rect.left():
                x, y = rect.left(), y + h + _CHIP_GAP
            if y + h > rect.bottom() + 1:
                break
            chip = QRect(x, y, w, h)
            fill, ink = "#E7E7E7", "#333333"
            if scheme is not None and code in scheme.codes:
                fill, ink = scheme.letter(code).fill, scheme.letter(code).ink
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(fill))
            painter.drawRoundedRect(chip, 3, 3)
            painter.setPen(QColor(ink))
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
            x += w + _CHIP_GAP
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        if index.data(COUNTS_ROLE):
            fm = QFontMetrics(option.font)
            size.setHeight(max(size.height(), 2 * (fm.height() + 2) + _CHIP_GAP + 8))
        return size


class WrapHeader(QHeaderView):
    """A horizontal header whose titles wrap onto several lines to fit narrow role columns.

    Chinese names wrap between any two characters, English ones at spaces;
    the header is as tall as its longest title needs, up to ``max_lines``.
    """

    def __init__(self, parent: QWidget | None = None, max_lines: int = 4) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.max_lines = max_lines
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self.sectionResized.connect(lambda *_a: self.updateGeometries())

    def sectionSizeFromContents(self, logical: int) -> QSize:  # noqa: N802
        size = super().sectionSizeFromContents(logical)
        model = self.model()
        if model is None:
            return size
        text = str(model.headerData(logical, self.orientation(),
                                    Qt.ItemDataRole.DisplayRole) or "")
        opt = QStyleOptionHeader()
        self.initStyleOption(opt)
        fm = QFontMetrics(self.font())
        margin = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, opt, self)
        width = max(20, self.sectionSize(logical) - margin)
        bound = fm.boundingRect(QRect(0, 0, width, 10_000),
                                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)
        lines = min(self.max_lines, max(1, round(bound.height() / max(1, fm.lineSpacing()))))
        size.setHeight(max(size.height(), lines * fm.lineSpacing() + margin + 4))
        return size
