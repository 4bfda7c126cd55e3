# ssotlint: ignore-file[BAN001] -- this module loads the settings
import os

HOME = os.environ["HOME"]  # expect-suppressed: BAN001@8
USER = os.getenv("USER")  # expect-suppressed: BAN001@8
