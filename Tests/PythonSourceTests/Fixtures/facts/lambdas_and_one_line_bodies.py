x = (lambda a, b=c: a)(d)
y = lambda: e
z = [lambda q=r: q, s]
foo(lambda *a, **k: (a, k), key=lambda v: v.w)
w = {a1: b1 for a1 in c1}
(m, n) = o
p = q = r = s
t.u, v = 1, 2
def f(a=lambda b: b, *, c=lambda: d): pass
x[lambda: y] = 1
with a as b.c, d as e[0]: pass
for a.b in c: pass
for a[0] in b: pass
print(*args, sep=x, **kw)
a = yield b
a: "int" = b
class C(metaclass=abc.ABCMeta): x: int = 0; y = z
if a: b = c; d = e
else: f = g
while (n := next(it)) is not None: pass
assert isinstance(x, int), msg
raise ValueError(x) from err
return_value = not a
a, *b, c = d
i = j if k else l
s = f"{a!s}{b!a}{c:{d}.{e}}"
t = f'{x["k"]}' f"{f"{y}"}"
u = rf"{z}\n" + br"x"
