"""Seventeen aliases in a row. hops.Target is banned (RX001 and RX002). Each HopK is an
alias of a name aliased (or, for Hop1, defined) at module level here, so hops exports
HopK -> hops.Hop(K-1), and Hop1 -> hops.Target."""


class Target:
    pass


Hop1 = Target
Hop2 = Hop1
Hop3 = Hop2
Hop4 = Hop3
Hop5 = Hop4
Hop6 = Hop5
Hop7 = Hop6
Hop8 = Hop7
Hop9 = Hop8
Hop10 = Hop9
Hop11 = Hop10
Hop12 = Hop11
Hop13 = Hop12
Hop14 = Hop13
Hop15 = Hop14
Hop16 = Hop15
Hop17 = Hop16
