package org.improvementtracker.common;

import java.util.List;
import java.util.function.Function;

/** One page of a listing, with what a client needs to fetch the others. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

  public static <T> Page<T> of(List<T> items, PageRequest request, long total) {
    int pages = (int) Math.max(1, (total + request.size() - 1) / request.size());
    return new Page<>(items, request.page(), request.size(), total, pages);
  }

  public <R> Page<R> map(Function<T, R> mapper) {
    return new Page<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
  }
}
