"""Imports, re-exports, assignments, methods, nested definitions and text in
strings are not module-level definitions.

def create_session_factory(): ...
class WebSocketManager: ...
"""
from shared.factories.sessions import WebSocketManager, create_session_factory

__all__ = ["WebSocketManager", "create_session_factory"]

SocketManager = WebSocketManager
get_session_manager = create_session_factory
# class NotificationFactory: ...
TEMPLATE = "def make_session_manager_for_tests(): pass"


class Hub:
    class NotificationFactory:
        pass

    def create_session_factory(self):
        def get_invoice_manager():
            return None

        return get_invoice_manager


def connect():
    class WebSocketManager:
        pass

    return WebSocketManager
