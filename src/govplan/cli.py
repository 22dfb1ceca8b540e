"""The ``govplan`` command: a thin layer over the Python API.

$ govplan convert plan.txt -o plan.json
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from govplan import api, plugins
from govplan.errors import GovplanError, OutputError
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
        if not option.startswith("no:") or len(option) <= 3:
            raise click.BadParameter(f"expected no:NAME, got {option!r}", param_hint="-p")
        plugins.disable(option[3:])


@main.command()
@click.argument("source", type=click.Path(dir_okay=False, allow_dash=True))
@click.option(
    "-o",
    "--output",
    "output",
    required=True,
    help="Output file, or - for standard output.",
    type=click.Path(dir_okay=False, allow_dash=True),
)
@click.option("--from", "from_", metavar="FORMAT", help="Input format (default: from the extension).")
@click.option("--to", metavar="FORMAT", help="Output format (default: from the extension).")
@click.option("--overwrite", is_flag=True, help="Replace the output file if it exists.")
@click.option("-q", "--quiet", is_flag=True, help="Do not print diagnostics.")
def convert(source: str, output: str, from_: str | None, to: str | None, overwrite: bool, quiet: bool) -> None:
    """Convert SOURCE to OUTPUT (- for standard input/output)."""
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


def _format_for_output(output: str) -> str:
    fmt = plugins.format_for_path(output, for_dump=True)
    if fmt is None:
        raise click.UsageError(f"cannot tell the output format of {output!r}; name it with --to")
    return fmt.name


@main.command("validate")
@click.argument("source", type=click.Path(dir_okay=False))
@click.option("--format", "format_", metavar="FORMAT", help="Format (default: from the extension).")
def validate_command(source: str, format_: str | None) -> None:
    """Check SOURCE (XML or JSON) against govplan's published schema; exit 1 when it is not valid."""
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


@main.command("plugins")
def list_plugins() -> None:
    """List the loaded plugins, their versions and what each provides."""
    try:
        found = plugins.plugin_info()
    except GovplanError as e:
        _fail(e)
    for info in found:
        click.echo(f"{info.name} {info.version}".rstrip() + ": " + (", ".join(info.provides) or "nothing"))


@main.command("formats")
def list_formats() -> None:
    """List the registered formats and what each can do."""
    try:
        found = api.formats()
    except GovplanError as e:
        _fail(e)
    for f in found:
        can = "/".join(w for w, ok in (("import", f.can_load), ("export", f.can_dump)) if ok)
        click.echo(f"{f.name:8} {can:14} {' '.join(f.extensions):12} {f.plugin}")
