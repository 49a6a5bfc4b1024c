package org.vigil.benchmark;

import java.nio.file.Path;

/**
 * A packaged gateway to start: this tree's, or a baseline ({@code BENCH_GATEWAY_BASELINE}, a copy of
 * an earlier build's {@code gateway/target/quarkus-app}) run beside it on the next ports, so a change
 * is compared with what it replaced in the same interleaved rounds, on the same load.
 */
record GatewayJar(String name, Path jar, int port, int managementPort) {

    /** How far the baseline's ports are from this tree's gateway's. */
    static final int BASELINE_PORT_OFFSET = 5;

    static GatewayJar current(Path root, int port, int managementPort) {
        return new GatewayJar(
                "gateway", root.resolve("gateway/target/quarkus-app/quarkus-run.jar"), port, managementPort);
    }

    static GatewayJar baseline(Path quarkusApp, int port, int managementPort) {
        return new GatewayJar(
                Throughput.BASELINE,
                quarkusApp.resolve("quarkus-run.jar"),
                port + BASELINE_PORT_OFFSET,
                managementPort + BASELINE_PORT_OFFSET);
    }
}
