"""Module re-exports: `import a.b` exports a -> a, `import a.b as c` exports c -> a.b,
and `from pkg import impl` exports impl -> pkg.impl. None of these lines reaches the
banned class: the modules are not the class."""
import pkg.impl
import pkg.impl as backend
from pkg import impl
