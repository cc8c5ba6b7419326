"""The OrgDesign document model (pydantic v2); imports nothing else of ours."""

from .errors import EditError, ImportError_, ModelError, OrgDesignError, ProjectFileError
from .ids import new_id
from .invariants import check_project, invariant_messages, invariant_problems
from .project import (
    FORMAT_TAG,
    LAYER_ORDER,
    SCHEMA_VERSION,
    CustomerSegment,
    Flow,
    FlowKind,
    Function,
    InterfaceInfo,
    Layer,
    LineKind,
    Metadata,
    Person,
    Process,
    Project,
    RaciActivity,
    RaciMatrix,
    RaciRole,
    RaciSettings,
    Scenario,
    SecondaryLine,
    Step,
    Unit,
    UnitKind,
    new_project,
)
from .queries import TreeIndex

__all__ = [
    "FORMAT_TAG", "LAYER_ORDER", "SCHEMA_VERSION", "CustomerSegment", "EditError", "Flow",
    "FlowKind", "Function", "ImportError_", "InterfaceInfo", "Layer", "LineKind", "Metadata",
    "ModelError", "OrgDesignError", "Person", "Process", "Project", "ProjectFileError",
    "RaciActivity", "RaciMatrix", "RaciRole", "RaciSettings", "Scenario", "SecondaryLine",
    "Step", "TreeIndex", "Unit", "UnitKind", "check_project", "invariant_messages",
    "invariant_problems", "new_id",
    "new_project",
]
