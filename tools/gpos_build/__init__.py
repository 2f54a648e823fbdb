"""Build-time generators: everything derivable from ``schema/`` and ``reference_data/codelists/``.

Needs the ``dev`` extra (LinkML). Nothing here is shipped in the wheel.
"""
