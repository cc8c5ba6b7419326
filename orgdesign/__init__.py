"""OrgDesign: a desktop designer for customer-centred organisations."""

__version__ = "0.1.0"
