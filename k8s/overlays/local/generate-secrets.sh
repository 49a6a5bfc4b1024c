#!/bin/bash
# Writes secrets/<name>.env for the local overlay from each secrets/<name>.env.example: values
# given in the example are kept, empty ones get 32 random characters. An existing .env is never
# overwritten: PostgreSQL took its passwords when it first initialised its volume.
# The .env files are git-ignored (secrets/.gitignore); never commit them.
set -euo pipefail
cd "$(dirname "$0")/secrets"
umask 077

random_value() {
  LC_ALL=C tr -dc 'A-Za-z0-9' </dev/urandom | head -c 32
}

for example in *.env.example; do
  target="${example%.example}"
  if [ -e "$target" ]; then
    echo "kept      secrets/$target"
    continue
  fi
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in
      '#'* | '') printf '%s\n' "$line" ;;
      *=) printf '%s%s\n' "$line" "$(random_value)" ;;
      *) printf '%s\n' "$line" ;;
    esac
  done <"$example" >"$target"
  echo "generated secrets/$target"
done
