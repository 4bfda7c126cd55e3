"""queue is used by one file, bus by two: bus is canonical."""
from messaging import queue

queue.publish("order.created", {"id": 1})  # expect: PAT004@1
