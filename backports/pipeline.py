"""A pipeline of named steps sharing one context; progress goes through a callback.

The library never prints: a step calls ctx.report(...), and whoever built the context
(the CLI with tqdm, a test with a list) decides what to show.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Protocol


@dataclass(frozen=True)
class Event:
    step: str
    message: str = ""
    done: int | None = None      # units done so far in this step
    total: int | None = None     # total units, when known
    kind: str = "progress"       # "start", "progress", "end", "note", "warning"


Progress = Callable[[Event], None]


def no_progress(_: Event) -> None:
    pass


class Step(Protocol):
    name: str

    def __call__(self, ctx: Any) -> None: ...


@dataclass
class FunctionStep:
    name: str
    func: Callable[[Any], None]
    doc: str = ""

    def __call__(self, ctx: Any) -> None:
        self.func(ctx)


def step(name: str) -> Callable[[Callable[[Any], None]], FunctionStep]:
    """Decorator: turn `def copy(ctx)` into a named step."""

    def wrap(func: Callable[[Any], None]) -> FunctionStep:
        return FunctionStep(name, func, (func.__doc__ or "").strip().splitlines()[0] if func.__doc__ else "")

    return wrap


@dataclass
class Pipeline:
    steps: list[Step]
    after_step: list[Callable[[Step, Any], None]] = field(default_factory=list)

    def names(self) -> list[str]:
        return [s.name for s in self.steps]

    def run(self, ctx: Any, progress: Progress = no_progress, skip: frozenset[str] = frozenset()) -> None:
        unknown = skip - set(self.names())
        if unknown:
            from .errors import UserError
            raise UserError(f"unknown step(s) to skip: {', '.join(sorted(unknown))}; steps: {', '.join(self.names())}")
        for s in self.steps:
            if s.name in skip:
                progress(Event(s.name, "skipped", kind="note"))
                continue
            progress(Event(s.name, kind="start"))
            s(ctx)
            for hook in self.after_step:
                hook(s, ctx)
            progress(Event(s.name, kind="end"))
