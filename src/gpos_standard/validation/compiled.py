"""The rule plans of ``walk`` compiled into one Python function per class, for records that passed the schema.

A structurally valid record has every value in its declared shape, so the generated code can skip the shape
tests of ``walk.apply`` and read each field once; the checks it calls are the very same functions. Records that
failed the schema still go through ``walk.apply``, which expects anything.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import cache
from typing import Any

from ..resources import current_version
from .walk import Plan, RecordScope, plan_for

Compiled = Callable[[dict[str, Any], RecordScope, list[Any], tuple[Any, ...]], None]


def _emit_field(lines: list[str], env: dict[str, Any], key: str, value: str, path: str, checks: Any, ref: Any,
                pad: str) -> None:
    for n, (code, fn) in enumerate(checks):
        fname, sname, cname = f"f_{key}_{n}", f"s_{key}", f"c_{key}_{n}"
        env[fname], env[sname], env[cname] = fn, ref, code
        inner = pad
        skip = getattr(fn, "passes_when", None)  # a cheap test that proves the value passes (see walk.passes_when)
        if skip is not None:
            expression, names = skip(ref)
            env.update({f"{k}_{key}_{n}": obj for k, obj in names.items()})
            test = expression.format(v=value, **{k: f"{k}_{key}_{n}" for k in names})
            lines.append(f"{pad}if not ({test}):")
            inner = pad + "    "
        lines += [f"{inner}r = {fname}({value}, {sname}, scope)",
                  f"{inner}if r is not None:",
                  f"{inner}    out.append((r[0], r[1], {path}) if r.__class__ is tuple else ({cname}, r, {path}))"]


def _body(plan: Plan, env: dict[str, Any], obj: str, prefix: str, pad: str, key: str) -> list[str]:
    """The checks of one object (``obj`` names it, ``prefix`` is its path), with nested objects inlined: a
    function call per nested amount or location would cost more than its checks."""
    lines: list[str] = []
    for k, (name, ref, checks, multivalued, target) in enumerate(plan.fields):
        field = f"{key}{k}"
        lines += [f"{pad}v = {obj}.get({name!r})", f"{pad}if v is not None:"]
        if target is not None:
            env[f"t_{field}"] = target
            if multivalued:
                lines += [f"{pad}    for x in v:",
                          f"{pad}        if ids_get(x) != t_{field}:",
                          f"{pad}            context.references.append(intern(x), t_{field}, seq)"]
            else:
                lines += [f"{pad}    if ids_get(v) != t_{field}:",
                          f"{pad}        context.references.append(intern(v), t_{field}, seq)"]
            continue
        if multivalued:
            lines.append(f"{pad}    for i, x in enumerate(v):")
            _emit_field(lines, env, field, "x", f"({prefix}{name!r}, i)", checks, ref, pad + "        ")
        else:
            _emit_field(lines, env, field, "v", f"({prefix}{name!r},)", checks, ref, pad + "    ")
    for k, (name, multivalued, sub) in enumerate(plan.nested):
        depth = len(key) + 1
        if multivalued:
            body = _body(sub, env, f"x{depth}", f"{prefix}{name!r}, i{depth}, ", pad + "        ", f"{key}{k}_")
            head = [f"{pad}    for i{depth}, x{depth} in enumerate(w{depth}):"]
        else:
            body = _body(sub, env, f"x{depth}", f"{prefix}{name!r}, ", pad + "    ", f"{key}{k}_")
            head = [f"{pad}    x{depth} = w{depth}"]
        if body:  # a nested class with nothing to check costs nothing
            lines += [f"{pad}w{depth} = {obj}.get({name!r})", f"{pad}if w{depth} is not None:", *head, *body]
    for k, check in enumerate(plan.objects):
        env[f"o_{key}{k}"] = check
        inner = pad
        fast = getattr(check, "passes_when", None)  # statements setting ok (see walk.object_passes_when)
        if fast is not None:
            statements, names = fast(obj)
            env.update(names)  # shared names: each rule gives the same object for the same name
            lines += [pad + line for line in statements]
            lines.append(f"{pad}if not ok:")
            inner = pad + "    "
        lines += [f"{inner}r = o_{key}{k}({obj}, scope)", f"{inner}if r:",
                  f"{inner}    for code, message, path in r:",
                  f"{inner}        out.append((code, message, ({prefix}*path)))"]
    return lines


def _source(cls: str, plan: Plan, env: dict[str, Any]) -> list[str]:
    return [f"def check_{cls}(obj, scope, out, prefix):",
            "    context = scope.context",
            "    ids_get = context.ids.get",
            "    seq = scope.seq",
            *_body(plan, env, "obj", "*prefix, ", "    ", "_"),
            "    return None"]


def compiled_for(cls: str, version: str | None = None) -> Compiled:
    """The compiled checks of a class (a record type or the envelope) in one version of the standard, named
    ``check_<class>`` in profiles."""
    return _compiled(cls, version or current_version())


@cache
def _compiled(cls: str, version: str) -> Compiled:
    env: dict[str, Any] = {"intern": sys.intern}
    source = "\n".join(_source(cls, plan_for(cls, version), env))
    exec(compile(source, f"<gpos rules {cls}>", "exec"), env)
    return env[f"check_{cls}"]  # type: ignore[no-any-return]
