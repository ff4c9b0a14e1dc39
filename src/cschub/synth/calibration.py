"""Load calibration.yaml and turn its weights into fast random draws."""

from __future__ import annotations

import bisect
import itertools
import random
from functools import cache
from importlib import resources
from typing import Any

from cschub.yamlfile import load_yaml


class Choice:
    """A weighted choice among codes, drawn with one uniform number."""

    __slots__ = ("codes", "cum")

    def __init__(self, codes: list[Any], weights: list[float]) -> None:
        if len(codes) != len(weights):
            raise ValueError(f"{len(codes)} codes but {len(weights)} weights")
        total = float(sum(weights))
        self.codes = list(codes)
        self.cum = [w / total for w in itertools.accumulate(weights)]

    def draw(self, rng: random.Random) -> Any:
        return self.codes[min(bisect.bisect(self.cum, rng.random()), len(self.codes) - 1)]

    def sample(self, rng: random.Random, k: int) -> list[Any]:
        """Up to k distinct codes."""
        out: list[Any] = []
        for _ in range(k * 4):
            c = self.draw(rng)
            if c not in out:
                out.append(c)
                if len(out) == k:
                    break
        return out


@cache
def load_calibration() -> dict[str, Any]:
    """The parsed calibration.yaml shipped with the package."""
    text = resources.files(__package__).joinpath("calibration.yaml").read_text(encoding="utf-8")
    return load_yaml(text)


def value(node: Any) -> Any:
    """A parameter's value whether written as {value: ..., source: ...} or bare."""
    return node["value"] if isinstance(node, dict) and "value" in node else node


def choice(node: dict[str, Any]) -> Choice:
    """A Choice from a node with codes and weights."""
    return Choice(node["codes"], node["weights"])


def between(rng: random.Random, low: int, high: int) -> int:
    """A whole number from low to high inclusive (faster than Random.randint)."""
    return low + int(rng.random() * (high - low + 1))


def band_index(bands: list[list[float]], x: float) -> int:
    """The index of the [low, high) band holding x (the last band if beyond)."""
    for i, (_low, high) in enumerate(bands):
        if x < high:
            return i
    return len(bands) - 1
