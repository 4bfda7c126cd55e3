# -*- coding: utf-8 -*-
"""Docstring mentioning os.environ."""
from typing import TYPE_CHECKING, Generic
import typing as tp

if TYPE_CHECKING:
    from collections.abc import (
        Iterator,  # why
        Mapping,
    )
elif tp.TYPE_CHECKING:
    import never
else:
    Iterator = Mapping = None

if tp.TYPE_CHECKING: import z1; from z2 import z3


class Base(Generic[T], metaclass=Meta):
    attr: ClassVar[int] = 0
    other = attr + 1

    @staticmethod
    def method(a, /, b=default, *, c: "Ann" = None) -> Ret:
        nonlocal_value = [x for x in a if x is not b]
        return (lambda q, *, r=c: q + r)(nonlocal_value, r=b)

    async def agen(self):
        async with self.lock as (first, second):
            yield first
        async for item in self.items():
            print(item, file=sys.stderr)
        return await self.close()


def decorated():
    @functools.wraps(decorated)
    def inner(*args, **kwargs):
        return decorated(*args, **kwargs)
    return inner


matrix = a @ b
a.b.c[d.e](f.g).h.i = j.k
x, (y.z, w[v]), *u = t
for i, j.k in pairs: pass
with ctx() as self.attribute: pass
value = f"{'nested' + f"{inner.attr!r}" + "x"}" f'{a:{b}{c}}' f"{d!s:>10}"
result = {**mapping, 'k': (yield_value := compute())}
deep = ((((a))))
sliced = seq[lo:hi:step, ...]
starred = [*first, *second.items()]
cond = this if that else other
chained = a < b <= c != d
negated = not flag and -number or ~bits
print(*(x for x in range(n)), sep=separator)
assert check(), message
raise Error("x") from cause
del obj.attr, seq[0], (p, q)
lambda: (yield)
type Point[TT, *Ts, **P] = tuple[TT, *Ts]
match command:
    case ["go", direction] if direction in valid:
        pass
    case {"x": int(px), "y": py} as point:
        pass
    case Move(dx=0, dy=dy_value) | Stop():
        pass
    case [*_, last]:
        pass
    case (1 | 2) as small:
        pass
    case const.VALUE:
        pass
try:
    pass
except* ValueError as group:
    pass
global_counter = 0
def bump():
    global global_counter
    global_counter += 1
class Outer:
    class Inner:
        def deep(self):
            def deeper(): return Outer
            return deeper
