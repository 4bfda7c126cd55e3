"""A removed package: every import of it is reported (BAN004)."""
