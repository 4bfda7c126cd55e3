"""RX002 looks at comments only."""
# TODO: move the retry policy to settings  # expect: RX002@3
RETRIES = 3  # FIXME and TODO: both are findings  # expect: RX002@16 RX002@26
TODO_LIMIT = 10
NOTE = "TODO: a string, not a comment"
HASHED = "# TODO inside a string"  # TODO: the real one  # expect: RX002@38
WIDTH = f"{TODO_LIMIT}-TODO"


def retry():
    """TODO in a docstring is a string."""
    return [
        1,  # FIXME inside brackets  # expect: RX002@15
    ]
