"""DEP002 lists `billing.gateway: [charge]` before `billing`. The first entry that
matches a statement decides its findings."""
from billing.gateway import charge  # expect: DEP002@29
from billing.gateway import charge, refund  # expect: DEP002@29
from billing.gateway import refund  # expect: DEP002@6
from billing.gateway import (  # expect: DEP002@6
    refund,
    void,
)
from billing import gateway  # expect: DEP002@6
import billing.gateway  # expect: DEP002@8
import billing  # expect: DEP002@8
from payments.gateway import charge
