package org.vigil.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * Stands where the services the benchmark does not start would listen: it takes every TCP
 * connection and closes it. The gateway is ready only when each of its upstreams takes a
 * connection, and nothing measured here is routed to sources- or moderation-service.
 */
final class AbsentService implements AutoCloseable {

    private final ServerSocket socket;

    private AbsentService(ServerSocket socket) {
        this.socket = socket;
    }

    static AbsentService listen() {
        try {
            AbsentService absent = new AbsentService(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
            Thread listener = new Thread(absent::acceptAndClose, "absent-service");
            listener.setDaemon(true);
            listener.start();
            return absent;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + socket.getLocalPort();
    }

    private void acceptAndClose() {
        while (!socket.isClosed()) {
            try (Socket ignored = socket.accept()) {
                // a probe needs only the handshake
            } catch (IOException e) {
                // closed at the end of the run, or one probe's connection failed: keep listening
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
