"""A second definition of a canonical factory."""


def create_session_factory(engine):  # expect: DUP001@5
    return engine


def make_session_manager_for_tests():
    return None
