"""The Processes tab: process tables, swimlane map, interfaces, regrouping, event logs."""

from .interfaces_view import InterfacesView
from .tab import ProcessesTab

__all__ = ["InterfacesView", "ProcessesTab"]
