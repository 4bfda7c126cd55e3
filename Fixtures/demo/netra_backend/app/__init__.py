"""The backend application package."""

__version__ = "1.8.0"
