"""The direct pattern's API (RX005 and RX006)."""


def create_manager():
    return None
