"""A tie (one file each): the first listed pattern, v2, is canonical."""
from tasks.v1 import enqueue  # expect: PAT003@22

enqueue("welcome-email")  # expect: PAT003@1
