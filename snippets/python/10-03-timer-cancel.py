"""threading.Timer calls a function on its own thread after a delay,
unless it is cancelled first."""

import threading

fired = []

slow = threading.Timer(60.0, fired.append, args=["slow"])  # in a minute
fast = threading.Timer(0.01, fired.append, args=["fast"])
slow.start()
fast.start()

slow.cancel()  # before it fires: its function is never called
slow.join()  # returns at once: the cancelled timer's thread ends
fast.join()  # waits until the fast timer has fired

print(f"fired: {fired}")
print(f"slow cancelled, thread alive: {slow.is_alive()}")
