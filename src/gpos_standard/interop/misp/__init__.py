"""MISP events: GPOS records as MISP objects (url, domain-ip, bank-account, coin-address, person...), TLP and
typology tags from the MISP taxonomies. The mapping is the table ``interop/data/misp.yaml``; the object templates
are the ones PyMISP ships (the ``interop`` extra), so the objects follow the templates the peers' tools check.
"""

from __future__ import annotations

from .export import export_document, export_events
from .importer import import_event, import_path

__all__ = ["export_document", "export_events", "import_event", "import_path"]
