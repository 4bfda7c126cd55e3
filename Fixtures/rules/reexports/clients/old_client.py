"""Banning a module bans star imports of it and of its submodules: `from M import *`
references M, reported at the first token of its module path."""
from legacy import *  # expect: RX003@6
from legacy.sub import *  # expect: RX003@6 RX007@6
from  legacy import *  # expect: RX003@7
import legacy.sub  # expect: RX003@8 RX007@8
from legacy import sub  # expect: RX003@20 RX007@20
# legacy.helper starts with the banned path: a direct match.
from legacy import helper  # expect: RX003@20
# Look-alikes: not legacy and not below it.
from legacy_tools import *
from tools import legacy_support
