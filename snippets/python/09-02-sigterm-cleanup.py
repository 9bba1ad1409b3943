# snipcheck: exit = 143
"""The Unix seed example: clean up on SIGTERM instead of dying at once.

The handler only records the signal; the main code notices it and does the
real work (printing, cleanup), as in the C version.
"""

import signal
import sys

got_signal = None


def on_signal(signum, frame):
    # Only record the signal: the handler interrupts whatever main was doing.
    global got_signal
    got_signal = signum


def cleanup():
    print("cleanup: removing temporary files")


signal.signal(signal.SIGTERM, on_signal)  # register the callback

for step in (1, 2, 3):
    if got_signal:
        break
    print(f"working: step {step}")
    if step == 2:
        # The program signals itself: no race with another process.
        signal.raise_signal(signal.SIGTERM)

if got_signal:
    print(f"main: the flag says {signal.Signals(got_signal).name} arrived")
    cleanup()
    sys.exit(128 + got_signal)  # as bash reports a process killed by it
