"""tests/ is outside DUP001's scope: these definitions neither count nor are reported."""


def make_cache_manager():
    return {}


def create_session_factory(engine):
    return engine
