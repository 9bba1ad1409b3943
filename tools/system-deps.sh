#!/usr/bin/env bash
# Check the system toolchains the project needs (gcc, clang, musl-gcc, PyPy, Chromium, bubblewrap, and a Node.js 20+
# that runs npm) and, when running as root on Debian or Ubuntu, install what is missing with apt. Anywhere else,
# name the package. The JavaScript runtimes that run snippets (Node.js 22, 24, 26, Bun, Deno) come from npm,
# pinned in package.json (`make node`).
set -euo pipefail

missing=()
command -v gcc >/dev/null 2>&1 || missing+=(gcc)
command -v clang >/dev/null 2>&1 || missing+=(clang)         # the C matrix: a second compiler
command -v musl-gcc >/dev/null 2>&1 || missing+=(musl-tools) # and a second C library
command -v pypy3 >/dev/null 2>&1 || missing+=(pypy3)         # a second Python implementation
if ! command -v node >/dev/null 2>&1; then
  missing+=(nodejs)
elif [ "$(node -p 'process.versions.node.split(".")[0]')" -lt 20 ]; then
  echo "system-deps: Node.js 20 or later is needed to run npm, found $(node --version)" >&2
  exit 1
fi
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v bwrap >/dev/null 2>&1 || missing+=(bubblewrap)  # every snippet runs in a sandbox
command -v npm >/dev/null 2>&1 || missing+=(npm)

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "system-deps: installing ${missing[*]} with apt-get" >&2
  apt-get update -qq -o DPkg::Lock::Timeout=600
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=600 "${missing[@]}" >/dev/null
  exit 0
fi
echo "system-deps: missing ${missing[*]}; install with: sudo apt-get install ${missing[*]}" >&2
echo "  (on Ubuntu the browser package is chromium-browser; Node.js 20+ may need NodeSource)" >&2
exit 1
