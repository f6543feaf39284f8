"""Process settings for batch work: glibc keeps freed memory in worker processes."""

from __future__ import annotations

import subprocess
import sys

import pytest

PROBE = """
import resource, sys
from newsarchive.archive.tuning import keep_freed_memory
kept = keep_freed_memory() if sys.argv[1] == "tuned" else None
before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for _ in range(40):
    # three 10 MB temporaries at once, like the NER network's arrays for a batch of articles
    blocks = [b"\\x01" * (10 << 20) for _ in range(3)]
    del blocks
faults = resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before
print(kept, faults)
"""


def _faults(mode: str) -> tuple[str, int]:
    out = subprocess.run([sys.executable, "-c", PROBE, mode], capture_output=True, text=True,
                         check=True).stdout.split()
    return out[0], int(out[1])


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="mallopt is glibc's")
def test_freed_blocks_are_reused_instead_of_faulted_in_again() -> None:
    kept, tuned = _faults("tuned")
    _, default = _faults("default")
    assert kept == "True"
    # by default glibc hands the freed 30 MB back to the kernel each time and faults it in
    # again (7,680 faults a round); tuned, it stays with the process after the first round
    assert default > 20 * 7680
    assert tuned < 3 * 7680


def test_ingest_workers_use_the_batch_settings(monkeypatch, tmp_path) -> None:
    import importlib

    ingest_mod = importlib.import_module("newsarchive.archive.ingest")

    calls = []
    monkeypatch.setattr(ingest_mod, "keep_freed_memory", lambda: calls.append("malloc"))
    monkeypatch.setattr(ingest_mod, "use_batch_thresholds", lambda: calls.append("gc"))
    ingest_mod._init_worker(str(tmp_path / "raw"), frozenset())
    assert calls == ["gc", "malloc"]


def test_an_in_process_ingest_leaves_malloc_alone(monkeypatch, tmp_path, samples_dir) -> None:
    import importlib

    ingest_mod = importlib.import_module("newsarchive.archive.ingest")
    import newsarchive.entities as ents

    calls = []
    monkeypatch.setattr(ingest_mod, "keep_freed_memory", lambda: calls.append("malloc"))
    monkeypatch.setattr(ents, "extract_entities_many", lambda arts: [[] for _ in arts])
    ingest_mod.ingest(sorted(samples_dir.glob("*.html"))[:2], tmp_path / "a", jobs=1,
                      progress=False)
    assert calls == []  # jobs=1 runs in the caller's process: no lasting malloc change
