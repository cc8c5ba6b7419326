"""Metrics dock: units, people, vacancies, spans, layers, front-line share."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from orgdesign.analysis.structure import structure_metrics

from ..document import Document


class MetricsPanel(QWidget):
    """Live counts of the active scenario."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout(self)
        for key, text in (("units", self.tr("Units")), ("people", self.tr("People")),
                          ("vacancies", self.tr("Vacancies")),
                          ("span", self.tr("Span of control (min / avg / max)")),
                          ("depth", self.tr("Levels")), ("layers", self.tr("Layers")),
                          ("front", self.tr("Front-line share")),
                          ("parked", self.tr("Parking lot"))):
            self.labels[key] = QLabel()
            form.addRow(text, self.labels[key])
        self.refresh()

    def set_document(self, document: Document) -> None:
        """Follow another document."""
        self.document = document
        self.refresh()

    def refresh(self) -> None:
        """Recompute the metrics."""
        m = structure_metrics(self.document.project, self.document.project.scenario())
        self.labels["units"].setText(str(m.units))
        self.labels["people"].setText(str(m.people))
        self.labels["vacancies"].setText(str(m.vacancies))
        self.labels["span"].setText(f"{m.min_span} / {m.avg_span} / {m.max_span}")
        self.labels["depth"].setText(str(m.depth + 1 if m.units else 0))
        self.labels["layers"].setText(
            self.tr("contact %1, support %2, management %3")
            .replace("%1", str(m.layers["customer-contact"]))
            .replace("%2", str(m.layers["support"])).replace("%3", str(m.layers["management"])))
        self.labels["front"].setText(f"{m.front_line_share:.0%}")
        self.labels["parked"].setText(str(m.parking_lot))
