#!/bin/bash
# Creates one database and one login role per service (and one for Keycloak). The postgres
# image runs the scripts in /docker-entrypoint-initdb.d only when it initialises an empty data
# directory, so this runs once per volume; later password changes are made with ALTER ROLE
# (k8s/README.md). Names and passwords come from the vigil-db-* and keycloak-db Secrets through
# the container's environment; psql variables quote them, so no value is spliced into SQL.
set -euo pipefail

create_database() {
  local database="$1" role="$2" password="$3"
  psql --no-psqlrc --set ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    --set db="$database" --set role="$role" --set pw="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'pw';
CREATE DATABASE :"db" OWNER :"role" ENCODING 'UTF8';
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
SQL
}

create_database vigil_events "$VIGIL_EVENTS_DB_USER" "$VIGIL_EVENTS_DB_PASSWORD"
create_database vigil_sources "$VIGIL_SOURCES_DB_USER" "$VIGIL_SOURCES_DB_PASSWORD"
create_database vigil_moderation "$VIGIL_MODERATION_DB_USER" "$VIGIL_MODERATION_DB_PASSWORD"
create_database keycloak "$KEYCLOAK_DB_USER" "$KEYCLOAK_DB_PASSWORD"
