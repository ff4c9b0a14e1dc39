"""Printing for the command line: plain errors, Rich tables and progress."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

console = Console()
errors = Console(stderr=True)


def fail(message: str, code: int = 1) -> None:
    """Print an error for a person to act on and exit non-zero (never a traceback)."""
    errors.print(f"[bold red]error:[/] {message}", highlight=False, markup=True, soft_wrap=True)
    sys.exit(code)


@contextmanager
def progress_bar(description: str) -> Iterator:
    """A Rich progress bar; yields ``update(text, done, total)``."""
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        TimeElapsedColumn(),
        console=errors,
        transient=True,
    ) as bar:
        task = bar.add_task(description, total=None)

        def update(text: str, done: int, total: int) -> None:
            bar.update(task, description=text, completed=done, total=total)

        yield update
