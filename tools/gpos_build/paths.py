"""Where the sources live and where each generated artifact goes, relative to a project root."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Layout:
    root: Path

    @property
    def schema_dir(self) -> Path:
        return self.root / "schema"

    @property
    def root_schema(self) -> Path:
        return self.schema_dir / "gpos.yaml"

    @property
    def codelist_dir(self) -> Path:
        return self.root / "reference_data" / "codelists"

    @property
    def codelist_index(self) -> Path:
        return self.codelist_dir / "codelists.yaml"

    @property
    def codelist_module(self) -> Path:
        return self.schema_dir / "codelists.yaml"

    @property
    def package_schema_dir(self) -> Path:
        return self.root / "src" / "gpos_standard" / "schema"

    @property
    def json_schema(self) -> Path:
        return self.package_schema_dir / "gpos.schema.json"

    @property
    def codelists_json(self) -> Path:
        return self.package_schema_dir / "codelists.json"

    @property
    def schema_meta_json(self) -> Path:
        return self.package_schema_dir / "schema_meta.json"

    @property
    def models_py(self) -> Path:
        return self.root / "src" / "gpos_standard" / "models.py"
