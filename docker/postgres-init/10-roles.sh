#!/bin/bash
# Runs once, when the postgres container creates its data directory (docker-entrypoint-initdb.d).
# Creates the two roles Tellerline connects as (the owner runs the migrations and owns every table; the
# application may only INSERT and SELECT the audit log, grants in db-migrations/) and Keycloak's database.
# Passwords come from the environment that compose fills from docker/.env; none is written here.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$TELLERLINE_DB_OWNER_PASSWORD" \
  -v app_password="$TELLERLINE_DB_APP_PASSWORD" \
  -v keycloak_password="$KEYCLOAK_DB_PASSWORD" <<'SQL'
create role tellerline_owner login nosuperuser nocreatedb nocreaterole password :'owner_password';
create role tellerline_app login nosuperuser nocreatedb nocreaterole password :'app_password';
create database tellerline owner tellerline_owner;
create role keycloak login nosuperuser nocreatedb nocreaterole password :'keycloak_password';
create database keycloak owner keycloak;
SQL
