"""A class and a function with the same name are duplicates of each other."""


class NotificationFactory:  # expect: DUP001@7
    pass


def make_cache_manager():
    return {}
