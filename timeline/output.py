"""Writing output files safely: whole or not at all.

Every file is written to a temporary sibling and renamed over the target only when complete, so
a failed or interrupted run never leaves a truncated file or clobbers a good one.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Union

from .errors import TimelineError


def atomic_write(path: Union[str, os.PathLike], data: Union[str, bytes]) -> Path:
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise TimelineError(f"{path}: directory {directory} does not exist")
    if path.is_dir():
        raise TimelineError(f"{path}: is a directory")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as e:
        raise TimelineError(f"{path}: cannot write ({e.strerror or e})") from None
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as f:
            f.write(payload)
        os.replace(tmp, path)
    except BaseException as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(e, OSError):
            raise TimelineError(f"{path}: cannot write ({e.strerror or e})") from None
        raise
    return path
