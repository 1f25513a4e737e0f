package org.improvementtracker.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Current actions counted by effective RAG, with NONE for those not yet rated. */
public record RagCounts(
    @JsonProperty("RED") long red,
    @JsonProperty("AMBER") long amber,
    @JsonProperty("AMBER_E") long amberE,
    @JsonProperty("GREEN") long green,
    @JsonProperty("NONE") long none) {

  public static final RagCounts ZERO = new RagCounts(0, 0, 0, 0, 0);

  /** These counts with {@code count} more actions of the given effective RAG (null: not rated). */
  public RagCounts plus(Rag rag, long count) {
    if (rag == null) {
      return new RagCounts(red, amber, amberE, green, none + count);
    }
    return switch (rag) {
      case RED -> new RagCounts(red + count, amber, amberE, green, none);
      case AMBER -> new RagCounts(red, amber + count, amberE, green, none);
      case AMBER_E -> new RagCounts(red, amber, amberE + count, green, none);
      case GREEN -> new RagCounts(red, amber, amberE, green + count, none);
    };
  }

  public RagCounts plus(RagCounts other) {
    return new RagCounts(
        red + other.red,
        amber + other.amber,
        amberE + other.amberE,
        green + other.green,
        none + other.none);
  }

  @JsonIgnore
  public long total() {
    return red + amber + amberE + green + none;
  }
}
