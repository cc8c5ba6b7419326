"""The RACI editor tab: a table over one matrix of the document, export and import."""

from .tab import RaciTab
from .table_model import RaciTableModel

__all__ = ["RaciTab", "RaciTableModel"]
