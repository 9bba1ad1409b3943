"""Without a handler, SIGTERM ends a process at once: the code after the signal never runs."""

import signal
import subprocess
import sys

# The child signals itself, so the moment of delivery is fixed (no race with another process).
CHILD = """
import atexit, signal
atexit.register(print, "child: exit handler")  # registered, but never called
print("child: working", flush=True)  # flush now: a killed process does not flush stdio
signal.raise_signal(signal.SIGTERM)
print("child: cleaning up")
"""

result = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True)
print(result.stdout, end="")
# subprocess reports "killed by signal N" as the negative number -N.
print(f"parent: child ended by {signal.Signals(-result.returncode).name}")
