"""Writing output files safely: whole or not at all.

Every file is written to a temporary sibling and renamed over the target only when complete, so
a failed or interrupted run never leaves a truncated file or clobbers a good one.
"""
from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path
from contextlib import contextmanager
from typing import IO, Iterator, Union

from .errors import TimelineError


@contextmanager
def atomic_open(path: Union[str, os.PathLike]) -> Iterator[IO[bytes]]:
    """A binary file to write `path` through: renamed over it only if the block ends cleanly."""
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise TimelineError(f"{path}: directory {directory} does not exist")
    if path.is_dir():
        raise TimelineError(f"{path}: is a directory")
    try:
        fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as e:
        raise TimelineError(f"{path}: cannot write ({e.strerror or e})") from None
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as f:
            yield f
        os.replace(tmp, path)
    except BaseException as e:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(e, OSError):
            raise TimelineError(f"{path}: cannot write ({e.strerror or e})") from None
        raise


@contextmanager
def atomic_text(path: Union[str, os.PathLike]) -> Iterator[IO[str]]:
    """As `atomic_open`, for UTF-8 text written piece by piece."""
    with atomic_open(path) as f:
        text = io.TextIOWrapper(f, encoding="utf-8", newline="")
        yield text
        text.flush()
        text.detach()


def atomic_write(path: Union[str, os.PathLike], data: Union[str, bytes]) -> Path:
    with atomic_open(path) as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)
    return Path(path)
