"""nbval really guards the notebooks: a changed table output makes it fail."""
import subprocess
import sys

import nbformat
from nbclient import NotebookClient
from nbformat.v4 import new_code_cell, new_notebook

from fupin import paths

SANITIZE = paths.ROOT / "tests" / "nbval_sanitize.cfg"


def _nbval(path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "--nbval", str(path),
                           "--nbval-sanitize-with", str(SANITIZE), "-p", "no:cacheprovider"],
                          capture_output=True, text=True, cwd=path.parent)


def test_nbval_fails_when_a_displayed_table_changes(tmp_path):
    nb = new_notebook()
    nb.metadata = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}
    nb.cells = [new_code_cell("import pandas as pd\n"
                              "pd.DataFrame({'rate': ['project_start_rate'], 'computed': [37.23]})")]
    NotebookClient(nb, kernel_name="python3").execute()
    good = tmp_path / "good.ipynb"
    nbformat.write(nb, good)
    assert _nbval(good).returncode == 0

    data = nb.cells[0].outputs[0]["data"]
    data["text/plain"] = data["text/plain"].replace("37.23", "37.24")
    data["text/html"] = data["text/html"].replace("37.23", "37.24")
    bad = tmp_path / "bad.ipynb"
    nbformat.write(nb, bad)
    result = _nbval(bad)
    assert result.returncode != 0
    assert "37.2" in result.stdout
