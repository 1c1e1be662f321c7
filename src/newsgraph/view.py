"""The human view of a reading printed by ``newsgraph read``."""

from __future__ import annotations

import sys

from newsgraph.reading import to_json
from newsgraph.records import Figure, Reading


def show_reading(reading: Reading, *, as_json: bool = False) -> None:
    """Print ``reading`` as JSON or as a readable summary (headline, actors, quotes by speaker)."""
    if as_json:
        sys.stdout.write(to_json(reading, indent=1) + "\n")
        return
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False)
    a = reading.article
    if a.section:
        console.print(f"[dim]{a.section}[/dim]")
    console.print(f"[bold]{a.headline.text if a.headline else '(no headline)'}[/bold]")
    if a.published:
        console.print(f"[dim]published {a.published.isoformat()}[/dim]")
    if reading.language not in (None, "en"):
        console.print(f"[dim]language {reading.language}[/dim]")
    if reading.summary:
        console.print(f"\n[italic]{reading.summary}[/italic]")
    actors = Table(title="Actors", show_lines=False, title_justify="left")
    for col in ("name", "type", "roles", "country", "mentions"):
        actors.add_column(col)
    for x in reading.actors:
        actors.add_row(x.name, x.type, ", ".join(x.roles), x.country or "", str(len(x.mentions)))
    console.print(actors)
    by_speaker: dict[str, list[str]] = {}
    for q in reading.quotes:
        content = " … ".join(c.text for c in q.contents)
        about = ", ".join(x for x in (q.cue.text if q.cue else "", q.kind, q.attribution) if x)
        cue = f" [dim]({about})[/dim]"
        by_speaker.setdefault(q.speaker_name or "(unknown speaker)", []).append(f"“{content}”{cue}")
    console.print("\n[bold]Quotes by speaker[/bold]")
    for speaker, items in by_speaker.items():
        console.print(f"[bold cyan]{speaker}[/bold cyan]")
        for item in items:
            console.print(f"  • {item}")
    if reading.events:
        console.print("\n[bold]Events[/bold]")
        names = {x.id: x.name for x in reading.actors}
        for e in reading.events:
            who = ", ".join(names.get(i, i) for i in e.actor) or "?"
            whom = ", ".join(names.get(i, i) for i in e.recipient) or "?"
            flags = " (negated)" if e.negated else ""
            console.print(f"  {e.category}{flags}: {who} → {whom}  [dim]{e.evidence.text[:90]}[/dim]")
    if reading.figures:
        console.print("\n[bold]Figures[/bold]")
        for f in reading.figures:
            console.print(f"  {figure_text(f)}")
    for s in reading.skipped:
        console.print(f"[yellow]skipped[/yellow] [{s.stage}] {s.reason}")


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
