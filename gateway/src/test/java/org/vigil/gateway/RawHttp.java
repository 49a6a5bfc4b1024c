package org.vigil.gateway;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTTP/1.1 over a plain socket, for the exchanges ordinary clients hide: a request that announces
 * a body and waits ({@code Expect: 100-continue}), or a chunked body cut off mid-stream. It sends
 * what it is given, then reads the answer until the server closes the connection.
 */
final class RawHttp {

    record Answer(int status, String headers, String body) {

        String header(String name) {
            for (String line : headers.split("\r\n")) {
                if (line.toLowerCase(Locale.ROOT).startsWith(name.toLowerCase(Locale.ROOT) + ":")) {
                    return line.substring(name.length() + 1).trim();
                }
            }
            return null;
        }
    }

    private RawHttp() {}

    static Answer exchange(URI server, String head, byte[]... bodyParts) throws IOException {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.replace("\n", "\r\n").concat("\r\n").getBytes(StandardCharsets.US_ASCII));
            for (byte[] part : bodyParts) {
                out.write(part);
            }
            out.flush();
            return read(socket.getInputStream());
        }
    }

    /** One chunk of a chunked body, framed. */
    static byte[] chunk(int size) {
        ByteArrayOutputStream framed = new ByteArrayOutputStream(size + 16);
        framed.writeBytes((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        framed.writeBytes(new byte[size]);
        framed.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return framed.toByteArray();
    }

    private static Answer read(InputStream in) throws IOException {
        String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        int endOfHead = answer.indexOf("\r\n\r\n");
        String head = answer.substring(0, endOfHead);
        int endOfStatus = head.indexOf("\r\n");
        int status = Integer.parseInt(head.substring(9, 12));
        return new Answer(status, head.substring(endOfStatus + 2), answer.substring(endOfHead + 4));
    }
}
