from pathlib import Path

import pytest

from quotes.model import shared_model

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = Path(__file__).resolve().parent / "gold"


@pytest.fixture(scope="session")
def nlp():
    return shared_model()  # the pipeline extract_quotes() uses when given none


@pytest.fixture(scope="session")
def seed_text():
    return (SEEDS / "nato-wagner-belarus.txt").read_text(encoding="utf-8")
