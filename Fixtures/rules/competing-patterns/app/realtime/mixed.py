"""A file may use several patterns; only the non-canonical references are findings."""
from ws import factory, core
import ws.core as ws_core

primary = factory.get_manager("primary")
fallback = core.create_manager("fallback")  # expect: PAT001@12
spare = ws_core.create_manager(  # expect: PAT001@9
    "spare",
)
builder = ws_core.create_manager_builder()
