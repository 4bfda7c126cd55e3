"""A star import of a module that is not a project module exports nothing: vendored/ is
excluded from the analysis, and fastws is not in the tree."""
from vendored.facade import *
from fastws import *
