from tasks.v2 import enqueue

enqueue("notify", priority=1)
