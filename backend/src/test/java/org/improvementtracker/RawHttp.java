package org.improvementtracker;

import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * Requests no well-behaved client would send (bad escapes, endless addresses, huge declared
 * bodies), written straight onto a socket to the server under test.
 */
public final class RawHttp {
  private RawHttp() {}

  /** The response to {@code head} (request line and headers, no final blank line), as text. */
  public static String send(String head) {
    try (Socket socket = new Socket("localhost", RestAssured.port)) {
      socket.setSoTimeout(5000);
      socket
          .getOutputStream()
          .write(
              (head + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[8192];
      try {
        for (int n; (n = in.read(buffer)) > 0; ) {
          out.write(buffer, 0, n);
        }
      } catch (SocketTimeoutException e) {
        // The server answered and kept the connection open: what it sent is the answer.
      }
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
