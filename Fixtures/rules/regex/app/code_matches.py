"""RX001 and RX005 look at code: the same text in comments and strings is not matched."""
import builtins
import logging

print("starting")  # expect: RX001@1
value = 3; print(value); print(value * 2)  # expect: RX001@12 RX001@26
builtins.print("matched as text, whatever it resolves to")  # expect: RX001@10
breakpoint()  # expect: RX005@1
log = logging.getLogger(__name__)
log.info("print(%s)", value)
# print("commented out"); breakpoint()
MESSAGE = 'call print("x") or breakpoint() to debug'
reprinted = f"{print('inside a replacement field')}"  # expect: RX001@16
literal = f"print(x) is {value}"
HELP = """
print("in a triple-quoted string")
"""


def show():
	print("indented with a tab, which is one column")  # expect: RX001@2


label = "naïve café"; print(label)  # expect: RX001@23
rocket = "🚀 launch"; print(rocket)  # expect: RX001@22
