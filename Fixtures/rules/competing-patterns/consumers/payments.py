from messaging import bus

bus.emit("payment.captured", {"id": 2})
