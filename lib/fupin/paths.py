"""Every path the project uses, derived from the package location (never the working directory)."""
from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_FILES = PACKAGE_DIR / "data"
ROOT = PACKAGE_DIR.parent.parent
RAW_DIR = ROOT / "data" / "raw"
PROCESSED_DIR = ROOT / "data" / "processed"
FIGURES_DIR = ROOT / "figures"
NOTEBOOKS_DIR = ROOT / "notebooks"
RUNS_DIR = ROOT / "runs"
# Everything the tests and benchmarks read lives in the project (tests/data/README.md says where each
# file came from). ``SHARED_DIR`` is the originals' folder beside a development checkout; a fresh clone
# has none, and only the test comparing the copies with the originals looks there.
SHARED_DIR = ROOT.parent / "shared"
TEST_DATA_DIR = ROOT / "tests" / "data"
GOLD_FACTS = TEST_DATA_DIR / "gold" / "seed_facts.csv"
TEST_CORPUS_DIR = TEST_DATA_DIR / "corpus"
SCORERS_DIR = TEST_DATA_DIR / "scorers"


def data_file(name: str) -> Path:
    """A data file shipped with the package (lexicons, gazetteers, unit tables, rules)."""
    return DATA_FILES / name


def project_path(value: str | Path) -> Path:
    """A notebook/CLI path parameter: relative paths are taken from the project root, not the cwd."""
    p = Path(value).expanduser()
    return p if p.is_absolute() else ROOT / p
