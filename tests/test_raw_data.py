"""data/raw holds the seeds and the shared corpus byte for byte, and SOURCES.md describes each file."""
import hashlib
import re

import pytest

from fupin import paths


def _sources_rows() -> list[list[str]]:
    text = (paths.RAW_DIR / "SOURCES.md").read_text(encoding="utf-8")
    return [[c.strip() for c in line.strip().strip("|").split("|")]
            for line in text.splitlines() if re.match(r"^\| \S+\.txt \|", line)]


def test_sources_md_lists_every_raw_file_with_its_md5():
    listed = {row[0]: row[-1] for row in _sources_rows()}
    files = {p.name: hashlib.md5(p.read_bytes()).hexdigest() for p in paths.RAW_DIR.glob("*.txt")}
    assert listed == files


def test_sources_md_rows_have_outlet_title_script_url_date_and_md5():
    for row in _sources_rows():
        assert len(row) == 7, row[0]
        assert all(row), row[0]
        assert re.fullmatch(r"[0-9a-f]{32}", row[6])


@pytest.mark.skipif(not (paths.SHARED_DIR / "seeds").is_dir(),
                    reason="../shared (the original seeds and corpus) is not beside the project")
def test_raw_files_equal_the_shared_seeds_and_corpus_when_present():
    for folder in (paths.SHARED_DIR / "seeds", paths.SHARED_DIR / "corpus"):
        for p in folder.glob("*.txt"):
            assert (paths.RAW_DIR / p.name).read_bytes() == p.read_bytes()


def test_corpus_urls_are_line_one_of_their_files():
    for row in _sources_rows():
        if row[4].startswith("http"):
            first = (paths.RAW_DIR / row[0]).read_bytes().split(b"\n", 1)[0].decode("utf-8").strip()
            assert first == row[4]
