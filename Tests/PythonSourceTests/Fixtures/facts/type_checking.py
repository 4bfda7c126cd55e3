from typing import TYPE_CHECKING as TC
import typing as t, typing_extensions
if TC:
    import a
    def f(): pass
    class K: pass
    ref1
    if x:
        ref2
else:
    ref3
if t.TYPE_CHECKING: import b; ref4
elif TC:
    ref5
if typing_extensions.TYPE_CHECKING:
    ref6
if not TC:
    ref7
if TC and x:
    ref8
def outer():
    if TC:
        ref9
    ref10
ref11
if (TC):
    ref12
if ((t.TYPE_CHECKING)):
    ref13
if (t).TYPE_CHECKING:
    ref14
