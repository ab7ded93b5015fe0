"""Main entry point"""

import sys
if sys.argv[0].endswith("__main__.py"):
    import os.path
    # The usage line reads 'python -m unittest', not the file's name.
    executable = os.path.basename(sys.executable)
    sys.argv[0] = executable + " -m unittest"
    del os

__unittest = True

from .main import main

main(module=None)
