"""A path reached in 16 steps from P is in the resolution set but is not followed
further."""
# hops.Hop16 -> hops.Hop15 (step 1) -> ... -> hops.Hop1 (step 15) -> hops.Target
# (step 16): hops.Target is in the set.
from hops import Hop16  # expect: RX001@18
# hops.Hop17 -> ... -> hops.Hop1 (step 16): in the set, not followed, so hops.Target
# (step 17) is not reached.
from hops import Hop17

sixteen = Hop16()  # expect: RX001@11
seventeen = Hop17()
