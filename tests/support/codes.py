"""Every message code the engine can raise or report, found by parsing its source (ast).

A *code taker* is anything whose argument is a message code:

- ``Problem`` and every class derived from ``MCDMError`` (found through the class statements;
  the code is the first argument, or the ``code=`` keyword, as ``ValidationFailed`` takes it);
- a function with a ``code`` parameter that hands it on to a code taker (``_err``,
  ``_cell_error``, the schema's ``add``, the importer's ``problem``, …), found to a fixpoint;
- inside a function, a parameter whose default is a code-taking class (``error=GroupInputError``).

Each call of a code taker gives its code: a string literal is recorded, and so is each literal
a loop variable takes from a literal list of tuples (``for key, want, code, … in [(…), …]``); a
``code`` parameter handed on, or the ``.code`` of a caught error re-raised, is fine; anything else
(an f-string, another variable) is reported by :func:`engine_codes` as unresolvable, so no code
can hide from the test that every code has sentences. String defaults of ``code`` parameters
count as codes too (``ValidationFailed``'s ``"validation.failed"``). A method call whose code
argument is itself a call is taken for a same-named method of another library
(``ws.conditional_formatting.add(range, rule)``), not a code taker.
"""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ENGINE = ROOT / "mcdm"
CODE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")


@dataclass
class Found:
    codes: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    unresolved: list[str] = field(default_factory=list)


def _sources(root: Path) -> dict[Path, ast.Module]:
    return {p: ast.parse(p.read_text("utf-8"), str(p)) for p in sorted(root.rglob("*.py"))
            if "messages" not in p.relative_to(root).parts}


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _params(fn: ast.FunctionDef) -> list[ast.arg]:
    a = fn.args
    names = a.posonlyargs + a.args
    if names and names[0].arg in ("self", "cls"):
        names = names[1:]
    return names


def _code_position(fn: ast.FunctionDef) -> int | None:
    """The positional index of ``code`` (None when it is keyword-only or absent)."""
    for i, p in enumerate(_params(fn)):
        if p.arg == "code":
            return i
    return None


def _code_arg(call: ast.Call, position: int | None) -> ast.expr | None:
    for k in call.keywords:
        if k.arg == "code":
            return k.value
    if position is not None and position < len(call.args):
        arg = call.args[position]
        return None if isinstance(arg, ast.Starred) else arg
    return None


def _takers(trees: dict[Path, ast.Module]) -> tuple[dict[str, int | None], list[str]]:
    """Code takers by name → position of their code argument; string defaults of ``code``."""
    takers: dict[str, int | None] = {"Problem": 0, "MCDMError": 0}
    defaults: list[str] = []
    classes = [n for t in trees.values() for n in ast.walk(t) if isinstance(n, ast.ClassDef)]
    functions = [n for t in trees.values() for n in ast.walk(t)
                 if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
    changed = True
    while changed:
        changed = False
        for c in classes:
            if c.name in takers or not any(_name(b) in takers for b in c.bases):
                continue
            init = next((f for f in c.body if isinstance(f, ast.FunctionDef)
                         and f.name == "__init__"), None)
            base = next(_name(b) for b in c.bases if _name(b) in takers)
            takers[c.name] = _code_position(init) if init is not None else takers[base]
            changed = True
        for f in functions:
            if f.name in takers or all(p.arg != "code" for p in
                                       _params(f) + f.args.kwonlyargs):
                continue
            for call in (n for n in ast.walk(f) if isinstance(n, ast.Call)):
                name = _name(call.func)
                if name in takers:
                    arg = _code_arg(call, takers[name])
                    if isinstance(arg, ast.Name) and arg.id == "code":
                        takers[f.name] = _code_position(f)
                        changed = True
                        break
    for f in functions:
        for p, d in zip(reversed(f.args.args + f.args.kwonlyargs),
                        reversed(f.args.defaults + f.args.kw_defaults), strict=False):
            if p.arg == "code" and isinstance(d, ast.Constant) and isinstance(d.value, str):
                defaults.append(d.value)
    return takers, defaults


def engine_codes(root: Path = ENGINE) -> Found:
    """Every code the package at ``root`` (the engine) can raise or report, with where."""
    trees = _sources(root)
    takers, defaults = _takers(trees)
    found = Found()
    for code in defaults:
        found.codes[code].append("default of a code parameter")
    for path, tree in trees.items():
        rel = path.relative_to(root.parent)
        tables = {t.id: node.value for node in tree.body
                  if isinstance(node, ast.Assign | ast.AnnAssign)
                  and isinstance(node.value, ast.Dict)
                  for t in (node.targets if isinstance(node, ast.Assign) else [node.target])
                  if isinstance(t, ast.Name)}
        _scan(tree, takers, {}, set(), str(rel), found, {"__tables__": tables})
    return found


def _table_leaves(arg: ast.expr, tables: dict[str, ast.Dict]) -> list | None:
    """The codes ``TABLE[k1][k2]`` can be, for a module-level dict literal ``TABLE`` (a key that
    is not a constant stands for every entry); None when ``arg`` is not such a lookup."""
    keys = []
    while isinstance(arg, ast.Subscript):
        keys.append(arg.slice)
        arg = arg.value
    if not keys or not isinstance(arg, ast.Name) or arg.id not in tables:
        return None
    nodes: list[ast.expr] = [tables[arg.id]]
    for key in reversed(keys):
        step = []
        for node in nodes:
            if not isinstance(node, ast.Dict):
                return None
            for k, v in zip(node.keys, node.values, strict=True):
                if not isinstance(key, ast.Constant) or (isinstance(k, ast.Constant)
                                                         and k.value == key.value):
                    step.append(v)
        nodes = step
    if not all(isinstance(n, ast.Constant) for n in nodes):
        return None
    return [n.value for n in nodes]


def _scan(node: ast.AST, takers, local: dict[str, int | None], params: set[str], where: str,
          found: Found, loops: dict[str, list[str]]) -> None:
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
            inner = dict(local)
            for p, d in zip(reversed(child.args.args + child.args.kwonlyargs),
                            reversed(child.args.defaults + child.args.kw_defaults),
                            strict=False):
                if d is not None and _name(d) in takers:
                    inner[p.arg] = takers[_name(d)]
            names = {p.arg for p in child.args.args + child.args.kwonlyargs}
            _scan(child, takers, inner, names, where, found,
                  {**_loops(child), "__tables__": loops.get("__tables__", {})})
            continue
        if isinstance(child, ast.Call):
            name = _name(child.func)
            position = local.get(name, takers.get(name, -1)) if name else -1
            if position != -1:
                _record(child, position, params, loops, f"{where}:{child.lineno}", found)
        _scan(child, takers, local, params, where, found, loops)


def _loops(fn: ast.FunctionDef) -> dict[str, list[str]]:
    """Loop variables of ``fn`` that take string literals from a literal list of tuples."""
    lists = {t.id: a.value for a in ast.walk(fn) if isinstance(a, ast.Assign)
             for t in a.targets if isinstance(t, ast.Name) and isinstance(a.value, ast.List)}
    out: dict[str, list[str]] = {}
    for loop in (n for n in ast.walk(fn) if isinstance(n, ast.For)):
        rows = lists.get(loop.iter.id) if isinstance(loop.iter, ast.Name) else loop.iter
        if not isinstance(loop.target, ast.Tuple) or not isinstance(rows, ast.List | ast.Tuple):
            continue
        for k, var in enumerate(loop.target.elts):
            if isinstance(var, ast.Name):
                out[var.id] = [row.elts[k].value for row in rows.elts
                               if isinstance(row, ast.Tuple) and k < len(row.elts)
                               and isinstance(row.elts[k], ast.Constant)]
    return out


def _record(call: ast.Call, position: int | None, params: set[str], loops: dict[str, list[str]],
            at: str, found: Found) -> None:
    if (isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name)
            and call.func.value.id in ("np", "numpy", "math", "os", "sys")):
        return  # numpy's add(), not a collector's
    arg = _code_arg(call, position)
    if arg is None:
        return  # a same-named call that takes no code here (set.add(x), a default code)
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        values = [arg.value]
    elif isinstance(arg, ast.Name) and arg.id == "code" and "code" in params:
        return  # handed on by a helper; its callers are scanned
    elif isinstance(arg, ast.Name) and loops.get(arg.id):
        values = loops[arg.id]
    elif (leaves := _table_leaves(arg, loops.get("__tables__", {}))) is not None:
        values = leaves
    elif (isinstance(arg, ast.IfExp) and all(isinstance(b, ast.Constant)
                                             for b in (arg.body, arg.orelse))):
        values = [arg.body.value, arg.orelse.value]  # "a.code" if … else "b.code"
    elif isinstance(arg, ast.Attribute) and arg.attr == "code":
        return  # a caught error's code, re-raised with more context
    elif isinstance(arg, ast.Call) and isinstance(call.func, ast.Attribute):
        return  # another library's same-named method (see the module docstring)
    else:
        found.unresolved.append(f"{at}: {ast.unparse(arg)}")
        return
    for value in values:
        if isinstance(value, str) and CODE.match(value):
            found.codes[value].append(at)
        else:
            found.unresolved.append(f"{at}: {value!r} is not a dotted code")
