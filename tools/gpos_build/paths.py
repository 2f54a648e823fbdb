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
    def iso_module(self) -> Path:
        return self.schema_dir / "iso.yaml"

    @property
    def iso_dir(self) -> Path:
        return self.root / "reference_data" / "iso"

    @property
    def releases_dir(self) -> Path:
        """Frozen copies of the schema modules of every released version: ``schema/releases/<version>/``."""
        return self.schema_dir / "releases"

    def release_dirs(self) -> list[Path]:
        if not self.releases_dir.is_dir():
            return []
        return sorted((p for p in self.releases_dir.iterdir() if (p / "gpos.yaml").is_file()),
                      key=lambda p: tuple(int(x) for x in p.name.split(".")))

    def version_dir(self, version: str) -> Path:
        """The artefacts of one version of the standard in the runtime package."""
        return self.package_schema_dir / version

    @property
    def versions_json(self) -> Path:
        return self.package_schema_dir / "versions.json"

    @property
    def json_schema(self) -> Path:
        raise AttributeError("artefacts are per version: use version_dir(version)")

    @property
    def models_py(self) -> Path:
        return self.root / "src" / "gpos_standard" / "models.py"
