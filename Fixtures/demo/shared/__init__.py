"""Code shared by every service of the Netra monorepo.

Only small, dependency-free building blocks live here: the isolated environment
accessor, the Redis factory and the enums that cross service boundaries.
"""
