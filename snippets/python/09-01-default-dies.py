"""Without a handler, SIGTERM ends a process at once.

The code after the signal never runs, and neither do the exit handlers.
"""

import signal
import subprocess
import sys

# The child signals itself, so no other process races with it.
CHILD = """
import atexit, signal
atexit.register(print, "child: exit handler")  # registered, never called
# flush now: a killed process does not flush stdio
print("child: working", flush=True)
signal.raise_signal(signal.SIGTERM)
print("child: cleaning up")
"""

result = subprocess.run([sys.executable, "-c", CHILD],
                        capture_output=True, text=True)
print(result.stdout, end="")
# subprocess reports "killed by signal N" as the negative number -N.
print(f"parent: child ended by {signal.Signals(-result.returncode).name}")
