"""A suppressed reference still counts as a use of its pattern."""
from messaging.bus import emit  # ssotlint: ignore[PAT004] -- migrating with payments

emit("refund.issued", {"id": 3})  # ssotlint: ignore[PAT004] -- migrating with payments
