"""Command line: one click group; each subcommand lives in its own module, imported on use."""

from __future__ import annotations

import importlib
import importlib.util

import click

from .errors import MappedGroup, run_standalone

# name -> "module:attribute"; a module that does not exist yet is simply not listed
COMMANDS = {
    "gentree": "backports.cli.gentree:gentree",
    "ckmake": "backports.cli.ckmake:ckmake",
    "kernels": "backports.cli.kernels:kernels",
    "rule": "backports.cli.rule:rule",
    "boottest": "backports.cli.boottest:boottest",
    "package": "backports.cli.package:package",
    "report": "backports.cli.report:report",
    "stats": "backports.cli.stats:stats",
}


class LazyGroup(MappedGroup):
    def list_commands(self, ctx):
        return sorted(n for n, target in COMMANDS.items()
                      if importlib.util.find_spec(target.split(":")[0]) is not None)

    def get_command(self, ctx, name):
        target = COMMANDS.get(name)
        if target is None or name not in self.list_commands(ctx):
            return None
        module, attr = target.split(":")
        return getattr(importlib.import_module(module), attr)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="linux-backports")
def cli():
    """linux-backports: backport Linux drivers from a new kernel to older ones."""


def main():
    run_standalone(cli, "backports")


def _one(name: str):
    module, attr = COMMANDS[name].split(":")
    run_standalone(getattr(importlib.import_module(module), attr), name)


def gentree_main():
    _one("gentree")


def ckmake_main():
    _one("ckmake")
