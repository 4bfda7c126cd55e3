# ssotlint: ignore-file[BAN001]  # expect: suppression-without-reason
import os

HOME = os.environ["HOME"]  # expect: BAN001@8
