"""Execute the numbered notebooks in order with papermill and archive the run with a manifest."""
from __future__ import annotations

import ast
import hashlib
import json
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path
from typing import Any

import nbformat
import papermill as pm
import yaml
from tqdm import tqdm

from . import paths
from .storage import write_text

KERNEL = "python3"
MANIFEST_PACKAGES = ["fupin", "pandas", "numpy", "pyarrow", "opencc", "jieba", "pandera", "matplotlib",
                     "seaborn", "papermill", "nbclient", "ipykernel"]


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
    return [{k: v for k, v in typed.items() if k in nb.defaults} for nb in nbs]


def _md5(path: Path) -> str:
    return hashlib.md5(Path(path).read_bytes()).hexdigest()


def _versions() -> dict[str, str]:
    out = {"python": sys.version.split()[0]}
    for name in MANIFEST_PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def run(given: dict[str, Any] | None = None, *, notebooks_dir: Path = paths.NOTEBOOKS_DIR,
        runs_dir: Path = paths.RUNS_DIR, raw_dir: Path = paths.RAW_DIR, stream=sys.stderr) -> Path:
    """Run every numbered notebook in order; return the run folder. Raises RunError on failure."""
    nb_paths = notebooks(notebooks_dir)
    if not nb_paths:
        raise RunError(f"no numbered notebooks in {notebooks_dir}")
    nbs = [declared_parameters(p) for p in nb_paths]
    per_nb = resolve_parameters(nbs, dict(given or {}))
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    out_dir = Path(runs_dir) / stamp
    n = 1
    while out_dir.exists():
        n += 1
        out_dir = Path(runs_dir) / f"{stamp}-{n}"
    out_dir.mkdir(parents=True)
    manifest: dict[str, Any] = {
        "started_utc": stamp, "parameters": {k: v for d in per_nb for k, v in d.items()},
        "inputs": {str(p.relative_to(paths.ROOT) if p.is_relative_to(paths.ROOT) else p): _md5(p)
                   for p in sorted(Path(raw_dir).glob("*")) + nb_paths if p.is_file()},
        "versions": _versions(), "notebooks": [], "status": "running",
    }
    bar = tqdm(list(zip(nb_paths, per_nb)), desc="fupin run", unit="notebook", file=stream)
    for nb_path, params in bar:
        bar.set_postfix_str(nb_path.name)
        out_nb = out_dir / nb_path.name
        t0 = time.perf_counter()
        entry = {"notebook": nb_path.name, "parameters": params, "output": str(out_nb)}
        try:
            pm.execute_notebook(str(nb_path), str(out_nb), parameters=params, kernel_name=KERNEL,
                                cwd=str(nb_path.parent), progress_bar=False, log_output=False)
        except Exception as exc:  # papermill raises its own error type, nbclient others
            entry.update(status="failed", seconds=round(time.perf_counter() - t0, 2))
            manifest["notebooks"].append(entry)
            manifest["status"] = "failed"
            write_text(out_dir / "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
            first = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
            raise RunError(f"{nb_path.name} failed: {first}\n  see the executed notebook: {out_nb}") from exc
        entry.update(status="ok", seconds=round(time.perf_counter() - t0, 2))
        manifest["notebooks"].append(entry)
    manifest["status"] = "ok"
    manifest["finished_utc"] = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    write_text(out_dir / "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
    return out_dir


def parse_cli_params(pairs: list[list[str]] | None, files: list[str] | None) -> dict[str, Any]:
    """Merge ``-f params.yaml`` files (in order) and ``-p NAME VALUE`` pairs (these win)."""
    given: dict[str, Any] = {}
    for f in files or []:
        given.update(_read_yaml_strings(Path(f)))
    for name, value in pairs or []:
        given[name] = value
    return given
