"""The canonical factories: definitions here are never findings."""


def create_session_factory(engine):
    return engine


class WebSocketManager:
    def create_socket_manager(self):
        return self
