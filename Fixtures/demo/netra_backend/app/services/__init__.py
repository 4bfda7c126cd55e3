"""Business services of the backend."""
