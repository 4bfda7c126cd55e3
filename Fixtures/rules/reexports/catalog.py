"""Which assignments are aliases. catalog.Widget is banned (RX001 and RX002);
app/uses_catalog.py imports every name bound here, and only the two aliases reach
catalog.Widget. Widget is defined here, so none of these lines is a reference (a
module's own uses of a name it defines are not references)."""


class Widget:
    @classmethod
    def create(cls):
        return cls()


# Aliases: exactly one bare-name target; the value is exactly a dotted name chain whose
# first name is defined at module level here, so they export Alias -> catalog.Widget and
# Factory -> catalog.Widget.create.
Alias = Widget
Factory = Widget.create
# Not aliases: a call, a subscript, an operator, parentheses, two targets, an annotated
# assignment, a tuple target, an augmented assignment, an assignment expression. Each
# exports nothing.
Called = Widget()
Subscripted = Widget[int]
Operated = Widget | None
Parenthesised = (Widget)
First = Second = Widget
Annotated: type = Widget
Left, Right = Widget, Widget
Augmented = 0
Augmented += Widget
(Walrus := Widget)
