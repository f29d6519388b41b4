"""A progress bar for indexing, shown on a terminal once indexing has taken a second."""

from __future__ import annotations

import time
from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeRemainingColumn,
)

DELAY_SECONDS = 1.0


class IndexingProgress:
    """A callable for `build_index`'s progress; a context manager that clears the bar after."""

    def __init__(self, console: Console | None = None) -> None:
        self._console = console or Console(stderr=True)
        self._started = time.perf_counter()
        self._bar: Progress | None = None
        self._task = TaskID(0)

    def __call__(self, done: int, total: int, sentences: int) -> None:
        if self._bar is None:
            if not self._console.is_terminal:
                return
            if time.perf_counter() - self._started < DELAY_SECONDS:
                return
            self._bar = Progress(
                TextColumn("Indexing releases"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[sentences]:,} sentences, {task.fields[rate]}"),
                TimeRemainingColumn(),
                console=self._console,
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task("index", total=total, sentences=0, rate="")
        elapsed = max(time.perf_counter() - self._started, 1e-9)
        rate = f"{sentences / elapsed:,.0f}/s"
        self._bar.update(self._task, completed=done, sentences=sentences, rate=rate)

    def __enter__(self) -> IndexingProgress:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._bar is not None:
            self._bar.stop()
