"""The schema as linked data: LinkML's OWL and RDF generators give a usable ontology and Turtle, every class and slot
has a URI of its own, and every element says when it was added.

gen-owl and linkml-convert each take 15 to 30 seconds on the merged schema: they run once, side by side, as the
commands the data-model guide documents.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections import Counter
from typing import Any

import pytest
import yaml

from gpos_standard.resources import artefact

from conftest import ROOT

GPOS = "https://w3id.org/gpos/standard/"
OWL = "http://www.w3.org/2002/07/owl#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RECORD_BASE = "https://w3id.org/gpos/record/"
MAPPINGS = ("exact_mappings", "close_mappings", "broad_mappings", "narrow_mappings", "related_mappings")
# --no-use-native-uris: properties are the slots' URIs (by default gen-owl names every field gpos:<name>, merging the
# status of a case with the status of a report); the others choose what LinkML will make the default.
OWL_FLAGS = ["--no-use-native-uris", "--skip-vacuous-min-zero-cardinality-axioms", "--skip-vacuous-local-range-axioms",
             "--consolidate-cardinality-axioms"]
# linkml-runtime 1.12 cannot load a Language value: the ISO 639-3 code `mro` shadows type.mro() in its enum classes.
# The data-model guide documents this one-line workaround; the test runs the same command.
MRO_WORKAROUND = ("import linkml_runtime.utils.enumerations as e; "
                  "e.isinstance_dt = lambda o, n: n in [c.__name__ for c in type(o).__mro__]; ")
GUIDE = ROOT / "docs" / "guides" / "data-model.md"
EXPORT = ROOT / "reference_data" / "exports" / "th_export.json"


def _merged() -> dict[str, Any]:
    text = artefact("gpos.linkml.yaml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return _merged()


@pytest.fixture(scope="module")
def linked_data(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """gen-owl on the merged schema and linkml-convert of a reference export to Turtle, run concurrently."""
    pytest.importorskip("linkml")
    merged = str(artefact("gpos.linkml.yaml"))
    out = tmp_path_factory.mktemp("rdf") / "th_export.ttl"
    owl = subprocess.Popen(
        [sys.executable, "-c", "from linkml.generators.owlgen import cli; cli()", *OWL_FLAGS, merged],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    convert = subprocess.Popen(
        [sys.executable, "-c", MRO_WORKAROUND + "from linkml.converter.cli import cli; cli()", "--no-validate",
         "-s", merged, "-C", "Export", "-t", "ttl", "-o", str(out), str(EXPORT)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    owl_out, owl_err = owl.communicate(timeout=600)
    _, convert_err = convert.communicate(timeout=600)
    return {"owl": (owl.returncode, owl_out, owl_err), "convert": (convert.returncode, convert_err), "ttl": out}


def test_gen_owl_gives_no_warning(linked_data: dict[str, Any]) -> None:
    code, _, stderr = linked_data["owl"]
    assert code == 0 and stderr == "", stderr[-3000:]


def test_owl_ontology_declares_every_class_and_slot(linked_data: dict[str, Any], schema: dict[str, Any]) -> None:
    oxigraph = pytest.importorskip("pyoxigraph")  # a strict Turtle parser, 20 times faster than rdflib's here
    triples = {(t.subject.value, t.predicate.value, getattr(t.object, "value", None))
               for t in oxigraph.parse(linked_data["owl"][1].encode("utf-8"), format=oxigraph.RdfFormat.TURTLE)}
    typed: dict[str, set[str]] = {}
    for subject, predicate, obj in triples:
        if predicate == RDF_TYPE:
            typed.setdefault(obj, set()).add(subject)
    ontologies = typed.get(OWL + "Ontology", set())
    assert len(ontologies) == 1 and next(iter(ontologies)).startswith(schema["id"])
    missing = [name for name in schema["classes"] if GPOS + name not in typed[OWL + "Class"]]
    assert missing == []
    properties = typed[OWL + "ObjectProperty"] | typed[OWL + "DatatypeProperty"]
    undeclared = [where for where, uri in _slot_uris(schema).items() if _expand(schema, uri) not in properties]
    assert undeclared == []
    # the mappings reach the ontology as SKOS matches
    assert (GPOS + "Person", "http://www.w3.org/2004/02/skos/core#closeMatch", "http://schema.org/Person") in triples


def test_linkml_convert_gives_one_subject_per_record(linked_data: dict[str, Any], schema: dict[str, Any]) -> None:
    rdflib = pytest.importorskip("rdflib")
    from rdflib.namespace import RDF

    code, stderr = linked_data["convert"]
    assert code == 0, stderr[-3000:]
    graph = rdflib.Graph()
    graph.parse(linked_data["ttl"], format="turtle")
    export = json.loads(EXPORT.read_text(encoding="utf-8"))
    collections = {name: slot["range"] for name, slot in schema["classes"]["Export"]["attributes"].items()
                   if slot.get("multivalued") and schema["classes"].get(slot.get("range"), {}).get("is_a") == "Record"}
    expected = {RECORD_BASE + record["id"]: collections[name]
                for name in collections for record in export.get(name, [])}
    subjects = {str(s) for s in graph.subjects() if isinstance(s, rdflib.URIRef)}
    assert subjects == set(expected)
    wrong_type = [iri for iri, cls in expected.items()
                  if (rdflib.URIRef(iri), RDF.type, rdflib.URIRef(GPOS + cls)) not in graph]
    assert wrong_type == []


def test_guide_documents_the_commands_the_tests_run() -> None:
    guide = GUIDE.read_text(encoding="utf-8")
    assert MRO_WORKAROUND.strip() in guide
    assert all(flag in guide for flag in OWL_FLAGS)


def _expand(schema: dict[str, Any], curie: str) -> str:
    prefix, local = curie.split(":", 1)
    return schema["prefixes"][prefix] + local


def _slot_uris(schema: dict[str, Any]) -> dict[str, str]:
    """Every slot and attribute with its URI (slot_uri, else the default prefix and its name)."""
    out = {name: slot.get("slot_uri", f"gpos:{name}") for name, slot in (schema.get("slots") or {}).items()}
    for cls_name, cls in schema["classes"].items():
        for name, attribute in (cls.get("attributes") or {}).items():
            out[f"{cls_name}.{name}"] = attribute.get("slot_uri", f"gpos:{name}")
    return out


def test_every_class_and_slot_has_a_uri_of_its_own(schema: dict[str, Any]) -> None:
    uris = {name: cls.get("class_uri", f"gpos:{name}") for name, cls in schema["classes"].items()}
    uris.update(_slot_uris(schema))
    counts = Counter(_expand(schema, uri) for uri in uris.values())
    shared = {where: uri for where, uri in uris.items() if counts[_expand(schema, uri)] > 1}
    assert shared == {}, "give each a slot_uri gpos:<Class>.<attribute> (see the data-model guide)"


def _elements(schema: dict[str, Any]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for section in ("classes", "slots", "types", "enums"):
        for name, element in (schema.get(section) or {}).items():
            out[f"{section}/{name}"] = element
            for attribute, definition in (element.get("attributes") or {}).items():
                out[f"{section}/{name}.{attribute}"] = definition
            for code, value in (element.get("permissible_values") or {}).items():
                out[f"{section}/{name}/{code}"] = value or {}
    return out


def test_every_element_has_added_in(schema: dict[str, Any]) -> None:
    """Classes, slots, attributes, types, enums and every code, ISO codes included (the released 0.1.0 is frozen)."""
    semver = re.compile(r"^[0-9]+\.[0-9]+\.[0-9]+$")
    missing = [where for where, element in _elements(schema).items()
               if not semver.match(str((element.get("annotations") or {}).get("added_in", "")))]
    assert missing == [], missing[:20]


def _as_list(value: Any) -> list[str]:
    return [] if value is None else [value] if isinstance(value, str) else list(value)


def test_mapping_prefixes_are_declared_and_codes_keep_their_own_meaning(schema: dict[str, Any]) -> None:
    curies = [m for element in _elements(schema).values() for key in MAPPINGS for m in element.get(key) or ()]
    curies += [e["meaning"] for e in _elements(schema).values() if e.get("meaning")]
    undeclared = sorted({c.split(":", 1)[0] for c in curies} - set(schema["prefixes"]))
    assert curies and undeclared == []
    for name, enum in schema["enums"].items():
        values = (enum.get("permissible_values") or {}).values()
        # an exact match or a meaning is the peer term of one code only: two codes cannot both be equivalent to it
        for key in ("exact_mappings", "meaning"):
            taken = Counter(m for v in values if v for m in _as_list(v.get(key)))
            assert [m for m, n in taken.items() if n > 1] == [], (name, key)


def test_codes_with_a_published_term_iri_carry_it_as_meaning(schema: dict[str, Any]) -> None:
    meanings = {code: v["meaning"] for code, v in schema["enums"]["InterestType"]["permissible_values"].items()
                if v and v.get("meaning")}
    assert meanings["voting_rights"] == "bods:VotingRights"
    assert schema["prefixes"]["bods"] == "https://vocab.openownership.org/terms#"
    # a peer term that several codes map to is broader than each, never an equivalent
    case_status = schema["enums"]["CaseStatus"]["permissible_values"]
    assert "htcds:Active" in case_status["received"]["broad_mappings"]
    assert "htcds:Active" not in (case_status["received"].get("exact_mappings") or [])

