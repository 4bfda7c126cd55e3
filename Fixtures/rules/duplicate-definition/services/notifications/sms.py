def NotificationFactory():  # expect: DUP001@5
    return None
