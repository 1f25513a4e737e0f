package org.improvementtracker.common;

/**
 * Text from a client, made safe to put in a log line: quoted, with line breaks and every other
 * control character escaped (so nobody can forge a second log line) and cut to a sane length.
 */
public final class LogText {
  static final int MAX_LENGTH = 200;

  private LogText() {}

  public static String quoted(String text) {
    if (text == null) {
      return "(none)";
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH) + 2).append('"');
    for (int i = 0; i < text.length() && i < MAX_LENGTH; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || c == 0x2028 || c == 0x2029) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    if (text.length() > MAX_LENGTH) {
      out.append("…");
    }
    return out.append('"').toString();
  }
}
