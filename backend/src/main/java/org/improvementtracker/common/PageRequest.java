package org.improvementtracker.common;

/** A 1-based page number and a page size, already validated by the resource. */
public record PageRequest(int page, int size) {
  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 500;

  public int offset() {
    return (page - 1) * size;
  }
}
