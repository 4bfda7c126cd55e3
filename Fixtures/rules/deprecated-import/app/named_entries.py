"""With `names`, only `from M import n` for a listed n matches, at each listed name."""
from shared.old_utils import load  # expect: DEP001@30
from shared.old_utils import load, other  # expect: DEP001@30
from shared.old_utils import dump, save as save_state  # expect: DEP001@36
from shared.old_utils import load, save  # expect: DEP001@30 DEP001@36
from shared.old_utils import (
    load,  # expect: DEP001@5
    dump,
    save as save_state,  # expect: DEP001@5
)

# Other names, star imports, the module itself and attribute use do not match.
from shared.old_utils import dump
from shared.old_utils import *
from shared import old_utils
import shared.old_utils
import shared.old_utils as old_utils
data = old_utils.load("state.json")
from shared.old_utils.load import anything
from shared.utils import load, save
