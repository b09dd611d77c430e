"""Many raw files at once: folders expanded to their ``.txt`` files, each file processed in a worker
process, results handed back in input order (so output is the same for any number of jobs), and a
file that cannot be read reported at the end instead of stopping the batch.

On one machine the pool is the standard library's ``concurrent.futures`` (one process per core).
A corpus that outgrows one machine goes through the same per-file function on a Dask cluster
(``scheduler="tcp://host:8786"``, workers started with ``dask worker`` on machines that have fupin
installed and can read the files; ``scheduler="local"`` starts a local cluster, for trying it out).
"""
from __future__ import annotations

import multiprocessing
import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from .reading import UnreadableFile, one_line


@dataclass(frozen=True)
class Outcome:
    """What became of one input file: its result, or the one-line reason it was skipped."""

    path: Path
    result: Any = None
    error: str | None = None


TEXT_SUFFIX = ".txt"
"""The suffix of the files a folder contributes, in any case (``a.txt``, ``B.TXT``: both are read)."""


def is_text_name(path: Path) -> bool:
    return path.suffix.lower() == TEXT_SUFFIX


def expand(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, folders replaced by their ``*.txt`` entries, in any case of the suffix
    (recursively, sorted); each once.
    A path that does not exist, and a ``*.txt`` entry that is not a regular file (a folder so named,
    a broken symbolic link, a FIFO), are kept, so that they are reported as skipped, not forgotten.
    Symbolic links to folders are not followed (no loops, nothing outside the folder given)."""
    out: list[Path] = []
    for p in map(Path, paths):
        out.extend(sorted(q for q in p.rglob("*") if is_text_name(q)) if p.is_dir() else [p])
    return list(dict.fromkeys(out))


def not_a_file(path: Path) -> str | None:
    """Why ``path`` cannot be read as a file, or None if it is a regular file (or a link to one)."""
    try:
        if path.is_file():
            return None
        if path.is_symlink():
            return "broken or looping symbolic link"
        if path.is_dir():
            return "a folder, not a file"
        if not path.exists():
            return "no such file"
    except OSError as exc:  # a name too long, a permission denied on the folder
        return exc.strerror or type(exc).__name__
    return "not a regular file (FIFO, socket or device)"


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


class _Guarded:
    """``func`` with the failures that mean "this file is not an article" turned into an Outcome."""

    def __init__(self, func: Callable[[Path], Any]):
        self.func = func

    def __call__(self, path: Path, name: str | None = None) -> Outcome:
        why = not_a_file(path)
        if why is not None:
            return Outcome(path, error=why)
        try:
            return Outcome(path, result=self.func(path) if name is None else self.func(path, name))
        except UnreadableFile as exc:
            return Outcome(path, error=str(exc))
        except OSError as exc:
            return Outcome(path, error=exc.strerror or type(exc).__name__)
        except MemoryError:
            return Outcome(path, error="out of memory while processing the file")
        except Exception as exc:  # noqa: BLE001 - one file's failure must not stop the batch
            return Outcome(path, error=f"{INTERNAL_ERROR} ({type(exc).__name__}: {one_line(str(exc))[:200]})")


INTERNAL_ERROR = "internal error, please report"
"""Start of the reason given for a file whose processing raised an unexpected exception (a bug)."""


def process(func: Callable[..., Any], files: list[Path], jobs: int = 1,
            window: int | None = None, scheduler: str | None = None,
            names: list[str] | None = None) -> Iterator[Outcome]:
    """Apply ``func`` (a picklable, module-level function) to every file; yield outcomes in input order.
    With ``names`` (one per file, see ``reading.source_names``) it is called as ``func(path, name)``.

    At most ``window`` files (default: twice the workers) are in flight or waiting to be consumed,
    so memory stays bounded by a few files' results whatever the corpus size. With ``scheduler``
    the files go to a Dask cluster instead of local processes.
    """
    guarded = _Guarded(func)
    named = dict(zip(files, names)) if names is not None else {}
    if scheduler:
        yield from _process_dask(guarded, files, jobs, window, scheduler, named)
        return
    if jobs <= 1 or len(files) <= 1:
        yield from (guarded(p, named.get(p)) for p in files)
        return
    workers = min(jobs, len(files))
    window = max(workers, window or 2 * workers)
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        yield from _windowed(lambda path: pool.submit(guarded, path, named.get(path)), files, window)


def _windowed(submit: Callable[[Path], Any], files: list[Path], window: int) -> Iterator[Outcome]:
    """Results of ``submit(path)`` futures in input order, with at most ``window`` in flight."""
    pending: deque = deque()
    it = iter(files)
    for path in it:
        pending.append(submit(path))
        if len(pending) >= window:
            break
    while pending:
        outcome = pending.popleft().result()
        nxt = next(it, None)
        if nxt is not None:
            pending.append(submit(nxt))
        yield outcome


def _process_dask(guarded: _Guarded, files: list[Path], jobs: int, window: int | None,
                  scheduler: str, named: dict[Path, str] | None = None) -> Iterator[Outcome]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:  # pragma: no cover - the dist extra is part of the dev install
        raise RuntimeError("a Dask scheduler was given but dask.distributed is not installed "
                           "(pip install 'fupin[dist]')") from None
    cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                           dashboard_address=None) if scheduler == "local" else None
    client = Client(cluster if cluster is not None else scheduler)
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})) or jobs)
        window = max(workers, window or 2 * workers)
        yield from _windowed(lambda path: client.submit(guarded, path, (named or {}).get(path), pure=False), files, window)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
