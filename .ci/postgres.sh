#!/usr/bin/env bash
# Sets up the PostgreSQL server the insights tests use: installs Debian's postgresql if it
# is missing, starts a cluster listening on 127.0.0.1:5432, and creates the role and the
# database the tests expect (user unilogin, password unilogin, database unilogin_test).
# Safe to run again. Needs root (apt-get, pg_ctlcluster). The tests read the address from
# INSIGHTS_TEST_PG_URL / _USER / _PASSWORD and skip when nothing answers.
set -euo pipefail

PG_USER=unilogin
PG_PASSWORD=unilogin
PG_DB=unilogin_test

if ! command -v pg_ctlcluster >/dev/null || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  apt-get -o DPkg::Lock::Timeout=600 update -q
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -q postgresql >/dev/null
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -qx "$version main"; then
  pg_createcluster "$version" main -- --auth-local=peer --auth-host=scram-sha-256 >/dev/null
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -qx online; then
  pg_ctlcluster "$version" main start
fi

for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p 5432 && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p 5432

su postgres -c "psql -q -v ON_ERROR_STOP=1 -d postgres" <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_USER') THEN
    CREATE ROLE $PG_USER LOGIN PASSWORD '$PG_PASSWORD';
  END IF;
END
\$\$;
SQL
if ! su postgres -c "psql -tAq -d postgres -c \"SELECT 1 FROM pg_database WHERE datname = '$PG_DB'\"" | grep -q 1; then
  su postgres -c "createdb -O $PG_USER $PG_DB"
fi
echo "PostgreSQL $version ready: jdbc:postgresql://127.0.0.1:5432/$PG_DB (user $PG_USER)"
