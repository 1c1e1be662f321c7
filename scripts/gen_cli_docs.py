"""Write docs/cli.md from the command line's own declarations (run after changing a command).

    .venv/bin/python scripts/gen_cli_docs.py          # rewrite docs/cli.md
    .venv/bin/python scripts/gen_cli_docs.py --check  # exit 1 if docs/cli.md is out of date
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import typer

DOC = Path(__file__).resolve().parent.parent / "docs" / "cli.md"


# Typer ships its own copy of click, so commands and parameters are recognised by shape, not class.
def _commands(group: Any, prefix: str) -> Iterator[tuple[str, Any]]:
    for name in sorted(group.commands):
        cmd = group.commands[name]
        if hasattr(cmd, "commands"):
            yield from _commands(cmd, f"{prefix} {name}")
        elif not cmd.hidden:
            yield f"{prefix} {name}", cmd


def _param(param: Any) -> str:
    if param.param_type_name == "argument":
        many = " (one or more)" if param.nargs == -1 else ""
        return f"| `{param.name.upper()}` | {(getattr(param, 'help', None) or 'argument')}{many} |"
    names = ", ".join(f"`{o}`" for o in param.opts)
    default = "" if param.default in (None, False, (), []) or param.is_flag else f" (default: `{param.default}`)"
    return f"| {names} | {(param.help or '').replace('|', '/')}{default} |"


def render() -> str:
    """Return the text of docs/cli.md."""
    from newsgraph.cli import app

    root = typer.main.get_command(app)
    out = ["# Command line reference", "",
           "Generated from the commands themselves by `scripts/gen_cli_docs.py`; a test checks it is current.",
           "Every command prints `--help`. Exit codes: 0 ok, 1 some inputs failed (each reported with its reason),",
           "2 usage error.", ""]
    for name, cmd in _commands(root, "newsgraph"):
        paragraphs = (cmd.help or "").strip().split("\n\n")
        examples = [p.strip() for p in paragraphs[1:] if p.strip().startswith("$ ")]  # "$ newsgraph ..." lines
        out += [f"## `{name}`", "", paragraphs[0], ""]
        if examples:
            out += ["```console", *examples, "```", ""]
        out += ["| | |", "|---|---|"]
        out += [_param(p) for p in cmd.params if not getattr(p, "hidden", False) and p.name != "help"]
        out.append("")
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    text = render()
    if args.check:
        return 0 if DOC.exists() and DOC.read_text(encoding="utf-8") == text else 1
    DOC.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
