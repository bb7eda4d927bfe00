"""What the extraction workers' forkserver sets up before it forks any worker.

Imported only by the forkserver (``reader.workers`` names it as a preload),
never by the main process. The forkserver hands its signal handlers as they
were before it started serving to every process it forks, so ignoring
Ctrl-C here means a worker ignores it from its first instruction; set in
the pool's initializer instead, a Ctrl-C while a worker was still starting
printed its KeyboardInterrupt traceback. The main process handles Ctrl-C
and stops the workers itself.
"""

import signal

signal.signal(signal.SIGINT, signal.SIG_IGN)
