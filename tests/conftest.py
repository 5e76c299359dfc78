import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_8174bc2ad41ff86e.txt"
SEED_DCT = "2025-04-09"


@pytest.fixture
def seed_copy(tmp_path):
    path = tmp_path / "article.txt"
    shutil.copy(SEED, path)
    return path


@pytest.fixture(scope="session")
def seed_timeline():
    import timeline
    return timeline.build(SEED, SEED_DCT)
