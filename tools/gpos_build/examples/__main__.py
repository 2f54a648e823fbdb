"""``python -m gpos_build.examples [--check] [--coverage]`` (run from ``tools/``)."""

import sys

from . import main

sys.exit(main())
