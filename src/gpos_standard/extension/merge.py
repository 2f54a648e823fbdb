"""One LinkML schema for LinkML's own tools: the standard's merged schema with an extension's fields injected.

LinkML's generators do not apply ``apply_to``, so a member who validates with ``linkml validate`` or builds a
validator from the LinkML source uses this merge: each extension field becomes an attribute of its class named
``<prefix>_<field>`` with the alias ``<prefix>:<field>`` (the name in data), the profile's rules become the
attribute's ``required``, ``pattern`` and bounds, and added codes join the open code list's enum.
"""

from __future__ import annotations

from typing import Any

import yaml

from ..resources import artefact
from .module import Extension

__all__ = ["merged_schema", "merged_yaml"]


def _load_standard(version: str | None) -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(artefact("gpos.linkml.yaml", version).read_text(encoding="utf-8"), Loader=loader)


def merged_schema(extensions: list[Extension], version: str | None = None) -> dict[str, Any]:
    schema = _load_standard(version)
    names = "_".join(e.name.replace("-", "_") for e in extensions)
    schema["name"] = f"{schema['name']}_{names}"
    schema["description"] = (f"The GPOS standard {schema['version']} with the extensions "
                             f"{', '.join(f'{e.name} {e.version}' for e in extensions)} merged in for LinkML's own "
                             "tools. Made by `gpos extension merge`; the extension modules are the source.")
    for ext in extensions:
        source = ext.source
        schema["prefixes"].update(source.get("prefixes") or {})
        for ename, enum in (source.get("enums") or {}).items():
            target = (enum.get("annotations") or {}).get("gpos_extends")
            if target:
                values = schema["enums"][target].setdefault("permissible_values", {})
                values.update(enum.get("permissible_values") or {})
            else:
                schema["enums"][ename] = {k: v for k, v in enum.items() if k != "annotations"}
        for cls in (source.get("classes") or {}).values():
            attributes = schema["classes"][cls["apply_to"]].setdefault("attributes", {})
            for name, attribute in (cls.get("attributes") or {}).items():
                injected = dict(attribute or {})
                injected["alias"] = f"{ext.prefix}:{name}"
                injected.setdefault("slot_uri", f"{ext.prefix}:{name}")
                if injected.get("multivalued"):
                    injected.setdefault("minimum_cardinality", 1)
                attributes[f"{ext.prefix}_{name}"] = injected
            for slot, usage in (cls.get("slot_usage") or {}).items():
                if slot in attributes:
                    attributes[slot].update(usage or {})
                else:  # a slot the class inherits
                    schema["classes"][cls["apply_to"]].setdefault("slot_usage", {})[slot] = dict(usage or {})
    return schema


def merged_yaml(extensions: list[Extension], version: str | None = None) -> str:
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(merged_schema(extensions, version), Dumper=dumper, sort_keys=False, allow_unicode=True,
                     width=120)
