"""The human view of a reading printed by ``newsgraph read``."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from newsgraph.reading import to_json
from newsgraph.records import Figure, Reading

if TYPE_CHECKING:
    from rich.console import Console


def show_reading(reading: Reading, *, as_json: bool = False, console: Console | None = None) -> None:
    """Print ``reading`` as JSON or as a readable summary (headline, actors, quotes by speaker).

    Args:
        reading: What to show.
        as_json: Print the JSON reading instead.
        console: Where the readable summary goes (default: a Console on stdout).
    """
    if as_json:
        sys.stdout.write(to_json(reading, indent=1) + "\n")
        return
    from rich.console import Console
    from rich.markup import escape as esc  # article text is never markup: "[/b]" in a headline stays text
    from rich.table import Table

    console = console or Console(highlight=False)
    a = reading.article
    if a.section:
        console.print(f"[dim]{esc(a.section)}[/dim]")
    console.print(f"[bold]{esc(a.headline.text) if a.headline else '(no headline)'}[/bold]")
    if a.published:
        console.print(f"[dim]published {a.published.isoformat()}[/dim]")
    if reading.language not in (None, "en"):
        console.print(f"[dim]language {reading.language}[/dim]")
    if reading.summary:
        console.print(f"\n[italic]{esc(reading.summary)}[/italic]")
    actors = Table(title="Actors", show_lines=False, title_justify="left")
    for col in ("name", "type", "roles", "country", "mentions"):
        actors.add_column(col)
    for x in reading.actors:
        actors.add_row(esc(x.name), x.type, esc(", ".join(x.roles)), x.country or "", str(len(x.mentions)))
    console.print(actors)
    by_speaker: dict[str, list[str]] = {}
    for q in reading.quotes:
        content = esc(" … ".join(c.text for c in q.contents))
        about = esc(", ".join(x for x in (q.cue.text if q.cue else "", q.kind, q.attribution) if x))
        cue = f" [dim]({about})[/dim]"
        by_speaker.setdefault(q.speaker_name or "(unknown speaker)", []).append(f"“{content}”{cue}")
    console.print("\n[bold]Quotes by speaker[/bold]")
    for speaker, items in by_speaker.items():
        console.print(f"[bold cyan]{esc(speaker)}[/bold cyan]")
        for item in items:
            console.print(f"  • {item}")
    if reading.events:
        console.print("\n[bold]Events[/bold]")
        names = {x.id: x.name for x in reading.actors}
        for e in reading.events:
            who = esc(", ".join(names.get(i, i) for i in e.actor) or "?")
            whom = esc(", ".join(names.get(i, i) for i in e.recipient) or "?")
            flags = " (negated)" if e.negated else ""
            console.print(f"  {e.category}{flags}: {who} → {whom}  [dim]{esc(e.evidence.text[:90])}[/dim]")
    if reading.figures:
        console.print("\n[bold]Figures[/bold]")
        for f in reading.figures:
            console.print(f"  {figure_text(f)}")
    for s in reading.skipped:
        what = f"[red]failed[/red] {esc(f'[{s.stage}]')} {s.error}:" if s.error else \
            f"[yellow]skipped[/yellow] {esc(f'[{s.stage}]')}"
        console.print(f"{what} {esc(s.reason)}")
    if reading.incomplete:
        console.print("[red]This reading is incomplete: a stage failed, so its records are missing.[/red]")


def figure_text(f: Figure) -> str:
    """One line for a figure: ``DISPLACED (Forced to Flee) more than 350,000 people [households]``."""
    if f.low is not None and f.high is not None and f.low != f.high:
        amount = f"{f.low:,.0f}-{f.high:,.0f}"
    else:
        amount = f"{f.value:,.0f}" if float(f.value).is_integer() else f"{f.value:,.2f}"
    ranged = f.low is not None and f.high is not None
    hedge = f.qualifier or ("~" if f.approximate and not ranged else "")
    term = f" ({f.term})" if f.term else ""
    unit = f" [{f.unit}]" if f.unit and f.unit != f.object else ""
    return f"{f.kind}{term} {hedge + ' ' if len(hedge) > 1 else hedge}{amount} {f.object}{unit}"
