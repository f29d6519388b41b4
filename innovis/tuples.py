"""`NamedTuple` as `typing` declares it, without importing `typing` when a program runs.

Importing `typing` takes ~5 ms, a twelfth of a one-question `innovis ask`, and the library
needs it at run time only to declare named tuples. So a type checker reads `typing.NamedTuple`
itself, and a running program gets the class below, which makes the same class from the same
declaration (`collections.namedtuple` underneath, as in `typing`): the annotated names are the
fields in order, a field given a value in the class body has it as its default, and the class's
docstring, methods and properties are kept. Unlike `typing`'s, it does not look at the
annotations (modules keep them as text: `from __future__ import annotations`).

Modules that need other `typing` names write them under `if TYPE_CHECKING:` with
`TYPE_CHECKING = False` of their own: type checkers take that name as true wherever it is
defined, so the block is read by them and skipped by Python.
"""

from __future__ import annotations

from collections import namedtuple

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import NamedTuple as NamedTuple
else:
    # Set by Python on every class body, or made by `namedtuple`: not copied to the class.
    _MADE = frozenset({"__module__", "__qualname__", "__annotations__", "__slots__"})

    class _Declared(type):
        """The metaclass that turns `class Point(NamedTuple): x: int` into a named tuple."""

        def __new__(cls, name: str, bases: tuple[type, ...], namespace: dict[str, object]):
            fields = tuple(namespace.get("__annotations__", {}))
            defaults = [namespace[field] for field in fields if field in namespace]
            if fields[len(fields) - len(defaults) :] != tuple(f for f in fields if f in namespace):
                raise TypeError(f"{name}: a field without a default follows one with a default")
            made = namedtuple(name, fields, defaults=defaults, module=namespace["__module__"])
            made.__qualname__ = namespace.get("__qualname__", name)
            made.__annotations__ = dict(namespace.get("__annotations__", {}))
            for key, value in namespace.items():
                if key not in _MADE and key not in fields:
                    setattr(made, key, value)
            return made

    NamedTuple = type.__new__(_Declared, "NamedTuple", (), {})
