"""A star import of a module whose names come from star imports (star of star). stars
has no `__all__`, so this exports stars' public names: those it exports by its own star
imports, except the ones that start with `_`."""
from stars import *

# A star import binds nothing: ListShown is not bound here, and it is neither defined
# nor aliased at module level here, so this alias exports nothing, and the use of
# ListShown is not a reference.
Picked = ListShown
