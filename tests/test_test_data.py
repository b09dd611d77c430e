"""tests/data holds byte-for-byte copies of the shared gold, corpus and scorers; its README lists each
with its origin and md5, so a fresh clone needs nothing beside the project."""
import hashlib
import re

import pytest

from fupin import paths

COPIED = ("gold", "corpus", "scorers")


def _listed() -> dict[str, tuple[str, str]]:
    """file under tests/data -> (original under ../shared, md5), from the README table."""
    text = (paths.TEST_DATA_DIR / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| (\S+) \| \.\./shared/(\S+) \| ([0-9a-f]{32}) \|$", text, flags=re.M)
    return {name: (origin, md5) for name, origin, md5 in rows}


def _md5(path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()


def test_readme_lists_every_copied_file_with_its_md5():
    files = {p.relative_to(paths.TEST_DATA_DIR).as_posix(): _md5(p)
             for sub in COPIED for p in sorted((paths.TEST_DATA_DIR / sub).iterdir()) if p.is_file()}
    assert {name: md5 for name, (_, md5) in _listed().items()} == files


def test_paths_point_into_the_project():
    for p in (paths.GOLD_FACTS, paths.TEST_CORPUS_DIR, paths.SCORERS_DIR):
        assert p.exists() and p.is_relative_to(paths.ROOT)
    assert len(list(paths.TEST_CORPUS_DIR.glob("*.txt"))) == 20
    for txt in paths.TEST_CORPUS_DIR.glob("*.txt"):
        for gold in (".regions.csv", ".relations.csv"):
            assert txt.with_name(txt.stem + gold).exists()


@pytest.mark.skipif(not paths.SHARED_DIR.is_dir(), reason="../shared (the originals) is not beside the project")
def test_copies_equal_the_shared_originals():
    listed = _listed()
    for name, (origin, md5) in listed.items():
        original = paths.SHARED_DIR / origin
        assert original.exists(), origin
        assert _md5(original) == md5, f"{name} differs from ../shared/{origin}: copy it again"
    # every gold, corpus file and scorer of ../shared has its copy
    originals = {p.relative_to(paths.SHARED_DIR).as_posix() for p in
                 [paths.SHARED_DIR / "gold" / "seed_facts.csv"]
                 + [p for p in (paths.SHARED_DIR / "corpus").iterdir() if p.is_file()]
                 + list((paths.SHARED_DIR / "tools").glob("*.py"))}
    assert originals == {origin for origin, _ in listed.values()}
