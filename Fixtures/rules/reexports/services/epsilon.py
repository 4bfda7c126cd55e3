"""Uses the factory pattern through a chain on the facade: realtime.get_manager."""
import realtime

manager = realtime.get_manager()
