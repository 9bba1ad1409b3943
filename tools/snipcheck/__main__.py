"""`python -m tools.snipcheck`: verify snippets and the pages that show their output."""

import sys

from .cli import main

sys.exit(main())
