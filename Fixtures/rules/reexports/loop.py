"""Two aliases of each other: loop.Ping -> loop.Pong -> loop.Ping, met before, so
resolution stops (and terminates)."""
Ping = Pong
Pong = Ping
