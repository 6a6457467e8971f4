"""Plug-in subcommands of the command line (see cli._plugin_commands)."""
