package org.improvementtracker.common;

/**
 * A 1-based page number and a page size, already validated by the resource against the bounds here:
 * with them the offset cannot overflow, whatever a client asks for.
 */
public record PageRequest(int page, int size) {
  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 500;

  /** Far beyond any list we hold (500 × 10,000 rows), and small enough for an int offset. */
  public static final int MAX_PAGE = 10_000;

  public PageRequest {
    if (page < 1 || page > MAX_PAGE) {
      throw new InvalidInputException("page", "must be between 1 and " + MAX_PAGE);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidInputException("size", "must be between 1 and " + MAX_SIZE);
    }
  }

  public int offset() {
    return (page - 1) * size;
  }
}
