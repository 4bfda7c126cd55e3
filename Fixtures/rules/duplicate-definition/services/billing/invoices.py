"""A name defined in two files, neither canonical: every definition is a finding,
two in this file. Definitions under `try`/`except` count."""
try:
    from fastinvoice import get_invoice_manager
except ImportError:
    def get_invoice_manager():  # expect: DUP001@9
        return None

if __debug__:
    def get_invoice_manager():  # expect: DUP001@9
        return None


def get_retry_manager():
    return None


def get_retry_manager():
    return "defined twice, but in this file only"
