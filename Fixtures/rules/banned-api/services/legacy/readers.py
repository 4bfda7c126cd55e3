def read():
    return None
