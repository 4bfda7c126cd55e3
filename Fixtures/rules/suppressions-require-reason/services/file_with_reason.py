# ssotlint: ignore-file[BAN001] -- this module loads the settings
import os

HOME = os.environ["HOME"]
USER = os.getenv("USER")
