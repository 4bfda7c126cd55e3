"""`async def` and a definition under `with` at module level count."""
from contextlib import suppress

with suppress(ImportError):
    async def get_invoice_manager():  # expect: DUP001@15
        return None


def make_session_manager_for_tests():
    return None
