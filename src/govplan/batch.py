"""Converting many documents at once, on any :class:`concurrent.futures.Executor`.

>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "a.txt").write_text("某县方案\\n一、任务\\n", encoding="utf-8")
>>> [o.ok for o in convert_many([d], to="json", out_dir=d / "out", executor=None, jobs=1)]
[True]
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from pathlib import Path

import attrs

from govplan import api, plugins
from govplan.errors import GovplanError, OutputError


@attrs.frozen
class Outcome:
    """What became of one input."""

    source: str
    output: str | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@attrs.frozen
class Job:
    source: str
    output: str
    to: str
    from_: str | None = None
    overwrite: bool = False


def run_job(job: Job) -> Outcome:
    """Convert one file; every failure comes back as an Outcome, so a batch keeps going.

    A module-level function taking plain values, so process pools and Dask workers can run it.
    """
    try:
        plan = api.load(job.source, job.from_)
        Path(job.output).parent.mkdir(parents=True, exist_ok=True)
        api.dump(plan, Path(job.output), job.to, overwrite=job.overwrite)
    except GovplanError as e:
        return Outcome(job.source, None, str(e.at(job.source)))
    except Exception as e:  # a bug must not stop the other 9,999 files; it is reported with them
        return Outcome(job.source, None, f"{job.source}: internal error: {type(e).__name__}: {e}")
    return Outcome(job.source, job.output)


def find_inputs(paths: Iterable[str | os.PathLike[str]], from_: str | None = None) -> list[tuple[Path, Path]]:
    """(file, the folder it was found under) for each input; folders are searched recursively for files
    whose extension a loadable format claims (or any file when ``from_`` names the format)."""
    out: list[tuple[Path, Path]] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for f in sorted(p for p in path.rglob("*") if p.is_file()):
                if from_ is not None or plugins.format_for_path(str(f)) is not None:
                    out.append((f, path))
        else:
            out.append((path, path.parent))
    return out


def plan_jobs(
    paths: Iterable[str | os.PathLike[str]],
    to: str,
    out_dir: str | os.PathLike[str],
    *,
    from_: str | None = None,
    overwrite: bool = False,
) -> tuple[list[Job], list[Outcome]]:
    """The jobs to run, and the inputs refused before any work (an output two inputs would share)."""
    extension = (plugins.get_format(to).extensions or (f".{to}",))[0]
    jobs: list[Job] = []
    refused: list[Outcome] = []
    taken: dict[Path, str] = {}
    for source, base in find_inputs(paths, from_):
        rel = source.relative_to(base) if source.is_relative_to(base) else Path(source.name)
        output = (Path(out_dir) / rel).with_suffix(extension)
        if output in taken:
            refused.append(Outcome(str(source), None, f"{source}: its output {output} is also {taken[output]}'s"))
            continue
        if output.resolve() == source.resolve():
            refused.append(Outcome(str(source), None, f"{source}: output would overwrite the input"))
            continue
        taken[output] = str(source)
        jobs.append(Job(str(source), str(output), to, from_, overwrite))
    return jobs, refused


def convert_many(
    paths: Sequence[str | os.PathLike[str]],
    to: str,
    out_dir: str | os.PathLike[str],
    executor: Executor | None = None,
    *,
    from_: str | None = None,
    overwrite: bool = False,
    jobs: int | None = None,
    progress: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """Convert files and folders of files into ``out_dir``, in parallel; one Outcome per input.

    ``executor`` is any :class:`concurrent.futures.Executor`: a process pool (the default, ``jobs``
    processes), a thread pool, or a cluster's, e.g. ``distributed.Client().get_executor()`` for Dask.
    A bad file does not stop the others; nothing in ``out_dir`` is replaced unless ``overwrite``.
    """
    todo, outcomes = plan_jobs(paths, to, out_dir, from_=from_, overwrite=overwrite)
    if not overwrite:
        for job in list(todo):
            if Path(job.output).exists():
                todo.remove(job)
                error = OutputError(
                    "already exists; refusing to overwrite it (--overwrite replaces it)", path=job.output
                )
                outcomes.append(Outcome(job.source, None, f"{job.source}: {error}"))
    for o in outcomes:
        if progress:
            progress(o)
    if executor is None and (jobs == 1 or len(todo) <= 1):
        for job in todo:
            outcome = run_job(job)
            outcomes.append(outcome)
            if progress:
                progress(outcome)
        return _by_source(outcomes)
    own = executor is None
    pool = executor or ProcessPoolExecutor(max_workers=jobs or os.cpu_count() or 1)
    try:
        futures: list[Future[Outcome]] = [pool.submit(run_job, job) for job in todo]
        for job, future in zip(todo, futures, strict=True):
            try:
                outcome = future.result()
            except Exception as e:  # the worker itself died
                outcome = Outcome(job.source, None, f"{job.source}: worker failed: {type(e).__name__}: {e}")
            outcomes.append(outcome)
            if progress:
                progress(outcome)
    finally:
        if own:
            pool.shutdown()
    return _by_source(outcomes)


def _by_source(outcomes: list[Outcome]) -> list[Outcome]:
    return sorted(outcomes, key=lambda o: o.source)
