"""Edit actions on the selection: add, delete, cut/copy/paste, collapse, park, lines.

Each builds an op from ``orgdesign.edit`` and pushes it through the document;
a refused edit comes back as a message, never as a half-done change.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from orgdesign.edit import (
    AddLine,
    AddUnit,
    Batch,
    DeletePromote,
    DeleteSubtree,
    UpdateUnit,
    add_assistant,
    add_child,
    add_sibling,
    copy_subtree,
    paste_subtree,
)
from orgdesign.model import EditError, LineKind, SecondaryLine, TreeIndex, Unit, new_id

from .document import Document
from .messages import localized
from .selection import Selection

MIME = "application/x-orgdesign-units"
#: Deleting more units than this asks first.
CONFIRM_DELETE = 10


class EditActions(QObject):
    """The edit commands of the window, independent of how they are triggered."""

    refused = Signal(str)

    def __init__(self, document: Document, selection: Selection, parent: QWidget) -> None:
        super().__init__(parent)
        self.document = document
        self.selection = selection
        self.widget = parent

    def _push(self, op) -> bool:
        try:
            self.document.push(op)
        except EditError as exc:
            self.refused.emit(localized(exc))
            return False
        return True

    def _index(self) -> TreeIndex:
        return TreeIndex(self.document.project.scenario())

    def _new_unit(self) -> Unit:
        return Unit(id=new_id("u"), name=self.tr("New position"))

    def add_child(self) -> str | None:
        """Add a report under the current unit (a root when nothing is selected)."""
        unit = self._new_unit()
        cur = self.selection.current
        op = add_child(cur, unit) if cur else AddUnit(unit)
        if self._push(op):
            self.selection.set([unit.id])
            return unit.id
        return None

    def add_sibling(self) -> str | None:
        """Add a unit right after the current one, under the same manager."""
        cur = self.selection.current
        if cur is None:
            return self.add_child()
        unit = self._new_unit()
        if self._push(add_sibling(self.document.project, cur, unit)):
            self.selection.set([unit.id])
            return unit.id
        return None

    def add_assistant(self) -> str | None:
        """Add an assistant (staff position) to the current unit."""
        cur = self.selection.current
        if cur is None:
            return None
        unit = Unit(id=new_id("u"), name=self.tr("Assistant"))
        if self._push(add_assistant(cur, unit)):
            self.selection.set([unit.id])
            return unit.id
        return None

    def _top_selected(self) -> list[str]:
        """Selected units that are not inside another selected unit's subtree."""
        ix = self._index()
        chosen = [u for u in self.selection.ids if u in ix.units]
        sel = set(chosen)
        out = []
        for uid in chosen:
            p = ix.units[uid].parent
            while p is not None and p not in sel:
                p = ix.units[p].parent
            if p is None:
                out.append(uid)
        return out

    def delete(self, confirm: bool = True) -> bool:
        """Delete the selected subtrees (asks first when many units go)."""
        roots = self._top_selected()
        if not roots:
            return False
        ix = self._index()
        n = sum(1 for r in roots for _ in ix.walk(r))
        if confirm and n > CONFIRM_DELETE:
            answer = QMessageBox.question(
                self.widget, self.tr("Delete"),
                self.tr("Delete %1 units (the selection with everyone reporting to it)?")
                .replace("%1", str(n)))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        op = roots and Batch(tuple(DeleteSubtree(r) for r in roots),
                             label=self.tr("Delete %1 units").replace("%1", str(n)))
        if self._push(op):
            self.selection.set([])
            return True
        return False

    def delete_promote(self) -> bool:
        """Delete the selected units; their reports move up to their manager."""
        ids = list(self.selection.ids)
        if not ids:
            return False
        if self._push(Batch(tuple(DeletePromote(u) for u in ids),
                            label=self.tr("Delete and promote reports"))):
            self.selection.set([])
            return True
        return False

    def copy(self) -> bool:
        """Put the selected subtrees on the clipboard (JSON, for any OrgDesign window)."""
        roots = self._top_selected()
        if not roots:
            return False
        units = [u for r in roots for u in copy_subtree(self.document.project, None, r)]
        data = json.dumps([u.model_dump(mode="json") for u in units], ensure_ascii=False)
        mime = QMimeData()
        mime.setData(MIME, data.encode("utf-8"))
        mime.setText("\n".join(u.name for u in units))
        QApplication.clipboard().setMimeData(mime)
        return True

    def cut(self) -> bool:
        """Copy, then delete without asking (paste brings it back; so does undo)."""
        return self.copy() and self.delete(confirm=False)

    def paste(self) -> bool:
        """Paste copied subtrees under the current unit (as roots when none)."""
        mime = QApplication.clipboard().mimeData()
        if mime is None or not mime.hasFormat(MIME):
            return False
        try:
            raw = json.loads(bytes(mime.data(MIME).data()).decode("utf-8"))
            units = [Unit.model_validate(d) for d in raw]
        except (ValueError, TypeError) as exc:
            self.refused.emit(self.tr("The clipboard holds no units: %1").replace("%1", str(exc)))
            return False
        try:
            op = paste_subtree(self.document.project, None, units, self.selection.current)
        except EditError as exc:
            self.refused.emit(localized(exc))
            return False
        return self._push(op)

    def toggle_collapse(self) -> bool:
        """Collapse or expand the selected units' subtrees."""
        ix = self._index()
        ids = [u for u in self.selection.ids if u in ix.units and ix.kids(u)]
        if not ids:
            return False
        state = not ix.units[ids[0]].collapsed
        return self._push(Batch(tuple(UpdateUnit(u, {"collapsed": state}) for u in ids),
                                label=self.tr("Collapse") if state else self.tr("Expand")))

    def dotted_line(self, kind: LineKind = LineKind.DOTTED) -> bool:
        """Draw a dotted line from the first to the second selected unit."""
        ids = self.selection.ids
        if len(ids) != 2:
            self.refused.emit(self.tr("Select exactly two units to connect them."))
            return False
        line = SecondaryLine(id=new_id("l"), source=ids[0], target=ids[1], kind=kind)
        return self._push(AddLine(line))
