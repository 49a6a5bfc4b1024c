#!/bin/bash
# Starts the broker of the artemis StatefulSet.
#
# The instance directory is on the pod's volume so that the journal (data/) survives restarts.
# Its etc/ is rebuilt on every start: `artemis create --force` rewrites the configuration (and
# the hashed user file, from the vigil-amqp Secret) but leaves data/ alone, then broker.xml is
# replaced by the one from the artemis-broker ConfigMap. A changed password or topology thus
# takes effect on the next rollout, and nothing on the volume is configuration of its own.
set -euo pipefail

instance=/var/lib/artemis-instance

/opt/activemq-artemis/bin/artemis create "$instance" \
  --silent --force \
  --user "$ARTEMIS_USER" --password "$ARTEMIS_PASSWORD" --role vigil --require-login \
  --no-web --no-autotune \
  --no-amqp-acceptor --no-hornetq-acceptor --no-mqtt-acceptor --no-stomp-acceptor \
  --java-memory "${ARTEMIS_JAVA_MEMORY:-512M}"

cp /etc/vigil/artemis/broker.xml "$instance/etc/broker.xml"

exec "$instance/bin/artemis" run
