"""Netra auth service: login, JWTs and sessions."""
