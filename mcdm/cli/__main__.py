"""``python -m mcdm.cli``."""

import sys

from mcdm.cli import main

sys.exit(main())
