"""The ``govplan`` command: a thin layer over the Python API.

$ govplan convert plan.txt -o plan.json
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from govplan.errors import GovplanError, OutputError

if TYPE_CHECKING:
    from govplan.model import Plan


def _fail(e: GovplanError) -> None:
    click.echo(f"govplan: error: {e}", err=True)
    sys.exit(1)


def _print_diagnostics(plan: Plan, name: str) -> None:
    for d in plan.diagnostics:
        where = f"{name}:{d.line}" if d.line is not None else name
        click.echo(f"{where}: {d.level}: {d.message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="govplan", prog_name="govplan")
@click.option("-p", "plugin_options", multiple=True, metavar="no:NAME", help="Disable the plugin NAME for this run.")
def main(plugin_options: tuple[str, ...]) -> None:
    """Convert Chinese government plan documents between formats."""
    for option in plugin_options:
        from govplan import plugins  # on use: `govplan --help` stays fast

        if not option.startswith("no:") or len(option) <= 3:
            raise click.BadParameter(f"expected no:NAME, got {option!r}", param_hint="-p")
        plugins.disable(option[3:])


@main.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(allow_dash=True))
@click.option(
    "-o",
    "--output",
    "output",
    required=True,
    help="Output file (- for standard output), or a folder.",
    type=click.Path(allow_dash=True),
)
@click.option("--from", "from_", metavar="FORMAT", help="Input format (default: from the extension).")
@click.option("--to", metavar="FORMAT", help="Output format (default: from the extension; json for a folder).")
@click.option("--overwrite", is_flag=True, help="Replace output files that exist.")
@click.option("-q", "--quiet", is_flag=True, help="Do not print diagnostics or progress.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Processes for many inputs (default: all cores).")
def convert(
    sources: tuple[str, ...],
    output: str,
    from_: str | None,
    to: str | None,
    overwrite: bool,
    quiet: bool,
    jobs: int | None,
) -> None:
    """Convert SOURCES to OUTPUT (- for standard input/output).

    With several sources, a folder among them, or a folder as OUTPUT, every file is converted into
    the OUTPUT folder in parallel; a bad file is reported at the end and does not stop the others.
    """
    from govplan import api  # on use: `govplan --help` stays fast

    many = (
        len(sources) > 1
        or any(os.path.isdir(s) for s in sources)
        or os.path.isdir(output)
        or output.endswith(("/", os.sep))
    )
    if many:
        _convert_many(sources, output, from_, to or "json", overwrite, quiet, jobs)
        return
    source = sources[0]
    try:
        if source != "-" and output != "-" and os.path.exists(output) and os.path.samefile(source, output):
            raise OutputError("output is the input file; refusing to overwrite it", path=output)
        if source == "-":
            plan = api.loads(sys.stdin.buffer.read(), from_, name="<stdin>")
        else:
            plan = api.load(source, from_)
        if not quiet:
            _print_diagnostics(plan, source)
        if output == "-":
            sys.stdout.buffer.write(api.dumps(plan, to or "json"))
            sys.stdout.buffer.flush()
        else:
            to = to or _format_for_output(output)
            api.dump(plan, Path(output), to, overwrite=overwrite)
    except GovplanError as e:
        _fail(e)


def _convert_many(
    sources: tuple[str, ...], output: str, from_: str | None, to: str, overwrite: bool, quiet: bool, jobs: int | None
) -> None:
    from govplan import batch  # not needed for one file

    if "-" in sources:
        raise click.UsageError("standard input cannot be one of several sources")
    try:
        todo, _ = batch.plan_jobs(sources, to, output, from_=from_, overwrite=overwrite)
    except GovplanError as e:
        _fail(e)
    with click.progressbar(length=len(todo) or 1, label="converting", file=sys.stderr, hidden=quiet or not todo) as bar:
        outcomes = batch.convert_many(
            sources, to, output, from_=from_, overwrite=overwrite, jobs=jobs, progress=lambda _: bar.update(1)
        )
    failed = [o for o in outcomes if not o.ok]
    done = len(outcomes) - len(failed)
    click.echo(f"converted {done} of {len(outcomes)} files into {output}", err=True)
    for o in failed:
        click.echo(f"govplan: error: {o.error}", err=True)
    if failed:
        sys.exit(1)


def _format_for_output(output: str) -> str:
    from govplan import plugins  # on use: `govplan --help` stays fast

    fmt = plugins.format_for_path(output, for_dump=True)
    if fmt is None:
        raise click.UsageError(f"cannot tell the output format of {output!r}; name it with --to")
    return fmt.name


@main.command("validate")
@click.argument("source", type=click.Path(dir_okay=False))
@click.option("--format", "format_", metavar="FORMAT", help="Format (default: from the extension).")
def validate_command(source: str, format_: str | None) -> None:
    """Check SOURCE (XML or JSON) against govplan's published schema; exit 1 when it is not valid."""
    from govplan import api  # on use: `govplan --help` stays fast

    try:
        problems = api.validate(source, format_)
    except GovplanError as e:
        _fail(e)
    for p in problems:
        where = f"{source}:{p.line}" if p.line is not None else source
        click.echo(f"{where}: {p.message}", err=True)
    if problems:
        sys.exit(1)
    click.echo(f"{source}: valid")


@main.command()
@click.argument("source", type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--from", "from_", metavar="FORMAT", help="Input format (default: from the extension).")
@click.option("--unit", metavar="NAME", help="Only the tasks of this unit.")
def show(source: str, from_: str | None, unit: str | None) -> None:
    """Show a plan as a tree: sections, tasks with units, deadlines and metrics."""
    from govplan import api  # on use: `govplan --help` stays fast
    from govplan.views import outline

    try:
        plan = api.loads(sys.stdin.buffer.read(), from_, name="<stdin>") if source == "-" else api.load(source, from_)
    except GovplanError as e:
        _fail(e)
    click.echo(outline(plan, unit))


@main.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--from", "from_", metavar="FORMAT", help="Input format (default: from the extension).")
def stats(sources: tuple[str, ...], from_: str | None) -> None:
    """Tasks per unit and role, deadlines per year and metric counts, over SOURCES."""
    from govplan import api  # on use: `govplan --help` stays fast
    from govplan.views import stats as count
    from govplan.views import stats_report

    try:
        plans = [api.load(s, from_) for s in sources]
    except GovplanError as e:
        _fail(e)
    click.echo(stats_report(count(plans)))


@main.command("plugins")
def list_plugins() -> None:
    """List the loaded plugins, their versions and what each provides."""
    from govplan import plugins  # on use: `govplan --help` stays fast

    try:
        found = plugins.plugin_info()
    except GovplanError as e:
        _fail(e)
    for info in found:
        click.echo(f"{info.name} {info.version}".rstrip() + ": " + (", ".join(info.provides) or "nothing"))


@main.command("formats")
def list_formats() -> None:
    """List the registered formats and what each can do."""
    from govplan import api  # on use: `govplan --help` stays fast

    try:
        found = api.formats()
    except GovplanError as e:
        _fail(e)
    for f in found:
        can = "/".join(w for w, ok in (("import", f.can_load), ("export", f.can_dump)) if ok)
        click.echo(f"{f.name:8} {can:14} {' '.join(f.extensions):12} {f.plugin}")
