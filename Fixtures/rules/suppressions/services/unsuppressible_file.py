# ssotlint: ignore-file[BAN003]  # expect: forbidden-suppression
"""`ignore-file` cannot suppress a `suppressible: false` rule either."""
import pickle

state = pickle.loads(b"")  # expect: BAN003@9
