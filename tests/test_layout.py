"""The layout rules a newcomer relies on: data flows one way between our modules (no import
cycle), every first-party import sits at the top of its module, and scoring prediction files
needs no torch. Read from the source with `ast`, so a new cycle or a hidden import fails here."""
import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ('bert', 'wikisql', 'glue', 'squad')
# First-party imports allowed inside a function, with the reason: scoring files must not need torch,
# so only `python -m wikisql.evaluate --checkpoint` loads the model.
LAZY_ALLOWED = {('wikisql.evaluate', 'wikisql.checkpoint'), ('wikisql.evaluate', 'wikisql.decoding'),
                ('wikisql.evaluate', 'wikisql.engine')}


def first_party_modules():
    """Module name -> file, subpackages included (`wikisql/corrections/__init__.py` is wikisql.corrections)."""
    modules = {}
    for package in PACKAGES:
        for path in (REPO_ROOT / package).rglob('*.py'):
            parts = path.relative_to(REPO_ROOT).with_suffix('').parts
            modules['.'.join(parts[:-1] if parts[-1] == '__init__' else parts)] = path
    return modules


def imported_modules(node, modules):
    """First-party modules an Import / ImportFrom node names (`from wikisql import engine` names
    wikisql.engine; `from wikisql.engine import X` names wikisql.engine)."""
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names if alias.name in modules}
    if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
        names = {f'{node.module}.{alias.name}' for alias in node.names} & set(modules)
        return names or ({node.module} & set(modules))
    return set()


def import_graph():
    """(module -> modules imported at module level, [(module, imported) inside functions])."""
    modules = first_party_modules()
    top, inside = {}, []
    for name, path in modules.items():
        tree = ast.parse(path.read_text(), str(path))
        top[name] = set()
        for statement in tree.body:   # module level, including try/except and if blocks
            top[name] |= {module for node in _module_level_nodes(statement)
                          for module in imported_modules(node, modules)}
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                for inner in ast.walk(node):
                    inside += [(name, module) for module in imported_modules(inner, modules)]
        top[name].discard(name)
    return top, inside


def _module_level_nodes(statement):
    """The nodes of a module-level statement, not descending into functions or classes."""
    stack = [statement]
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        yield node
        stack.extend(ast.iter_child_nodes(node))


def find_cycle(graph):
    """One import cycle as a list of modules, or None."""
    state = {}

    def visit(module, path):
        state[module] = 'open'
        for imported in sorted(graph.get(module, ())):
            if state.get(imported) == 'open':
                return path[path.index(imported):] + [imported]
            if imported not in state:
                cycle = visit(imported, path + [imported])
                if cycle:
                    return cycle
        state[module] = 'done'
        return None

    for module in sorted(graph):
        if module not in state:
            cycle = visit(module, [module])
            if cycle:
                return cycle
    return None


def test_no_import_cycle_between_our_modules():
    top, _ = import_graph()
    assert find_cycle(top) is None, ' -> '.join(find_cycle(top))


def test_cycle_finder_finds_a_cycle():
    assert find_cycle({'a': {'b'}, 'b': {'c'}, 'c': {'a'}}) == ['a', 'b', 'c', 'a']
    assert find_cycle({'a': {'b'}, 'b': set()}) is None


def test_first_party_imports_are_at_the_top():
    _, inside = import_graph()
    hidden = sorted(set(inside) - LAZY_ALLOWED)
    assert not hidden, f'first-party imports inside functions: {hidden}'


def test_the_core_imports_no_application_module():
    top, _ = import_graph()
    for module, imported in top.items():
        if module.startswith('bert.'):
            assert not {m for m in imported if not m.startswith('bert.')}, module


def test_scoring_prediction_files_needs_no_torch():
    code = 'import sys, wikisql.evaluate; print("torch" in sys.modules)'
    result = subprocess.run([sys.executable, '-c', code], cwd=REPO_ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == 'False'


def test_core_and_wikisql_follow_one_code_style():
    """ruff on bert/ and wikisql/ with the project's settings (pyproject.toml): double quotes, sorted imports,
    no unused names, lines of at most 120 characters."""
    ruff = shutil.which('ruff', path=str(Path(sys.executable).parent)) or shutil.which('ruff')
    if ruff is None:
        pytest.skip('ruff is not installed (pip install -e ".[test]")')
    result = subprocess.run([ruff, 'check', '--output-format', 'concise', 'bert', 'wikisql'], cwd=REPO_ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
