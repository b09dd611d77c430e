"""data/raw holds the seeds byte for byte, and SOURCES.md describes each of them."""
import hashlib
import re

import pytest

from fupin import paths


def test_sources_md_lists_every_raw_file_with_its_md5():
    rows = re.findall(r"^\| (\S+\.txt) \|.*\| ([0-9a-f]{32}) \|$",
                      (paths.RAW_DIR / "SOURCES.md").read_text(encoding="utf-8"), flags=re.M)
    listed = dict(rows)
    files = {p.name: hashlib.md5(p.read_bytes()).hexdigest() for p in paths.RAW_DIR.glob("*.txt")}
    assert listed == files


@pytest.mark.skipif(not (paths.SHARED_DIR / "seeds").is_dir(),
                    reason="../shared (the original seeds) is not beside the project")
def test_raw_files_equal_the_shared_seeds_when_present():
    seeds = paths.SHARED_DIR / "seeds"
    for p in seeds.glob("*.txt"):
        assert (paths.RAW_DIR / p.name).read_bytes() == p.read_bytes()
