package org.vigil.benchmark;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's nginx as the reverse proxy the gateway is measured against: {@code proxy_pass} to the
 * same events-service with upstream keep-alive, no access log, one worker per core, adding the
 * service token for every request as the gateway does for anonymous reads. Configuration, logs
 * and temporary files under {@code directory}; stopped (SIGTERM, nginx's fast shutdown) on close.
 */
final class Nginx implements AutoCloseable {

    private final Process process;
    private final int port;

    private Nginx(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static Nginx start(Path directory, int port, URI service, String token) throws IOException, InterruptedException {
        Files.createDirectories(directory.resolve("temp"));
        Path conf = directory.resolve("nginx.conf");
        Files.writeString(
                conf, """
                # written by the benchmark (Throughput): nginx proxy_pass as a fair reverse proxy would be set up
                worker_processes auto;
                error_log %1$s/error.log warn;
                pid %1$s/nginx.pid;
                events { worker_connections 4096; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/temp/body;
                    proxy_temp_path %1$s/temp/proxy;
                    fastcgi_temp_path %1$s/temp/fastcgi;
                    uwsgi_temp_path %1$s/temp/uwsgi;
                    scgi_temp_path %1$s/temp/scgi;
                    upstream events {
                        server %2$s:%3$d;
                        keepalive 64;
                    }
                    server {
                        listen 127.0.0.1:%4$d;
                        location / {
                            proxy_pass http://events;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                            proxy_set_header Authorization "Bearer %5$s";
                        }
                    }
                }
                """.formatted(directory.toAbsolutePath(), service.getHost(), service.getPort(), port, token));
        Process process = new ProcessBuilder(
                        "nginx",
                        "-p",
                        directory.toAbsolutePath().toString(),
                        "-c",
                        conf.toAbsolutePath().toString(),
                        "-g",
                        "daemon off; user root;")
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("nginx.out").toFile())
                .start();
        for (int i = 0; i < 100; i++) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return new Nginx(process, port);
            } catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("nginx did not start: see " + directory.resolve("nginx.out"));
                }
                Thread.sleep(100);
            }
        }
        process.destroy();
        throw new IllegalStateException("nginx did not listen on port " + port);
    }

    /**
     * The processor time nginx has used so far (user and system, master and workers): per request,
     * the proxy's own cost, which hardly moves with what else the machine runs.
     */
    Duration cpuTime() {
        return Stream.concat(Stream.of(process.toHandle()), process.descendants())
                .map(handle -> handle.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
