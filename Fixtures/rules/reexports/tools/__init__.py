"""A facade that keeps the banned package under another name: exports old -> legacy.sub."""
import legacy.sub as old  # expect: RX003@8 RX007@8


def legacy_support():
    return None
