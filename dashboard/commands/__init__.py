"""The ``conflictmap`` commands, by what they work on; each module's commands are added to the one
``click`` group in ``dashboard/cli.py`` (``cli.add_command``).  ``context`` holds what they share:
the settings and store of the command line, dates, the analyser and one-line errors."""
