# snipcheck: exit = 143
"""The Unix seed example: a cleanup function registered for SIGTERM instead of dying at once."""

import signal
import sys


def cleanup(signum, frame):
    # Python runs this in the main thread, between bytecodes. Printing here is safe only because
    # the program signals itself at a point where it is not printing (see "what it may do").
    print(f"cleanup: got {signal.Signals(signum).name}, removing temporary files")
    # Exit as a killed process would be reported by a shell: 128 + signal number.
    sys.exit(128 + signum)


signal.signal(signal.SIGTERM, cleanup)  # register the callback for this signal

for step in (1, 2, 3):
    print(f"working: step {step}")
    if step == 2:
        # The program signals itself, so the delivery point is fixed: no race, no sleep.
        signal.raise_signal(signal.SIGTERM)
