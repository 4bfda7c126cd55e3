"""Configuration, logging and errors of the backend."""
