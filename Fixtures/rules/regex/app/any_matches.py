"""RX004 matches in code, comments and strings alike."""
SECRET_KEY = "x"  # expect: RX004@1
# rotate SECRET_TOKEN monthly  # expect: RX004@10
HEADER = "X-SECRET_SALT"  # expect: RX004@13
PEPPER = f"{SECRET_KEY}-pepper"  # expect: RX004@13
PAIR = SECRET_KEY, SECRET_KEY  # expect: RX004@8 RX004@20
secret_key = "lower case does not match"
SECRET_1 = "a digit does not match"
