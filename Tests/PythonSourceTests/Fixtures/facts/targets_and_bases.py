(a).b = 1
[a2, b2][0] = 1
{a3: b3}[c3] = d3
(a4, b4).c4 = 1
with (open(a5) as b5, open(c5) as d5): pass
with (open(a6)) as b6: pass
for (a7) in b7: pass
for *a8, b8 in c8: pass
x9 = y9 = lambda z9=w9: z9
f10(a10 for a10 in b10)
print((yield))
match m11:
    case Point(x=Point(y=z11)): pass
    case {**rest11}: pass
    case [x12] if (y12 := x12) > lim12: pass
match.group()
match[x13] = 1
match = re.match(p14, s14)
@(lambda f15: f15)
def g15(): pass
a16[b16] += 1
a17.b17 += 1
[y18 for x18 in data18 if (y18 := f18(x18))]
try: pass
except (A19, B19): pass
import a20.b20.c20
a20.b20.c20.d20()
print(end='')
del (a21), [b21]
x22: int; y22: str
r23 = [*a23.b23, c23]
s24 = {k24: v24 for (k24, v24) in d24}
t25 = (u25 for u25 in v25 for w25 in u25)
async def h26():
    return [x26 async for x26 in y26], await z26
def i27(a27: "A", b27: list[int] = [], *c27: int, d27, **e27: str) -> None: ...
class J28(K28[L28], M28.N28, (O28), P28(), **Q28): ...
lambda *a29, **b29: (a29, b29)
lambda a30, /, b30, *, c30=d30: 0
n31 = not_ = None
o32 = [p32 := 1, q32 := 2]
print(f"{r33!r}" f"{s33=!s:>{t33}}")
if u34 := v34: pass
while w35 := x35(): pass
y36[z36:] = a36
b37, = c37
[d38] = e38
(f39) = g39
h40 = (i40) = j40
