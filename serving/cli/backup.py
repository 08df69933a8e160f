"""`reallabor backup` (of the running gateway) and `reallabor restore` (into a fresh data dir)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import click

from serving.backup import restore_into
from serving.backup_archive import BackupInvalid, load_or_create_key, open_archive
from serving.cli.common import client, emit, json_option, load_settings


def register(cli: click.Group) -> None:
    """Add the `backup` and `restore` commands."""

    @cli.command()
    @click.option("--out", "out_dir", type=click.Path(path_type=Path), required=True)
    @click.option(
        "--key-file",
        type=click.Path(path_type=Path),
        required=True,
        help="The backup key (created if missing): keep it apart from the backups.",
    )
    @json_option
    def backup(out_dir: Path, key_file: Path, as_json: bool) -> None:
        """An encrypted, consistent backup of the running installation into OUT."""
        body = {"out_dir": str(out_dir.resolve()), "key_file": str(key_file.resolve())}
        data = client().call("POST", "/admin/backup", json=body)
        emit(data, as_json, f"backup written: {data['archive']} ({data['bytes']} bytes)")

    @cli.command()
    @click.argument("archive", type=click.Path(exists=True, dir_okay=False, path_type=Path))
    @click.option("--key-file", type=click.Path(exists=True, path_type=Path), required=True)
    @click.option("--force", is_flag=True, help="Replace an installation in the data dir.")
    @json_option
    def restore(archive: Path, key_file: Path, force: bool, as_json: bool) -> None:
        """Restore ARCHIVE into REALLABOR_DATA_DIR (the gateway must be stopped)."""
        data_dir = load_settings().data_dir.resolve()
        data_dir.parent.mkdir(parents=True, exist_ok=True)
        unpacked = Path(tempfile.mkdtemp(prefix=".restore-", dir=data_dir.parent))
        try:
            open_archive(archive, load_or_create_key(key_file), unpacked)
            result = restore_into(unpacked, data_dir, force=force)
        except BackupInvalid as exc:
            raise click.ClickException(str(exc)) from exc
        finally:
            shutil.rmtree(unpacked, ignore_errors=True)
        emit(result, as_json, f"restored into {result['data_dir']}")
