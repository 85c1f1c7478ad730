"""A throwaway PostgreSQL cluster for the register tests and the benchmark: real PostgreSQL, never a mock.

``initdb`` and ``pg_ctl`` from the Debian package ``postgresql`` build a cluster in a temporary
folder that listens only on a unix socket inside it. PostgreSQL refuses to run as root, so as
root (CI) the cluster runs as the unprivileged ``postgres`` user (or a system user made for it).
If it cannot start, :class:`PostgresUnavailable` says why: the tests fail, they never skip.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

ADMIN = "crv_admin"
_FALLBACK_USER = "casereview-pg"


class PostgresUnavailable(RuntimeError):
    pass


def _bin_dir() -> Path:
    chosen = os.environ.get("CASEREVIEW_PG_BIN")
    if chosen:
        return Path(chosen)
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("initdb")
    if on_path:
        return Path(on_path).parent
    raise PostgresUnavailable(
        "PostgreSQL is niet geïnstalleerd (geen initdb gevonden). Installeer het Debian-pakket 'postgresql' "
        "(bash installer/bootstrap.sh test doet dat als root) of zet CASEREVIEW_PG_BIN.")


def _run_as_user() -> str | None:
    """None when we are not root; else an unprivileged user to run postgres as."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", _FALLBACK_USER):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", _FALLBACK_USER],
                   check=True, capture_output=True)
    return _FALLBACK_USER


@dataclass
class Cluster:
    root: Path
    bin_dir: Path
    user: str | None

    @property
    def socket_dir(self) -> Path:
        return self.root / "sock"

    def url(self, database: str = "postgres", user: str = ADMIN) -> str:
        return f"postgresql+psycopg://{user}@/{database}?host={self.socket_dir}"

    def _cmd(self, *args: str) -> list[str]:
        return (["runuser", "-u", self.user, "--"] if self.user else []) + list(args)

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(self._cmd(*args), capture_output=True, text=True, timeout=120)

    def create_database(self, name: str) -> str:
        done = self.run(str(self.bin_dir / "createdb"), "-h", str(self.socket_dir), "-U", ADMIN, name)
        if done.returncode != 0:
            raise PostgresUnavailable(f"createdb {name} mislukte: {done.stderr.strip()}")
        return self.url(name)

    def stop(self) -> None:
        self.run(str(self.bin_dir / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


def start_cluster(*, durable: bool = False) -> Cluster:
    """Start the cluster; ``durable`` keeps fsync on (the benchmark), the tests run without it."""
    bin_dir = _bin_dir()
    user = _run_as_user()
    root = Path(tempfile.mkdtemp(prefix="crv-pg-"))
    (root / "sock").mkdir()
    if user:
        info = pwd.getpwnam(user)
        for path in (root, root / "sock"):
            os.chown(path, info.pw_uid, info.pw_gid)
    cluster = Cluster(root, bin_dir, user)
    steps = [
        [str(bin_dir / "initdb"), "-D", str(root / "data"), "-U", ADMIN, "-A", "trust", "-E", "UTF8",
         "--locale=C", "--no-sync"],
        [str(bin_dir / "pg_ctl"), "-D", str(root / "data"), "-l", str(root / "server.log"), "-w", "-t", "60",
         "-o", f"-k {root / 'sock'} -c listen_addresses=''{'' if durable else ' -F'} -c max_connections=40",
         "start"],
    ]
    for step in steps:
        done = cluster.run(*step)
        if done.returncode != 0:
            log = (root / "server.log").read_text(errors="replace")[-2000:] if (root / "server.log").exists() else ""
            cluster.stop()
            raise PostgresUnavailable(
                f"PostgreSQL kon niet starten ({Path(step[0]).name}): {done.stderr.strip() or done.stdout.strip()}"
                f"\n{log}")
    return cluster
