import a.b.c as d, e
from . import x
from .. import (y)
from ...p.q import (r as s,
    t,  # comment
)
from __future__ import annotations
from m import *
import os, \
    sys
x = os.environ
[a1, *b1] = c1
a2 = b2 = 1
x3 += 1
x4: int
x5: int = 1
del x6, y6
for x7 in z7: pass
async def f8():
    async for x8 in y8: pass
    async with a8 as b8, c8 as (d8, e8): pass
    await g8
with open(p9) as f9: pass
try:
    pass
except E10 as x10:
    pass
try:
    pass
except* E11 as x11:
    pass
print((x12 := 1))
[x13 for x13 in y13 if x13]
{k14: v14 for k14, v14 in d14.items()}
match cmd:
    case x15: pass
    case [a16, *rest16]: pass
    case {"k": v17, **rest17}: pass
    case Point(x=v18, y=0): pass
    case Color.RED: pass
    case str() | bytes(): pass
    case _: pass
    case (a19 | b19) as c19 if c19 > lim19: pass
def g20(a, b: int = d20, /, c=e20, *args: T20, k, kk: U20 = f20, **kw) -> R20:
    global G20
    nonlocal N20
    lambda p20, q20=r20, *s20, t20, **u20: p20 + v20
f21(x21=1, **y21)
environ[0] = 1
environ.x = 1
os.environ['X'] = 1
@app.route("/x")
def h22(): return 1
class A23: pass
def i23(): pass
class B24(Enum, enum.IntFlag, Generic[T], f(), metaclass=M, *bases, **kw): pass
(os).environ
f"{os.environ['X']!r:>{width}} {x25=} {f'{nested25}'}"
type Alias26 = list[int]
type Alias27[T27: bound27] = dict[T27, v27]
match = 1
case = 2
type = 3
_ = 4
match(x28)
print(match, case, type, _)
def j29[T29, *Ts29, **P29](a: T29) -> Ts29: pass
class C30[T30](Base30[T30]): pass
a31.b31 . c31
(a32, b32), c32 = d32
x33[i33], y33.z33 = w33
if TYPE_CHECKING: import zz
