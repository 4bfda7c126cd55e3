café = 1
print(café)
ｍｅｔｈｏｄ = ｏｓ.ｐａｔｈ
x = 1
if x:
	pass
