# SPDX-License-Identifier: GPL-3.0-or-later
"""A real, temporary PostgreSQL 15 cluster for the hub tests: created with initdb in a temporary
folder, listening on loopback only, run as an ordinary user (the `postgres` account when the tests
run as root, as PostgreSQL refuses root). Persons log in over TCP with passwords (scram-sha-256);
the administrator over the cluster's own Unix socket."""
import os
import shutil
import socket
import subprocess
import tempfile
import time

ADMIN = "hub_admin"


def pg_bindir():
    for candidate in ("/usr/lib/postgresql/15/bin",):
        if os.path.exists(os.path.join(candidate, "initdb")):
            return candidate
    out = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, check=True).stdout.strip()
    return out


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Cluster:
    def __init__(self):
        self.bindir = pg_bindir()
        self.root = tempfile.mkdtemp(prefix="ziwb-pg-")
        os.chmod(self.root, 0o755)
        self.data = os.path.join(self.root, "data")
        self.socket_dir = os.path.join(self.root, "socket")
        os.mkdir(self.socket_dir)
        self.port = free_port()
        self.as_user = []
        if os.geteuid() == 0:
            self.as_user = ["runuser", "-u", "postgres", "--"]
            shutil.chown(self.root, "postgres")
            shutil.chown(self.socket_dir, "postgres")
        self.pg(["initdb", "-D", self.data, "-U", ADMIN, "--auth-local=trust", "--auth-host=scram-sha-256",
                 "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"])
        with open(os.path.join(self.root, "extra.conf"), "w", encoding="utf-8") as conf:
            conf.write(f"listen_addresses = '127.0.0.1'\nport = {self.port}\n"
                       f"unix_socket_directories = '{self.socket_dir}'\nfsync = off\n"
                       "max_connections = 200\nlog_min_messages = warning\n")
        self.pg(["sh", "-c", f"cat {self.root}/extra.conf >> {self.data}/postgresql.conf"])
        self.module = os.path.join(self.root, "ziwb_hub.so")
        shutil.copyfile(os.environ["ZIWB_HUB_MODULE"], self.module)
        os.chmod(self.module, 0o755)
        self.start()

    def pg(self, args, check=True):
        program = args[0] if args[0] == "sh" else os.path.join(self.bindir, args[0])
        return subprocess.run(self.as_user + [program, *args[1:]], capture_output=True, text=True, check=check,
                              timeout=120)

    def start(self):
        self.pg(["pg_ctl", "-D", self.data, "-l", os.path.join(self.root, "server.log"), "-w", "start"])

    def stop(self, mode="fast"):
        self.pg(["pg_ctl", "-D", self.data, "-m", mode, "-w", "stop"], check=False)

    def restart(self):
        self.pg(["pg_ctl", "-D", self.data, "-l", os.path.join(self.root, "server.log"), "-m", "fast", "-w",
                 "restart"])

    def close(self):
        self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)

    def admin_address(self, database):
        return f"host={self.socket_dir} port={self.port} dbname={database} user={ADMIN}"

    def person_address(self, database, role):
        return f"postgresql://{role}@127.0.0.1:{self.port}/{database}"

    def psql(self, database, sql, role=None, password=None, check=True):
        """Runs SQL as the administrator, or as `role` over TCP with its password. Returns the
        CompletedProcess; stdout holds unaligned rows separated by '|'."""
        env = dict(os.environ)
        if role:
            env["PGPASSWORD"] = password
            target = ["-h", "127.0.0.1", "-U", role]
        else:
            target = ["-h", self.socket_dir, "-U", ADMIN]
        result = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-p", str(self.port),
                                 *target, "-d", database, "-f", "-"], input=sql, capture_output=True, text=True,
                                env=env, timeout=120)
        if check and result.returncode != 0:
            raise AssertionError(f"psql failed: {sql}\n{result.stderr}")
        return result

    def create_database(self, name):
        self.psql("postgres", f"CREATE DATABASE {name}")
        return name
