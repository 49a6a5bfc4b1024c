package org.vigil.testing;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Artemis as a process of its own (a {@link TestBroker} in a child JVM), so that a test can crash
 * it as production's broker crashes: SIGKILL, no shutdown of any kind, the journal as the disk
 * holds it. {@link #start()} again brings it back on the same port and the same journal.
 */
public final class BrokerProcess {

    private final TestBroker.Redelivery redelivery;
    private final int port = TestBroker.freePort();
    private final Path dataDirectory = TestBroker.newDataDirectory();
    private final Path log;
    private Process process;

    /** A broker redelivering as {@code redelivery} says, logging to {@code log}. */
    public BrokerProcess(TestBroker.Redelivery redelivery, Path log) {
        this.redelivery = redelivery;
        this.log = log;
    }

    public int port() {
        return port;
    }

    /** Where the journal, bindings, paging and large messages are kept (a security test searches them). */
    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The URL Artemis' own clients (the dead-letter tool) reach this broker at. */
    public String coreUrl() {
        return "tcp://127.0.0.1:" + port;
    }

    /** Starts the broker's JVM and waits until it accepts connections (its journal is loaded by then). */
    public synchronized BrokerProcess start() {
        if (process != null && process.isAlive()) {
            return this;
        }
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            process = new ProcessBuilder(List.of(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-Xmx384m",
                            // Artemis logs through slf4j to JBoss LogManager, which must be the JVM's log
                            // manager or it complains at start; unconfigured, it prints nothing (the log file
                            // then holds only a crash's output)
                            "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                            "-cp",
                            System.getProperty("java.class.path"),
                            BrokerProcess.class.getName(),
                            Integer.toString(port),
                            dataDirectory.toString(),
                            Integer.toString(redelivery.maxAttempts()),
                            Long.toString(redelivery.delayMillis()),
                            Double.toString(redelivery.multiplier()),
                            Long.toString(redelivery.maxDelayMillis())))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("the broker's process could not start", e);
        }
        awaitListening(Duration.ofMinutes(2));
        return this;
    }

    /** SIGTERM: the broker stops cleanly (its shutdown hook), as a broker restart in production. */
    public synchronized void stop() {
        end(false);
    }

    /** SIGKILL: the broker dies mid-write, as on a crashed node or an OOM kill. */
    public synchronized void kill() {
        end(true);
    }

    private void end(boolean forcibly) {
        if (process == null || !process.isAlive()) {
            return;
        }
        try {
            if (forcibly) {
                process.destroyForcibly();
            } else {
                process.destroy();
            }
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void awaitListening(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the broker exited with " + process.exitValue() + "; see " + log);
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
                return;
            } catch (IOException notYet) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        }
        throw new IllegalStateException("the broker did not listen within " + timeout + "; see " + log);
    }

    /** What runs in the broker's JVM: port, data directory, then the four {@link TestBroker.Redelivery} values. */
    public static void main(String[] args) throws InterruptedException {
        TestBroker broker = new TestBroker(
                new TestBroker.Redelivery(
                        Integer.parseInt(args[2]),
                        Long.parseLong(args[3]),
                        Double.parseDouble(args[4]),
                        Long.parseLong(args[5])),
                Integer.parseInt(args[0]),
                new File(args[1]).toPath());
        broker.start();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::stop));
        Thread.currentThread().join();
    }
}
