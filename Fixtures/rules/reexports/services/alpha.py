"""Uses the direct pattern by its own path. Counts (RX005 follows re-exports): direct 2
files (alpha, delta), factory 3 files (beta, gamma, epsilon), so factory is canonical
and every reference to direct is an RX005 finding. Counts without following (RX006):
direct 1 (alpha), factory 1 (beta), a tie, so direct (the first listed) is canonical
and every reference to factory is an RX006 finding."""
from realtime.direct import create_manager  # expect: RX005@29

manager = create_manager()  # expect: RX005@11
