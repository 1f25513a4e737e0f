package org.improvementtracker.common;

import java.util.List;
import java.util.function.Function;

/** One page of a listing, with what a client needs to fetch the others. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

  public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
    int pages = (int) Math.max(1, (total + request.size() - 1) / request.size());
    return new Page<>(items, request.page(), request.size(), total, pages);
  }

  /** The same page with its items replaced, e.g. by responses built for the whole page at once. */
  public <R> Page<R> withItems(List<R> replaced) {
    return new Page<>(replaced, page, size, totalItems, totalPages);
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
  }
}
