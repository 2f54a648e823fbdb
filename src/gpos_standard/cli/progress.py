"""Progress of long commands on stderr: one step at a time, with a spinner and the time spent, and a bar, a count
and the time left when the step knows its total. Shown only on a terminal; nothing in a pipe or with --quiet."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from types import TracebackType
from typing import Any, TypeVar

T = TypeVar("T")
Update = Callable[[int], None]


def _ignore(_: int) -> None:
    return None


_ACTIVE: list[Steps] = []


def current() -> Steps:
    """The progress of the command running (helpers shared by commands report their steps to it)."""
    return _ACTIVE[-1] if _ACTIVE else Steps(quiet=True)


def add_quiet(parser: Any) -> None:
    parser.add_argument("--quiet", action="store_true", help="show no progress (it shows only on a terminal anyway)")


def records_in(document: dict[str, Any]) -> int:
    return sum(len(v) for v in document.values() if isinstance(v, list) and v and isinstance(v[0], dict))


class Steps:
    def __init__(self, quiet: bool = False, stream: Any = None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = not quiet and bool(getattr(self.stream, "isatty", lambda: False)())
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> Steps:
        _ACTIVE.append(self)
        if self.enabled:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self._progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                                      MofNCompleteColumn(), TimeElapsedColumn(), TimeRemainingColumn(),
                                      console=Console(file=self.stream), transient=True)
            self._progress.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        _ACTIVE.remove(self)
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def step(self, description: str, total: int | None = None) -> Update:
        """Start a step; the returned function sets how much of it is done."""
        if self._progress is None:
            return _ignore
        if self._task is not None:
            self._progress.update(self._task, visible=False)
        task = self._task = self._progress.add_task(description, total=total)
        progress = self._progress
        return lambda done: progress.update(task, completed=done)

    def counted(self, items: Iterable[T], description: str, total: int | None = None) -> Iterator[T]:
        """``items``, counted as a step goes through them."""
        update = self.step(description, total)
        for n, item in enumerate(items, 1):
            if n % 256 == 0:
                update(n)
            yield item
