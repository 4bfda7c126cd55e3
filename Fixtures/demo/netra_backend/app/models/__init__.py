"""Domain models of the backend."""
from netra_backend.app.models.message import Message
from netra_backend.app.models.thread import Thread, ThreadStatus

__all__ = ["Message", "Thread", "ThreadStatus"]
