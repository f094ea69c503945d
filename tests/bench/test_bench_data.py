"""The benchmark's generated district is data the program accepts: a small
copy passes `demilge check` (integrity, foreign keys, schema, audit trail,
rows against the trail) and reads back through the services."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench import datagen  # noqa: E402


def test_generated_district_passes_check(tmp_path):
    from app.services import browse
    from app.services.maintenance import check_database
    from app.store.db import open_database

    path = tmp_path / "district.sqlite3"
    counts = datagen.generate(path, municipalities=2, years=1, audit=True, events_per_project=2)
    assert counts["competition"] == 2 * datagen.COMPETITIONS
    assert counts["event_participants"] == counts["event"] * 10
    result = check_database(path)
    assert result.ok, result.messages("en")
    db = open_database(path, lock=False)
    try:
        assert len(browse.list_events(db)) == counts["event"]
        assert all(e.participants > 0 for e in browse.list_events(db))
    finally:
        db.close()
