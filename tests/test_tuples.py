"""`innovis.tuples.NamedTuple`: the named tuples `typing` would make, from the same declarations."""

from __future__ import annotations

import pickle
import typing

import pytest

from innovis.tuples import NamedTuple


class Point(NamedTuple):
    """A point on a page."""

    x: int
    y: int = 0
    label: str = "origin"

    @property
    def far(self) -> bool:
        """Return whether the point is far from the origin."""
        return abs(self.x) + abs(self.y) > 10

    def moved(self, by: int) -> Point:
        """Return the point moved right by `by`."""
        return self._replace(x=self.x + by)


class TypingPoint(typing.NamedTuple):
    """A point on a page."""

    x: int
    y: int = 0
    label: str = "origin"


def test_a_declaration_makes_the_named_tuple_typing_would() -> None:
    point = Point(3, label="corner")
    assert point == (3, 0, "corner") and isinstance(point, tuple)
    assert point.x == 3 and point.y == 0 and point.label == "corner"
    assert Point._fields == TypingPoint._fields
    assert Point._field_defaults == TypingPoint._field_defaults
    assert repr(point) == "Point(x=3, y=0, label='corner')"
    assert Point.__doc__ == TypingPoint.__doc__
    assert Point.__annotations__ == {"x": "int", "y": "int", "label": "str"}
    assert Point.__module__ == __name__ and Point.__qualname__ == "Point"


def test_methods_properties_and_tuple_behaviour_are_kept() -> None:
    point = Point(4, 9)
    assert point.far and not Point(1).far
    assert point.moved(2) == Point(6, 9)
    assert point._asdict() == {"x": 4, "y": 9, "label": "origin"}
    assert Point._make([1, 2, "a"]) == Point(1, 2, "a")
    assert pickle.loads(pickle.dumps(point)) == point
    with pytest.raises(AttributeError):
        point.z = 1  # type: ignore[attr-defined]


def test_a_field_without_default_after_one_with_a_default_is_refused() -> None:
    with pytest.raises(TypeError, match="without a default"):

        class Broken(NamedTuple):
            first: int = 0
            second: int
