"""Write-if-changed output with a manifest, so a rebuild touches only what changed.

The manifest (``.newsarchive-site.json`` in the output folder) maps every file the last
build produced to the SHA-256 of its bytes. A file is rewritten only when its new bytes hash
differently (or it went missing); files of the previous build that the new one did not
produce are removed, together with folders left empty.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

MANIFEST = ".newsarchive-site.json"


@dataclass
class WriteStats:
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    written_paths: list[str] = field(default_factory=list)
    removed_paths: list[str] = field(default_factory=list)


class IncrementalWriter:
    """Collects outputs of one build; :meth:`finish` removes stale files and saves hashes."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.stats = WriteStats()
        self._old = self._load_manifest()
        self._new: dict[str, str] = {}

    def _load_manifest(self) -> dict[str, str]:
        try:
            data = json.loads((self.out_dir / MANIFEST).read_text("utf-8"))
        except (OSError, ValueError):
            return {}
        files = data.get("files") if isinstance(data, dict) else None
        return {str(k): str(v) for k, v in files.items()} if isinstance(files, dict) else {}

    def write(self, rel_path: str, data: bytes | str) -> bool:
        """Write ``data`` to ``rel_path`` (relative, ``/``-separated) if it changed."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if rel_path in self._new:
            raise ValueError(f"two outputs for the same path: {rel_path}")
        digest = hashlib.sha256(data).hexdigest()
        self._new[rel_path] = digest
        target = self.out_dir / rel_path
        if self._old.get(rel_path) == digest and target.is_file():
            self.stats.unchanged += 1
            return False
        if rel_path not in self._old and target.is_file():
            # Not ours from the manifest (first build into an existing folder): compare bytes.
            try:
                if target.read_bytes() == data:
                    self.stats.unchanged += 1
                    return False
            except OSError:
                pass
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".tmp")
        tmp.write_bytes(data)
        os.replace(tmp, target)
        self.stats.written += 1
        self.stats.written_paths.append(rel_path)
        return True

    def adopt(self, rel_path: str) -> None:
        """Count a file another component wrote itself as part of this build's output."""
        target = self.out_dir / rel_path
        if rel_path in self._new or not target.is_file():
            return
        digest = hashlib.sha256(target.read_bytes()).hexdigest()
        self._new[rel_path] = digest
        if self._old.get(rel_path) == digest:
            self.stats.unchanged += 1
        else:
            self.stats.written += 1
            self.stats.written_paths.append(rel_path)

    def finish(self) -> WriteStats:
        """Remove files of the previous build not produced now; save the manifest."""
        for rel_path in sorted(set(self._old) - set(self._new)):
            target = self.out_dir / rel_path
            if target.is_file():
                target.unlink()
                self.stats.removed += 1
                self.stats.removed_paths.append(rel_path)
                self._prune_dirs(target.parent)
        manifest = {"files": dict(sorted(self._new.items()))}
        (self.out_dir / MANIFEST).write_text(json.dumps(manifest, indent=0), "utf-8")
        return self.stats

    def _prune_dirs(self, folder: Path) -> None:
        root = self.out_dir.resolve()
        folder = folder.resolve()
        while folder != root and root in folder.parents:
            try:
                folder.rmdir()
            except OSError:
                return
            folder = folder.parent
