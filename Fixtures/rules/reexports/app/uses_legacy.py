"""The banned package reached through re-exports."""
# clients.old_client.legacy -> legacy (`import legacy.sub` exports legacy -> legacy).
from clients.old_client import legacy  # expect: RX003@32
# clients.old_client.helper -> legacy.helper and legacy.sub.helper (its import and its
# star imports).
from clients.old_client import helper  # expect: RX003@32
# tools.old -> legacy.sub.
from tools import old  # expect: RX003@19
# A star import's reference is resolved like any other: tools.old -> legacy.sub. It is
# not an import of the deprecated module legacy.sub for RX007, which does not follow
# re-exports (nor is `from tools import old` above).
from tools.old import *  # expect: RX003@6
helped = old.helper()  # expect: RX003@10
# tools.legacy_support is defined in tools: not the banned package.
from tools import legacy_support
