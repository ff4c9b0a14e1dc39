"""Expand the paths a user names into files, refusing symlink loops and unreadable paths."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from cschub.errors import InputRefused

IGNORED_NAMES = {"manifest.json", "readme.md", "readme.txt", ".ds_store", "thumbs.db"}


def expand(paths: list[Path]) -> Iterator[tuple[Path, bool]]:
    """Yield (file, named) for each file: ``named`` is True when the user named it directly."""
    for path in paths:
        try:
            resolved = path.resolve(strict=True)
        except (OSError, RuntimeError) as exc:
            raise _unreachable(path, exc) from None
        if resolved.is_dir():
            yield from ((f, False) for f in _walk(path))
        elif resolved.is_file():
            yield path, True
        else:
            raise InputRefused(str(path), "not a regular file or folder")


def _walk(folder: Path) -> Iterator[Path]:
    seen: set[tuple[int, int]] = set()
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            st = current.stat()
        except (OSError, RuntimeError) as exc:
            raise _unreachable(current, exc) from None
        key = (st.st_dev, st.st_ino)
        if key in seen:
            raise InputRefused(
                str(current),
                "the folder contains a symbolic link loop",
                found=f"{current} leads back to a folder already read",
                expected="folders without links back to themselves",
            )
        seen.add(key)
        try:
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError as exc:
            raise _unreachable(current, exc) from None
        dirs = []
        for entry in entries:
            path = Path(entry.path)
            if entry.name.startswith(".") or entry.name.lower() in IGNORED_NAMES:
                continue
            try:
                is_dir = entry.is_dir()
                is_file = entry.is_file()
            except OSError as exc:
                raise _unreachable(path, exc) from None
            if entry.is_symlink():
                try:
                    path.resolve(strict=True)
                except (OSError, RuntimeError) as exc:
                    raise _unreachable(path, exc) from None
            if is_dir:
                dirs.append(path)
            elif is_file:
                yield path
        stack.extend(reversed(dirs))


def _unreachable(path: Path, exc: BaseException) -> InputRefused:
    reason = getattr(exc, "strerror", None) or str(exc)
    if isinstance(exc, RuntimeError) or "symbolic links" in str(reason):
        return InputRefused(
            str(path),
            "the path is a symbolic link loop",
            found=str(reason),
            expected="a file or folder",
        )
    return InputRefused(
        str(path), "cannot read the path", found=str(reason), expected="a readable file or folder"
    )
