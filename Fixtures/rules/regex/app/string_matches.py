"""RX003 looks at strings, including the literal parts of f-strings."""
host = "example.com"
base = "example.org"
DOCS = "https://docs.example.com"  # expect: RX003@9
MIRROR = 'http://mirror.example.com'  # expect: RX003@11
RAW = rb"https://bytes.example.com"  # expect: RX003@10
PAIR = ("http://a.example.com", "http://b.example.com")  # expect: RX003@10 RX003@34
ENDPOINT = f"https://{host}/api"  # expect: RX003@14
NESTED = f"{base + 'https://nested.example.com'}"  # expect: RX003@21
# https://in.a.comment.example.com is a comment
SCHEME_ONLY = f"{'https'}://{host}"
https = None
