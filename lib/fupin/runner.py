"""Execute the numbered notebooks in order with papermill and archive the run with a manifest."""
from __future__ import annotations

import ast
import atexit
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

import nbformat
import papermill as pm
import yaml
from tqdm import tqdm

from . import batch, params, paths
from .storage import copy_file, write_text

KERNEL = "python3"
MANIFEST_PACKAGES = ["fupin", "pandas", "numpy", "pyarrow", "opencc", "jieba", "ftfy", "pandera", "matplotlib",
                     "seaborn", "papermill", "nbclient", "ipykernel"]


# Parameters naming where the notebooks write. A run writes into a staging folder inside its run
# folder and the outputs replace the previous ones only when every notebook succeeded.
OUTPUT_PARAMS = ("processed_dir", "figures_dir")
# Parameters that restrict a run to a subset: such a run is a view, and it does not replace the
# canonical outputs unless the output folders are given explicitly.
FILTER_PARAMS = ("region", "period")
# In each output folder, the list of files the last promoted run wrote (so that a file a later run
# no longer writes, e.g. a figure with nothing to show, is removed instead of going stale).
OUTPUTS_RECORD = ".fupin-outputs.json"
DEFAULT_KEEP_RUNS = 10


_VALIDATORS = {"lang": params.lang, "fig_formats": params.formats, "dpi": params.dpi}


class RunError(RuntimeError):
    """A run that cannot start (bad parameters) or a notebook that failed."""


@dataclass
class NotebookParams:
    path: Path
    defaults: dict[str, Any] = field(default_factory=dict)


def notebooks(folder: Path = paths.NOTEBOOKS_DIR) -> list[Path]:
    """The numbered notebooks (``NN_name.ipynb``), in order."""
    return sorted(p for p in Path(folder).glob("[0-9][0-9]_*.ipynb"))


def declared_parameters(nb_path: Path) -> NotebookParams:
    """Names and literal defaults of the cell tagged ``parameters``."""
    nb = nbformat.read(nb_path, as_version=4)
    defaults: dict[str, Any] = {}
    for cell in nb.cells:
        if cell.cell_type == "code" and "parameters" in cell.metadata.get("tags", []):
            for node in ast.parse(cell.source).body:
                if isinstance(node, (ast.Assign, ast.AnnAssign)):
                    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                    for t in targets:
                        if isinstance(t, ast.Name) and node.value is not None:
                            defaults[t.id] = ast.literal_eval(node.value)
    return NotebookParams(nb_path, defaults)


def coerce(name: str, text: Any, default: Any) -> Any:
    """Give a command-line or YAML value the type of the notebook's default.

    Values arrive as strings and are converted only to the declared type, so a code such as
    ``0101`` or a date such as ``2022-05-01`` stays a string where the notebook declares a string
    (papermill's own -p would turn ``0101`` into 101).
    """
    if not isinstance(text, str):
        text = str(text)
    try:
        if isinstance(default, bool):
            low = text.strip().lower()
            if low not in {"true", "false", "1", "0", "yes", "no"}:
                raise ValueError(text)
            return low in {"true", "1", "yes"}
        if isinstance(default, int):
            return int(text)
        if isinstance(default, float):
            return float(text)
        if isinstance(default, (list, dict, tuple)):
            value = yaml.safe_load(text)
            if not isinstance(value, type(default)):
                raise ValueError(text)
            return value
    except ValueError:
        raise RunError(f"parameter {name}: {text!r} is not a {type(default).__name__}") from None
    return text


def _read_yaml_strings(path: Path) -> dict[str, Any]:
    """YAML parameters with every scalar kept as written (BaseLoader), typed later by ``coerce``."""
    data = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=yaml.BaseLoader) or {}
    if not isinstance(data, dict):
        raise RunError(f"{path}: parameters file must be a mapping of NAME: VALUE")
    return data


def resolve_parameters(nbs: list[NotebookParams], given: dict[str, Any]) -> list[dict[str, Any]]:
    """Per-notebook parameters; a name that no notebook declares is an error."""
    declared: dict[str, Any] = {}
    for nb in nbs:
        for k, v in nb.defaults.items():
            declared.setdefault(k, v)
    unknown = sorted(set(given) - set(declared))
    if unknown:
        raise RunError(f"unknown parameter(s) {', '.join(unknown)}; notebooks declare: "
                       f"{', '.join(sorted(declared))}")
    typed = {k: coerce(k, v, declared[k]) for k, v in given.items()}
    for k, v in typed.items():  # refuse a value a notebook would refuse, before anything runs
        check = _VALIDATORS.get(k)
        if check is not None:
            try:
                check(v)
            except params.ParameterError as exc:
                raise RunError(str(exc)) from None
    return [{k: v for k, v in typed.items() if k in nb.defaults} for nb in nbs]


def _md5(path: Path) -> str:
    h = hashlib.md5()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _versions() -> dict[str, str]:
    out = {"python": sys.version.split()[0]}
    for name in MANIFEST_PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def _code_version() -> dict[str, str]:
    """The code that ran: git commit (and whether the tree had changes) when in a checkout, and a
    hash of the package's sources either way."""
    out: dict[str, str] = {}
    h = hashlib.md5()
    for p in sorted(paths.PACKAGE_DIR.rglob("*.py")):
        h.update(str(p.relative_to(paths.PACKAGE_DIR)).encode())
        h.update(p.read_bytes())
    out["sources_md5"] = h.hexdigest()
    try:
        commit = subprocess.run(["git", "-C", str(paths.ROOT), "rev-parse", "HEAD"], capture_output=True,
                                text=True, timeout=10)
        if commit.returncode == 0:
            out["git_commit"] = commit.stdout.strip()
            dirty = subprocess.run(["git", "-C", str(paths.ROOT), "status", "--porcelain", "--", "lib"],
                                   capture_output=True, text=True, timeout=10)
            out["git_dirty_lib"] = "yes" if dirty.stdout.strip() else "no"
    except (OSError, subprocess.SubprocessError):
        pass
    return out


def _rel(p: Path) -> str:
    p = Path(p).resolve()
    return str(p.relative_to(paths.ROOT) if p.is_relative_to(paths.ROOT) else p)


def _inputs(raw_dir: Path, nb_paths: list[Path]) -> dict[str, str]:
    """md5 of every input the run reads: the raw files it was given (as notebook 01 lists them), the
    notebooks, the vocabularies."""
    files = batch.expand([raw_dir]) + list(nb_paths) + sorted(paths.DATA_FILES.rglob("*"))
    return {_rel(p): _md5(p) for p in files if p.is_file() and "__pycache__" not in p.parts}


def promote(staging: Path, target: Path) -> list[str]:
    """Copy every file of ``staging`` over ``target`` (each copy atomic), then remove the files that the
    previous promoted run wrote there and this one did not. Returns the files written."""
    staging, target = Path(staging), Path(target)
    record = target / OUTPUTS_RECORD
    old: set[str] = set()
    if record.is_file():
        try:
            old = set(json.loads(record.read_text(encoding="utf-8")).get("files", []))
        except (ValueError, AttributeError):
            old = set()
    new = sorted(str(p.relative_to(staging)) for p in staging.rglob("*") if p.is_file())
    for rel in new:
        copy_file(staging / rel, target / rel)
    for rel in sorted(old - set(new)):
        stale = (target / rel).resolve()
        if stale.is_relative_to(target.resolve()) and stale.is_file():
            stale.unlink()
    write_text(record, json.dumps({"files": new}, ensure_ascii=False, indent=1) + "\n")
    return new


def prune_runs(runs_dir: Path, keep: int) -> list[Path]:
    """Delete all but the ``keep`` newest run folders (names are UTC stamps, so they sort by time)."""
    if keep <= 0:
        return []
    runs = sorted((p for p in Path(runs_dir).iterdir() if p.is_dir() and p.name[:8].isdigit()),
                  key=lambda p: p.name)
    gone = runs[:-keep] if len(runs) > keep else []
    for p in gone:
        shutil.rmtree(p, ignore_errors=True)
    return gone


@lru_cache(maxsize=1)
def _ipc_dir() -> Path:
    """A private folder of this process for the kernels' IPC sockets, removed at exit."""
    folder = Path(tempfile.mkdtemp(prefix="fupin-kernels-"))
    atexit.register(shutil.rmtree, folder, True)
    return folder


def _kernel_manager_class():
    """A kernel manager that talks to the kernel over IPC sockets: no TCP ports, and no warning
    that the kernel is running over TCP without encryption."""
    from jupyter_client.manager import AsyncKernelManager

    class IPCKernelManager(AsyncKernelManager):
        def __init__(self, **kw):
            kw.setdefault("transport", "ipc")
            # jupyter_client would name the sockets kernel-ipc-1, -2 … in the working directory, probing
            # for free numbers: two runs at once in one folder then take the same sockets and one fails.
            # Each kernel gets its own name in this process's own folder instead.
            kw.setdefault("ip", str(_ipc_dir() / f"k-{uuid.uuid4().hex[:12]}"))
            super().__init__(**kw)

    return IPCKernelManager


def run(given: dict[str, Any] | None = None, *, notebooks_dir: Path = paths.NOTEBOOKS_DIR,
        runs_dir: Path = paths.RUNS_DIR, raw_dir: Path | None = None, stream=sys.stderr,
        keep_runs: int = DEFAULT_KEEP_RUNS) -> Path:
    """Run every numbered notebook in order; return the run folder. Raises RunError on failure.

    The notebooks write into ``<run folder>/outputs/<parameter>/``; only when all of them succeed do
    those files replace the ones in the output folders (``processed_dir``, ``figures_dir``). A failed
    run therefore leaves the previous outputs as they were, and a filtered run (``region``/``period``)
    keeps its outputs in its run folder unless output folders are given explicitly.
    """
    nb_paths = notebooks(notebooks_dir)
    if not nb_paths:
        raise RunError(f"no numbered notebooks in {notebooks_dir}")
    nbs = [declared_parameters(p) for p in nb_paths]
    given = dict(given or {})
    per_nb = resolve_parameters(nbs, given)
    declared: dict[str, Any] = {}
    for nb in nbs:
        for k, v in nb.defaults.items():
            declared.setdefault(k, v)
    typed = {k: v for d in per_nb for k, v in d.items()}
    if raw_dir is None:
        raw_dir = paths.project_path(typed.get("raw_dir", declared.get("raw_dir", paths.RAW_DIR)))
    raw_dir = Path(raw_dir)
    if "raw_dir" in declared:
        if not raw_dir.is_dir():
            raise RunError(f"raw_dir {raw_dir} is not a folder")
        if not batch.expand([raw_dir]):
            raise RunError(f"no .txt files in {raw_dir}")
    Path(runs_dir).mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    out_dir = Path(runs_dir) / stamp
    n = 1
    while True:  # two runs started in the same second each get their own folder (mkdir is the atomic test)
        try:
            out_dir.mkdir(parents=True)
            break
        except FileExistsError:
            n += 1
            out_dir = Path(runs_dir) / f"{stamp}-{n}"
    targets = {name: paths.project_path(typed.get(name, declared[name]))
               for name in OUTPUT_PARAMS if name in declared}
    staging = {name: out_dir / "outputs" / name for name in targets}
    for params, nb in zip(per_nb, nbs):
        for name, folder in staging.items():
            if name in nb.defaults:
                params[name] = str(folder)
    filtered = [k for k in FILTER_PARAMS if typed.get(k) not in (None, "")]
    explicit = [k for k in targets if k in given]
    promote_outputs = not filtered or bool(explicit)
    manifest: dict[str, Any] = {
        "started_utc": stamp, "parameters": typed, "raw_dir": _rel(raw_dir),
        "outputs": {k: _rel(v) for k, v in targets.items()}, "inputs": _inputs(raw_dir, nb_paths),
        "code": _code_version(), "versions": _versions(), "notebooks": [], "status": "running",
    }
    bar = tqdm(list(zip(nb_paths, per_nb)), desc="fupin run", unit="notebook", file=stream)
    for nb_path, params in bar:
        bar.set_postfix_str(nb_path.name)
        out_nb = out_dir / nb_path.name
        t0 = time.perf_counter()
        entry = {"notebook": nb_path.name, "parameters": params, "output": str(out_nb)}
        try:
            pm.execute_notebook(str(nb_path), str(out_nb), parameters=params, kernel_name=KERNEL,
                                cwd=str(nb_path.parent), progress_bar=False, log_output=False,
                                kernel_manager_class=_kernel_manager_class())
        except Exception as exc:  # papermill raises its own error type, nbclient others
            entry.update(status="failed", seconds=round(time.perf_counter() - t0, 2))
            manifest["notebooks"].append(entry)
            manifest["status"] = "failed"
            write_text(out_dir / "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
            raise RunError(f"{nb_path.name} failed: {_first_error_line(exc)}\n"
                           f"  see the executed notebook: {out_nb}\n"
                           f"  the previous outputs were left as they were") from exc
        entry.update(status="ok", seconds=round(time.perf_counter() - t0, 2))
        manifest["notebooks"].append(entry)
    if promote_outputs:
        manifest["promoted"] = {k: promote(staging[k], targets[k]) for k in targets if staging[k].is_dir()}
        shutil.rmtree(out_dir / "outputs", ignore_errors=True)
    else:
        manifest["promoted"] = {}
        manifest["note"] = (f"filtered run ({', '.join(filtered)}): outputs kept in {_rel(out_dir / 'outputs')};"
                            " give processed_dir/figures_dir to write them elsewhere")
        print(f"fupin run: {manifest['note']}", file=stream)
    manifest["status"] = "ok"
    manifest["finished_utc"] = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    write_text(out_dir / "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
    prune_runs(runs_dir, keep_runs)
    return out_dir


def _first_error_line(exc: Exception) -> str:
    """The line of a notebook error that says what went wrong (papermill's message ends with the
    exception's own line, e.g. ``ValueError: no readable .txt files in …``)."""
    lines = [ln.strip() for ln in str(exc).strip().splitlines() if ln.strip()]
    for ln in reversed(lines):
        if re.match(r"^[A-Za-z_.]*(Error|Exception|Exit)\b.*:", ln):
            return ln
    return lines[-1] if lines else type(exc).__name__


def parse_cli_params(pairs: list[list[str]] | None, files: list[str] | None) -> dict[str, Any]:
    """Merge ``-f params.yaml`` files (in order) and ``-p NAME VALUE`` pairs (these win)."""
    given: dict[str, Any] = {}
    for f in files or []:
        given.update(_read_yaml_strings(Path(f)))
    for name, value in pairs or []:
        given[name] = value
    return given
