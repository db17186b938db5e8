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


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory, nlp) -> str:
    """A quotes database built from seeds/ (its connection closed: safe to serve immutable)."""
    from quotes.build import build_database
    from quotes.store import open_db

    path = tmp_path_factory.mktemp("site") / "quotes.db"
    db = open_db(str(path))
    build_database(db, [str(SEEDS)], nlp)
    db.conn.close()
    return str(path)
