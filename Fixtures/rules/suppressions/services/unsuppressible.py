"""BAN003 is `suppressible: false`: a comment naming it is reported and its findings
stay; the other rules it names are still suppressed."""
import os
import pickle

state = pickle.loads(b"")  # ssotlint: ignore[BAN003]  # expect: BAN003@9 forbidden-suppression
cache = pickle.loads(b"")  # expect: BAN003@9
mixed = pickle.loads(os.environ["STATE"].encode())  # ssotlint: ignore[BAN001, BAN003]  # expect: BAN003@9 forbidden-suppression  # expect-suppressed: BAN001@22
home = os.environ["HOME"]  # ssotlint: ignore[BAN001]  # expect-suppressed: BAN001@8
