"""The names bound in catalog.py, imported one by one: only the defined class (a direct
match) and the two aliases (matches through catalog's exports) reach catalog.Widget."""
import catalog
from catalog import Widget  # expect: RX001@21 RX002@21
# `Alias = Widget` exports Alias -> catalog.Widget.
from catalog import Alias  # expect: RX001@21
# `Factory = Widget.create` exports Factory -> catalog.Widget.create.
from catalog import Factory  # expect: RX001@21
# No call, subscript, operator or parentheses: each of these exports nothing.
from catalog import Called
from catalog import Subscripted
from catalog import Operated
from catalog import Parenthesised
# `A = B = C` exports nothing, neither A nor B.
from catalog import First
from catalog import Second
# `n: T = X` exports nothing.
from catalog import Annotated
# `a, b = X, Y` exports nothing.
from catalog import Left
from catalog import Right
# An augmented assignment is not an alias (and `Augmented = 0` is not one either).
from catalog import Augmented
# An assignment expression is not an assignment statement.
from catalog import Walrus

made = catalog.Alias()  # expect: RX001@8
parenthesised = catalog.Parenthesised()
