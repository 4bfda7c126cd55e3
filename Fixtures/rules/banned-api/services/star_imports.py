"""`from M import *` references M itself, at the first token of its module path."""
from cgi import *  # expect: BAN004@6
from cgi.utils import *  # expect: BAN004@6
from cgitb import *
from . legacy import *  # expect: BAN004@6
from .legacy.readers import *  # expect: BAN004@6
from .payments import *
import cgi  # expect: BAN004@8
# from cgi import * in a comment is not a reference
text = "from cgi import *"
