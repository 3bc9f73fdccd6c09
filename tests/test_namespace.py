"""`import backports` must not break PyPI's backports.* namespace packages beside it."""

import subprocess
import sys
from pathlib import Path



def test_pkgutil_namespace_init():
    import backports

    init = Path(backports.__file__).read_text()
    assert "extend_path" in init


def test_backports_tarfile_imports_beside_us(tmp_path):
    code = ("import backports.tarfile, backports.generate.gentree, backports.cli; "
            "print(backports.tarfile.__name__, backports.generate.gentree.__name__)")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split() == ["backports.tarfile", "backports.generate.gentree"]
