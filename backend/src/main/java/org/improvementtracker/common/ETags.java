package org.improvementtracker.common;

import java.util.Arrays;

/**
 * Optimistic concurrency over HTTP: a resource's version is its ETag, and writes must send it back
 * in If-Match so that nobody overwrites a change they have not seen.
 */
public final class ETags {
  private ETags() {}

  public static String of(long version) {
    return "\"" + version + "\"";
  }

  /** Refuses the write unless If-Match names the current version (or is "*"). */
  public static void requireMatch(String ifMatch, long currentVersion) {
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new VersionRequiredException(
          "Send the ETag you last read in an If-Match header, so that no change is overwritten"
              + " unseen");
    }
    String current = of(currentVersion);
    boolean matches =
        Arrays.stream(ifMatch.split(","))
            .map(String::trim)
            .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
            .anyMatch(tag -> tag.equals("*") || tag.equals(current));
    if (!matches) {
      throw new StaleVersionException(
          "Your copy (If-Match "
              + ifMatch.trim()
              + ") is out of date; the current version is "
              + current
              + ". Read it again and re-apply your change.");
    }
  }
}
