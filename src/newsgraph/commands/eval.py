"""`newsgraph eval quotes|events|figures|summaries`: measure the engine on annotated news."""

from __future__ import annotations

from pathlib import Path

import typer

from newsgraph.nlp.doc import DEFAULT_MODEL

eval_app = typer.Typer(help="Measure newsgraph on annotated gold (same metrics as the project's scorers).",
                       no_args_is_help=True)

_GOLD = typer.Argument(..., exists=True, dir_okay=False, help="Gold JSONL file.")
_MODEL = typer.Option(DEFAULT_MODEL, "--model", "-m", help="Installed spaCy English pipeline to use.")
_OUT = typer.Option(None, "--out", "-o", help="Also write the readings to this JSONL file.")
_JSON = typer.Option(False, "--json", help="Print the metrics as JSON.")
_ATTRIBUTION = typer.Option(None, "--attribution", "-a", metavar="KINDS",
                            help="Score only quotes of these attribution kinds, comma-separated "
                                 "(e.g. statement, for gold that annotates speech only).")


def _finish(report: str, problems: list[str]) -> None:
    """Print the report; each text that gave no (or an incomplete) reading on stderr; exit 1 if any."""
    typer.echo(report)
    for line in problems:
        typer.echo(line, err=True)
    if problems:
        typer.echo(f"{len(problems)} gold texts gave no reading (scored as empty) or an incomplete one.", err=True)
        raise typer.Exit(1)


@eval_app.command("quotes")
def quotes_cmd(gold: Path = _GOLD, model: str = _MODEL, out: Path | None = _OUT, as_json: bool = _JSON,
               attribution: str | None = _ATTRIBUTION) -> None:
    """Quote extraction and attribution on span gold (PolNeAR/Citron shape)."""
    from newsgraph.evaluate import quotes
    from newsgraph.records import ATTRIBUTIONS

    kinds = [k.strip() for k in attribution.split(",") if k.strip()] if attribution else None
    bad = [k for k in kinds or () if k not in ATTRIBUTIONS]
    if bad:
        raise typer.BadParameter(f"unknown attribution {', '.join(bad)}; choose from {', '.join(ATTRIBUTIONS)}",
                                 param_hint="--attribution")
    problems: list[str] = []
    _finish(quotes.run(gold, model=model, out=out, as_json=as_json, attributions=kinds, problems=problems), problems)


@eval_app.command("events")
def events_cmd(gold: Path = _GOLD, model: str = _MODEL, out: Path | None = _OUT, as_json: bool = _JSON) -> None:
    """PLOVER event coding on sentence gold."""
    from newsgraph.evaluate import events

    problems: list[str] = []
    _finish(events.run(gold, model=model, out=out, as_json=as_json, problems=problems), problems)


@eval_app.command("figures")
def figures_cmd(gold: Path = _GOLD, model: str = _MODEL, out: Path | None = _OUT, as_json: bool = _JSON) -> None:
    """Displacement and housing figures on excerpt gold (IDETECT shape): quantity, IDMC term, unit, place."""
    from newsgraph.evaluate import figures

    problems: list[str] = []
    _finish(figures.run(gold, model=model, out=out, as_json=as_json, problems=problems), problems)


@eval_app.command("summaries")
def summaries_cmd(gold: Path = _GOLD, model: str = _MODEL, out: Path | None = _OUT, as_json: bool = _JSON,
                  limit: int = typer.Option(0, "--limit", min=0, help="Score only the first N pairs (0: all).")
                  ) -> None:
    """ROUGE-1/2/L of one-sentence summaries against gold summaries."""
    from newsgraph.evaluate import summaries

    problems: list[str] = []
    _finish(summaries.run(gold, model=model, out=out, as_json=as_json, limit=limit, problems=problems), problems)


def register(app: typer.Typer) -> None:
    """Add the ``eval`` group to ``app``."""
    app.add_typer(eval_app, name="eval")
